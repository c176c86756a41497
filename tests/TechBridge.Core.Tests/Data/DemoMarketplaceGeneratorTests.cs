using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data.Seeding.Demo;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Data;

/// <summary>The demo equipment, technologies and needs, generated over the demo directory with the real reference taxonomy.</summary>
public sealed class DemoMarketplaceGeneratorTests(ReferenceDataHosts hosts) : IClassFixture<ReferenceDataHosts>
{
    private const int Seed = 20261122;

    private static readonly DateTimeOffset Now = new(2026, 3, 15, 9, 30, 15, 250, TimeSpan.FromHours(9));

    [Fact]
    public async Task Generate_SameInput_ReturnsIdenticalData()
    {
        var (directory, taxonomy) = await InputAsync();

        var first = DemoMarketplaceGenerator.Generate(Seed, directory, taxonomy, Now);
        var second = DemoMarketplaceGenerator.Generate(Seed, directory, taxonomy, Now);

        Assert.Equal(Serialize(first), Serialize(second));
    }

    [Fact]
    public async Task Generate_DirectoryInAnotherOrder_ReturnsIdenticalData()
    {
        var (directory, taxonomy) = await InputAsync();
        var reversed = new DemoDirectory(
            [.. directory.Organizations.Reverse()], [.. directory.People.Reverse()], [.. directory.Affiliations.Reverse()], directory.Publications);

        Assert.Equal(Serialize(DemoMarketplaceGenerator.Generate(Seed, directory, taxonomy, Now)), Serialize(DemoMarketplaceGenerator.Generate(Seed, reversed, taxonomy, Now)));
    }

    [Fact]
    public async Task Generate_DifferentSeed_ReturnsDifferentData()
    {
        var (directory, taxonomy) = await InputAsync();

        var first = DemoMarketplaceGenerator.Generate(Seed, directory, taxonomy, Now);
        var other = DemoMarketplaceGenerator.Generate(Seed + 1, directory, taxonomy, Now);

        Assert.NotEqual(first.Equipment[0].Id, other.Equipment[0].Id);
        Assert.NotEqual(first.Needs.Select(n => n.Title), other.Needs.Select(n => n.Title));
    }

    [Fact]
    public async Task Generate_DemoDirectory_MeetsMinimumCountsOverEveryCenterAndIndustry()
    {
        var (directory, taxonomy) = await InputAsync();

        var market = DemoMarketplaceGenerator.Generate(Seed, directory, taxonomy, Now);

        var centers = directory.Organizations.Where(o => o.Kind == OrganizationKind.EquipmentCenter).Select(o => o.Id).ToHashSet();
        Assert.True(market.Equipment.Count >= 600, $"{market.Equipment.Count} pieces of equipment");
        Assert.True(centers.SetEquals(market.Equipment.Select(e => e.CenterId)), "every demo equipment center has equipment, and only centers have");
        Assert.Equal(taxonomy.Industries.Keys.Order(), market.Equipment.Select(e => e.IndustryCode).Distinct().Order());
        Assert.All(market.Equipment.GroupBy(e => e.IndustryCode), g => Assert.True(g.Count() >= 20, $"{g.Key}: {g.Count()}"));

        var owners = directory.Organizations.Where(o => o.Kind is OrganizationKind.University or OrganizationKind.ResearchInstitute).ToDictionary(o => o.Id);
        Assert.True(market.Technologies.Count >= 300, $"{market.Technologies.Count} technologies");
        Assert.All(market.Technologies, t => Assert.Contains(t.OwnerId, owners.Keys));
        Assert.True(market.Technologies.Select(t => t.OwnerId).Distinct().Count() >= 30);

        var companies = directory.Organizations.Where(o => o.Kind == OrganizationKind.Company).Select(o => o.Id).ToHashSet();
        Assert.True(market.Needs.Count >= 120, $"{market.Needs.Count} needs");
        Assert.All(market.Needs, n => Assert.Contains(n.CompanyId, companies));
        Assert.True(market.Needs.Select(n => n.CompanyId).Distinct().Count() >= 60);
        Assert.All(Enum.GetValues<NeedStatus>(), s => Assert.Contains(market.Needs, n => n.Status == s));
        Assert.All(Enum.GetValues<EquipmentStatus>(), s => Assert.Contains(market.Equipment, e => e.Status == s));
        // Demo owners withdraw nothing: a withdrawn listing is an owner's later decision, not seed data.
        Assert.All(Enum.GetValues<LicensingStatus>().Where(s => s != LicensingStatus.Withdrawn), s => Assert.Contains(market.Technologies, t => t.Status == s));
    }

    [Fact]
    public async Task Generate_DemoDirectory_WritesKoreanWithSomeEnglish()
    {
        var (directory, taxonomy) = await InputAsync();

        var market = DemoMarketplaceGenerator.Generate(Seed, directory, taxonomy, Now);

        Assert.All(market.Equipment, e =>
        {
            Assert.Contains(e.NameKo, IsHangul);
            Assert.DoesNotContain(e.NameEn, IsHangul);
            Assert.Contains(e.DescriptionKo, IsHangul);
            Assert.True(e.DescriptionEn is null || !e.DescriptionEn.Any(IsHangul), e.DescriptionEn);
        });
        Assert.InRange(market.Equipment.Count(e => e.DescriptionEn is not null), market.Equipment.Count / 5, market.Equipment.Count * 3 / 5);
        Assert.All(market.Technologies, t =>
        {
            Assert.Contains(t.TitleKo, IsHangul);
            Assert.DoesNotContain(t.TitleEn, IsHangul);
            Assert.Matches(@"^10-\d{4}-0\d{6}$", t.Patents[0].ApplicationNumber);
            Assert.All(t.Patents, p => Assert.True(Core.Marketplace.Technologies.PatentNumbers.IsApplication(p.ApplicationNumber), p.ApplicationNumber));
        });
        var englishSummaries = market.Technologies.Count(t => !t.Summary.Any(IsHangul));
        Assert.InRange(englishSummaries, market.Technologies.Count / 10, market.Technologies.Count / 3);
        var englishNeeds = market.Needs.Count(n => !(n.Title + n.Description).Any(IsHangul));
        Assert.InRange(englishNeeds, market.Needs.Count / 10, market.Needs.Count / 3);
        Assert.All(market.Needs.Where(n => n.Title.Any(IsHangul)), n => Assert.Contains(n.Description, IsHangul));

        // Realistic technical vocabulary: the field terms of the demo vocabulary appear in the texts.
        var terms = DemoVocabulary.All.SelectMany(v => v.Terms).Select(t => t.Ko).ToHashSet(StringComparer.Ordinal);
        Assert.All(market.Needs.Where(n => n.Title.Any(IsHangul)), n => Assert.Contains(terms, t => n.Description.Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Generate_DemoDirectory_UsesOnlyKnownCodesAndConsistentRanges()
    {
        var (directory, taxonomy) = await InputAsync();

        var market = DemoMarketplaceGenerator.Generate(Seed, directory, taxonomy, Now);

        var orgFields = directory.Organizations.ToDictionary(o => o.Id, o => o.Fields.Select(f => f.FieldCode).ToHashSet());
        var staff = directory.Affiliations.Where(a => a.EndDate is null).ToLookup(a => a.OrganizationId, a => a.PersonId);
        var ids = market.Equipment.Select(e => e.Id).Concat(market.Technologies.Select(t => t.Id)).Concat(market.Needs.Select(n => n.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(market.Equipment, e =>
        {
            Assert.True(e.IsDemo && e.CreatedAt <= e.UpdatedAt && e.UpdatedAt <= Now);
            Assert.InRange(e.TrlMin, TrlLevel.Min, e.TrlMax);
            Assert.InRange(e.TrlMax, e.TrlMin, TrlLevel.Max);
            Assert.NotEmpty(e.Stages);
            Assert.All(e.Stages, s => Assert.True(taxonomy.RndStages[s.StageCode] is var stage && stage.TrlMax >= e.TrlMin && stage.TrlMin <= e.TrlMax, s.StageCode));
            Assert.Equal(
                taxonomy.RndStages.Values.Where(s => s.TrlMax >= e.TrlMin && s.TrlMin <= e.TrlMax).Select(s => s.Code).Order(),
                e.Stages.Select(s => s.StageCode).Order());
            Assert.NotEmpty(e.Offerings);
            Assert.All(e.Fields, f => Assert.Contains(f.FieldCode, taxonomy.Fields.Keys));
            Assert.True(e.YearAcquired is >= EquipmentLimits.FirstYear && e.YearAcquired <= Now.Year);
            Assert.True(e.NameKo.Length <= 200 && e.DescriptionKo.Length <= EquipmentLimits.DescriptionLength && (e.Model?.Length ?? 0) <= EquipmentLimits.ModelLength);
        });
        // Centers hold mostly equipment of their own fields, some of related fields, and a few second units of their own kinds.
        var own = market.Equipment.Count(e => e.Fields.Any(f => orgFields[e.CenterId].Contains(f.FieldCode)));
        Assert.True(own >= market.Equipment.Count * 0.65, $"{own} of {market.Equipment.Count} in their center's fields");
        var units = market.Equipment.Count(e => e.NameKo.EndsWith("호기", StringComparison.Ordinal));
        Assert.True(units <= market.Equipment.Count / 4, $"{units} further units");
        Assert.All(market.Equipment.GroupBy(e => (e.CenterId, Kind: e.NameEn.Split(" (unit")[0])), g => Assert.True(g.Count() <= 3, $"{g.Key}: {g.Count()} units"));
        Assert.All(market.Technologies, t =>
        {
            Assert.True(t.IsDemo);
            Assert.InRange(t.Trl, TrlLevel.Min, TrlLevel.Max);
            Assert.All(t.Fields, f => Assert.Contains(f.FieldCode, orgFields[t.OwnerId]));
            Assert.True(t.ContactPersonId is null || staff[t.OwnerId].Contains(t.ContactPersonId.Value));
            Assert.True(t.TitleKo.Length <= MarketplaceLimits.TitleLength && t.Summary.Length <= MarketplaceLimits.TextLength);
            Assert.True((t.RndTaskTitle?.Length ?? 0) <= MarketplaceLimits.RndTaskLength && (t.TermsConditions?.Length ?? 0) <= MarketplaceLimits.TransferTermsLength);
            Assert.NotEmpty(t.LicenceKinds());
        });
        Assert.All(market.Needs, n =>
        {
            Assert.True(n.IsDemo && n.CreatedById is null);
            Assert.Contains(n.RndStageCode, taxonomy.RndStages.Keys);
            Assert.Contains(n.CooperationTypeCode, taxonomy.CooperationTypes.Keys);
            Assert.All(n.Countries, c => Assert.Contains(c.CountryCode, taxonomy.Countries.Keys));
            Assert.DoesNotContain(n.Countries, c => c.CountryCode == "KR");
            Assert.All(n.Fields, f => Assert.Contains(f.FieldCode, orgFields[n.CompanyId]));
            Assert.True(n.TrlMin is null == n.TrlMax is null);
            Assert.True(n.TrlMin is null || (n.TrlMin >= TrlLevel.Min && n.TrlMin <= n.TrlMax && n.TrlMax <= TrlLevel.Max));
            Assert.True(n.BudgetKrw is null or > 0 && n.TimelineMonths is null or > 0);
            Assert.True(n.Title.Length <= MarketplaceLimits.TitleLength && n.Description.Length <= MarketplaceLimits.TextLength);
        });
    }

    private async Task<(DemoDirectory Directory, TaxonomySnapshot Taxonomy)> InputAsync()
    {
        var host = await hosts.GetAsync("sqlite");
        var taxonomy = await host.Services.GetRequiredService<TaxonomyCatalog>().GetAsync();
        var directory = DemoDirectoryGenerator.Generate(Seed, [.. taxonomy.Fields.Keys], [.. taxonomy.Industries.Keys], [.. taxonomy.Countries.Keys], Now);
        return (directory, taxonomy);
    }

    private static string Serialize(DemoMarketplace market) => JsonSerializer.Serialize(market);

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
