using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Statements;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Export;
using TechBridge.Core.Shared.Resources;
using TechBridge.Web.Auth;
using TechBridge.Web.Components.Pages.Facilities;
using TechBridge.Web.Exports;

namespace TechBridge.Web.Api;

/// <summary>
/// Fees billed for actual use: a company's monthly statement (JSON, .xlsx or PDF; <c>2026-03.pdf</c> or <c>2026-03?format=pdf</c>)
/// and a center's receivables per company and month. Who sees what is decided in Core; unseen is 404, like unknown.
/// </summary>
public static class StatementEndpoints
{
    private const string PdfContentType = "application/pdf";

    public static IEndpointRouteBuilder MapStatementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/facilities/statements").WithTags("Facilities").RequireAuthorization(Policies.StatementReader)
            .MapGet("/{companyId:guid}/{month}", StatementAsync).WithName("GetCompanyStatement")
            .WithSummary("A company's statement for a KST month (yyyy-MM; add .xlsx or .pdf, or ?format=json|xlsx|pdf): completed reservations by check-out, totals, per-center subtotals")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGroup("/api/v1/facilities/receivables").WithTags("Facilities").RequireAuthorization(Policies.UtilisationViewer)
            .MapGet("/{centerId:guid}", ReceivablesAsync).WithName("GetCenterReceivables")
            .WithSummary("What a center billed per company and month from one month to another (yyyy-MM, default the last 12 complete months); ?format=xlsx for a spreadsheet")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> StatementAsync(
        Guid companyId, string month, [FromQuery] string? format, HttpContext context, StatementQueries queries, FacilityActors actors,
        StatementTables tables, CancellationToken ct)
    {
        var (monthText, suffix) = month.LastIndexOf('.') is var dot and > 0 ? (month[..dot], month[(dot + 1)..]) : (month, null);
        var kind = (suffix ?? format ?? "json").ToLowerInvariant();
        var errors = new ValidationErrors();
        var first = ParseMonth(errors, "month", monthText);
        if (kind is not ("json" or "xlsx" or "pdf"))
        {
            errors.Add("format", CoreMessages.Get("Validation.UnknownCode", "format", kind));
        }

        errors.ThrowIfAny();
        var statement = await queries.StatementAsync(await ActorAsync(context, actors, ct), companyId, first!.Value, ct);
        var name = $"techbridge-statement-{StatementTables.Month(statement.Month)}-{statement.CompanyId.ToString("N")[..8]}";
        using var buffer = new MemoryStream();
        switch (kind)
        {
            case "xlsx":
                XlsxTableWriter.Write(tables.Statement(statement), buffer);
                return Results.File(buffer.ToArray(), ExportFormats.ContentType(ExportFormat.Xlsx), name + ".xlsx");
            case "pdf":
                PdfTableWriter.Write(tables.StatementReport(statement), buffer);
                return Results.File(buffer.ToArray(), PdfContentType, name + ".pdf");
            default:
                return TypedResults.Ok(statement);
        }
    }

    private static async Task<IResult> ReceivablesAsync(
        Guid centerId, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? format, HttpContext context, StatementQueries queries,
        FacilityActors actors, StatementTables tables, TimeProvider time, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (from is not null)
        {
            ParseMonth(errors, "from", from);
        }

        if (to is not null)
        {
            ParseMonth(errors, "to", to);
        }

        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!xlsx && format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("format", CoreMessages.Get("Validation.UnknownCode", "format", format));
        }

        errors.ThrowIfAny();
        var (first, last) = UtilisationPeriod.Parse(from, to, time);
        var receivables = await queries.ReceivablesAsync(await ActorAsync(context, actors, ct), centerId, first, last, ct);
        if (!xlsx)
        {
            return TypedResults.Ok(receivables);
        }

        using var buffer = new MemoryStream();
        XlsxTableWriter.Write(tables.Receivables(receivables), buffer);
        return Results.File(buffer.ToArray(), ExportFormats.ContentType(ExportFormat.Xlsx),
            $"techbridge-receivables-{StatementTables.Month(first)}-{StatementTables.Month(last)}-{centerId.ToString("N")[..8]}.xlsx");
    }

    /// <summary>"yyyy-MM" as the month's first day, or an error on <paramref name="field"/>.</summary>
    public static DateOnly? ParseMonth(ValidationErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is { Length: 7 } && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        errors.Add(field, CoreMessages.Get("Utilisation.Month"));
        return null;
    }

    private static async Task<FacilityActor> ActorAsync(HttpContext context, FacilityActors actors, CancellationToken ct) =>
        await actors.FindAsync(context.User.UserId()!.Value, ct) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
}
