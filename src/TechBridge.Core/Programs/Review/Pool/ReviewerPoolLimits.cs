namespace TechBridge.Core.Programs.Review.Pool;

public static class ReviewerPoolLimits
{
    public const int DefaultMaxLoad = 6;
    public const int MinLoad = 1;
    public const int MaxLoad = 50;

    /// <summary>The most people one "add from directory" request may name.</summary>
    public const int MaxPeoplePerAdd = 200;

    /// <summary>The most reviewers one import may hold, and the largest file it reads.</summary>
    public const int MaxImportRows = 5_000;
    public const long MaxImportBytes = 10L * 1024 * 1024;

    /// <summary>The most errors an import reports (the rest are summarised in one line).</summary>
    public const int MaxReportedErrors = 100;
}
