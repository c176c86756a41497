namespace TechBridge.Core.Marketplace;

/// <summary>The kinds of transfer an owner offers: an exclusive licence (전용실시권), a non-exclusive one (통상실시권), or assignment (양도).</summary>
public enum LicenceKind
{
    Exclusive,
    NonExclusive,
    Assignment,
}
