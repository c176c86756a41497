using Microsoft.Extensions.Logging;
using TechBridge.Core.Shared.Jobs;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// Ends tentative holds whose time ran out and tells their companies, every few minutes. Booking and availability already
/// treat an expired hold as free, so this sweep only makes the status (and the notice) catch up; a failed sweep is retried
/// by the next run.
/// </summary>
internal sealed partial class HoldExpiryJob(ReservationService reservations, ILogger<HoldExpiryJob> logger) : IRecurringJob
{
    public const string Name = "reservation-holds";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var expired = await reservations.ExpireHoldsAsync(cancellationToken);
        if (expired > 0)
        {
            LogExpired(expired);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} reservation holds expired")]
    private partial void LogExpired(int count);
}
