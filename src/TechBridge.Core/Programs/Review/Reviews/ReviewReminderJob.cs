using Microsoft.Extensions.Logging;
using TechBridge.Core.Shared.Jobs;

namespace TechBridge.Core.Programs.Review.Reviews;

/// <summary>Reminds reviewers before their due date and tells program managers of overdue reviews, every half hour.</summary>
internal sealed partial class ReviewReminderJob(ReviewReminders reminders, ILogger<ReviewReminderJob> logger) : IRecurringJob
{
    public const string Name = "review-reminders";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var (reminded, escalated) = await reminders.SweepAsync(cancellationToken);
        if (reminded + escalated > 0)
        {
            LogSent(reminded, escalated);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Review reminders: {Reminded} reviewers reminded, {Escalated} overdue stages escalated")]
    private partial void LogSent(int reminded, int escalated);
}
