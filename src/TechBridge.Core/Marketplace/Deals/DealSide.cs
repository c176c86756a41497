namespace TechBridge.Core.Marketplace.Deals;

/// <summary>How a user stands to a deal: on the seller side (the technology's owner), the buyer side, or an overseer who only reads.</summary>
public enum DealSide
{
    Seller,
    Buyer,
    Overseer,
}
