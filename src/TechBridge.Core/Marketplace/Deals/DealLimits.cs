namespace TechBridge.Core.Marketplace.Deals;

/// <summary>Lengths and ranges of deal input.</summary>
public static class DealLimits
{
    public const int NoteLength = 4000;
    public const int LossNoteLength = 1000;
    public const int FilesPerStep = 5;

    /// <summary>The largest fee or revenue accepted, in KRW (one quadrillion won: a typo guard, not a business rule).</summary>
    public const long MaxKrw = 1_000_000_000_000_000;

    /// <summary>Running royalty in hundredths of a percent: 0 … 100 %.</summary>
    public const int MaxRoyaltyBasisPoints = 10_000;
    public const int FirstReportYear = 2000;
}
