namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>Fields that plausibly share organisations and people (a battery maker may also work on core materials).</summary>
internal static class DemoFieldRelations
{
    private static readonly Dictionary<string, string[]> Related = new(StringComparer.Ordinal)
    {
        ["SEMICONDUCTOR"] = ["DISPLAY", "CORE_MATERIALS", "ADVANCED_MANUFACTURING"],
        ["DISPLAY"] = ["SEMICONDUCTOR", "CORE_MATERIALS"],
        ["SECONDARY_BATTERY"] = ["CORE_MATERIALS", "FUTURE_MOBILITY", "NEW_ENERGY"],
        ["FUTURE_MOBILITY"] = ["SECONDARY_BATTERY", "INTELLIGENT_ROBOT", "AEROSPACE_DEFENSE"],
        ["CORE_MATERIALS"] = ["SECONDARY_BATTERY", "SEMICONDUCTOR", "AEROSPACE_DEFENSE"],
        ["INTELLIGENT_ROBOT"] = ["ADVANCED_MANUFACTURING", "FUTURE_MOBILITY"],
        ["ADVANCED_MANUFACTURING"] = ["INTELLIGENT_ROBOT", "CORE_MATERIALS", "AEROSPACE_DEFENSE"],
        ["AEROSPACE_DEFENSE"] = ["CORE_MATERIALS", "FUTURE_MOBILITY", "ADVANCED_MANUFACTURING"],
        ["NEXTGEN_NUCLEAR"] = ["NEW_ENERGY", "CORE_MATERIALS", "INTELLIGENT_ROBOT"],
        ["ADVANCED_BIO"] = ["INTELLIGENT_ROBOT"],
        ["NEW_ENERGY"] = ["SECONDARY_BATTERY", "NEXTGEN_NUCLEAR", "CORE_MATERIALS"],
    };

    public static IReadOnlyList<string> Of(string fieldCode) => Related.TryGetValue(fieldCode, out var related) ? related : [];
}
