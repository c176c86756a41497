using System.Globalization;
using System.Numerics;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Web.Auth;
using TechBridge.Web.Auth.ApiTokens;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/marketplace/deals: technology transfer deals for their two parties (program managers and administrators read
/// every deal, read-only: 403 on a change; anyone else 404, as for an unknown deal). A step is JSON, or multipart/form-data
/// with the same fields and up to five <c>file</c> parts (a cookie-signed-in form must carry the antiforgery token).
/// A move the pipeline does not allow: 409 <c>Deal.IllegalTransition</c>; a stale <c>If-Match</c>: 412.
/// </summary>
public static class DealEndpoints
{
    public const string Base = "/api/v1/marketplace/deals";

    public static IEndpointRouteBuilder MapDealEndpoints(this IEndpointRouteBuilder app)
    {
        var deals = app.MapGroup(Base).WithTags("Marketplace");
        deals.MapGet("/", MineAsync).WithName("ListMyDeals")
            .WithSummary("The caller's deals (program managers and administrators: every deal), latest step first; filter=open|lost|all").ProducesValidationProblem();
        deals.MapPost("/", OpenAsync).WithName("OpenDeal")
            .WithSummary("Open a deal: { inquiryId } (the owner side, from an inquiry about a technology) or { technologyId, buyerUserId? }: 201 with { id }")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        deals.MapGet("/{id:guid}", DealAsync).WithName("GetDeal")
            .WithSummary("One deal with its steps, documents and revenue reports, and its ETag").ProducesProblem(StatusCodes.Status404NotFound);
        deals.MapPost("/{id:guid}/steps", RecordStepAsync).WithName("RecordDealStep").WithVersionCheck()
            .WithSummary("Record the next step (JSON, or multipart with 'file' parts; If-Match optional): 201 with { id }; 409 Deal.IllegalTransition")
            .Accepts<DealStepBody>("application/json", "multipart/form-data").ProducesValidationProblem().WithStepUploadLimit(app)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        deals.MapPost("/{id:guid}/lose", LoseAsync).WithName("LoseDeal").WithVersionCheck()
            .WithSummary("Mark an open deal lost: { reason, note } (If-Match optional): 204; 409 once lost or completed")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        deals.MapGet("/{id:guid}/revenue-reports", RevenueAsync).WithName("ListDealRevenueReports")
            .WithSummary("The deal's quarterly revenue reports").ProducesProblem(StatusCodes.Status404NotFound);
        deals.MapPost("/{id:guid}/revenue-reports", ReportRevenueAsync).WithName("ReportDealRevenue")
            .WithSummary("Report a quarter's revenue of a deal in follow-up: { year, quarter, revenueKrw, royaltyPaidKrw }: 201 with { id }; 409 for a reported quarter")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<Ok<PagedResult<DealRow>>> MineAsync(string? filter, int? page, int? pageSize, HttpContext context, DealQueries queries, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var which = QueryValues.Enum<DealFilter>(errors, "filter", filter, "Deal.Field.Filter");
        PageRequest.Check(errors, page, pageSize);
        errors.ThrowIfAny();
        return TypedResults.Ok(await queries.MineAsync(Me(context), which ?? DealFilter.Open, PageRequest.Of(page, pageSize), ct));
    }

    private static async Task<Created<CreatedId>> OpenAsync(DealOpenBody body, HttpContext context, DealService service, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var on = Date(errors, body.OccurredOn);
        errors.ThrowIfAny();
        var id = await service.OpenAsync(Me(context), new DealOpenInput(body.InquiryId, body.TechnologyId, body.BuyerUserId, on, body.Note), ct);
        return TypedResults.Created($"{Base}/{id}", new CreatedId(id));
    }

    private static async Task<Ok<DealView>> DealAsync(Guid id, HttpContext context, DealQueries queries, CancellationToken ct)
    {
        var deal = await queries.DealAsync(Me(context), id, ct);
        context.Response.SetETag(deal.Version);
        return TypedResults.Ok(deal);
    }

    private static async Task<Ok<IReadOnlyList<DealRevenueView>>> RevenueAsync(Guid id, HttpContext context, DealQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.DealAsync(Me(context), id, ct)).RevenueReports);

    private static async Task<Created<CreatedId>> RecordStepAsync(Guid id, HttpContext context, DealService service, CancellationToken ct)
    {
        var (body, files) = await ReadStepAsync(context, ct);
        try
        {
            var input = Parse(body);
            var created = await service.RecordStepAsync(Me(context), id, input, files, context.Request.IfMatch(), ct);
            return TypedResults.Created($"{Base}/{id}#{created}", new CreatedId(created));
        }
        finally
        {
            foreach (var file in files)
            {
                await file.Content.DisposeAsync();
            }
        }
    }

    private static async Task<NoContent> LoseAsync(Guid id, DealLoseBody body, HttpContext context, DealService service, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var reason = QueryValues.Enum<DealLossReason>(errors, "reason", body.Reason, "Deal.Field.LossReason");
        errors.ThrowIfAny();
        await service.LoseAsync(Me(context), id, reason, body.Note, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> ReportRevenueAsync(Guid id, DealRevenueBody body, HttpContext context, DealService service, CancellationToken ct)
    {
        var created = await service.ReportRevenueAsync(Me(context), id, new DealRevenueInput(body.Year, body.Quarter, body.RevenueKrw, body.RoyaltyPaidKrw), ct);
        return TypedResults.Created($"{Base}/{id}/revenue-reports#{created}", new CreatedId(created));
    }

    /// <summary>Turns the step's text fields into typed input, with a field message for each value that does not parse.</summary>
    public static DealStepInput Parse(DealStepBody? body)
    {
        var errors = new ValidationErrors();
        var stage = QueryValues.Enum<DealState>(errors, "stage", body?.Stage, "Deal.Field.Stage");
        var on = Date(errors, body?.OccurredOn);
        var kind = QueryValues.Enum<LicenceKind>(errors, "licenceKind", body?.LicenceKind, "Deal.Field.LicenceKind");
        errors.ThrowIfAny();
        return new DealStepInput(stage, on, body?.Note, kind, body?.UpfrontFeeKrw, body?.RoyaltyPercent);
    }

    /// <summary>A KST date as yyyy-MM-dd; anything else gets a field message.</summary>
    public static DateOnly? Date(ValidationErrors errors, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
        {
            return on;
        }

        errors.Add("occurredOn", CoreMessages.Get("Deal.BadDate"));
        return null;
    }

    /// <summary>The step as JSON, or from a multipart form with its documents (a cookie-signed-in form must carry the antiforgery token).</summary>
    private static async Task<(DealStepBody? Body, List<UploadedFile> Files)> ReadStepAsync(HttpContext context, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
        {
            if (!context.Request.HasJsonContentType())
            {
                throw new BadHttpRequestException("Send JSON or multipart/form-data.", StatusCodes.Status415UnsupportedMediaType);
            }

            try
            {
                return (await context.Request.ReadFromJsonAsync<DealStepBody>(ct), []);
            }
            catch (System.Text.Json.JsonException)
            {
                throw ValidationFailedException.For("body", CoreMessages.Get("Deal.BadBody"));
            }
        }

        if (!ApiTokenAuthentication.IsTokenRequest(context.User)
            && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            throw new BadHttpRequestException("The antiforgery token is missing or invalid.", StatusCodes.Status400BadRequest);
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e)
        {
            throw new BadHttpRequestException("The form cannot be read.", StatusCodes.Status400BadRequest, e);
        }

        return (FromForm(form), Files(form));
    }

    /// <summary>The step's fields of a posted form (the portal page posts the same names); a bad number gets a field message.</summary>
    public static DealStepBody FromForm(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new ValidationErrors();
        var upfront = Number<long>(errors, form, "upfrontFeeKrw", "Deal.Field.UpfrontFee");
        var royalty = Number<decimal>(errors, form, "royaltyPercent", "Deal.Field.Royalty");
        errors.ThrowIfAny();
        return new DealStepBody(form["stage"], form["occurredOn"], form["note"], form["licenceKind"], upfront, royalty);
    }

    /// <summary>The non-empty <c>file</c> parts of a form, opened for reading (the caller disposes them).</summary>
    public static List<UploadedFile> Files(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return [.. form.Files.GetFiles("file").Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).Select(f => new UploadedFile(f.OpenReadStream(), f.FileName, f.ContentType))];
    }

    /// <summary>An optional whole number (or decimal) of a form, digits with optional thousands separators; anything else gets a field message.</summary>
    public static T? Number<T>(ValidationErrors errors, IFormCollection form, string field, string labelKey)
        where T : struct, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(form);
        var text = form[field].ToString().Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (T.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, CoreMessages.Get("Validation.WholeNumber", CoreMessages.Get(labelKey)));
        return null;
    }

    private static RouteHandlerBuilder WithStepUploadLimit(this RouteHandlerBuilder endpoint, IEndpointRouteBuilder app)
    {
        var limit = (app.ServiceProvider.GetRequiredService<IOptions<AttachmentOptions>>().Value.MaxBytes * DealLimits.FilesPerStep) + (256 * 1024);
        return endpoint.WithMetadata(new RequestSizeLimitAttribute(limit)).WithFormOptions(multipartBodyLengthLimit: limit);
    }

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
