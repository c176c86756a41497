namespace TechBridge.Core.Facilities.Disposals;

public static class DisposalLimits
{
    /// <summary>The proposal's explanation.</summary>
    public const int TextLength = 2000;

    /// <summary>A decision's reason, and a disposal's note.</summary>
    public const int ReasonLength = EquipmentLimits.ReasonLength;

    /// <summary>The months of utilisation the evidence covers (the complete months before the proposal).</summary>
    public const int EvidenceMonths = 12;
}
