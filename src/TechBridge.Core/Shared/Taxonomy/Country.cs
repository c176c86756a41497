namespace TechBridge.Core.Shared.Taxonomy;

/// <summary>An ISO 3166-1 country; <see cref="Alpha2"/> is the key used everywhere else.</summary>
public sealed class Country : ILocalizedName
{
    public required string Alpha2 { get; init; }
    public required string Alpha3 { get; set; }
    public required string Numeric { get; set; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
}
