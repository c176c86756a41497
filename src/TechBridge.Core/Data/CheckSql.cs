namespace TechBridge.Core.Data;

/// <summary>
/// Check-constraint expressions for entity configurations, in SQL both SQLite and PostgreSQL read alike (double-quoted
/// identifiers, single-quoted literals). Migrations spell the same text out literally, so a changed model (a new enum
/// value) shows up as a schema difference in the migration test instead of silently changing an old migration.
/// </summary>
internal static class CheckSql
{
    /// <summary>Both levels within TRL 1–9 and the lower one not above the upper one; null levels pass.</summary>
    public static string TrlRange(string min, string max) =>
        $"(\"{min}\" IS NULL OR \"{min}\" BETWEEN 1 AND 9) AND (\"{max}\" IS NULL OR \"{max}\" BETWEEN 1 AND 9) AND (\"{min}\" IS NULL OR \"{max}\" IS NULL OR \"{min}\" <= \"{max}\")";

    public static string Trl(string column) => $"\"{column}\" BETWEEN 1 AND 9";

    /// <summary>The column holds one of the enum's names (enums are stored as their names).</summary>
    public static string OneOf<TEnum>(string column)
        where TEnum : struct, Enum =>
        $"\"{column}\" IN ({string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"'{n}'"))})";

    public static string NullOrAtLeast(string column, long min) => $"\"{column}\" IS NULL OR \"{column}\" >= {min}";

    public static string NullOrPositive(string column) => $"\"{column}\" IS NULL OR \"{column}\" > 0";
}
