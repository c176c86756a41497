using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/facilities/availability: the earliest slot of a wanted length on each bookable item matching a catalogue filter,
/// as a booking would accept it (any signed-in user, like the availability of one item).
/// </summary>
public static class AvailabilitySearchEndpoints
{
    public static IEndpointRouteBuilder MapAvailabilitySearchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/facilities/availability").WithTags("Facilities");
        group.MapGet("/", SearchAsync).WithName("SearchAvailability")
            .WithSummary("Earliest free slot of `hours` hours or `days` whole operating days per bookable item matching q/industry/center in [from, to) (≤ 92 days), earliest first, at most `limit` (20, ≤ 100)")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Ok<AvailabilitySearchResult>> SearchAsync(
        [AsParameters] AvailabilityQuery query, AvailabilitySearch search, TaxonomyCatalog taxonomy, CancellationToken ct) =>
        TypedResults.Ok(await search.SearchAsync(query.ToInput(await taxonomy.GetAsync(ct)), ct));
}
