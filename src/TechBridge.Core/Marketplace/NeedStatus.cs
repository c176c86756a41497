namespace TechBridge.Core.Marketplace;

/// <summary>A need is open until a partner is found (matched) or the company withdraws or finishes it (closed).</summary>
public enum NeedStatus
{
    Open,
    Matched,
    Closed,
}
