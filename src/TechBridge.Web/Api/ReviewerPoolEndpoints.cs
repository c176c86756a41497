using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Programs;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Auth;
using TechBridge.Web.Security;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/programs/reviewers: the programs' pool of reviewers, for program managers and administrators only (403 for
/// everyone else signed in). List and read reviewers, add directory people, import a CSV, change a reviewer's terms (If-Match).
/// </summary>
public static class ReviewerPoolEndpoints
{
    public static IEndpointRouteBuilder MapReviewerPoolEndpoints(this IEndpointRouteBuilder app)
    {
        var reviewers = app.MapGroup("/api/v1/programs/reviewers").WithTags("Programs").RequireAuthorization(Policies.CallManager);
        reviewers.MapGet("/", ListAsync).WithName("ListPoolReviewers")
            .WithSummary("Reviewers by group (overseas, domestic), field, text (names, organisation, keywords) and active (true, false), with paging")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        reviewers.MapGet("/{id:guid}", GetAsync).WithName("GetPoolReviewer")
            .WithSummary("One reviewer: the pool's terms, the person's affiliations and publications (with co-authors); ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        reviewers.MapPost("/from-directory", AddAsync).WithName("AddPoolReviewersFromDirectory")
            .WithSummary("Put directory people in the pool: { \"personIds\": [...] }; people already in it are skipped and counted")
            .ProducesValidationProblem();
        reviewers.MapPost("/import", ImportAsync).WithName("ImportPoolReviewers")
            .WithSummary("Import a reviewer CSV (multipart/form-data, field 'file'; header name_ko,name_en,email,organization,country,fields,keywords,max_load,publications), all or nothing; 400 lists each broken line")
            .Accepts<IFormFile>("multipart/form-data").ProducesValidationProblem()
            .DisableAntiforgery().RequireAntiforgeryTokenForCookies()
            .WithMetadata(new RequestSizeLimitAttribute(ReviewerPoolLimits.MaxImportBytes + 64 * 1024))
            .WithFormOptions(multipartBodyLengthLimit: ReviewerPoolLimits.MaxImportBytes + 64 * 1024);
        reviewers.MapPut("/{id:guid}", UpdateAsync).WithName("UpdatePoolReviewer").WithVersionCheck()
            .WithSummary("Change a reviewer's group, maximum load (1–50) and whether they are active: { \"group\", \"maxLoad\", \"isActive\" } (If-Match: the ETag of its GET)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<PagedResult<PoolReviewerRow>>> ListAsync(
        [AsParameters] ReviewerPoolQuery query, HttpContext context, ReviewerPoolQueries pool, ProgramActors actors, TaxonomyCatalog taxonomy, CancellationToken ct)
    {
        var filter = query.ToFilter(await taxonomy.GetAsync(ct));
        return TypedResults.Ok(await pool.ListAsync(await actors.FindAsync(context.User.UserId(), ct), filter, query.ToPage(), ct));
    }

    private static async Task<Ok<PoolReviewerProfile>> GetAsync(Guid id, HttpContext context, ReviewerPoolQueries pool, ProgramActors actors, CancellationToken ct)
    {
        var reviewer = await pool.GetAsync(await actors.FindAsync(context.User.UserId(), ct), id, ct);
        context.Response.SetETag(reviewer.Version);
        return TypedResults.Ok(reviewer);
    }

    private static async Task<Ok<ReviewerAddResult>> AddAsync(ReviewerAddRequest body, HttpContext context, ReviewerPoolService service, CancellationToken ct) =>
        TypedResults.Ok(await service.AddFromDirectoryAsync(context.User.UserId()!.Value, body.PersonIds, ct));

    private static async Task<Ok<ReviewerImportResult>> ImportAsync(IFormFile? file, HttpContext context, ReviewerPoolService service, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            throw ValidationFailedException.For("file", CoreMessages.Get("ReviewerPool.Csv.NoFile"));
        }

        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await service.ImportCsvAsync(context.User.UserId()!.Value, content, ct));
    }

    private static async Task<NoContent> UpdateAsync(Guid id, ReviewerUpdate body, HttpContext context, ReviewerPoolService service, CancellationToken ct)
    {
        await service.UpdateAsync(context.User.UserId()!.Value, id, body.Group, body.MaxLoad, body.IsActive, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }
}
