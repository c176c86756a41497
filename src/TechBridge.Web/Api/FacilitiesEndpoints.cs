using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Exports;

namespace TechBridge.Web.Api;

/// <summary>/api/v1/facilities/equipment: i-Platform research equipment; search, detail, export (any signed-in user).</summary>
public static class FacilitiesEndpoints
{
    public static IEndpointRouteBuilder MapFacilitiesEndpoints(this IEndpointRouteBuilder app)
    {
        var equipment = app.MapGroup("/api/v1/facilities/equipment").WithTags("Facilities");
        equipment.MapGet("/", SearchAsync).WithName("SearchEquipment")
            .WithSummary("Search equipment by text, center, industry, field, R&D stage, service, status and TRL, with paging");
        equipment.MapGet("/export", ExportAsync).WithName("ExportEquipment").WithSummary("Export the filtered equipment as CSV or .xlsx");
        equipment.MapGet("/{id:guid}", GetAsync).WithName("GetEquipment").WithSummary("One piece of equipment with its center, stages and services");
        return app;
    }

    private static async Task<Ok<PagedResult<EquipmentListItem>>> SearchAsync(
        [AsParameters] EquipmentQuery query, EquipmentQueries equipment, TaxonomyCatalog taxonomy, CancellationToken ct)
    {
        var filter = query.ToFilter(await taxonomy.GetAsync(ct));
        return TypedResults.Ok(await equipment.SearchAsync(filter, query.ToPage(), ct));
    }

    private static async Task<IResult> ExportAsync(
        [AsParameters] EquipmentQuery query, [FromQuery] string? format, EquipmentQueries equipment, TaxonomyCatalog taxonomy,
        FacilitiesTables tables, CancellationToken ct)
    {
        var snapshot = await taxonomy.GetAsync(ct);
        var exportFormat = ExportResults.ParseFormat(format);
        var rows = await equipment.ExportAsync(query.ToFilter(snapshot), ct);
        return ExportResults.File(tables.Equipment(rows, snapshot), exportFormat);
    }

    private static async Task<Ok<EquipmentDetail>> GetAsync(Guid id, EquipmentQueries equipment, HttpResponse response, CancellationToken ct)
    {
        var detail = await equipment.GetAsync(id, ct);
        response.SetETag(detail.Version);
        return TypedResults.Ok(detail);
    }
}
