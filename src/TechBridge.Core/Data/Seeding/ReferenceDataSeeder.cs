using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Programs.Reference;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Data.Seeding;

/// <summary>
/// Loads the reference data from the source documents. Idempotent: rows are matched by their code and
/// updated in place, so a newer seed file updates an existing database on the next start.
/// </summary>
public sealed class ReferenceDataSeeder(TechBridgeDbContext db, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await UpsertAsync(db.Fields, f => f.Code, SeedFiles.Read<NamedSeed>("fields.json"), s => s.Code,
            s => new Field { Code = s.Code, NameKo = s.Ko, NameEn = s.En, SortOrder = s.SortOrder },
            (e, s) => { e.NameKo = s.Ko; e.NameEn = s.En; e.SortOrder = s.SortOrder; }, cancellationToken);
        await UpsertAsync(db.Industries, f => f.Code, SeedFiles.Read<IndustrySeed>("industries.json"), s => s.Code,
            s => new Industry { Code = s.Code, NameKo = s.Ko, NameEn = s.En },
            (e, s) => { e.NameKo = s.Ko; e.NameEn = s.En; e.SortOrder = s.SortOrder; }, cancellationToken);
        await UpsertAsync(db.Countries, c => c.Alpha2, SeedFiles.Read<CountrySeed>("countries.json"), s => s.Alpha2,
            s => new Country { Alpha2 = s.Alpha2, Alpha3 = s.Alpha3, Numeric = s.Numeric, NameKo = s.Ko, NameEn = s.En },
            (e, s) => { e.Alpha3 = s.Alpha3; e.Numeric = s.Numeric; e.NameKo = s.Ko; e.NameEn = s.En; }, cancellationToken);
        await UpsertAsync(db.RndStages, r => r.Code, SeedFiles.Read<RndStageSeed>("rnd-stages.json"), s => s.Code,
            s => new RndStage { Code = s.Code, NameKo = s.Ko, NameEn = s.En },
            (e, s) => { e.NameKo = s.Ko; e.NameEn = s.En; e.SortOrder = s.SortOrder; e.TrlMin = s.TrlMin; e.TrlMax = s.TrlMax; }, cancellationToken);
        await UpsertAsync(db.TrlLevels, t => t.Level, SeedFiles.Read<TrlSeed>("trl.json"), s => s.Level,
            s => new TrlLevel { Level = s.Level, NameKo = s.Ko, NameEn = s.En },
            (e, s) => { e.NameKo = s.Ko; e.NameEn = s.En; e.DescriptionKo = s.DescriptionKo; e.DescriptionEn = s.DescriptionEn; }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        await SeedCooperationCentersAsync(cancellationToken);
        await SeedProgramsAsync(cancellationToken);
        await UpsertAsync(db.SuperGapProjects, p => p.Code, SeedFiles.Read<SuperGapProjectSeed>("supergap-projects.json"), s => s.Code,
            s => new SuperGapProject { Code = s.Code, FieldCode = s.Field, TitleKo = s.TitleKo, TitleEn = s.TitleEn },
            (e, s) => { e.FieldCode = s.Field; e.TitleKo = s.TitleKo; e.TitleEn = s.TitleEn; e.Year = s.Year; }, cancellationToken);
        await UpsertAsync(db.AlchemistThemes, p => p.Code, SeedFiles.Read<AlchemistThemeSeed>("alchemist-themes.json"), s => s.Code,
            s => new AlchemistTheme { Code = s.Code, TitleKo = s.TitleKo, TitleEn = s.TitleEn },
            (e, s) => { e.FieldCode = s.Field; e.TitleKo = s.TitleKo; e.TitleEn = s.TitleEn; e.Year = s.Year; e.NoteKo = s.NoteKo; e.NoteEn = s.NoteEn; }, cancellationToken);
        var types = SeedFiles.Read<CooperationTypeSeed>("cooperation-types.json");
        await UpsertAsync(db.CooperationTypes, t => t.Code, types, s => s.Code,
            s => new CooperationType { Code = s.Code, NameKo = s.Ko, NameEn = s.En },
            (e, s) =>
            {
                e.Direction = Enum.Parse<CooperationDirection>(s.Direction, ignoreCase: true);
                e.NameKo = s.Ko; e.NameEn = s.En; e.DescriptionKo = s.DescriptionKo; e.DescriptionEn = s.DescriptionEn;
                e.SortOrder = types.ToList().IndexOf(s) + 1;
            }, cancellationToken);
        await SeedCooperationPairsAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await Matching.GlossarySeeder.SeedAsync(db, Clock.UtcNow(time), cancellationToken);
    }

    private async Task SeedCooperationCentersAsync(CancellationToken cancellationToken)
    {
        var now = Clock.UtcNow(time);
        var seeds = SeedFiles.Read<CooperationCenterSeed>("cooperation-centers.json");
        var codes = seeds.Select(s => s.Code).ToList();
        var existing = await db.Organizations.Include(o => o.Fields)
            .Where(o => o.Code != null && codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code!, cancellationToken);
        foreach (var s in seeds)
        {
            if (!existing.TryGetValue(s.Code, out var center))
            {
                center = new Organization { Code = s.Code, CountryCode = s.CountryAlpha2, CreatedAt = now };
                db.Organizations.Add(center);
            }

            center.Kind = OrganizationKind.CooperationCenter;
            center.NameKo = $"{s.HostKo} 글로벌 산업기술 협력센터";
            center.NameEn = $"Global Industrial Technology Cooperation Center at {s.HostEn}";
            center.CountryCode = s.CountryAlpha2;
            center.City = s.City;
            center.FoundedYear = s.YearEstablished;
            center.Description = string.Join(" / ", new[] { s.FocusKo, s.FocusEn }.Where(x => !string.IsNullOrWhiteSpace(x)));
            var wanted = s.FocusFields.Distinct(StringComparer.Ordinal).ToList();
            center.Fields.RemoveAll(f => !wanted.Contains(f.FieldCode));
            center.Fields.AddRange(wanted.Where(w => center.Fields.All(f => f.FieldCode != w)).Select(w => new OrganizationField { FieldCode = w }));
            if (db.Entry(center).State != EntityState.Unchanged)
            {
                center.UpdatedAt = now;
            }
        }
    }

    private async Task SeedProgramsAsync(CancellationToken cancellationToken)
    {
        var seeds = SeedFiles.Read<ProgramSeed>("programs.json");
        var existing = await db.Programs.Include(p => p.Figures).Include(p => p.Stages).AsSplitQuery().ToDictionaryAsync(p => p.Code, cancellationToken);
        foreach (var s in seeds)
        {
            if (!existing.TryGetValue(s.Code, out var program))
            {
                program = new ProgramInfo { Code = s.Code, NameKo = s.NameKo, NameEn = s.NameEn };
                db.Programs.Add(program);
            }

            program.NameKo = s.NameKo;
            program.NameEn = s.NameEn;
            program.AgencyKo = s.AgencyKo;
            program.AgencyEn = s.AgencyEn;
            program.SummaryKo = s.SummaryKo;
            program.SummaryEn = s.SummaryEn;
            program.Year = s.Year;
            var figures = (s.Figures ?? []).Select((f, i) => new ProgramFigure
            {
                ProgramCode = s.Code, SortOrder = i + 1, LabelKo = f.LabelKo, LabelEn = f.LabelEn, Value = f.Value, Unit = f.Unit, Year = f.Year, SourceNote = f.SourceNote,
            }).ToList();
            if (!SameFigures(program.Figures, figures))
            {
                program.Figures.Clear();
                program.Figures.AddRange(figures);
            }

            var stages = (s.Stages ?? []).Select(st => new ProgramStage
            {
                ProgramCode = s.Code, StageOrder = st.Order, NameKo = st.NameKo, NameEn = st.NameEn, Years = st.Years, Tasks = st.Tasks,
                BudgetKrwPerTask = st.BudgetKrwPerTask, SelectionRatio = st.SelectionRatio,
            }).ToList();
            if (!SameStages(program.Stages, stages))
            {
                program.Stages.Clear();
                program.Stages.AddRange(stages);
            }
        }
    }

    private static bool SameFigures(List<ProgramFigure> a, List<ProgramFigure> b) =>
        a.Count == b.Count && a.OrderBy(x => x.SortOrder).Zip(b).All(p =>
            p.First.LabelKo == p.Second.LabelKo && p.First.LabelEn == p.Second.LabelEn && p.First.Value.Equals(p.Second.Value)
            && p.First.Unit == p.Second.Unit && p.First.Year == p.Second.Year && p.First.SourceNote == p.Second.SourceNote);

    private static bool SameStages(List<ProgramStage> a, List<ProgramStage> b) =>
        a.Count == b.Count && a.OrderBy(x => x.StageOrder).Zip(b).All(p =>
            p.First.StageOrder == p.Second.StageOrder && p.First.NameKo == p.Second.NameKo && p.First.NameEn == p.Second.NameEn
            && p.First.Years.Equals(p.Second.Years) && p.First.Tasks == p.Second.Tasks && p.First.BudgetKrwPerTask == p.Second.BudgetKrwPerTask
            && p.First.SelectionRatio == p.Second.SelectionRatio);

    private async Task SeedCooperationPairsAsync(CancellationToken cancellationToken)
    {
        var seeds = SeedFiles.Read<CooperationPairSeed>("cooperation-pairs-2024.json");
        var existing = await db.CooperationPairs.OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
        for (var i = 0; i < seeds.Count; i++)
        {
            var s = seeds[i];
            var pair = i < existing.Count ? existing[i] : null;
            if (pair is null)
            {
                pair = new CooperationPair
                {
                    SortOrder = i + 1, DomesticKo = s.DomesticKo, DomesticEn = s.DomesticEn, PartnerKo = s.PartnerKo, PartnerEn = s.PartnerEn, GoalKo = s.GoalKo, GoalEn = s.GoalEn,
                };
                db.CooperationPairs.Add(pair);
            }

            pair.DomesticKo = s.DomesticKo;
            pair.DomesticEn = s.DomesticEn;
            pair.PartnerKo = s.PartnerKo;
            pair.PartnerEn = s.PartnerEn;
            pair.CountryCode = s.CountryAlpha2;
            pair.GoalKo = s.GoalKo;
            pair.GoalEn = s.GoalEn;
            pair.FieldCode = s.Field;
        }

        db.CooperationPairs.RemoveRange(existing.Skip(seeds.Count));
    }

    private static async Task UpsertAsync<TEntity, TSeed, TKey>(
        DbSet<TEntity> set, Func<TEntity, TKey> entityKey, IReadOnlyList<TSeed> seeds, Func<TSeed, TKey> seedKey,
        Func<TSeed, TEntity> create, Action<TEntity, TSeed> update, CancellationToken cancellationToken)
        where TEntity : class
        where TKey : notnull
    {
        var existing = (await set.ToListAsync(cancellationToken)).ToDictionary(entityKey);
        foreach (var seed in seeds)
        {
            if (!existing.TryGetValue(seedKey(seed), out var entity))
            {
                entity = create(seed);
                set.Add(entity);
            }

            update(entity, seed);
        }
    }
}
