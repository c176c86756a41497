namespace TechBridge.Core.Facilities;

/// <summary>The i-Platform services around a piece of equipment (seed 004): use of it, test and analysis, consulting.</summary>
public enum EquipmentServiceKind
{
    EquipmentUse,
    TestAnalysis,
    Consulting,
}
