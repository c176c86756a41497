using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Matching;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Matching;

/// <summary>Equipment, technologies and needs as engine documents: ids, both languages in the text, facets from the owner organisation.</summary>
public sealed class EntityDocumentsTests(ReferenceDataHosts hosts) : IClassFixture<ReferenceDataHosts>
{
    private static readonly Organization Center = new()
    {
        Id = Guid.Parse("0193a5f2-0000-7000-8000-00000000c001"), Kind = OrganizationKind.EquipmentCenter, NameKo = "경북테크노파크 이차전지 시험평가센터",
        NameEn = "Battery Testing and Evaluation Center, Gyeongbuk Technopark", CountryCode = "KR", City = "포항", IndustryCode = "ELECTRICAL_ELECTRONICS",
    };

    private static readonly Organization Institute = new()
    {
        Id = Guid.Parse("0193a5f2-0000-7000-8000-00000000c002"), Kind = OrganizationKind.University, NameKo = "", NameEn = "Battery Lab, Northbridge Institute",
        CountryCode = "DE", IndustryCode = "MATERIALS",
    };

    [Fact]
    public async Task FromEquipment_ServedStages_GoInKeywordsAndTheEarliestIsTheStageFacet()
    {
        var taxonomy = await TaxonomyAsync();
        var equipment = new Equipment
        {
            Id = Guid.Parse("0193a5f2-0000-7000-8000-0000000000e1"), Center = Center, CenterId = Center.Id, NameKo = "배터리 충방전 시험기", NameEn = "Battery cycler",
            Model = "BT-2000", Manufacturer = "Maccor", IndustryCode = "ELECTRICAL_ELECTRONICS", TrlMin = 3, TrlMax = 7, DescriptionKo = "셀 수명 평가",
            DescriptionEn = "Cell cycle-life testing",
        };
        equipment.Fields.Add(new EquipmentField { FieldCode = "SECONDARY_BATTERY" });
        equipment.Stages.AddRange([new EquipmentStage { StageCode = "PILOT_DEMONSTRATION" }, new EquipmentStage { StageCode = "APPLIED_RESEARCH" }]);
        equipment.Offerings.Add(new EquipmentOffering { Service = EquipmentServiceKind.TestAnalysis });

        var document = EntityDocuments.From(equipment, taxonomy);

        Assert.Equal("equipment:0193a5f20000700080000000000000e1", document.Id);
        Assert.Equal(
            new Facets("Equipment", "SECONDARY_BATTERY", "ELECTRICAL_ELECTRONICS", "APPLIED_RESEARCH", 3, 7, "KR"),
            Facets.Of(document.Facets!));
        Assert.Contains("Battery cycler", document.Text["title"], StringComparison.Ordinal);
        Assert.Contains("BT-2000", document.Text["title"], StringComparison.Ordinal);
        Assert.Contains("이차전지", document.Text["keywords"], StringComparison.Ordinal);
        Assert.Contains("실증", document.Text["keywords"], StringComparison.Ordinal);
        Assert.Contains("test analysis", document.Text["keywords"], StringComparison.Ordinal);
        Assert.Contains("경북테크노파크", document.Text["summary"], StringComparison.Ordinal);
        Assert.Contains("국내", document.Text["summary"], StringComparison.Ordinal);
        Assert.Contains("Cell cycle-life", document.Text["body"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromTechnology_OneTrlLevel_IsBothEndsAndFindsItsStage()
    {
        var taxonomy = await TaxonomyAsync();
        var technology = new PublicTechnology
        {
            Id = Guid.Parse("0193a5f2-0000-7000-8000-0000000000f1"), Owner = Institute, OwnerId = Institute.Id, TitleKo = "황화물계 고체전해질 제조 방법",
            TitleEn = "Method of manufacturing sulfide solid electrolytes", Summary = "대기 안정성 향상", Keywords = "고체전해질, sulfide", Trl = 5,
        };
        technology.Patents.Add(new PublicTechnologyPatent { ApplicationNumber = "10-2024-0123456", Countries = "KR" });
        technology.Fields.Add(new PublicTechnologyField { FieldCode = "SECONDARY_BATTERY" });

        var document = EntityDocuments.From(technology, taxonomy);

        Assert.Equal("technology:0193a5f20000700080000000000000f1", document.Id);
        Assert.Equal(
            new Facets("Technology", "SECONDARY_BATTERY", "MATERIALS", "DEVELOPMENT", 5, 5, "DE"),
            Facets.Of(document.Facets!));
        Assert.Contains("해외", document.Text["summary"], StringComparison.Ordinal);
        Assert.Contains("10-2024-0123456", document.Text["body"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, 5, 6)]
    [InlineData(4, null, 4, 4)]
    [InlineData(3, 8, 3, 8)]
    public async Task FromNeed_WithOrWithoutOwnTrl_UsesItOrTheStageRange(int? trlMin, int? trlMax, int expectedMin, int expectedMax)
    {
        var taxonomy = await TaxonomyAsync();
        var company = new Organization { Id = Guid.CreateVersion7(), Kind = OrganizationKind.Company, NameKo = "한빛배터리", NameEn = "Hanbit Battery", CountryCode = "KR", IndustryCode = "ELECTRICAL_ELECTRONICS" };
        var need = new TechnologyNeed
        {
            Company = company, CompanyId = company.Id, Title = "고체전해질 코팅", Description = "해외 공동연구 파트너", RndStageCode = "DEVELOPMENT",
            CooperationTypeCode = "JOINT_RESEARCH", TrlMin = trlMin, TrlMax = trlMax,
        };
        need.Countries.Add(new TechnologyNeedCountry { CountryCode = "DE" });

        var document = EntityDocuments.From(need, taxonomy);

        Assert.Equal("need:" + need.Id.ToString("N"), document.Id);
        Assert.Equal(("Need", "DEVELOPMENT", expectedMin, expectedMax, "KR"), (document.Facets!.EntityType, document.Facets.RndStage, document.Facets.TrlMin!.Value, document.Facets.TrlMax!.Value, document.Facets.Country));
        Assert.Contains("공동연구", document.Text["keywords"], StringComparison.Ordinal);
        Assert.Contains("독일", document.Text["summary"], StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentIds_RoundTrip_ToTheirEntityKinds()
    {
        var id = Guid.CreateVersion7();

        var entities = PartnerDocumentIds.ToEntities(["org:" + id.ToString("N"), "equipment:" + id.ToString("N"), "need:" + id.ToString("N"), "technology:bad", "other:" + id.ToString("N")]);

        Assert.Equal([id], entities.Organizations);
        Assert.Equal([id], entities.Equipment);
        Assert.Equal([id], entities.Needs);
        Assert.Empty(entities.Technologies);
        Assert.Empty(entities.People);
    }

    /// <summary>Facets as one comparable value (fields joined), since the record's list compares by reference.</summary>
    private sealed record Facets(string? EntityType, string Fields, string? Industry, string? RndStage, int? TrlMin, int? TrlMax, string? Country)
    {
        public static Facets Of(TechBridge.Matching.Index.DocumentFacets f) =>
            new(f.EntityType, string.Join(",", f.Fields), f.Industry, f.RndStage, f.TrlMin, f.TrlMax, f.Country);
    }

    private async Task<TaxonomySnapshot> TaxonomyAsync() =>
        await (await hosts.GetAsync("sqlite")).Services.GetRequiredService<TaxonomyCatalog>().GetAsync();
}
