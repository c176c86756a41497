namespace TechBridge.Core.Marketplace.Deals;

/// <summary>Which deals a list shows: the open ones, the lost ones, or all (completed ones only under all).</summary>
public enum DealFilter
{
    Open,
    Lost,
    All,
}
