using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Utilisation;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Auth;
using TechBridge.Web.Components.Pages.Facilities;
using TechBridge.Web.Exports;

namespace TechBridge.Web.Api;

/// <summary>/api/v1/facilities/utilisation: booked vs open hours by month, industry, center and item, as JSON or a spreadsheet.</summary>
public static class UtilisationEndpoints
{
    public static IEndpointRouteBuilder MapUtilisationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/facilities/utilisation").WithTags("Facilities").RequireAuthorization(Policies.UtilisationViewer);
        group.MapGet("/", ReportAsync).WithName("GetUtilisation")
            .WithSummary("Utilisation from one month to another (yyyy-MM, default the last 12 complete months), optionally for an industry or center");
        group.MapGet("/export", ExportAsync).WithName("ExportUtilisation").WithSummary("Utilisation per equipment item as CSV or .xlsx");
        return app;
    }

    private static async Task<Ok<UtilisationReport>> ReportAsync(
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? industry, [FromQuery] Guid? center, HttpContext context,
        UtilisationQueries queries, FacilityActors actors, TaxonomyCatalog taxonomy, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await RunAsync(from, to, industry, center, context, queries, actors, taxonomy, time, ct));

    private static async Task<IResult> ExportAsync(
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? industry, [FromQuery] Guid? center, [FromQuery] string? format,
        HttpContext context, UtilisationQueries queries, FacilityActors actors, TaxonomyCatalog taxonomy, TimeProvider time, FacilitiesTables tables,
        CancellationToken ct)
    {
        var exportFormat = ExportResults.ParseFormat(format);
        var report = await RunAsync(from, to, industry, center, context, queries, actors, taxonomy, time, ct);
        return ExportResults.File(tables.Utilisation(report, await taxonomy.GetAsync(ct)), exportFormat);
    }

    private static async Task<UtilisationReport> RunAsync(
        string? from, string? to, string? industry, Guid? center, HttpContext context, UtilisationQueries queries, FacilityActors actors,
        TaxonomyCatalog taxonomy, TimeProvider time, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var snapshot = await taxonomy.GetAsync(ct);
        QueryValues.Code(errors, "industry", TextInput.Blank(industry), "Field.Industry", snapshot.Industries.ContainsKey);
        foreach (var (name, value) in new[] { ("from", from), ("to", to) })
        {
            if (value is not null && !DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", out _))
            {
                errors.Add(name, CoreMessages.Get("Utilisation.Month"));
            }
        }

        errors.ThrowIfAny();
        var (first, last) = UtilisationPeriod.Parse(from, to, time);
        var actor = await actors.FindAsync(context.User.UserId()!.Value, ct) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        return await queries.ReportAsync(actor, new UtilisationFilter(first, last, TextInput.Blank(industry), center), ct);
    }
}
