using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Marketplace.Funnel;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Auth;
using TechBridge.Web.Components.Pages.Marketplace.Funnel;
using TechBridge.Web.Exports;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/marketplace/funnel: needs filed → partners contacted → meetings held → deals opened → deals closed per KST month,
/// field and program, as JSON or a spreadsheet — the numbers of the dashboard, from the same query.
/// </summary>
public static class FunnelEndpoints
{
    public static IEndpointRouteBuilder MapFunnelEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/marketplace/funnel").WithTags("Marketplace").RequireAuthorization(Policies.FunnelViewer);
        group.MapGet("/", ReportAsync).WithName("GetMarketplaceFunnel")
            .WithSummary("The funnel from one month to another (yyyy-MM, default the 12 months up to this one), optionally for a field (or 'unclassified') "
                + "and a program (or 'general'); demo=false leaves demo data out");
        group.MapGet("/export", ExportAsync).WithName("ExportMarketplaceFunnel").WithSummary("The funnel per month, field and program as .xlsx (default) or CSV");
        return app;
    }

    private static async Task<Ok<FunnelReport>> ReportAsync(
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? field, [FromQuery] string? program, [FromQuery] string? demo,
        MarketplaceFunnelQueries queries, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await queries.ReportAsync(FunnelFilter.Parse(from, to, field, program, demo, time), ct));

    private static async Task<IResult> ExportAsync(
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? field, [FromQuery] string? program, [FromQuery] string? demo,
        [FromQuery] string? format, MarketplaceFunnelQueries queries, TaxonomyCatalog taxonomy, FunnelTables tables, IStringLocalizer<SharedResource> l,
        TimeProvider time, CancellationToken ct)
    {
        var exportFormat = string.IsNullOrWhiteSpace(format) ? Core.Shared.Export.ExportFormat.Xlsx : ExportResults.ParseFormat(format);
        var report = await queries.ReportAsync(FunnelFilter.Parse(from, to, field, program, demo, time), ct);
        return ExportResults.File(tables.Funnel(report, await FunnelNames.LoadAsync(taxonomy, queries, l, ct)), exportFormat);
    }
}
