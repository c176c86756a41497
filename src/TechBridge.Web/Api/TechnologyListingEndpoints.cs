using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Technologies;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Export;
using TechBridge.Core.Shared.Resources;
using TechBridge.Web.Auth;
using TechBridge.Web.Exports;
using TechBridge.Web.Security;

namespace TechBridge.Web.Api;

/// <summary>
/// Listing technologies under /api/v1/marketplace/technologies: members of a university or research institute create and
/// change their organisation's technologies (patents, R&amp;D task, terms) and import them from CSV/.xlsx (dry run first).
/// Anyone else signed in gets 403; a stale If-Match 409 (412 semantics as the rest of the API).
/// </summary>
public static class TechnologyListingEndpoints
{
    public static IEndpointRouteBuilder MapTechnologyListingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/marketplace/technologies").WithTags("Marketplace").RequireAuthorization();
        group.MapPost("/", CreateAsync).WithName("CreateTechnology")
            .WithSummary("List a technology for the signed-in member's university or research institute")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateTechnology").WithVersionCheck()
            .WithSummary("Change a technology of the signed-in member's organisation (If-Match: the ETag of its GET)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/mine", MineAsync).WithName("MyOrganizationTechnologies")
            .WithSummary("The technologies of the signed-in member's organisation").ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/import", ImportAsync).WithName("ImportTechnologies")
            .WithSummary("Import listings and patents from CSV or .xlsx (multipart/form-data, field 'file'; see docs/technology-import.md); ?dryRun=true reports what would change and saves nothing; all or nothing")
            .Accepts<IFormFile>("multipart/form-data").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .DisableAntiforgery().RequireAntiforgeryTokenForCookies()
            .WithMetadata(new RequestSizeLimitAttribute(TechnologyImportService.MaxBytes + 64 * 1024))
            .WithFormOptions(multipartBodyLengthLimit: TechnologyImportService.MaxBytes + 64 * 1024);
        group.MapGet("/import/template", Template).WithName("TechnologyImportTemplate")
            .WithSummary("The import template as CSV or .xlsx (?format=csv|xlsx, ?lang=ko|en for the header row)");
        return app;
    }

    private static async Task<Created<TechnologyDetail>> CreateAsync(
        TechnologyInput input, HttpContext context, TechnologyListingService service, TechnologyQueries technologies, CancellationToken ct)
    {
        var id = await service.CreateAsync(context.User.UserId()!.Value, input, ct);
        var created = await technologies.GetAsync(id, ct);
        context.Response.SetETag(created.Version);
        return TypedResults.Created($"/api/v1/marketplace/technologies/{id}", created);
    }

    private static async Task<NoContent> UpdateAsync(Guid id, TechnologyInput input, HttpContext context, TechnologyListingService service, CancellationToken ct)
    {
        await service.UpdateAsync(context.User.UserId()!.Value, id, input, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<TechnologyListItem>>> MineAsync(
        HttpContext context, TechnologyListingService service, TechnologyQueries technologies, CancellationToken ct)
    {
        var owner = await service.OwnerOfAsync(context.User.UserId()!.Value, ct) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NoInstituteAccount"));
        return TypedResults.Ok(await technologies.OfOwnerAsync(owner, ct));
    }

    private static async Task<Ok<ImportReport>> ImportAsync(
        IFormFile? file, [FromQuery] string? dryRun, HttpContext context, TechnologyImportService service, CancellationToken ct)
    {
        var dry = QueryFlag(dryRun);
        if (file is null || file.Length == 0)
        {
            throw ValidationFailedException.For("file", CoreMessages.Get("Import.NoFile"));
        }

        if (file.Length > TechnologyImportService.MaxBytes)
        {
            throw ValidationFailedException.For("file", CoreMessages.Get("Import.TooLarge", TechnologyImportService.MaxBytes / (1024 * 1024)));
        }

        await using var content = file.OpenReadStream();
        var report = await service.ImportAsync(context.User.UserId()!.Value, file.FileName, content, dry, ct);
        return TypedResults.Ok(report);
    }

    private static IResult Template([FromQuery] string? format, [FromQuery] string? lang) =>
        ExportResults.File(TechnologyImportTemplate.Build(string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase)), ExportResults.ParseFormat(format));

    /// <summary>dryRun as text: true/1/yes, false/0/no or absent (false); anything else is a 400.</summary>
    private static bool QueryFlag(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "0" or "no" => false,
        "true" or "1" or "yes" => true,
        _ => throw ValidationFailedException.For("dryRun", CoreMessages.Get("Validation.UnknownCode", "dryRun", value)),
    };
}

/// <summary>The downloadable import template: the header row and one example listing with two patents.</summary>
public static class TechnologyImportTemplate
{
    public static Table Build(bool english)
    {
        string?[] first =
        [
            "KAIST-T-2026-001", "고체 전해질 기반 전고체 이차전지 제조 기술", "All-solid-state battery with a sulfide solid electrolyte",
            "황화물계 고체 전해질의 계면 저항을 낮춘 전고체 전지 제조 공정", "전고체전지, 고체전해질, all-solid-state", "SECONDARY_BATTERY", "4",
            "Available", "", "RS-2023-00123456", "한국산업기술기획평가원", "2023", "고에너지밀도 전고체전지 핵심기술 개발", "NonExclusive;Exclusive",
            "30000000", "100000000", "경상기술료 매출액의 2%", "10-2023-0123456", "10-2456789", "Registered", "KR", "2023-03-15", "2043-03-15",
        ];
        string?[] second =
        [
            "KAIST-T-2026-001", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "PCT/KR2024/012345", "", "Filed", "KR US", "2024-02-10", "",
        ];
        return new Table("technology-import-template", TechnologyImportColumns.Headers(english), [first, second]);
    }
}
