namespace TechBridge.Core.Marketplace;

/// <summary>Where a patent stands.</summary>
public enum PatentStatus
{
    Filed,
    Registered,
    Expired,
    Abandoned,
}
