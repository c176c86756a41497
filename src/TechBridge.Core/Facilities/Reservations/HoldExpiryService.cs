using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// Ends tentative holds whose time ran out and tells their companies, every few minutes. Booking and availability already
/// treat an expired hold as free, so this sweep only makes the status (and the notice) catch up; a failed sweep is retried.
/// </summary>
internal sealed partial class HoldExpiryService(IServiceScopeFactory scopes, ILogger<HoldExpiryService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var expired = await scope.ServiceProvider.GetRequiredService<ReservationService>().ExpireHoldsAsync(stoppingToken);
                    if (expired > 0)
                    {
                        LogExpired(expired);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} reservation holds expired")]
    private partial void LogExpired(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expiring reservation holds failed; the next sweep tries again")]
    private partial void LogFailed(Exception error);
}
