using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Auth;
using TechBridge.Web.Exports;

namespace TechBridge.Web.Api;

/// <summary>/api/v1/organizations and /api/v1/people: search, detail, export; organisations also create, change, delete.</summary>
public static class DirectoryEndpoints
{
    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder app)
    {
        var organizations = app.MapGroup("/api/v1/organizations").WithTags("Directory");
        organizations.MapGet("/", SearchOrganizationsAsync).WithName("SearchOrganizations").WithSummary("Search organisations with filters and paging");
        organizations.MapGet("/export", ExportOrganizationsAsync).WithName("ExportOrganizations").WithSummary("Export the filtered organisations as CSV or .xlsx");
        organizations.MapGet("/{id:guid}", GetOrganizationAsync).WithName("GetOrganization").WithSummary("One organisation with its current people");
        organizations.MapPost("/", CreateOrganizationAsync).WithName("CreateOrganization").RequireAuthorization(Policies.DirectoryEditor);
        organizations.MapPut("/{id:guid}", UpdateOrganizationAsync).WithName("UpdateOrganization").RequireAuthorization(Policies.DirectoryEditor)
            .WithVersionCheck();
        organizations.MapDelete("/{id:guid}", DeleteOrganizationAsync).WithName("DeleteOrganization").RequireAuthorization(Policies.Administrator)
            .WithVersionCheck();

        var people = app.MapGroup("/api/v1/people").WithTags("Directory");
        people.MapGet("/", SearchPeopleAsync).WithName("SearchPeople").WithSummary("Search researchers, experts and overseas Korean engineers");
        people.MapGet("/export", ExportPeopleAsync).WithName("ExportPeople").WithSummary("Export the filtered people as CSV or .xlsx");
        people.MapGet("/{id:guid}", GetPersonAsync).WithName("GetPerson").WithSummary("One person with affiliations and publications");
        return app;
    }

    private static async Task<Ok<PagedResult<OrganizationListItem>>> SearchOrganizationsAsync(
        [AsParameters] OrganizationQuery query, OrganizationQueries organizations, TaxonomyCatalog taxonomy, CancellationToken ct)
    {
        var filter = query.ToFilter(await taxonomy.GetAsync(ct));
        return TypedResults.Ok(await organizations.SearchAsync(filter, query.ToPage(), ct));
    }

    private static async Task<IResult> ExportOrganizationsAsync(
        [AsParameters] OrganizationQuery query, [FromQuery] string? format, OrganizationQueries organizations, TaxonomyCatalog taxonomy,
        DirectoryTables tables, CancellationToken ct)
    {
        var snapshot = await taxonomy.GetAsync(ct);
        var exportFormat = ExportResults.ParseFormat(format);
        var rows = await organizations.ExportAsync(query.ToFilter(snapshot), ct);
        return ExportResults.File(tables.Organizations(rows, snapshot), exportFormat);
    }

    private static async Task<Ok<OrganizationDetail>> GetOrganizationAsync(Guid id, OrganizationQueries organizations, HttpResponse response, CancellationToken ct)
    {
        var organization = await organizations.GetAsync(id, ct);
        response.SetETag(organization.Version);
        return TypedResults.Ok(organization);
    }

    private static async Task<Created<OrganizationDetail>> CreateOrganizationAsync(
        OrganizationInput input, OrganizationService service, OrganizationQueries organizations, CancellationToken ct)
    {
        var id = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/v1/organizations/{id}", await organizations.GetAsync(id, ct));
    }

    private static async Task<NoContent> UpdateOrganizationAsync(Guid id, OrganizationInput input, HttpRequest request, OrganizationService service, CancellationToken ct)
    {
        await service.UpdateAsync(id, input, request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeleteOrganizationAsync(Guid id, HttpRequest request, OrganizationService service, CancellationToken ct)
    {
        await service.DeleteAsync(id, request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PagedResult<PersonListItem>>> SearchPeopleAsync(
        [AsParameters] PersonQuery query, PersonQueries people, TaxonomyCatalog taxonomy, CancellationToken ct)
    {
        var filter = query.ToFilter(await taxonomy.GetAsync(ct));
        return TypedResults.Ok(await people.SearchAsync(filter, query.ToPage(), ct));
    }

    private static async Task<IResult> ExportPeopleAsync(
        [AsParameters] PersonQuery query, [FromQuery] string? format, PersonQueries people, TaxonomyCatalog taxonomy,
        DirectoryTables tables, CancellationToken ct)
    {
        var snapshot = await taxonomy.GetAsync(ct);
        var exportFormat = ExportResults.ParseFormat(format);
        var rows = await people.ExportAsync(query.ToFilter(snapshot), ct);
        return ExportResults.File(tables.People(rows, snapshot), exportFormat);
    }

    private static async Task<Ok<PersonDetail>> GetPersonAsync(
        Guid id, HttpContext context, PersonQueries people, Core.Marketplace.Inquiries.PersonContactVisibility contacts, CancellationToken ct) =>
        TypedResults.Ok(await contacts.ForViewerAsync(await people.GetAsync(id, ct), context.User, ct));
}
