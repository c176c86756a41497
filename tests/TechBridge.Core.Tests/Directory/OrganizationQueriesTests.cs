using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Directory;

/// <summary>
/// Searches over the demo directory. Expected results are computed in memory from the same rows, so the
/// tests hold whatever the demo generator produces.
/// </summary>
[Collection(SharedDemoData.Name)]
public sealed partial class OrganizationQueriesTests(DemoDataHosts hosts)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_FiltersByKindCountryFieldIndustryAndSize_CombineWithAnd(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var all = await AllAsync(host);
        var sample = all.Where(o => o is { Kind: OrganizationKind.Company, SizeClass: not null, IndustryCode: not null } && o.Fields.Count > 0)
            .OrderBy(o => o.Id).First();
        var field = sample.Fields.Select(f => f.FieldCode).Order(StringComparer.Ordinal).First();
        var filters = new List<OrganizationFilter>
        {
            new(Kind: OrganizationKind.Company),
            new(Country: sample.CountryCode),
            new(Field: field),
            new(Industry: sample.IndustryCode),
            new(Size: sample.SizeClass),
            new(Kind: OrganizationKind.Company, Country: sample.CountryCode),
            new(Field: field, Industry: sample.IndustryCode),
            new(Kind: OrganizationKind.University, Field: field),
            new(Kind: OrganizationKind.Company, Country: sample.CountryCode, Field: field, Industry: sample.IndustryCode, Size: sample.SizeClass),
            new(Kind: OrganizationKind.CooperationCenter, Country: "DE", Field: "SECONDARY_BATTERY"),
            new(Kind: OrganizationKind.CooperationCenter, Size: CompanySize.Large),
        };

        foreach (var filter in filters)
        {
            var expected = all.Where(o => Matches(o, filter)).Select(o => o.Id).ToHashSet();
            var exported = await host.RunAsync<OrganizationQueries, IReadOnlyList<OrganizationListItem>>(q => q.ExportAsync(filter));
            var page = await host.RunAsync<OrganizationQueries, PagedResult<OrganizationListItem>>(q => q.SearchAsync(filter, PageRequest.Of(1, 5)));

            Assert.True(expected.SetEquals(exported.Select(o => o.Id)), $"{filter}: expected {expected.Count} rows, got {exported.Count}");
            Assert.Equal(expected.Count, page.Total);
        }

        var combined = await host.RunAsync<OrganizationQueries, IReadOnlyList<OrganizationListItem>>(q => q.ExportAsync(filters[8]));
        Assert.Contains(combined, o => o.Id == sample.Id);
        Assert.All(combined, o =>
        {
            Assert.Equal(OrganizationKind.Company, o.Kind);
            Assert.Equal(sample.CountryCode, o.CountryCode);
            Assert.Contains(field, o.Fields);
            Assert.Equal(sample.IndustryCode, o.IndustryCode);
            Assert.Equal(sample.SizeClass, o.SizeClass);
        });
        Assert.True(combined.Count < all.Count(o => o.Kind == OrganizationKind.Company), "combining filters must narrow the result");
        var fraunhofer = Assert.Single(await host.RunAsync<OrganizationQueries, IReadOnlyList<OrganizationListItem>>(q => q.ExportAsync(filters[9])));
        Assert.Contains("프라운호퍼", fraunhofer.NameKo, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_PagingThroughAllPages_TotalIsStableAndPagesDoNotOverlap(string provider)
    {
        var host = await hosts.GetAsync(provider);
        foreach (var filter in new OrganizationFilter[] { new(), new(Country: "KR", Sort: DirectorySort.Newest), new(Sort: DirectorySort.Country) })
        {
            var first = await SearchAsync(host, filter, 1, 37);
            Assert.True(first.Total > 37, $"{filter}: the demo data should need several pages, has {first.Total} rows");
            var seen = new List<Guid>();
            for (var page = 1; page <= first.PageCount; page++)
            {
                var result = await SearchAsync(host, filter, page, 37);
                Assert.Equal(first.Total, result.Total);
                Assert.Equal(page < first.PageCount ? 37 : first.Total - (37 * (first.PageCount - 1)), result.Items.Count);
                seen.AddRange(result.Items.Select(i => i.Id));
            }

            Assert.Empty((await SearchAsync(host, filter, first.PageCount + 1, 37)).Items);
            Assert.Equal(first.Total, seen.Count);
            Assert.Equal(seen.Count, seen.Distinct().Count());
            var exported = await host.RunAsync<OrganizationQueries, IReadOnlyList<OrganizationListItem>>(q => q.ExportAsync(filter));
            Assert.Equal(exported.Select(o => o.Id), seen);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_KoreanSubstringOfAName_FindsEveryOrganisationContainingIt(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var all = await AllAsync(host);
        var sample = all.Where(o => o.IsDemo && HangulRun().IsMatch(o.NameKo)).OrderBy(o => o.Id).First();
        var query = HangulRun().Match(sample.NameKo).Value.Substring(1, 2);
        Assert.Contains(query, sample.NameKo, StringComparison.Ordinal);

        var found = await host.RunAsync<OrganizationQueries, IReadOnlyList<OrganizationListItem>>(q => q.ExportAsync(new OrganizationFilter(Query: $"  {query} ")));

        Assert.Contains(found, o => o.Id == sample.Id);
        var expected = all.Where(o => ContainsText(o, query)).Select(o => o.Id).ToHashSet();
        Assert.True(expected.SetEquals(found.Select(o => o.Id)), $"'{query}': expected {expected.Count} rows, got {found.Count}");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_UpperCasedEnglishQuery_MatchesCaseInsensitively(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var all = await AllAsync(host);
        var (sample, word) = all.Where(o => o.IsDemo).OrderBy(o => o.Id)
            .Select(o => (o, Word: AsciiWord().Matches(o.NameEn).Select(m => m.Value).FirstOrDefault(w => w.Any(char.IsLower))))
            .First(x => x.Word is not null);
        var upper = word!.ToUpperInvariant();

        var byUpper = await host.RunAsync<OrganizationQueries, IReadOnlyList<OrganizationListItem>>(q => q.ExportAsync(new OrganizationFilter(Query: upper)));
        var byLower = await host.RunAsync<OrganizationQueries, IReadOnlyList<OrganizationListItem>>(q => q.ExportAsync(new OrganizationFilter(Query: word.ToLowerInvariant())));

        Assert.Contains(byUpper, o => o.Id == sample.Id);
        Assert.Equal(byLower.Select(o => o.Id), byUpper.Select(o => o.Id));
        var expected = all.Where(o => ContainsText(o, upper)).Select(o => o.Id).ToHashSet();
        Assert.True(expected.SetEquals(byUpper.Select(o => o.Id)), $"'{upper}': expected {expected.Count} rows, got {byUpper.Count}");
    }

    [Theory]
    [InlineData("sqlite", "Ångström")]
    [InlineData("postgres", "Ångström")]
    [InlineData("sqlite", "ÅNGSTRÖM")]
    [InlineData("postgres", "ÅNGSTRÖM")]
    [InlineData("sqlite", "ångström")]
    [InlineData("postgres", "ångström")]
    public async Task Search_NameWithNonAsciiCapitalLetter_IsFoundCaseInsensitively(string provider, string query)
    {
        var host = await hosts.GetAsync(provider);
        var id = await host.QueryAsync(async db =>
        {
            var existing = await db.Organizations.Where(o => o.Code == "TEST_ANGSTROM").Select(o => (Guid?)o.Id).SingleOrDefaultAsync();
            if (existing is { } known)
            {
                return known;
            }

            var organization = new Organization
            {
                Code = "TEST_ANGSTROM", Kind = OrganizationKind.ResearchInstitute, NameKo = "옹스트룀 시험연구소", NameEn = "Ångström Test Laboratory",
                CountryCode = "SE", City = "Uppsala",
            };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });

        var found = await host.RunAsync<OrganizationQueries, IReadOnlyList<OrganizationListItem>>(q => q.ExportAsync(new OrganizationFilter(Query: query)));

        Assert.True(
            found.Any(o => o.Id == id),
            $"Searching '{query}' on {provider} did not find 'Ångström Test Laboratory' ({found.Count} other rows): the search lower-cases "
            + "the query in .NET (full Unicode) but the column with the database's lower(), which on SQLite folds ASCII letters only.");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_QueryAndFilterTogether_ReturnOnlyRowsMatchingBoth(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var all = await AllAsync(host);
        var filter = new OrganizationFilter(Query: "FRAUNHOFER", Kind: OrganizationKind.CooperationCenter, Field: "SECONDARY_BATTERY");

        var found = await host.RunAsync<OrganizationQueries, IReadOnlyList<OrganizationListItem>>(q => q.ExportAsync(filter));

        Assert.Single(found);
        Assert.Equal(all.Where(o => Matches(o, filter) && ContainsText(o, filter.Query!)).Select(o => o.Id), found.Select(o => o.Id));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_UnknownId_ThrowsNotFoundException(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var unknown = Guid.CreateVersion7();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<OrganizationQueries, OrganizationDetail>(q => q.GetAsync(unknown)));

        Assert.Equal(("Organization", unknown.ToString()), (error.Entity, error.Id));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_DemoOrganisationWithMembers_ReturnsDetailWithSortedFieldsAndCurrentMembers(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sample = await host.QueryAsync(db => db.Organizations.AsNoTracking().Include(o => o.Fields).Include(o => o.Affiliations)
            .Where(o => o.IsDemo && o.Affiliations.Any(a => a.EndDate == null)).OrderBy(o => o.Id).FirstAsync());

        var detail = await host.RunAsync<OrganizationQueries, OrganizationDetail>(q => q.GetAsync(sample.Id));

        Assert.Equal((sample.NameKo, sample.NameEn, sample.Kind, sample.CountryCode), (detail.NameKo, detail.NameEn, detail.Kind, detail.CountryCode));
        Assert.Equal(sample.Fields.Select(f => f.FieldCode).Order(StringComparer.Ordinal), detail.Fields);
        var current = sample.Affiliations.Where(a => a.EndDate is null || a.EndDate >= today).Select(a => a.PersonId).Order();
        Assert.Equal(current, detail.People.Select(p => p.PersonId).Order());
        Assert.True(detail.IsDemo);
    }

    private static Task<PagedResult<OrganizationListItem>> SearchAsync(CoreHost host, OrganizationFilter filter, int page, int size) =>
        host.RunAsync<OrganizationQueries, PagedResult<OrganizationListItem>>(q => q.SearchAsync(filter, new PageRequest(page, size)));

    private static Task<List<Organization>> AllAsync(CoreHost host) =>
        host.QueryAsync(db => db.Organizations.AsNoTracking().Include(o => o.Fields).ToListAsync());

    private static bool Matches(Organization o, OrganizationFilter filter) =>
        (filter.Kind is null || o.Kind == filter.Kind)
        && (filter.Country is null || o.CountryCode == filter.Country)
        && (filter.Field is null || o.Fields.Any(f => f.FieldCode == filter.Field))
        && (filter.Industry is null || o.IndustryCode == filter.Industry)
        && (filter.Size is null || o.SizeClass == filter.Size);

    private static bool ContainsText(Organization o, string query)
    {
        var q = query.Trim();
        return new[] { o.NameKo, o.NameEn, o.Description, o.City }.Any(t => t is not null && t.Contains(q, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("[가-힣]{3,}")]
    private static partial Regex HangulRun();

    [GeneratedRegex("[A-Za-z]{5,}")]
    private static partial Regex AsciiWord();
}
