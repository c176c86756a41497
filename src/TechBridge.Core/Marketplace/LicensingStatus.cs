namespace TechBridge.Core.Marketplace;

/// <summary>Where a public technology stands in transfer.</summary>
public enum LicensingStatus
{
    Available,
    UnderNegotiation,
    Licensed,
}
