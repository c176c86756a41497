namespace TechBridge.Core.Marketplace.Deals;

/// <summary>What a term sheet or contract grants.</summary>
public enum LicenceKind
{
    Exclusive,
    NonExclusive,
    Assignment,
}
