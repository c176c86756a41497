namespace TechBridge.Core.Marketplace.Deals;

/// <summary>Why a deal was lost (<see cref="Other"/> needs a note).</summary>
public enum DealLossReason
{
    Price,
    Scope,
    Timing,
    TechnicalFit,
    WentElsewhere,
    Other,
}
