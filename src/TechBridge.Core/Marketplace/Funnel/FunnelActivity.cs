namespace TechBridge.Core.Marketplace.Funnel;

/// <summary>
/// One activity a source counts: the stage it puts its item in, the KST calendar month of the event that did, the program it
/// is attributed to (a <c>ProgramInfo</c> code or <see cref="FunnelCodes.General"/>) and its fields (taxonomy codes; none
/// means <see cref="FunnelCodes.Unclassified"/>). An activity in two fields counts once in the totals and once in each field's row.
/// </summary>
public sealed record FunnelActivity(FunnelStage Stage, DateOnly Month, string ProgramCode, IReadOnlyList<string> FieldCodes)
{
    /// <summary>The fields it is counted under: its own, or <see cref="FunnelCodes.Unclassified"/> when it has none.</summary>
    public IReadOnlyList<string> Fields() => FieldCodes.Count == 0 ? [FunnelCodes.Unclassified] : FieldCodes;
}

/// <summary>The codes the funnel uses beside the taxonomy's fields and the programs.</summary>
public static class FunnelCodes
{
    /// <summary>Activities of no program (inquiries about organisations, people and needs; needs themselves).</summary>
    public const string General = "general";

    /// <summary>Activities with no field.</summary>
    public const string Unclassified = "unclassified";

    /// <summary>Technology inquiries and deals: the National Technology Bank.</summary>
    public const string Ntb = "NTB";

    /// <summary>Partnering-event meeting requests and meetings.</summary>
    public const string KoreaEurekaDay = "KOREA_EUREKA_DAY";
}
