namespace TechBridge.Core.Facilities.Packages;

/// <summary>Column lengths and value bounds of service packages, shared by the model, validation and forms.</summary>
public static class PackageLimits
{
    public const int NameLength = 200;
    public const int DescriptionLength = 2000;
    public const int NoteLength = 200;
    public const int MaxComponents = 12;
    public const int MaxQuantity = 1000;

    /// <summary>10억원: above any package a public center sells, below the largest quote a center may make.</summary>
    public const long MaxPriceKrw = 1_000_000_000;
}
