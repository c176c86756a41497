using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Programs.Selection;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Export;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Auth;
using TechBridge.Web.Exports;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/programs/calls/{callId}/selection: a call's selection for its program managers and administrators (403 for
/// everyone else signed in). Read the ranking report, run it with quotas once every review stage is closed, adjust a ranked
/// proposal (fund or not, with a justification; null lifts it), verify it against the stored data, publish the decisions.
/// A broken rule (stages open, not run, published, not ranked, infeasible) is 409 with its <c>code</c>. The applicant reads
/// their own decision once published (404 before, and for anyone else). The report also downloads as .xlsx and .pdf.
/// </summary>
public static class SelectionEndpoints
{
    private const string PdfContentType = "application/pdf";

    public static IEndpointRouteBuilder MapSelectionEndpoints(this IEndpointRouteBuilder app)
    {
        var selection = app.MapGroup("/api/v1/programs/calls/{callId:guid}/selection").WithTags("Programs").RequireAuthorization(Policies.CallManager);
        selection.MapGet("/", GetAsync).WithName("GetCallSelection")
            .WithSummary("The call's stages, budget and whether the selection can run; once run, the ranking report: per proposal the stage scores, final score, rank, outcome and adjustment, with the quotas, totals and the inputs' fingerprint")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        selection.MapPost("/run", RunAsync).WithName("RunCallSelection")
            .WithSummary("Run (again) the selection once every review stage is closed: { \"quotas\": [{ \"dimension\": \"field\"|\"country\", \"value\", \"min\", \"max\" }] }; 200 with the report; 409 when stages are open, it is published or no selection fits")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        selection.MapPost("/adjustments", AdjustAsync).WithName("AdjustCallSelection")
            .WithSummary("Fund or not fund a ranked proposal: { \"proposalId\", \"kind\": \"ForceIn\"|\"ForceOut\"|null (lifts it), \"justification\" (required to set) }; 200 with the report worked out again")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        selection.MapGet("/verify", VerifyAsync).WithName("VerifyCallSelection")
            .WithSummary("Recompute the selection from the stored data: whether the inputs (fingerprints) and the result are the same, and which proposals differ")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        selection.MapPost("/publish", PublishAsync).WithName("PublishCallSelection")
            .WithSummary("Publish the decisions: every applicant is told in their language (inbox and e-mail); nothing changes afterwards. 200 with { told }")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGet("/api/v1/programs/proposals/{id:guid}/decision", DecisionAsync).WithTags("Programs").WithName("GetProposalDecision")
            .WithSummary("The applicant's decision on their own proposal once the selection is published: outcome, final score and rank, per stage the score, cut-off and the reviewers' comments (numbered, never who); 404 before or for anyone else")
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Downloads for the selection page (a link, so a plain path rather than the API's).
        var report = app.MapGroup("/programs/calls/{callId:guid}/selection").RequireAuthorization(Policies.CallManager).ExcludeFromDescription();
        report.MapGet("/report.xlsx", XlsxAsync);
        report.MapGet("/report.pdf", PdfAsync);
        return app;
    }

    private static async Task<Ok<SelectionView>> GetAsync(Guid callId, HttpContext context, SelectionQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetAsync(Me(context), callId, ct));

    private static async Task<Ok<SelectionView>> RunAsync(Guid callId, SelectionRunBody? body, HttpContext context, SelectionService service, SelectionQueries queries, CancellationToken ct)
    {
        await service.RunAsync(Me(context), callId, (body ?? new SelectionRunBody(null)).ToQuotas(), ct);
        return TypedResults.Ok(await queries.GetAsync(Me(context), callId, ct));
    }

    private static async Task<Ok<SelectionView>> AdjustAsync(
        Guid callId, SelectionAdjustmentBody body, HttpContext context, SelectionService service, SelectionQueries queries, CancellationToken ct)
    {
        await service.AdjustAsync(Me(context), callId, body.ProposalId, body.Kind, body.Justification, ct);
        return TypedResults.Ok(await queries.GetAsync(Me(context), callId, ct));
    }

    private static async Task<Ok<SelectionVerification>> VerifyAsync(Guid callId, HttpContext context, SelectionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.VerifyAsync(Me(context), callId, ct));

    private static async Task<Ok<SelectionPublished>> PublishAsync(Guid callId, HttpContext context, SelectionDecisions decisions, CancellationToken ct) =>
        TypedResults.Ok(new SelectionPublished(await decisions.PublishAsync(Me(context), callId, ct)));

    private static async Task<Results<Ok<ProposalDecisionView>, NotFound>> DecisionAsync(Guid id, HttpContext context, SelectionDecisions decisions, CancellationToken ct) =>
        await decisions.ForApplicantAsync(Me(context), id, ct) is { } decision ? TypedResults.Ok(decision) : TypedResults.NotFound();

    private static async Task<IResult> XlsxAsync(
        Guid callId, HttpContext context, SelectionQueries queries, SelectionTables tables, TaxonomyCatalog taxonomy, CancellationToken ct)
    {
        var view = await ReportedAsync(callId, context, queries, ct);
        using var buffer = new MemoryStream();
        XlsxTableWriter.Write(tables.Report(view, await taxonomy.GetAsync(ct)), buffer);
        return Results.File(buffer.ToArray(), ExportFormats.ContentType(ExportFormat.Xlsx), FileName(view, "xlsx"));
    }

    private static async Task<IResult> PdfAsync(
        Guid callId, HttpContext context, SelectionQueries queries, SelectionTables tables, TaxonomyCatalog taxonomy, CancellationToken ct)
    {
        var view = await ReportedAsync(callId, context, queries, ct);
        using var buffer = new MemoryStream();
        PdfTableWriter.Write(tables.PrintableReport(view, await taxonomy.GetAsync(ct)), buffer);
        return Results.File(buffer.ToArray(), PdfContentType, FileName(view, "pdf"));
    }

    private static async Task<SelectionView> ReportedAsync(Guid callId, HttpContext context, SelectionQueries queries, CancellationToken ct)
    {
        var view = await queries.GetAsync(Me(context), callId, ct);
        return view.Report is null ? throw new BusinessRuleException("Selection.NotRun", Core.Shared.Resources.CoreMessages.Get("Selection.NotRun")) : view;
    }

    private static string FileName(SelectionView view, string extension) => $"techbridge-selection-{view.CallId.ToString("N")[..8]}.{extension}";

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
