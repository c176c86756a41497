namespace TechBridge.Core.Marketplace;

/// <summary>Where a public technology stands in transfer; a withdrawn one is no longer offered.</summary>
public enum LicensingStatus
{
    Available,
    UnderNegotiation,
    Licensed,
    Withdrawn,
}
