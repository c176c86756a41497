using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Web.Auth;
using TechBridge.Web.Security;

namespace TechBridge.Web.Api;

/// <summary>
/// Attachments of equipment (photos, documents), of support requests, of proposals and a technology's marketing material
/// (PDF, PPTX, photos), over the shared attachment service:
/// list and upload under the owner (multipart/form-data, field <c>file</c>; a proposal's document also names its
/// <c>kind</c>, a bad one is 400 with that field), download and delete by attachment id. Who may do what
/// is the owner feature's policy (404 for those who may not see the owner, 403 for those who may only read). A bad file is
/// 400 with the <c>file</c> field, a file over the limit 413. A cookie-signed-in upload needs the antiforgery token;
/// a bearer-token upload does not. A portal form sends <c>returnUrl</c> and is redirected back to it.
/// </summary>
public static class AttachmentEndpoints
{
    /// <summary>Room for the multipart envelope and the form's small fields around the file.</summary>
    private const long FormOverhead = 64 * 1024;

    public const string RefusedQuery = "attachment";

    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var limit = app.ServiceProvider.GetRequiredService<IOptions<AttachmentOptions>>().Value.MaxBytes + FormOverhead;
        foreach (var (path, type, name) in Owners)
        {
            var group = app.MapGroup(path).WithTags("Attachments");
            group.MapGet("/", (Guid id, HttpContext context, AttachmentService service, CancellationToken ct) =>
                    ListAsync(new AttachmentOwner(type, id), context, service, ct))
                .WithName($"List{name}Attachments").WithSummary($"The {name} attachments with what the caller may do");
            group.MapPost("/", (Guid id, IFormFile? file, [FromForm] string? kind, [FromForm] string? returnUrl, HttpContext context, AttachmentService service,
                    IOptions<AttachmentOptions> options, CancellationToken ct) => UploadAsync(new AttachmentOwner(type, id), file, kind, returnUrl, context, service, options, ct))
                .WithName($"Upload{name}Attachment")
                .WithSummary($"Attach a file to the {name} (multipart/form-data, field 'file', and 'kind' where the {name} sorts its files): 201, 400 for a refused file or kind, 413 over the size limit")
                .Accepts<IFormFile>("multipart/form-data").ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
                .DisableAntiforgery().RequireAntiforgeryTokenForCookies()
                .WithMetadata(new RequestSizeLimitAttribute(limit)).WithFormOptions(multipartBodyLengthLimit: limit);
        }

        var attachments = app.MapGroup("/api/v1/attachments").WithTags("Attachments");
        attachments.MapGet("/{id:guid}", DownloadAsync).WithName("DownloadAttachment")
            .WithSummary("The file, as an attachment with its original name (photos inline)");
        attachments.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteAttachment").WithSummary("Delete the attachment and its file: 204");
        attachments.MapPost("/{id:guid}/delete", DeleteFormAsync).WithName("DeleteAttachmentForm")
            .WithSummary("The portal's delete form (returnUrl): redirects back").DisableAntiforgery().RequireAntiforgeryTokenForCookies();
        return app;
    }

    private static readonly (string Path, string Type, string Name)[] Owners =
    [
        ("/api/v1/facilities/equipment/{id:guid}/attachments", AttachmentOwnerTypes.Equipment, "Equipment"),
        ("/api/v1/facilities/requests/{id:guid}/attachments", AttachmentOwnerTypes.SupportRequest, "SupportRequest"),
        ("/api/v1/programs/proposals/{id:guid}/attachments", AttachmentOwnerTypes.Proposal, "Proposal"),
        ("/api/v1/marketplace/technologies/{id:guid}/materials", AttachmentOwnerTypes.TechnologyMaterial, "TechnologyMaterial"),
    ];

    private static async Task<Ok<AttachmentListResponse>> ListAsync(AttachmentOwner owner, HttpContext context, AttachmentService service, CancellationToken ct)
    {
        var folder = await service.ListAsync(Me(context), owner, ct);
        return TypedResults.Ok(new AttachmentListResponse(
            [.. folder.Items.Select(AttachmentResponse.From)], folder.Rights.CanAdd, folder.Rights.CanDelete, folder.MaxFiles, folder.MaxBytes)
        {
            Extensions = [.. folder.Extensions.Split(", ")],
        });
    }

    private static async Task<IResult> UploadAsync(
        AttachmentOwner owner, IFormFile? file, string? kind, string? returnUrl, HttpContext context, AttachmentService service, IOptions<AttachmentOptions> options,
        CancellationToken ct)
    {
        try
        {
            if (file is null)
            {
                throw ValidationFailedException.For(AttachmentService.FileField, CoreMessages.Get("Attachment.Required"));
            }

            if (file.Length > options.Value.MaxBytes)
            {
                if (returnUrl is not null)
                {
                    return Refused(returnUrl);
                }

                var message = CoreMessages.Get("Attachment.TooLarge", FileSizes.Format(options.Value.MaxBytes));
                return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [AttachmentService.FileField] = [message] })
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Detail = message,
                });
            }

            await using var content = file.OpenReadStream();
            var added = await service.AddAsync(owner, content, file.FileName, file.ContentType, Me(context), kind, ct);
            return returnUrl is not null
                ? TypedResults.Redirect(LocalUrls.OrHome(returnUrl) + "#attachments")
                : TypedResults.Created($"/api/v1/attachments/{added.Id}", AttachmentResponse.From(added));
        }
        catch (ValidationFailedException) when (returnUrl is not null)
        {
            return Refused(returnUrl);
        }
    }

    private static async Task<FileStreamHttpResult> DownloadAsync(Guid id, HttpContext context, AttachmentService service, CancellationToken ct)
    {
        var opened = await service.OpenAsync(Me(context), id, ct);
        var attachment = opened.Attachment;
        var disposition = new ContentDispositionHeaderValue(attachment.IsImage ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        var headers = context.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-cache";
        // The result disposes the stream once it is written.
        return TypedResults.Stream(opened.Content, attachment.ContentType, entityTag: new EntityTagHeaderValue($"\"{attachment.Sha256}\""));
    }

    private static async Task<NoContent> DeleteAsync(Guid id, HttpContext context, AttachmentService service, CancellationToken ct)
    {
        await service.DeleteAsync(Me(context), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<RedirectHttpResult> DeleteFormAsync(
        Guid id, [FromForm] string? returnUrl, HttpContext context, AttachmentService service, CancellationToken ct)
    {
        await service.DeleteAsync(Me(context), id, ct);
        return TypedResults.Redirect(LocalUrls.OrHome(returnUrl) + "#attachments");
    }

    /// <summary>Back to the page, which says the file was refused and shows the limits (the API gives the exact reason).</summary>
    private static RedirectHttpResult Refused(string returnUrl) =>
        TypedResults.Redirect(QueryHelpers.AddQueryString(LocalUrls.OrHome(returnUrl), RefusedQuery, "refused") + "#attachments");

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}

public sealed record AttachmentListResponse(IReadOnlyList<AttachmentResponse> Items, bool CanAdd, bool CanDelete, int MaxFiles, long MaxBytes)
{
    /// <summary>The file extensions this owner takes.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];
}

/// <summary>One attachment; <see cref="Url"/> downloads it.</summary>
public sealed record AttachmentResponse(
    Guid Id, string FileName, string ContentType, long Size, string Sha256, bool IsImage, string UploadedBy, DateTimeOffset UploadedAt, string Url)
{
    /// <summary>What the file is for, where its owner sorts its files (a proposal's document kind); null elsewhere.</summary>
    public string? Kind { get; init; }

    public static AttachmentResponse From(AttachmentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Id, view.FileName, view.ContentType, view.Size, view.Sha256, view.IsImage, view.UploadedByName, Kst.ToKst(view.UploadedAt),
            $"/api/v1/attachments/{view.Id}") { Kind = view.Kind };
    }
}
