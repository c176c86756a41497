using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Facilities;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Facilities;

/// <summary>Equipment searches over the demo data; expected results are computed in memory from the same rows.</summary>
[Collection(SharedDemoData.Name)]
public sealed class EquipmentQueriesTests(DemoDataHosts hosts)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_FiltersByCenterIndustryFieldStageServiceStatusAndTrl_CombineWithAnd(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var all = await AllAsync(host);
        var sample = all.Where(e => e.Status == EquipmentStatus.Available && e.Offerings.Count > 1).OrderBy(e => e.Id).First();
        var field = sample.Fields[0].FieldCode;
        var stage = sample.Stages.Select(s => s.StageCode).Order(StringComparer.Ordinal).First();
        var filters = new List<EquipmentFilter>
        {
            new(Center: sample.CenterId),
            new(Industry: sample.IndustryCode),
            new(Field: field),
            new(Stage: stage),
            new(Service: EquipmentServiceKind.Consulting),
            new(Status: EquipmentStatus.UnderMaintenance),
            new(Trl: 9),
            new(Industry: sample.IndustryCode, Stage: stage, Trl: sample.TrlMin),
            new(Center: sample.CenterId, Field: field, Stage: stage, Service: sample.Offerings[0].Service, Status: EquipmentStatus.Available, Trl: sample.TrlMax),
        };

        await ListQueryAssert.FiltersMatchAsync<EquipmentQueries, EquipmentFilter, EquipmentListItem>(
            host, filters, f => all.Where(e => Matches(e, f)).Select(e => e.Id), (q, f) => q.ExportAsync(f), (q, f, p) => q.SearchAsync(f, p), e => e.Id);

        var combined = await host.RunAsync<EquipmentQueries, IReadOnlyList<EquipmentListItem>>(q => q.ExportAsync(filters[^1]));
        Assert.Contains(combined, e => e.Id == sample.Id);
        Assert.True(combined.Count < all.Count(e => e.CenterId == sample.CenterId) || all.Count(e => e.CenterId == sample.CenterId) == 1);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_PagingThroughAllPages_TotalIsStableAndPagesDoNotOverlap(string provider)
    {
        var host = await hosts.GetAsync(provider);
        foreach (var filter in new EquipmentFilter[] { new(), new(Sort: ListSort.Newest), new(Industry: "BIO") })
        {
            var first = await SearchAsync(host, filter, 1, 50);
            Assert.True(first.Total > 50, $"{filter}: {first.Total} rows");
            var seen = new List<Guid>();
            for (var page = 1; page <= first.PageCount; page++)
            {
                var result = await SearchAsync(host, filter, page, 50);
                Assert.Equal(first.Total, result.Total);
                seen.AddRange(result.Items.Select(i => i.Id));
            }

            Assert.Equal(first.Total, seen.Distinct().Count());
            var exported = await host.RunAsync<EquipmentQueries, IReadOnlyList<EquipmentListItem>>(q => q.ExportAsync(filter));
            Assert.Equal(exported.Select(e => e.Id), seen);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_TextInKoreanNameOrEnglishManufacturer_FindsEveryMatchCaseInsensitively(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var all = await AllAsync(host);

        foreach (var text in new[] { "충방전", "ZEISS", "zeiss", "현미경" })
        {
            var found = await host.RunAsync<EquipmentQueries, IReadOnlyList<EquipmentListItem>>(q => q.ExportAsync(new EquipmentFilter(Query: $" {text} ")));
            var expected = all.Where(e => ContainsText(e, text)).Select(e => e.Id).ToHashSet();
            Assert.NotEmpty(expected);
            Assert.True(expected.SetEquals(found.Select(e => e.Id)), $"'{text}': expected {expected.Count}, got {found.Count}");
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_DemoEquipment_ReturnsCenterStagesInTaxonomyOrderAndServices(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var sample = (await AllAsync(host)).Where(e => e.Stages.Count >= 3).OrderBy(e => e.Id).First();
        var order = await host.QueryAsync(db => db.RndStages.OrderBy(s => s.SortOrder).Select(s => s.Code).ToListAsync());

        var detail = await host.RunAsync<EquipmentQueries, EquipmentDetail>(q => q.GetAsync(sample.Id));

        Assert.Equal(sample.CenterId, detail.Center.Id);
        Assert.Equal(sample.Center!.NameKo, detail.Center.NameKo);
        Assert.Equal(order.Where(c => sample.Stages.Any(s => s.StageCode == c)), detail.Stages);
        Assert.Equal(sample.Offerings.Select(o => o.Service).Order(), detail.Services);
        Assert.Equal(sample.DescriptionKo, detail.DescriptionKo);
        Assert.True(detail.IsDemo);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_UnknownId_ThrowsNotFoundException(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var unknown = Guid.CreateVersion7();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<EquipmentQueries, EquipmentDetail>(q => q.GetAsync(unknown)));

        Assert.Equal(("Equipment", unknown.ToString()), (error.Entity, error.Id));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CountByIndustry_DemoData_CountsEveryIndustry(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var all = await AllAsync(host);

        var counts = await host.RunAsync<EquipmentQueries, IReadOnlyDictionary<string, int>>(q => q.CountByIndustryAsync());

        Assert.Equal(6, counts.Count);
        Assert.Equal(all.GroupBy(e => e.IndustryCode).ToDictionary(g => g.Key, g => g.Count()), counts);
    }

    private static Task<PagedResult<EquipmentListItem>> SearchAsync(CoreHost host, EquipmentFilter filter, int page, int size) =>
        host.RunAsync<EquipmentQueries, PagedResult<EquipmentListItem>>(q => q.SearchAsync(filter, PageRequest.Of(page, size)));

    private static Task<List<Equipment>> AllAsync(CoreHost host) =>
        host.QueryAsync(db => db.Equipment.AsNoTracking().Include(e => e.Center).Include(e => e.Fields).Include(e => e.Stages).Include(e => e.Offerings)
            .AsSplitQuery().ToListAsync());

    private static bool Matches(Equipment e, EquipmentFilter f) =>
        (f.Center is null || e.CenterId == f.Center)
        && (f.Industry is null || e.IndustryCode == f.Industry)
        && (f.Field is null || e.Fields.Any(x => x.FieldCode == f.Field))
        && (f.Stage is null || e.Stages.Any(x => x.StageCode == f.Stage))
        && (f.Service is null || e.Offerings.Any(x => x.Service == f.Service))
        && (f.Status is null || e.Status == f.Status)
        && (f.Trl is null || (e.TrlMin <= f.Trl && e.TrlMax >= f.Trl));

    private static bool ContainsText(Equipment e, string text) =>
        new[] { e.NameKo, e.NameEn, e.Model, e.Manufacturer, e.DescriptionKo, e.Center!.NameKo }
            .Any(v => v is not null && v.Contains(text, StringComparison.OrdinalIgnoreCase));
}
