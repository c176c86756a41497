using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace;

/// <summary>Technology need searches over the demo data; expected results are computed in memory from the same rows.</summary>
[Collection(SharedDemoData.Name)]
public sealed class NeedQueriesTests(DemoDataHosts hosts)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_FiltersByCompanyFieldStageCooperationStatusAndCountry_CombineWithAnd(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var all = await AllAsync(host);
        var sample = all.Where(n => n.Countries.Count > 0 && n.Status == NeedStatus.Open).OrderBy(n => n.Id).First();
        var filters = new List<NeedFilter>
        {
            new(Company: sample.CompanyId),
            new(Field: sample.Fields[0].FieldCode),
            new(Stage: sample.RndStageCode),
            new(CooperationType: sample.CooperationTypeCode),
            new(Status: NeedStatus.Closed),
            new(Country: sample.Countries[0].CountryCode),
            new(Field: sample.Fields[0].FieldCode, Stage: sample.RndStageCode, CooperationType: sample.CooperationTypeCode, Status: NeedStatus.Open,
                Country: sample.Countries[0].CountryCode),
        };

        await ListQueryAssert.FiltersMatchAsync<NeedQueries, NeedFilter, NeedListItem>(
            host, filters, f => all.Where(n => Matches(n, f)).Select(n => n.Id), (q, f) => q.ExportAsync(f), (q, f, p) => q.SearchAsync(f, p), n => n.Id);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_DefaultSort_ListsNewestFirst(string provider)
    {
        var host = await hosts.GetAsync(provider);

        var page = await host.RunAsync<NeedQueries, PagedResult<NeedListItem>>(q => q.SearchAsync(new NeedFilter(), PageRequest.Of(1, 50)));

        Assert.True(page.Total >= 120, $"{page.Total} needs");
        Assert.Equal(page.Items.OrderByDescending(n => n.CreatedAt).Select(n => n.CreatedAt), page.Items.Select(n => n.CreatedAt));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_WordOfADescription_FindsEveryNeedContainingIt(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var all = await AllAsync(host);

        var korean = all.Where(n => n.Title.Any(c => c is >= '\uAC00' and <= '\uD7A3')).OrderBy(n => n.Id).First();
        var word = korean.Description.Split(' ').First(w => w.Length >= 4 && w.All(c => c is >= '\uAC00' and <= '\uD7A3'))[..3];
        foreach (var text in new[] { word, "PARTNER WANTED" })
        {
            var found = await host.RunAsync<NeedQueries, IReadOnlyList<NeedListItem>>(q => q.ExportAsync(new NeedFilter(Query: text)));
            var expected = all.Where(n => (n.Title + " " + n.Description + " " + n.Company!.NameKo + " " + n.Company.NameEn).Contains(text, StringComparison.OrdinalIgnoreCase))
                .Select(n => n.Id).ToHashSet();
            Assert.NotEmpty(expected);
            Assert.True(expected.SetEquals(found.Select(n => n.Id)), $"'{text}': expected {expected.Count}, got {found.Count}");
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_UnknownId_ThrowsNotFoundException(string provider)
    {
        var host = await hosts.GetAsync(provider);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<NeedQueries, NeedDetail>(q => q.GetAsync(Guid.CreateVersion7())));

        Assert.Equal("TechnologyNeed", error.Entity);
    }

    private static Task<List<TechnologyNeed>> AllAsync(CoreHost host) =>
        host.QueryAsync(db => db.TechnologyNeeds.AsNoTracking().Include(n => n.Company).Include(n => n.Fields).Include(n => n.Countries).AsSplitQuery().ToListAsync());

    private static bool Matches(TechnologyNeed n, NeedFilter f) =>
        (f.Company is null || n.CompanyId == f.Company)
        && (f.Field is null || n.Fields.Any(x => x.FieldCode == f.Field))
        && (f.Stage is null || n.RndStageCode == f.Stage)
        && (f.CooperationType is null || n.CooperationTypeCode == f.CooperationType)
        && (f.Status is null || n.Status == f.Status)
        && (f.Country is null || n.Countries.Any(c => c.CountryCode == f.Country));
}
