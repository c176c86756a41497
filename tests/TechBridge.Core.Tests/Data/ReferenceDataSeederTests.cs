using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Data.Seeding;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Data;

/// <summary>Reference data after a first start; tests that seed again get a database of their own.</summary>
public sealed class ReferenceDataSeederTests(ReferenceDataHosts hosts) : IClassFixture<ReferenceDataHosts>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Initialize_WithoutDemoData_LoadsEveryReferenceTable(string provider)
    {
        var host = await hosts.GetAsync(provider);

        await host.RunAsync<TechBridgeDbContext>(async db =>
        {
            Assert.Equal(11, await db.Fields.CountAsync());
            Assert.Equal(6, await db.Industries.CountAsync());
            Assert.Equal(249, await db.Countries.CountAsync());
            Assert.Equal(6, await db.RndStages.CountAsync());
            Assert.Equal(9, await db.TrlLevels.CountAsync());
            Assert.Equal(Enumerable.Range(1, 9), await db.TrlLevels.OrderBy(t => t.Level).Select(t => t.Level).ToListAsync());

            var semiconductor = await db.Fields.SingleAsync(f => f.Code == "SEMICONDUCTOR");
            Assert.Equal(("반도체", "Semiconductors", 1), (semiconductor.NameKo, semiconductor.NameEn, semiconductor.SortOrder));
            Assert.Equal(Enumerable.Range(1, 6), await db.Industries.OrderBy(i => i.SortOrder).Select(i => i.SortOrder).ToListAsync());
            var korea = await db.Countries.SingleAsync(c => c.Alpha2 == "KR");
            Assert.Equal(("KOR", "410"), (korea.Alpha3, korea.Numeric));
            var development = await db.RndStages.SingleAsync(s => s.Code == "DEVELOPMENT");
            Assert.Equal((3, 5, 6), (development.SortOrder, development.TrlMin, development.TrlMax));

            Assert.Equal(13, await db.CooperationTypes.CountAsync());
            Assert.Equal(10, await db.CooperationTypes.CountAsync(t => t.Direction == CooperationDirection.Inbound));
            Assert.Equal(Enumerable.Range(1, 13), await db.CooperationTypes.OrderBy(t => t.SortOrder).Select(t => t.SortOrder).ToListAsync());
            Assert.Equal(SeedCount("supergap-projects.json"), await db.SuperGapProjects.CountAsync());
            Assert.Equal(SeedCount("alchemist-themes.json"), await db.AlchemistThemes.CountAsync());
            Assert.Equal(
                Enumerable.Range(1, SeedCount("cooperation-pairs-2024.json")),
                await db.CooperationPairs.OrderBy(p => p.SortOrder).Select(p => p.SortOrder).ToListAsync());
        });
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Initialize_WithoutDemoData_CreatesCooperationCentersWithFields(string provider)
    {
        var host = await hosts.GetAsync(provider);

        var centers = await host.QueryAsync(db => db.Organizations.AsNoTracking().Include(o => o.Fields)
            .Where(o => o.Kind == OrganizationKind.CooperationCenter).ToListAsync());

        Assert.True(centers.Count >= 6, $"{centers.Count} cooperation centers");
        Assert.Equal(SeedCodes("cooperation-centers.json").Order(StringComparer.Ordinal), centers.Select(c => c.Code!).Order(StringComparer.Ordinal));
        Assert.All(centers, c =>
        {
            Assert.NotEmpty(c.Fields);
            Assert.False(c.IsDemo);
            Assert.Contains("글로벌 산업기술 협력센터", c.NameKo, StringComparison.Ordinal);
            Assert.StartsWith("Global Industrial Technology Cooperation Center at ", c.NameEn, StringComparison.Ordinal);
        });
        var fraunhofer = centers.Single(c => c.Code == "GICC_FRAUNHOFER");
        Assert.Equal("DE", fraunhofer.CountryCode);
        Assert.Equal(2024, fraunhofer.FoundedYear);
        Assert.Equal(["SECONDARY_BATTERY", "SEMICONDUCTOR"], fraunhofer.Fields.Select(f => f.FieldCode).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Initialize_WithoutDemoData_LoadsProgramsWithEveryFigureAndStage(string provider)
    {
        var host = await hosts.GetAsync(provider);
        using var file = SeedDocument("programs.json");
        var expected = file.RootElement.EnumerateArray().ToDictionary(
            p => p.GetProperty("code").GetString()!,
            p => (Figures: ArrayLength(p, "figures"), Stages: ArrayLength(p, "stages")));

        var programs = await host.QueryAsync(db => db.Programs.AsNoTracking().Include(p => p.Figures).Include(p => p.Stages).ToListAsync());

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), programs.Select(p => p.Code).Order(StringComparer.Ordinal));
        Assert.All(programs, p => Assert.Equal(expected[p.Code], (p.Figures.Count, p.Stages.Count)));
        Assert.Equal(300, programs.Sum(p => p.Figures.Count));
        Assert.Contains(programs, p => p.Figures.Any(f => f.Unit == "KRW" && f.Value > 0));
        Assert.All(programs, p => Assert.Equal(Enumerable.Range(1, p.Figures.Count), p.Figures.Select(f => f.SortOrder).Order()));
        var alchemistPlus = programs.Single(p => p.Code == "ALCHEMIST_PLUS");
        Assert.Equal([1, 2, 3, 4], alchemistPlus.Stages.Select(s => s.StageOrder).Order());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Seed_SecondRun_AddsNoAuditEntriesAndChangesNothing(string provider)
    {
        await using var host = await CoreHost.StartInitializedAsync(provider);
        var before = await host.QueryAsync(FingerprintAsync);
        Assert.True(before.AuditEntries > 300, $"the first seeding should be audited, found {before.AuditEntries} entries");

        await host.RunAsync<ReferenceDataSeeder>(seeder => seeder.SeedAsync());
        await host.RunAsync<DatabaseInitializer>(initializer => initializer.InitializeAsync(includeDemoData: false));

        var after = await host.QueryAsync(FingerprintAsync);
        Assert.Equal(before.AuditEntries, after.AuditEntries);
        Assert.Equal(before.Rows, after.Rows);
        Assert.Equal(before.Centers, after.Centers);
        Assert.Equal(before.ChildIds, after.ChildIds);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Seed_AfterReferenceRowWasChanged_RestoresItFromTheFileAndAuditsOnlyThat(string provider)
    {
        await using var host = await CoreHost.StartInitializedAsync(provider);
        await host.RunAsync<TechBridgeDbContext>(async db =>
        {
            (await db.Fields.SingleAsync(f => f.Code == "DISPLAY")).NameEn = "Old display name";
            await db.SaveChangesAsync();
        });
        var auditCount = await host.QueryAsync(db => db.AuditEntries.CountAsync());

        await host.RunAsync<ReferenceDataSeeder>(seeder => seeder.SeedAsync());

        Assert.Equal("Displays", await host.QueryAsync(db => db.Fields.Where(f => f.Code == "DISPLAY").Select(f => f.NameEn).SingleAsync()));
        Assert.Equal(auditCount + 1, await host.QueryAsync(db => db.AuditEntries.CountAsync()));
        var changes = await host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "Field" && e.EntityId == "DISPLAY" && e.Action == AuditAction.Modified).OrderBy(e => e.At).ToListAsync());
        Assert.Equal(2, changes.Count);
        var restored = changes[1];
        Assert.Equal("""{"NameEn":"Old display name"}""", restored.Before);
        Assert.Equal("""{"NameEn":"Displays"}""", restored.After);
    }

    [Fact]
    public void SeedFiles_AllCodes_ReferToExistingFieldsAndCountries()
    {
        var fields = SeedCodes("fields.json");
        using var countriesFile = SeedDocument("countries.json");
        var countries = countriesFile.RootElement.EnumerateArray().ToList();
        var alpha2 = countries.Select(c => c.GetProperty("alpha2").GetString()!).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();

        void Unique(string file, IEnumerable<string> codes)
        {
            problems.AddRange(codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{file}: duplicate code {g.Key}"));
        }

        void Check(string file, string label, JsonElement item, string property, HashSet<string> known, bool nullable)
        {
            var value = item.TryGetProperty(property, out var v) ? v : default;
            if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                if (!nullable)
                {
                    problems.Add($"{file}: {label} has no {property}");
                }
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                if (value.GetArrayLength() == 0)
                {
                    problems.Add($"{file}: {label} has an empty {property}");
                }

                problems.AddRange(value.EnumerateArray().Select(e => e.GetString()!).Where(c => !known.Contains(c))
                    .Select(c => $"{file}: {label}.{property} refers to unknown code '{c}'"));
            }
            else if (!known.Contains(value.GetString()!))
            {
                problems.Add($"{file}: {label}.{property} refers to unknown code '{value.GetString()}'");
            }
        }

        Assert.Equal(11, fields.Count);
        Assert.Equal(249, countries.Count);
        Unique("fields.json", fields);
        Unique("countries.json alpha2", countries.Select(c => c.GetProperty("alpha2").GetString()!));
        Unique("countries.json alpha3", countries.Select(c => c.GetProperty("alpha3").GetString()!));
        Unique("countries.json numeric", countries.Select(c => c.GetProperty("numeric").GetString()!));
        problems.AddRange(countries.Where(c => c.GetProperty("alpha2").GetString()!.Length != 2 || c.GetProperty("alpha3").GetString()!.Length != 3
                || string.IsNullOrWhiteSpace(c.GetProperty("ko").GetString()) || string.IsNullOrWhiteSpace(c.GetProperty("en").GetString()))
            .Select(c => $"countries.json: malformed entry {c}"));

        var fieldSet = fields.ToHashSet(StringComparer.Ordinal);
        using var centers = SeedDocument("cooperation-centers.json");
        Unique("cooperation-centers.json", SeedCodes("cooperation-centers.json"));
        foreach (var center in centers.RootElement.EnumerateArray())
        {
            var label = center.GetProperty("code").GetString()!;
            Check("cooperation-centers.json", label, center, "countryAlpha2", alpha2, nullable: false);
            Check("cooperation-centers.json", label, center, "focusFields", fieldSet, nullable: false);
        }

        using var pairs = SeedDocument("cooperation-pairs-2024.json");
        foreach (var (pair, i) in pairs.RootElement.EnumerateArray().Select((p, i) => (p, i)))
        {
            Check("cooperation-pairs-2024.json", $"#{i + 1}", pair, "countryAlpha2", alpha2, nullable: true);
            Check("cooperation-pairs-2024.json", $"#{i + 1}", pair, "field", fieldSet, nullable: true);
        }

        using var themes = SeedDocument("alchemist-themes.json");
        Unique("alchemist-themes.json", SeedCodes("alchemist-themes.json"));
        foreach (var theme in themes.RootElement.EnumerateArray())
        {
            Check("alchemist-themes.json", theme.GetProperty("code").GetString()!, theme, "field", fieldSet, nullable: true);
        }

        using var projects = SeedDocument("supergap-projects.json");
        Unique("supergap-projects.json", SeedCodes("supergap-projects.json"));
        foreach (var project in projects.RootElement.EnumerateArray())
        {
            Check("supergap-projects.json", project.GetProperty("code").GetString()!, project, "field", fieldSet, nullable: false);
        }

        Unique("programs.json", SeedCodes("programs.json"));
        Unique("industries.json", SeedCodes("industries.json"));
        Unique("cooperation-types.json", SeedCodes("cooperation-types.json"));
        Unique("rnd-stages.json", SeedCodes("rnd-stages.json"));
        Assert.True(problems.Count == 0, "Seed files refer to codes that do not exist:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void SeedFiles_RndStages_CoverEveryTrlLevelExactlyOnce()
    {
        using var stages = SeedDocument("rnd-stages.json");
        var covered = stages.RootElement.EnumerateArray()
            .SelectMany(s => Enumerable.Range(s.GetProperty("trlMin").GetInt32(), s.GetProperty("trlMax").GetInt32() - s.GetProperty("trlMin").GetInt32() + 1))
            .Order().ToList();

        Assert.Equal(Enumerable.Range(1, 9), covered);
    }

    private sealed record Fingerprint(int AuditEntries, string Rows, string Centers, string ChildIds);

    private static async Task<Fingerprint> FingerprintAsync(TechBridgeDbContext db)
    {
        var rows = string.Join(' ', [
            await db.Fields.CountAsync(), await db.Industries.CountAsync(), await db.Countries.CountAsync(), await db.RndStages.CountAsync(),
            await db.TrlLevels.CountAsync(), await db.Organizations.CountAsync(), await db.OrganizationFields.CountAsync(), await db.Programs.CountAsync(),
            await db.ProgramFigures.CountAsync(), await db.ProgramStages.CountAsync(), await db.SuperGapProjects.CountAsync(),
            await db.AlchemistThemes.CountAsync(), await db.CooperationPairs.CountAsync(), await db.CooperationTypes.CountAsync()]);
        var centers = string.Join('\n', (await db.Organizations.Where(o => o.Kind == OrganizationKind.CooperationCenter)
                .Select(o => new { o.Id, o.Code, o.NameKo, o.Description, o.UpdatedAt, Fields = o.Fields.Count }).ToListAsync())
            .OrderBy(o => o.Code, StringComparer.Ordinal).Select(o => o.ToString()));
        var ids = (await db.ProgramFigures.Select(f => f.Id).ToListAsync())
            .Concat(await db.ProgramStages.Select(s => s.Id).ToListAsync())
            .Concat(await db.CooperationPairs.Select(p => p.Id).ToListAsync())
            .Order();
        return new Fingerprint(await db.AuditEntries.CountAsync(), rows, centers, string.Join(',', ids));
    }

    private static JsonDocument SeedDocument(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedFiles.Directory, file)));

    private static int SeedCount(string file)
    {
        using var document = SeedDocument(file);
        return document.RootElement.GetArrayLength();
    }

    private static List<string> SeedCodes(string file)
    {
        using var document = SeedDocument(file);
        return document.RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();
    }

    private static int ArrayLength(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : 0;
}
