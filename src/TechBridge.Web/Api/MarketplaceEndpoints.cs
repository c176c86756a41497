using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Matching;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Auth;
using TechBridge.Web.Exports;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/marketplace/technologies (public technologies for transfer) and /api/v1/marketplace/needs (companies'
/// technology needs): search, detail, export for any signed-in user; needs are filed and changed by company users for
/// their own company, and each need can be matched to partners.
/// </summary>
public static class MarketplaceEndpoints
{
    public static IEndpointRouteBuilder MapMarketplaceEndpoints(this IEndpointRouteBuilder app)
    {
        var technologies = app.MapGroup("/api/v1/marketplace/technologies").WithTags("Marketplace");
        technologies.MapGet("/", SearchTechnologiesAsync).WithName("SearchTechnologies")
            .WithSummary("Search public technologies by text, owner, field, licensing status and minimum TRL, with paging");
        technologies.MapGet("/export", ExportTechnologiesAsync).WithName("ExportTechnologies").WithSummary("Export the filtered technologies as CSV or .xlsx");
        technologies.MapGet("/{id:guid}", GetTechnologyAsync).WithName("GetTechnology").WithSummary("One public technology with patents, R&D task and terms");

        var needs = app.MapGroup("/api/v1/marketplace/needs").WithTags("Marketplace");
        needs.MapGet("/", SearchNeedsAsync).WithName("SearchNeeds")
            .WithSummary("Search technology needs by text, company, field, R&D stage, cooperation type, status and preferred country");
        needs.MapGet("/export", ExportNeedsAsync).WithName("ExportNeeds").WithSummary("Export the filtered needs as CSV or .xlsx");
        needs.MapGet("/{id:guid}", GetNeedAsync).WithName("GetNeed").WithSummary("One technology need");
        needs.MapGet("/{id:guid}/partners", FindPartnersAsync).WithName("FindPartnersForNeed")
            .WithSummary("Partners for a need: its text, fields, TRL range and preferred countries as the search");
        needs.MapPost("/", CreateNeedAsync).WithName("CreateNeed").RequireAuthorization(Policies.NeedAuthor)
            .WithSummary("File a need for the company of the signed-in company user");
        needs.MapPut("/{id:guid}", UpdateNeedAsync).WithName("UpdateNeed").RequireAuthorization(Policies.NeedAuthor).WithVersionCheck()
            .WithSummary("Change a need of the signed-in user's company (If-Match: the ETag of its GET)");
        return app;
    }

    private static async Task<Ok<PagedResult<TechnologyListItem>>> SearchTechnologiesAsync(
        [AsParameters] TechnologyQuery query, TechnologyQueries technologies, TaxonomyCatalog taxonomy, CancellationToken ct)
    {
        var filter = query.ToFilter(await taxonomy.GetAsync(ct));
        return TypedResults.Ok(await technologies.SearchAsync(filter, query.ToPage(), ct));
    }

    private static async Task<IResult> ExportTechnologiesAsync(
        [AsParameters] TechnologyQuery query, [FromQuery] string? format, TechnologyQueries technologies, TaxonomyCatalog taxonomy,
        MarketplaceTables tables, CancellationToken ct)
    {
        var snapshot = await taxonomy.GetAsync(ct);
        var exportFormat = ExportResults.ParseFormat(format);
        var rows = await technologies.ExportAsync(query.ToFilter(snapshot), ct);
        return ExportResults.File(tables.Technologies(rows, snapshot), exportFormat);
    }

    private static async Task<Ok<TechnologyDetail>> GetTechnologyAsync(Guid id, TechnologyQueries technologies, HttpResponse response, CancellationToken ct)
    {
        var technology = await technologies.GetAsync(id, ct);
        response.SetETag(technology.Version);
        return TypedResults.Ok(technology);
    }

    private static async Task<Ok<PagedResult<NeedListItem>>> SearchNeedsAsync(
        [AsParameters] NeedQuery query, NeedQueries needs, TaxonomyCatalog taxonomy, CancellationToken ct)
    {
        var filter = query.ToFilter(await taxonomy.GetAsync(ct));
        return TypedResults.Ok(await needs.SearchAsync(filter, query.ToPage(), ct));
    }

    private static async Task<IResult> ExportNeedsAsync(
        [AsParameters] NeedQuery query, [FromQuery] string? format, NeedQueries needs, TaxonomyCatalog taxonomy,
        MarketplaceTables tables, CancellationToken ct)
    {
        var snapshot = await taxonomy.GetAsync(ct);
        var exportFormat = ExportResults.ParseFormat(format);
        var rows = await needs.ExportAsync(query.ToFilter(snapshot), ct);
        return ExportResults.File(tables.Needs(rows, snapshot), exportFormat);
    }

    private static async Task<Ok<NeedDetail>> GetNeedAsync(Guid id, NeedQueries needs, HttpResponse response, CancellationToken ct)
    {
        var need = await needs.GetAsync(id, ct);
        response.SetETag(need.Version);
        return TypedResults.Ok(need);
    }

    private static async Task<Ok<PartnerResults>> FindPartnersAsync(
        Guid id, [FromQuery] int? top, NeedQueries needs, PartnerSearch search, TaxonomyCatalog taxonomy, CancellationToken ct)
    {
        var need = await needs.GetAsync(id, ct);
        return TypedResults.Ok(await search.SearchAsync(NeedPartnerQuery.For(need, await taxonomy.GetAsync(ct), top ?? 15), ct));
    }

    private static async Task<Created<NeedDetail>> CreateNeedAsync(
        NeedInput input, HttpContext context, NeedService service, NeedQueries needs, CancellationToken ct)
    {
        var id = await service.CreateAsync(context.User.UserId()!.Value, input, ct);
        return TypedResults.Created($"/api/v1/marketplace/needs/{id}", await needs.GetAsync(id, ct));
    }

    private static async Task<NoContent> UpdateNeedAsync(Guid id, NeedInput input, HttpContext context, NeedService service, CancellationToken ct)
    {
        await service.UpdateAsync(context.User.UserId()!.Value, id, input, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }
}
