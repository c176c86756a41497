using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Auth;
using TechBridge.Web.Exports;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/facilities/equipment: i-Platform research equipment; search, detail, export (any signed-in user); registration,
/// changes and blackouts by the center's operators; /api/v1/facilities/industries: representative institutions.
/// </summary>
public static class FacilitiesEndpoints
{
    public static IEndpointRouteBuilder MapFacilitiesEndpoints(this IEndpointRouteBuilder app)
    {
        var equipment = app.MapGroup("/api/v1/facilities/equipment").WithTags("Facilities");
        equipment.MapGet("/", SearchAsync).WithName("SearchEquipment")
            .WithSummary("Search equipment by text, center, industry, field, R&D stage, service, status and TRL, with paging");
        equipment.MapGet("/export", ExportAsync).WithName("ExportEquipment").WithSummary("Export the filtered equipment as CSV or .xlsx");
        equipment.MapGet("/{id:guid}", GetAsync).WithName("GetEquipment").WithSummary("One piece of equipment with its center, stages and services");
        equipment.MapPost("/", CreateAsync).WithName("CreateEquipment").RequireAuthorization(Policies.EquipmentEditor)
            .WithSummary("Register equipment at the operator's center: names, specification, stages, services, fee, operating hours and booking rules");
        equipment.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateEquipment").RequireAuthorization(Policies.EquipmentEditor).WithVersionCheck()
            .WithSummary("Change equipment of the operator's center, including its status (retire: Disposed) (If-Match: the ETag of its GET)");
        equipment.MapPost("/{id:guid}/blackouts", AddBlackoutAsync).WithName("AddEquipmentBlackout").RequireAuthorization(Policies.EquipmentEditor)
            .WithSummary("Block a period (maintenance, calibration); refused with 409 when a reservation falls in it");
        equipment.MapDelete("/{id:guid}/blackouts/{blackoutId:guid}", RemoveBlackoutAsync).WithName("RemoveEquipmentBlackout")
            .RequireAuthorization(Policies.EquipmentEditor).WithSummary("Remove a blackout");

        var industries = app.MapGroup("/api/v1/facilities/industries").WithTags("Facilities");
        industries.MapGet("/", async (IndustryQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.LeadsAsync(ct)))
            .WithName("ListIndustryLeads").WithSummary("The 6 i-Platform industries with their representative institution and number of coordinators");
        industries.MapPut("/{code}/representative", SetRepresentativeAsync).WithName("SetIndustryRepresentative")
            .RequireAuthorization(Policies.FacilitiesOverseer).WithSummary("Set or clear (null) the industry's representative institution");
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

    private static async Task<Created<EquipmentDetail>> CreateAsync(
        EquipmentInput input, HttpContext context, CenterEquipmentService service, EquipmentQueries equipment, CancellationToken ct)
    {
        var id = await service.CreateAsync(context.User.UserId()!.Value, input, ct);
        var detail = await equipment.GetAsync(id, ct);
        context.Response.SetETag(detail.Version);
        return TypedResults.Created($"/api/v1/facilities/equipment/{id}", detail);
    }

    private static async Task<NoContent> UpdateAsync(Guid id, EquipmentInput input, HttpContext context, CenterEquipmentService service, CancellationToken ct)
    {
        await service.UpdateAsync(context.User.UserId()!.Value, id, input, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created> AddBlackoutAsync(Guid id, BlackoutRequest request, HttpContext context, CenterEquipmentService service, CancellationToken ct)
    {
        var blackoutId = await service.AddBlackoutAsync(context.User.UserId()!.Value, id, request.Start, request.End, request.Reason, ct);
        return TypedResults.Created($"/api/v1/facilities/equipment/{id}/blackouts/{blackoutId}");
    }

    private static async Task<NoContent> RemoveBlackoutAsync(Guid id, Guid blackoutId, HttpContext context, CenterEquipmentService service, CancellationToken ct)
    {
        await service.RemoveBlackoutAsync(context.User.UserId()!.Value, id, blackoutId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetRepresentativeAsync(string code, RepresentativeRequest request, IndustryService service, CancellationToken ct)
    {
        await service.SetRepresentativeAsync(code, request.OrganizationId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<EquipmentDetail>> GetAsync(Guid id, EquipmentQueries equipment, HttpResponse response, CancellationToken ct)
    {
        var detail = await equipment.GetAsync(id, ct);
        response.SetETag(detail.Version);
        return TypedResults.Ok(detail);
    }
}
