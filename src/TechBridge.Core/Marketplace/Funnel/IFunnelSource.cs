namespace TechBridge.Core.Marketplace.Funnel;

/// <summary>
/// A contribution to the funnel: the activities of one kind of record whose event falls in the window. To count a new kind
/// of activity (e.g. talent matching proposals), write a source and register it beside the others in
/// <c>AddTechBridgeCore</c> (<c>services.AddScoped&lt;IFunnelSource, …&gt;()</c>); <see cref="MarketplaceFunnelQueries"/>
/// combines every registered source.
/// </summary>
public interface IFunnelSource
{
    Task<IReadOnlyList<FunnelActivity>> ActivitiesAsync(FunnelWindow window, CancellationToken cancellationToken);
}
