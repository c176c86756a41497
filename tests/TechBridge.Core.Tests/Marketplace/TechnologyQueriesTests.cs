using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace;

/// <summary>Public technology searches over the demo data; expected results are computed in memory from the same rows.</summary>
[Collection(SharedDemoData.Name)]
public sealed class TechnologyQueriesTests(DemoDataHosts hosts)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_FiltersByOwnerFieldStatusAndMinimumTrl_CombineWithAnd(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var all = await AllAsync(host);
        var sample = all.Where(t => t.Status == LicensingStatus.Available).OrderBy(t => t.Id).First();
        var filters = new List<TechnologyFilter>
        {
            new(Owner: sample.OwnerId),
            new(Field: sample.Fields[0].FieldCode),
            new(Status: LicensingStatus.Licensed),
            new(MinTrl: 6),
            new(Owner: sample.OwnerId, Field: sample.Fields[0].FieldCode, Status: LicensingStatus.Available, MinTrl: sample.Trl),
        };

        await ListQueryAssert.FiltersMatchAsync<TechnologyQueries, TechnologyFilter, TechnologyListItem>(
            host, filters, f => all.Where(t => Matches(t, f)).Select(t => t.Id), (q, f) => q.ExportAsync(f), (q, f, p) => q.SearchAsync(f, p), t => t.Id);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_PatentNumberOrOwnerName_FindsTheTechnology(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var sample = (await AllAsync(host)).OrderBy(t => t.Id).First();
        var patent = sample.Patents[0].ApplicationNumber;

        var byPatent = await host.RunAsync<TechnologyQueries, IReadOnlyList<TechnologyListItem>>(q => q.ExportAsync(new TechnologyFilter(Query: patent)));
        var byOwner = await host.RunAsync<TechnologyQueries, IReadOnlyList<TechnologyListItem>>(q => q.ExportAsync(new TechnologyFilter(Query: sample.Owner!.NameKo)));

        Assert.Contains(byPatent, t => t.Id == sample.Id);
        Assert.Contains(byOwner, t => t.Id == sample.Id);
        Assert.All(byOwner, t => Assert.Equal(sample.Owner!.NameKo, t.Owner.NameKo));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_DemoTechnologyWithContact_ReturnsOwnerContactAndTerms(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var sample = (await AllAsync(host)).Where(t => t.ContactPersonId is not null).OrderBy(t => t.Id).First();

        var detail = await host.RunAsync<TechnologyQueries, TechnologyDetail>(q => q.GetAsync(sample.Id));

        Assert.Equal(sample.OwnerId, detail.Owner.Id);
        Assert.Equal(sample.ContactPersonId, detail.Contact!.Id);
        Assert.Equal(sample.Patents.OrderBy(p => p.Position).Select(p => p.ApplicationNumber), detail.Patents.Select(p => p.ApplicationNumber));
        Assert.Equal(sample.RndTaskTitle, detail.RndTask.Title);
        Assert.Equal(sample.TermsConditions, detail.Terms.Conditions);
        Assert.Equal(sample.Fields.Select(f => f.FieldCode).Order(StringComparer.Ordinal), detail.Fields);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_UnknownId_ThrowsNotFoundException(string provider)
    {
        var host = await hosts.GetAsync(provider);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<TechnologyQueries, TechnologyDetail>(q => q.GetAsync(Guid.CreateVersion7())));

        Assert.Equal("PublicTechnology", error.Entity);
    }

    private static Task<List<PublicTechnology>> AllAsync(CoreHost host) =>
        host.QueryAsync(db => db.PublicTechnologies.AsNoTracking().Include(t => t.Owner).Include(t => t.Fields).Include(t => t.Patents).AsSplitQuery().ToListAsync());

    private static bool Matches(PublicTechnology t, TechnologyFilter f) =>
        (f.Owner is null || t.OwnerId == f.Owner)
        && (f.Field is null || t.Fields.Any(x => x.FieldCode == f.Field))
        && (f.Status is null || t.Status == f.Status)
        && (f.MinTrl is null || t.Trl >= f.MinTrl);
}
