namespace TechBridge.Core.Shared.Taxonomy;

/// <summary>Lengths shared by taxonomy keys wherever they are stored.</summary>
public static class TaxonomyCodes
{
    public const int CodeLength = 40;
    public const int NameLength = 200;
}
