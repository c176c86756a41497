namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// Which candidates to fund: the largest total score whose total cost fits the budget, within the quotas, with the
/// manager's decisions (forced in or out) kept.
/// </summary>
public sealed record SelectionProblem(IReadOnlyList<SelectionCandidate> Candidates, long Budget)
{
    /// <summary>At least / at most so many selected among the candidates with an attribute value (a field, a country).</summary>
    public IReadOnlyList<SelectionQuota> Quotas { get; init; } = [];

    public IReadOnlyCollection<string> ForcedIn { get; init; } = [];

    public IReadOnlyCollection<string> ForcedOut { get; init; } = [];
}

/// <param name="Attributes">Values the quotas count, by dimension: for example <c>field → 반도체</c>, <c>country → DE</c>.</param>
public sealed record SelectionCandidate(string Id, double Score, long Cost, IReadOnlyDictionary<string, string> Attributes);

public sealed record SelectionQuota(string Dimension, string Value, int? Min = null, int? Max = null);

/// <summary>The selected candidates in rank order, their total score and cost.</summary>
public sealed record SelectionResult(IReadOnlyList<SelectionCandidate> Selected, double TotalScore, long TotalCost);
