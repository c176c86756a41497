namespace TechBridge.Core.Accounts.ApiTokens;

/// <summary>What a token may do: <c>read</c> allows GET and HEAD only, <c>write</c> every method.</summary>
public static class ApiTokenScopes
{
    public const string Read = "read";
    public const string Write = "write";

    public static readonly IReadOnlyList<string> All = [Read, Write];

    /// <summary>Lifetimes offered when a token is created, in days.</summary>
    public static readonly IReadOnlyList<int> LifetimeDays = [30, 90, 365];

    public static IReadOnlyList<string> Split(string scopes) =>
        (scopes ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Known scopes in canonical order, or null when any is unknown or none is given.</summary>
    public static string? Normalize(IEnumerable<string?>? scopes)
    {
        var given = (scopes ?? []).Select(s => s?.Trim().ToLowerInvariant()).ToList();
        if (given.Count == 0 || given.Any(s => s is null || !All.Contains(s)))
        {
            return null;
        }

        return string.Join(' ', All.Where(given.Contains));
    }
}
