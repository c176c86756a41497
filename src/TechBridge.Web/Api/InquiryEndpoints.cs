using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Auth;
using TechBridge.Web.Auth.ApiTokens;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/marketplace/inquiries: inquiry threads from marketplace and directory hits, for any signed-in user as a party
/// (program managers and administrators read every thread, read-only; anyone else 403, an unknown thread 404). A new thread
/// or a message is JSON, or multipart/form-data with the same fields and up to five <c>file</c> parts (a cookie-signed-in
/// form must carry the antiforgery token). Over the anti-spam limits: 409 <c>Inquiry.TooMany</c>.
/// /api/v1/admin/inquiry-reports: abuse reports for administrators.
/// </summary>
public static class InquiryEndpoints
{
    public static IEndpointRouteBuilder MapInquiryEndpoints(this IEndpointRouteBuilder app)
    {
        var inquiries = app.MapGroup("/api/v1/marketplace/inquiries").WithTags("Marketplace");
        inquiries.MapGet("/", MineAsync).WithName("ListMyInquiries")
            .WithSummary("The caller's inquiry threads as sender or recipient, newest activity first, with unread counts").ProducesValidationProblem();
        inquiries.MapPost("/", StartAsync).WithName("StartInquiry")
            .WithSummary("Send an inquiry from a hit: { kind: Technology|Need|Organization|Person, subjectId, subject, body } (JSON, or multipart with 'file' parts): 201 with { id }")
            .Accepts<InquiryStartBody>("application/json", "multipart/form-data").ProducesValidationProblem().WithUploadLimit(app)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        inquiries.MapGet("/{id:guid}", ThreadAsync).WithName("GetInquiry")
            .WithSummary("One thread with its parties, messages, files and read receipts, and its ETag")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        inquiries.MapPost("/{id:guid}/messages", ReplyAsync).WithName("ReplyToInquiry")
            .WithSummary("Add a message: { body } (JSON, or multipart with 'file' parts): 201 with { id }; 409 once closed or hidden")
            .Accepts<InquiryMessageBody>("application/json", "multipart/form-data").ProducesValidationProblem().WithUploadLimit(app)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        inquiries.MapPost("/{id:guid}/read", MarkReadAsync).WithName("MarkInquiryRead").WithSummary("Mark the thread read up to now: 204")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        inquiries.MapPost("/{id:guid}/close", CloseAsync).WithName("CloseInquiry").WithVersionCheck()
            .WithSummary("Close the thread (either party; If-Match optional): 204; 409 when not open")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        inquiries.MapPost("/{id:guid}/reports", ReportAsync).WithName("ReportInquiry")
            .WithSummary("Report the thread to the administrators: { reason }: 201 with { id }").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var reports = app.MapGroup("/api/v1/admin/inquiry-reports").WithTags("Administration").RequireAuthorization(Policies.Administrator);
        reports.MapGet("/", ReportsAsync).WithName("ListInquiryReports")
            .WithSummary("Abuse reports of inquiries, open first (open=true: only the open ones)").ProducesValidationProblem();
        reports.MapPost("/{id:guid}/resolve", ResolveAsync).WithName("ResolveInquiryReport")
            .WithSummary("Resolve an open report: { resolution: Dismiss|Hide } (Hide hides the thread): 204; 409 when already resolved")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<PagedResult<InquiryRow>>> MineAsync(int? page, int? pageSize, HttpContext context, InquiryQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MineAsync(Me(context), PageRequest.Of(page, pageSize), ct));

    private static async Task<Created<CreatedId>> StartAsync(HttpContext context, InquiryService service, CancellationToken ct)
    {
        var input = await ReadInputAsync<InquiryStartBody>(context, form => new InquiryStartBody(
            form["kind"], Guid.TryParse(form["subjectId"], out var id) ? id : null, form["subject"], form["body"]), ct);
        // Core reports an unknown or missing kind and a missing subject beside the other fields.
        var kind = Enum.TryParse<InquirySubjectKind>(input.Body?.Kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(input.Body?.Kind, out _)
            ? parsed
            : (InquirySubjectKind)(-1);
        try
        {
            var created = await service.StartAsync(Me(context), kind, input.Body?.SubjectId ?? Guid.Empty, input.Body?.Subject, input.Body?.Body, input.Files, ct);
            return TypedResults.Created($"/api/v1/marketplace/inquiries/{created}", new CreatedId(created));
        }
        finally
        {
            await input.DisposeAsync();
        }
    }

    private static async Task<Ok<InquiryThread>> ThreadAsync(Guid id, HttpContext context, InquiryQueries queries, CancellationToken ct)
    {
        var thread = await queries.ThreadAsync(Me(context), id, ct);
        context.Response.SetETag(thread.Version);
        return TypedResults.Ok(thread);
    }

    private static async Task<Created<CreatedId>> ReplyAsync(Guid id, HttpContext context, InquiryService service, CancellationToken ct)
    {
        await using var input = await ReadInputAsync<InquiryMessageBody>(context, form => new InquiryMessageBody(form["body"]), ct);
        var created = await service.ReplyAsync(Me(context), id, input.Body?.Body, input.Files, ct);
        return TypedResults.Created($"/api/v1/marketplace/inquiries/{id}#{created}", new CreatedId(created));
    }

    private static async Task<NoContent> MarkReadAsync(Guid id, HttpContext context, InquiryService service, CancellationToken ct)
    {
        await service.MarkReadAsync(Me(context), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> CloseAsync(Guid id, HttpContext context, InquiryService service, CancellationToken ct)
    {
        await service.CloseAsync(Me(context), id, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> ReportAsync(Guid id, InquiryReportBody body, HttpContext context, InquiryService service, CancellationToken ct)
    {
        var created = await service.ReportAsync(Me(context), id, body.Reason, ct);
        return TypedResults.Created($"/api/v1/admin/inquiry-reports/{created}", new CreatedId(created));
    }

    private static async Task<Ok<PagedResult<InquiryReportRow>>> ReportsAsync(
        string? open, int? page, int? pageSize, HttpContext context, InquiryQueries queries, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var openOnly = QueryValues.Bool(errors, "open", open, "Inquiry.Field.OpenOnly");
        PageRequest.Check(errors, page, pageSize);
        errors.ThrowIfAny();
        return TypedResults.Ok(await queries.ReportsAsync(Me(context), openOnly ?? false, PageRequest.Of(page, pageSize), ct));
    }

    private static async Task<NoContent> ResolveAsync(Guid id, InquiryResolveBody body, HttpContext context, InquiryService service, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var resolution = QueryValues.Enum<InquiryReportResolution>(errors, "resolution", body.Resolution, "Inquiry.Field.Resolution");
        if (resolution is null && !errors.HasErrors)
        {
            errors.Add("resolution", Core.Shared.Resources.CoreMessages.Get("Inquiry.UnknownResolution"));
        }

        errors.ThrowIfAny();
        await service.ResolveReportAsync(Me(context), id, resolution!.Value, ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The body as JSON, or from a multipart form with its files (a cookie-signed-in form must carry the antiforgery token,
    /// as every portal form does; a bearer-token request has no cookie to abuse).
    /// </summary>
    private static async Task<MessageInput<T>> ReadInputAsync<T>(HttpContext context, Func<IFormCollection, T> fromForm, CancellationToken ct)
        where T : class
    {
        if (!context.Request.HasFormContentType)
        {
            if (!context.Request.HasJsonContentType())
            {
                throw ValidationFailedException.For("body", Core.Shared.Resources.CoreMessages.Get("Inquiry.BadBody"));
            }

            try
            {
                return new MessageInput<T>(await context.Request.ReadFromJsonAsync<T>(ct), []);
            }
            catch (System.Text.Json.JsonException)
            {
                throw ValidationFailedException.For("body", Core.Shared.Resources.CoreMessages.Get("Inquiry.BadBody"));
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

        var files = form.Files.GetFiles("file").Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        var opened = files.Select(f => new UploadedFile(f.OpenReadStream(), f.FileName, f.ContentType)).ToList();
        return new MessageInput<T>(fromForm(form), opened);
    }

    /// <summary>Room for five files of the largest size, and the form around them.</summary>
    private static RouteHandlerBuilder WithUploadLimit(this RouteHandlerBuilder endpoint, IEndpointRouteBuilder app)
    {
        var limit = (app.ServiceProvider.GetRequiredService<IOptions<AttachmentOptions>>().Value.MaxBytes * InquiryLimits.FilesPerMessage) + (256 * 1024);
        return endpoint.WithMetadata(new RequestSizeLimitAttribute(limit)).WithFormOptions(multipartBodyLengthLimit: limit);
    }

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;

    private sealed record MessageInput<T>(T? Body, IReadOnlyList<UploadedFile> Files) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var file in Files)
            {
                await file.Content.DisposeAsync();
            }
        }
    }
}
