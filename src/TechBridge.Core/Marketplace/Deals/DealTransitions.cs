namespace TechBridge.Core.Marketplace.Deals;

/// <summary>
/// The deal pipeline in one table: each open stage moves one step forward, or to <see cref="DealState.Lost"/>;
/// <see cref="DealState.FollowUp"/> (completed) and <see cref="DealState.Lost"/> move nowhere.
/// </summary>
public static class DealTransitions
{
    public static readonly IReadOnlyList<(DealState From, DealState To)> Legal =
    [
        (DealState.Inquiry, DealState.Nda),
        (DealState.Nda, DealState.TechnicalMeeting),
        (DealState.TechnicalMeeting, DealState.TermSheet),
        (DealState.TermSheet, DealState.Contract),
        (DealState.Contract, DealState.FollowUp),
        (DealState.Inquiry, DealState.Lost),
        (DealState.Nda, DealState.Lost),
        (DealState.TechnicalMeeting, DealState.Lost),
        (DealState.TermSheet, DealState.Lost),
        (DealState.Contract, DealState.Lost),
    ];

    /// <summary>The stages in pipeline order (without <see cref="DealState.Lost"/>).</summary>
    public static readonly IReadOnlyList<DealState> Stages =
        [DealState.Inquiry, DealState.Nda, DealState.TechnicalMeeting, DealState.TermSheet, DealState.Contract, DealState.FollowUp];

    public static bool IsLegal(DealState from, DealState to) => Legal.Contains((from, to));

    /// <summary>Open: a step forward or a loss may still be recorded.</summary>
    public static bool IsOpen(DealState state) => Legal.Any(t => t.From == state);

    /// <summary>The stage one step forward of an open stage, or null.</summary>
    public static DealState? Next(DealState state) =>
        Legal.Where(t => t.From == state && t.To != DealState.Lost).Select(t => (DealState?)t.To).SingleOrDefault();

    /// <summary>Stages whose step records the licence kind and the agreed fee.</summary>
    public static bool HasTerms(DealState stage) => stage is DealState.TermSheet or DealState.Contract;
}
