using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Web.Api;

/// <summary>/api/v1/taxonomy: fields, industries, countries, R&amp;D stages, TRL levels and cooperation types in both languages.</summary>
public static class TaxonomyEndpoints
{
    public sealed record CodeName(string Code, string NameKo, string NameEn, string Name);

    public sealed record StageItem(string Code, string NameKo, string NameEn, string Name, int TrlMin, int TrlMax);

    public sealed record TrlItem(int Level, string NameKo, string NameEn, string Name, string? DescriptionKo, string? DescriptionEn);

    public sealed record TaxonomyResponse(
        IReadOnlyList<CodeName> Fields, IReadOnlyList<CodeName> Industries, IReadOnlyList<CodeName> Countries,
        IReadOnlyList<StageItem> RndStages, IReadOnlyList<TrlItem> TrlLevels, IReadOnlyList<CooperationTypeItem> CooperationTypes);

    public sealed record CooperationTypeItem(string Code, string Direction, string NameKo, string NameEn, string Name);

    public static IEndpointRouteBuilder MapTaxonomyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/taxonomy", GetAsync).WithTags("Taxonomy").WithName("GetTaxonomy")
            .WithSummary("All taxonomies: the 11 super-gap fields, 6 i-Platform industries, ISO countries, R&D stages, TRL 1–9, cooperation types");
        return app;
    }

    private static async Task<Ok<TaxonomyResponse>> GetAsync(TaxonomyCatalog catalog, CancellationToken ct)
    {
        var t = await catalog.GetAsync(ct);
        return TypedResults.Ok(new TaxonomyResponse(
            [.. t.Fields.Values.Select(f => new CodeName(f.Code, f.NameKo, f.NameEn, f.Name()))],
            [.. t.Industries.Values.Select(i => new CodeName(i.Code, i.NameKo, i.NameEn, i.Name()))],
            [.. t.Countries.Values.Select(c => new CodeName(c.Alpha2, c.NameKo, c.NameEn, c.Name()))],
            [.. t.RndStages.Values.Select(s => new StageItem(s.Code, s.NameKo, s.NameEn, s.Name(), s.TrlMin, s.TrlMax))],
            [.. t.TrlLevels.Values.Select(l => new TrlItem(l.Level, l.NameKo, l.NameEn, l.Name(), l.DescriptionKo, l.DescriptionEn))],
            [.. t.CooperationTypes.Values.Select(c => new CooperationTypeItem(c.Code, c.Direction.ToString(), c.NameKo, c.NameEn, c.Name()))]));
    }
}
