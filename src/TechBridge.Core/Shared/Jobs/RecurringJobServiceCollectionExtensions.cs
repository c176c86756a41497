using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace TechBridge.Core.Shared.Jobs;

/// <summary>
/// Runs <see cref="IRecurringJob"/>s on Quartz with its in-memory store. No Quartz tables: the work state of our jobs lives
/// in our own tables (hold expiry times, request due dates), and each run re-reads what is due. A restart loses nothing but
/// the time until the next run — the first run after start picks up whatever fell due while the process was down.
/// </summary>
public static class RecurringJobServiceCollectionExtensions
{
    public const string Group = "techbridge";

    /// <summary>
    /// Runs <typeparamref name="TJob"/> every <paramref name="interval"/>, the first time one interval after start. The
    /// interval can be overridden from configuration at <c>Jobs:&lt;name&gt;:Interval</c> (a TimeSpan, "00:00:01").
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string name, TimeSpan interval)
        where TJob : class, IRecurringJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        services.TryAddScoped<TJob>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<RecurringJobRunner<TJob>>(job => job.WithIdentity(name, Group));
            quartz.AddTrigger<RecurringJobRunner<TJob>>((provider, trigger) =>
            {
                var every = Interval(provider, name, interval);
                trigger.WithIdentity(name, Group)
                    .ForJob(name, Group)
                    // Quartz keeps time on the system clock, whatever TimeProvider the application's services use.
                    .StartAt(TimeProvider.System.GetUtcNow() + every)
                    .WithSimpleSchedule(schedule => schedule.WithInterval(every).RepeatForever());
            });
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    private static TimeSpan Interval(IServiceProvider provider, string name, TimeSpan fallback)
    {
        var configured = provider.GetService<IConfiguration>()?[$"Jobs:{name}:Interval"];
        return string.IsNullOrWhiteSpace(configured) ? fallback : TimeSpan.Parse(configured, CultureInfo.InvariantCulture);
    }
}
