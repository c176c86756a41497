namespace TechBridge.Core.Programs.Proposals;

public static class ProposalLimits
{
    public const int TitleLength = 200;
    public const int SummaryLength = 4000;
    public const int EvidenceLength = 4000;
    public const int NoteLength = 2000;
    public const int NameLength = 200;
    public const int EmailLength = 254;
    public const int MaxPartners = 20;
    public const int MaxResearchers = 60;
    public const int MaxDispatches = 60;
    public const int MaxYears = 10;

    /// <summary>A partner's yearly amount cap (KRW 1 trillion): catches a slipped digit.</summary>
    public const long MaxYearlyKrw = 1_000_000_000_000;
}
