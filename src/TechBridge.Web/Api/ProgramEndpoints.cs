using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Programs.Reference;

namespace TechBridge.Web.Api;

/// <summary>/api/v1/programs: the programs, figures, centers and themes published in the source documents.</summary>
public static class ProgramEndpoints
{
    public sealed record FigureItem(string LabelKo, string LabelEn, double Value, string Unit, int? Year, string? SourceNote);

    public sealed record StageItem(int Order, string NameKo, string NameEn, double? Years, int? Tasks, long? BudgetKrwPerTask, string? SelectionRatio);

    public sealed record ProgramItem(
        string Code, string NameKo, string NameEn, string? AgencyKo, string? AgencyEn, string? SummaryKo, string? SummaryEn, int? Year,
        IReadOnlyList<FigureItem> Figures, IReadOnlyList<StageItem> Stages);

    public static IEndpointRouteBuilder MapProgramEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/programs", ListAsync).WithTags("Programs").WithName("ListPrograms")
            .WithSummary("Programs and their published figures (reference data from the source documents)");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ProgramItem>>> ListAsync(ProgramReferenceQueries queries, CancellationToken ct)
    {
        var overview = await queries.GetOverviewAsync(ct);
        IReadOnlyList<ProgramItem> items = [.. overview.Programs.Select(p => new ProgramItem(
            p.Code, p.NameKo, p.NameEn, p.AgencyKo, p.AgencyEn, p.SummaryKo, p.SummaryEn, p.Year,
            [.. p.Figures.Select(f => new FigureItem(f.LabelKo, f.LabelEn, f.Value, f.Unit, f.Year, f.SourceNote))],
            [.. p.Stages.Select(s => new StageItem(s.StageOrder, s.NameKo, s.NameEn, s.Years, s.Tasks, s.BudgetKrwPerTask, s.SelectionRatio))]))];
        return TypedResults.Ok(items);
    }
}
