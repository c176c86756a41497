namespace TechBridge.Core.Programs.Selection;

public static class SelectionLimits
{
    public const int JustificationLength = 1000;
    public const int MaxQuotas = 40;

    /// <summary>The quota dimensions: the proposal's field, and the country of its (first) overseas partner.</summary>
    public const string Field = "field";
    public const string Country = "country";
}
