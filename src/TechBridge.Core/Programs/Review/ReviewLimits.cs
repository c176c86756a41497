namespace TechBridge.Core.Programs.Review;

public static class ReviewLimits
{
    public const int CommentLength = 4000;
    public const int NoteLength = 1000;
    public const int PersonNameLength = 200;

    /// <summary>How many exclusion requests one proposal may make.</summary>
    public const int MaxExclusionRequests = 10;

    /// <summary>Reviewers are reminded this long before a stage's due date.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromDays(3);
}
