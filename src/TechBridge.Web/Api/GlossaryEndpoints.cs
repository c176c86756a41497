using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Matching;
using TechBridge.Core.Shared;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>/api/v1/admin/glossary: the Korean↔English pairs, shipped and added; changes apply to partner search at once.</summary>
public static class GlossaryEndpoints
{
    /// <summary>One pair; <see cref="Seeded"/> says it was shipped with TechBridge (data/seed/glossary.csv) rather than added.</summary>
    public sealed record TermItem(Guid Id, string Korean, string English, IReadOnlyList<string> Fields, string? Note, DateTimeOffset CreatedAt, long Version, bool Seeded);

    public static IEndpointRouteBuilder MapGlossaryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/glossary").WithTags("Administration").RequireAuthorization(Policies.Administrator);
        group.MapGet("/", ListAsync).WithName("ListGlossaryTerms");
        group.MapPost("/", AddAsync).WithName("AddGlossaryTerm");
        group.MapPost("/import", ImportAsync).WithName("ImportGlossaryCsv").Accepts<string>("text/csv")
            .WithSummary("Import pairs from a CSV in the glossary format (ko,en,fields,note); existing pairs are skipped");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetGlossaryTerm").WithSummary("One pair, with its version as the ETag");
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateGlossaryTerm").WithSummary("Change a pair, shipped or added (If-Match: the ETag of its GET)")
            .WithVersionCheck();
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteGlossaryTerm")
            .WithSummary("Delete a pair (If-Match: the ETag of its GET); a shipped pair stays removed after restarts")
            .WithVersionCheck();
        return app;
    }

    private static async Task<Ok<PagedResult<TermItem>>> ListAsync(
        [FromQuery] string? q, [FromQuery] int? page, [FromQuery] int? pageSize, [FromQuery] bool? seeded, GlossaryQueries queries, CancellationToken ct)
    {
        var result = await queries.ListAsync(q, PageRequest.Of(page, pageSize), seeded, ct);
        return TypedResults.Ok(new PagedResult<TermItem>([.. result.Items.Select(ToItem)], result.Total, result.Page, result.PageSize));
    }

    private static async Task<Created<TermItem>> AddAsync(GlossaryTermInput input, GlossaryService glossary, CancellationToken ct)
    {
        var term = await glossary.AddAsync(input, ct);
        return TypedResults.Created($"/api/v1/admin/glossary/{term.Id}", ToItem(term));
    }

    private static async Task<Ok<GlossaryImportResult>> ImportAsync(HttpRequest request, GlossaryService glossary, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return TypedResults.Ok(await glossary.ImportAsync(new StringReader(await reader.ReadToEndAsync(ct)), ct));
    }

    private static async Task<Ok<TermItem>> GetAsync(Guid id, GlossaryQueries queries, HttpResponse response, CancellationToken ct)
    {
        var term = await queries.GetAsync(id, ct);
        response.SetETag(term.Version);
        return TypedResults.Ok(ToItem(term));
    }

    private static async Task<Ok<TermItem>> UpdateAsync(Guid id, GlossaryTermInput input, HttpRequest request, HttpResponse response, GlossaryService glossary, CancellationToken ct)
    {
        var term = await glossary.UpdateAsync(id, input, request.IfMatch(), ct);
        response.SetETag(term.Version);
        return TypedResults.Ok(ToItem(term));
    }

    private static async Task<NoContent> DeleteAsync(Guid id, HttpRequest request, GlossaryService glossary, CancellationToken ct)
    {
        await glossary.DeleteAsync(id, request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static TermItem ToItem(GlossaryTerm t) =>
        new(t.Id, t.Korean, t.English, t.Fields.Split(';', StringSplitOptions.RemoveEmptyEntries), t.Note, t.CreatedAt, t.Version, t.IsSeeded);
}
