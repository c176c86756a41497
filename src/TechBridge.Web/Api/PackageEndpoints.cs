using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Packages;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/facilities/packages: the centers' service packages (equipment use, tests, consulting at one price). Any signed-in
/// user reads active packages; a center's operators, program managers and administrators create, change (If-Match) and
/// retire them, and also see the retired ones (404 for everyone else, like an unknown package).
/// </summary>
public static class PackageEndpoints
{
    public static IEndpointRouteBuilder MapPackageEndpoints(this IEndpointRouteBuilder app)
    {
        var packages = app.MapGroup("/api/v1/facilities/packages").WithTags("Facilities");
        packages.MapGet("/", SearchAsync).WithName("SearchPackages")
            .WithSummary("Search active packages by text, industry, center and equipment, with paging (includeRetired=true adds the retired ones the caller manages)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        packages.MapGet("/{id:guid}", GetAsync).WithName("GetPackage").WithSummary("One package with its center, components and price with VAT")
            .ProducesProblem(StatusCodes.Status404NotFound);
        packages.MapPut("/{id:guid}", UpdateAsync).WithName("UpdatePackage").RequireAuthorization(Policies.EquipmentEditor).WithVersionCheck()
            .WithSummary("Change a package of the operator's center (If-Match: the ETag of its GET); a retired package is 409")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        packages.MapPost("/{id:guid}/retire", RetireAsync).WithName("RetirePackage").RequireAuthorization(Policies.EquipmentEditor).WithVersionCheck()
            .WithSummary("Stop offering a package (optional If-Match); quotes that named it keep it; retiring twice is 409")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGroup("/api/v1/facilities/centers").WithTags("Facilities")
            .MapPost("/{centerId:guid}/packages", CreateAsync).WithName("CreatePackage").RequireAuthorization(Policies.EquipmentEditor)
            .WithSummary("Create a package at the center: names, description, components (service, equipment of the center, quantity and unit), price before VAT, VAT exemption")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<PagedResult<PackageView>>> SearchAsync(
        [AsParameters] PackageQuery query, HttpContext context, PackageQueries packages, FacilityActors actors, TaxonomyCatalog taxonomy, CancellationToken ct)
    {
        var filter = query.ToFilter(await taxonomy.GetAsync(ct));
        return TypedResults.Ok(await packages.SearchAsync(await ActorAsync(context, actors, ct), filter, query.ToPage(), ct));
    }

    private static async Task<Ok<PackageView>> GetAsync(Guid id, HttpContext context, PackageQueries packages, FacilityActors actors, CancellationToken ct)
    {
        var package = await packages.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        context.Response.SetETag(package.Version);
        return TypedResults.Ok(package);
    }

    private static async Task<Created<PackageView>> CreateAsync(
        Guid centerId, PackageInput input, HttpContext context, PackageService service, PackageQueries packages, FacilityActors actors, CancellationToken ct)
    {
        var id = await service.CreateAsync(context.User.UserId()!.Value, centerId, input, ct);
        var package = await packages.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        context.Response.SetETag(package.Version);
        return TypedResults.Created($"/api/v1/facilities/packages/{id}", package);
    }

    private static async Task<NoContent> UpdateAsync(Guid id, PackageInput input, HttpContext context, PackageService service, CancellationToken ct)
    {
        await service.UpdateAsync(context.User.UserId()!.Value, id, input, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RetireAsync(Guid id, HttpContext context, PackageService service, CancellationToken ct)
    {
        await service.RetireAsync(context.User.UserId()!.Value, id, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<FacilityActor?> ActorAsync(HttpContext context, FacilityActors actors, CancellationToken ct) =>
        context.User.UserId() is { } userId ? await actors.FindAsync(userId, ct) : null;
}
