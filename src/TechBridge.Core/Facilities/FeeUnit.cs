namespace TechBridge.Core.Facilities;

/// <summary>What an equipment fee is charged for: each started hour of use, each day (KST calendar day) used, or each sample.</summary>
public enum FeeUnit
{
    PerHour,
    PerDay,
    PerSample,
}
