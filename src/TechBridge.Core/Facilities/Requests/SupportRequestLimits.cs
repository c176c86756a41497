namespace TechBridge.Core.Facilities.Requests;

public static class SupportRequestLimits
{
    public const int TitleLength = 200;
    public const int ProductLength = 2000;
    public const int ProblemLength = 4000;
    public const int MessageLength = 2000;
    public const int NoteLength = 1000;

    /// <summary>The furthest ahead a requested period may end, and its longest span.</summary>
    public const int MaxPeriodDays = 366;

    /// <summary>The highest quote a center may give (a sanity bound against typing errors, ₩10 billion).</summary>
    public const long MaxPriceKrw = 10_000_000_000;

    /// <summary>Equipment proposed per R&amp;D stage.</summary>
    public const int ProposalsPerStage = 6;
}
