using Microsoft.Extensions.Logging;
using TechBridge.Core.Shared.Jobs;

namespace TechBridge.Core.Facilities.Requests;

/// <summary>The scheduled run of <see cref="SupportRequestEscalation"/>: every few minutes, whatever is overdue moves on.</summary>
internal sealed partial class SupportRequestEscalationJob(SupportRequestEscalation escalation, ILogger<SupportRequestEscalationJob> logger) : IRecurringJob
{
    public const string Name = "support-request-escalation";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var moved = await escalation.EscalateDueAsync(cancellationToken);
        if (moved > 0)
        {
            LogMoved(moved);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} unanswered support request steps moved on")]
    private partial void LogMoved(int count);
}
