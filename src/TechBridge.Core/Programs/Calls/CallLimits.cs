namespace TechBridge.Core.Programs.Calls;

public static class CallLimits
{
    public const int TitleLength = 200;
    public const int SummaryLength = 4000;
    public const int TopicTextLength = 2000;
    public const int MaxTopics = 30;
    public const int MaxStages = 5;
    public const int MaxMonths = 120;
    public const int MaxReviewersPerProposal = 15;

    /// <summary>A call's budget cap (KRW 10 trillion): far above any program, low enough to catch a slipped digit.</summary>
    public const long MaxBudgetKrw = 10_000_000_000_000;
}
