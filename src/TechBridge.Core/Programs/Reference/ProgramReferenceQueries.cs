using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;

namespace TechBridge.Core.Programs.Reference;

/// <summary>Everything the sources publish about programs, for the Programs overview.</summary>
public sealed record ProgramOverview(
    IReadOnlyList<ProgramInfo> Programs,
    IReadOnlyList<Organization> CooperationCenters,
    IReadOnlyList<CooperationPair> CooperationPairs,
    IReadOnlyList<SuperGapProject> SuperGapProjects,
    IReadOnlyList<AlchemistTheme> AlchemistThemes,
    IReadOnlyList<CooperationType> CooperationTypes);

public sealed class ProgramReferenceQueries(TechBridgeDbContext db)
{
    public async Task<ProgramInfo> GetProgramAsync(string code, CancellationToken cancellationToken = default)
    {
        var program = await db.Programs.AsNoTracking().Include(p => p.Figures).Include(p => p.Stages).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Code == code, cancellationToken) ?? throw new Shared.Errors.NotFoundException("Program", code);
        program.Figures.Sort((a, b) => a.SortOrder.CompareTo(b.SortOrder));
        program.Stages.Sort((a, b) => a.StageOrder.CompareTo(b.StageOrder));
        return program;
    }

    /// <summary>Every program's code and names, by code (for a select).</summary>
    public async Task<IReadOnlyList<(string Code, string NameKo, string NameEn)>> NamesAsync(CancellationToken cancellationToken = default) =>
        (await db.Programs.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.NameKo, p.NameEn }).ToListAsync(cancellationToken))
            .Select(p => (p.Code, p.NameKo, p.NameEn)).ToList();

    public async Task<ProgramOverview> GetOverviewAsync(CancellationToken cancellationToken = default)
    {
        var programs = await db.Programs.AsNoTracking().Include(p => p.Figures).Include(p => p.Stages).AsSplitQuery().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        foreach (var p in programs)
        {
            p.Figures.Sort((a, b) => a.SortOrder.CompareTo(b.SortOrder));
            p.Stages.Sort((a, b) => a.StageOrder.CompareTo(b.StageOrder));
        }

        return new ProgramOverview(
            programs,
            await db.Organizations.AsNoTracking().Include(o => o.Fields).Where(o => o.Kind == OrganizationKind.CooperationCenter).OrderBy(o => o.Code).ToListAsync(cancellationToken),
            await db.CooperationPairs.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync(cancellationToken),
            await db.SuperGapProjects.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken),
            await db.AlchemistThemes.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken),
            await db.CooperationTypes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken));
    }
}
