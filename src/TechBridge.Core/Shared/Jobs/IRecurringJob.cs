namespace TechBridge.Core.Shared.Jobs;

/// <summary>
/// Work a feature wants done every so often (sweep expired holds, escalate overdue requests). Registered with
/// <see cref="RecurringJobServiceCollectionExtensions.AddRecurringJob{TJob}"/>; each run is resolved from a DI scope of its
/// own, never overlaps the previous run, and a failure is logged and left for the next run.
/// </summary>
public interface IRecurringJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
