using System.Globalization;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Review;
using TechBridge.Core.Programs.Review.Assignments;

namespace TechBridge.Web.Components.Pages.Programs.ReviewStages;

/// <summary>How review stages, their pairs and numbers are shown to program managers.</summary>
internal static class ReviewStageText
{
    public static string Tone(StageState state) => state switch
    {
        StageState.Assigning => "warn",
        StageState.Reviewing => "ok",
        _ => "off",
    };

    public static string Tone(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Submitted => "ok",
        AssignmentStatus.Released or AssignmentStatus.Proposed => "warn",
        _ => "off",
    };

    /// <summary>Affinity with three decimals, as the optimiser weighed it.</summary>
    public static string Affinity(double affinity) => affinity.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A total or score on 0–100 with one decimal.</summary>
    public static string Score(double score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The resource key of an assignment method as the run stored it; unknown names show as they are.</summary>
    public static string? MethodKey(string method) => method switch
    {
        "MinCostFlow" or "CpSat" => $"ReviewStage.Method.{method}",
        _ => null,
    };

    /// <summary>The resource key of the reason a proposal was left short.</summary>
    public static string? ReasonKey(string reason) => reason switch
    {
        "TooFewCandidates" or "LoadsTaken" or "GroupTooSmall" => $"ReviewStage.Reason.{reason}",
        _ => null,
    };

    /// <summary>The value of a pair button: proposal, reviewer and action.</summary>
    public static string PairValue(Guid proposal, Guid reviewer, PairAction action) => $"{proposal:N}|{reviewer:N}|{action}";

    public static (Guid Proposal, Guid Reviewer, PairAction Action)? ParsePair(string? value)
    {
        var parts = value?.Split('|');
        return parts is { Length: 3 } && Guid.TryParseExact(parts[0], "N", out var proposal) && Guid.TryParseExact(parts[1], "N", out var reviewer)
               && Enum.TryParse<PairAction>(parts[2], out var action) && Enum.IsDefined(action)
            ? (proposal, reviewer, action)
            : null;
    }
}
