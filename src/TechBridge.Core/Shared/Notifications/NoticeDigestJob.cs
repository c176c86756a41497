using Microsoft.Extensions.Logging;
using TechBridge.Core.Shared.Jobs;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Looks for due digests every few minutes; a digest is due once a day, after the configured hour, so a run that finds
/// none does nothing, and the first run after a restart catches up.
/// </summary>
internal sealed partial class NoticeDigestJob(NoticeDigest digest, ILogger<NoticeDigestJob> logger) : IRecurringJob
{
    public const string Name = "notice-digest";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var sent = await digest.SendDueAsync(cancellationToken);
        if (sent > 0)
        {
            LogSent(sent);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} notice digests queued")]
    private partial void LogSent(int count);
}
