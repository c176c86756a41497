using Microsoft.Extensions.Logging;
using Quartz;

namespace TechBridge.Core.Shared.Jobs;

/// <summary>
/// The Quartz job behind every <see cref="IRecurringJob"/>. Quartz's Microsoft DI job factory builds it in a scope of its own
/// per firing, so <typeparamref name="TJob"/> and its scoped dependencies (the DbContext) live exactly one run. A failure is
/// logged and swallowed: the trigger keeps its schedule and the next run is the retry.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class RecurringJobRunner<TJob>(TJob job, ILogger<TJob> logger) : IJob
    where TJob : class, IRecurringJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await job.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is shutting down.
        }
        catch (Exception ex)
        {
            LogFailed(context.JobDetail.Key.Name, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed; its next run tries again")]
    private partial void LogFailed(string job, Exception error);
}
