using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Matching;

namespace TechBridge.Web.Api;

/// <summary>/api/v1/matching: find partners for a technology need, with explanations.</summary>
public static class MatchingEndpoints
{
    public static IEndpointRouteBuilder MapMatchingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/matching").WithTags("Matching");
        group.MapPost("/partners", FindPartnersAsync).WithName("FindPartners")
            .WithSummary("Rank organisations, people, equipment and public technologies (and, when asked with kinds=[\"Need\"], companies' needs) for a need written in Korean or English; every hit has its kind and explains which terms matched");
        return app;
    }

    private static async Task<Ok<PartnerResults>> FindPartnersAsync(PartnerQuery query, PartnerSearch search, CancellationToken ct) =>
        TypedResults.Ok(await search.SearchAsync(query, ct));
}
