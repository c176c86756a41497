namespace TechBridge.Core.Marketplace;

/// <summary>Column lengths and value bounds of marketplace entries, shared by the model, validation and forms.</summary>
public static class MarketplaceLimits
{
    public const int TitleLength = 300;
    public const int TextLength = 4000;
    public const int KeywordsLength = 1000;
    public const int ReferenceKeyLength = 64;
    public const int PatentNumberLength = 40;
    public const int PatentCountriesLength = 100;
    public const int MaxPatents = 30;
    public const int MaxPatentCountries = 20;
    public const int RndTaskNumberLength = 40;
    public const int RndAgencyLength = 200;
    public const int RndTaskLength = 500;
    public const int TransferTermsLength = 2000;
    public const int MaxTimelineMonths = 120;

    /// <summary>A need's budget may not exceed 10 trillion KRW (a typing error guard, far above any program).</summary>
    public const long MaxBudgetKrw = 10_000_000_000_000;
}
