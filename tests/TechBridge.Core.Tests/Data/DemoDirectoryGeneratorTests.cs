using System.Text.Json;
using TechBridge.Core.Data.Seeding.Demo;
using TechBridge.Core.Directory;

namespace TechBridge.Core.Tests.Data;

public sealed class DemoDirectoryGeneratorTests
{
    private const int Seed = 20261122;

    private static readonly string[] Fields =
    [
        "SEMICONDUCTOR", "DISPLAY", "SECONDARY_BATTERY", "FUTURE_MOBILITY", "CORE_MATERIALS", "INTELLIGENT_ROBOT",
        "ADVANCED_MANUFACTURING", "AEROSPACE_DEFENSE", "NEXTGEN_NUCLEAR", "ADVANCED_BIO", "NEW_ENERGY",
    ];

    private static readonly string[] Industries =
        ["MACHINERY_ROBOTICS", "BIO", "MATERIALS", "AUTOMOTIVE_AEROSPACE", "ELECTRICAL_ELECTRONICS", "SHIPBUILDING_MARINE"];

    private static readonly string[] Countries =
    [
        "KR", "US", "DE", "JP", "GB", "FR", "CA", "CH", "NL", "SE", "FI", "IL", "SG", "AU", "BE", "AT", "IT", "ES", "DK", "TW",
        "IN", "CN", "NO", "PL",
    ];

    private static readonly DateTimeOffset Now = new(2026, 3, 15, 9, 30, 15, 250, TimeSpan.FromHours(9));

    private static readonly Lazy<DemoDirectory> Default = new(() => Generate());

    [Fact]
    public void Generate_SameSeed_ReturnsIdenticalData()
    {
        var first = Generate();
        var second = Generate();

        Assert.Equal(Serialize(first), Serialize(second));
    }

    [Fact]
    public void Generate_CodesInAnotherOrder_ReturnsIdenticalData()
    {
        var shuffled = DemoDirectoryGenerator.Generate(
            Seed, Fields.AsEnumerable().Reverse().ToList(), Industries.AsEnumerable().Reverse().ToList(), Countries.AsEnumerable().Reverse().ToList(), Now);

        Assert.Equal(Serialize(Default.Value), Serialize(shuffled));
    }

    [Fact]
    public void Generate_DifferentSeed_ReturnsDifferentData()
    {
        var other = DemoDirectoryGenerator.Generate(Seed + 1, Fields, Industries, Countries, Now);

        Assert.NotEqual(Default.Value.People[0].Id, other.People[0].Id);
        Assert.NotEqual(Default.Value.Publications[0].Title, other.Publications[0].Title);
    }

    [Fact]
    public void Generate_Always_MeetsMinimumCounts()
    {
        var demo = Default.Value;
        var kinds = demo.Organizations.GroupBy(o => o.Kind).ToDictionary(g => g.Key, g => g.Count());
        var people = demo.People.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(demo.Organizations.Count >= 320, $"{demo.Organizations.Count} organisations");
        Assert.True(kinds[OrganizationKind.Company] >= 160);
        Assert.True(kinds[OrganizationKind.ResearchInstitute] + kinds[OrganizationKind.University] >= 35);
        Assert.True(kinds[OrganizationKind.EquipmentCenter] >= 20);
        Assert.True(kinds[OrganizationKind.OverseasInstitution] >= 85);
        Assert.False(kinds.ContainsKey(OrganizationKind.CooperationCenter));
        Assert.False(kinds.ContainsKey(OrganizationKind.Agency));
        var companies = demo.Organizations.Where(o => o.Kind == OrganizationKind.Company).ToList();
        Assert.All(Enum.GetValues<CompanySize>(), size => Assert.Contains(companies, c => c.SizeClass == size));
        Assert.True(companies.Count(c => c.SizeClass is CompanySize.Startup or CompanySize.Small) * 2 > companies.Count);

        Assert.True(demo.People.Count >= 1100, $"{demo.People.Count} people");
        Assert.True(people[PersonKind.OverseasKoreanEngineer] >= 100);
        Assert.True(people[PersonKind.Expert] >= 100);
        Assert.True(demo.People.Count(p => p.CountryCode != "KR" && p.Kind != PersonKind.OverseasKoreanEngineer) >= 200);
        Assert.True(demo.Publications.Count >= 2500, $"{demo.Publications.Count} publications");
        Assert.True(demo.Publications.Count(p => p.Language == "ko") >= 500);
        Assert.True(demo.Publications.Count(p => p.Language == "en") >= 500);
    }

    [Fact]
    public void Vocabulary_EveryField_HasAtLeast25TermPairs()
    {
        Assert.Equal(Fields.Order(), DemoVocabulary.All.Select(v => v.FieldCode).Order());
        Assert.All(DemoVocabulary.All, v =>
        {
            Assert.True(v.Terms.Count() >= 25, $"{v.FieldCode} has {v.Terms.Count()} terms");
            Assert.All(v.Terms, t => Assert.False(string.IsNullOrWhiteSpace(t.Ko) || string.IsNullOrWhiteSpace(t.En)));
        });
    }

    [Fact]
    public void Generate_Always_EveryPersonHasCurrentAffiliationAndPublication()
    {
        var demo = Default.Value;
        var orgs = demo.Organizations.ToDictionary(o => o.Id);
        var affiliations = demo.Affiliations.ToLookup(a => a.PersonId);
        var authors = demo.Publications.SelectMany(p => p.Authors).Select(a => a.PersonId).ToHashSet();

        Assert.All(demo.People, person =>
        {
            var mine = affiliations[person.Id].ToList();
            Assert.InRange(mine.Count, 1, 2);
            var current = Assert.Single(mine, a => a.EndDate is null);
            Assert.True(current.StartDate <= DateOnly.FromDateTime(Now.UtcDateTime));
            Assert.All(mine.Where(a => a.EndDate is not null), a => Assert.True(a.StartDate < a.EndDate && a.EndDate < current.StartDate));
            Assert.All(mine, a => Assert.False(string.IsNullOrWhiteSpace(a.Role)));

            var org = orgs[current.OrganizationId];
            Assert.Equal(person.CountryCode, org.CountryCode);
            var abroad = person.CountryCode != "KR";
            if (abroad)
            {
                Assert.Equal(person.Kind == PersonKind.OverseasKoreanEngineer, IsHangulName(person.NameKo));
            }
            else
            {
                Assert.NotEqual(PersonKind.OverseasKoreanEngineer, person.Kind);
                Assert.True(IsHangulName(person.NameKo), person.NameKo);
            }

            Assert.All(mine, a => Assert.Equal(abroad, orgs[a.OrganizationId].Kind == OrganizationKind.OverseasInstitution));
            Assert.Contains(person.Id, authors);
        });
    }

    [Fact]
    public void Generate_Always_AuthorsShareFieldWithOrderedDistinctAuthors()
    {
        var demo = Default.Value;
        var fields = demo.People.ToDictionary(p => p.Id, p => p.Fields.Select(f => f.FieldCode).ToHashSet());

        Assert.All(demo.Publications, publication =>
        {
            Assert.InRange(publication.Authors.Count, 1, 5);
            Assert.Equal(Enumerable.Range(1, publication.Authors.Count), publication.Authors.Select(a => a.AuthorOrder));
            Assert.Equal(publication.Authors.Count, publication.Authors.Select(a => a.PersonId).Distinct().Count());
            Assert.All(publication.Authors, a => Assert.Equal(publication.Id, a.PublicationId));
            Assert.All(publication.Authors, a => Assert.Null(a.Person));
            var shared = publication.Authors.Select(a => fields[a.PersonId]).Aggregate((x, y) => x.Intersect(y).ToHashSet());
            Assert.NotEmpty(shared);
        });
    }

    [Fact]
    public void Generate_Always_WritesPublicationsInTheirLanguage()
    {
        Assert.All(Default.Value.Publications, publication =>
        {
            Assert.InRange(publication.Year, 2015, 2026);
            Assert.StartsWith("10.5555/tb.", publication.Doi, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(publication.Venue));
            var text = publication.Title + publication.Abstract;
            Assert.Equal(publication.Language == "ko", text.Any(IsHangul));
            Assert.InRange(publication.Abstract!.Length, 120, 1200);
        });
        Assert.Equal(Default.Value.Publications.Count, Default.Value.Publications.Select(p => p.Doi).Distinct().Count());
    }

    [Fact]
    public void Generate_Always_RespectsMaxLengthsAndDistinctFields()
    {
        var demo = Default.Value;

        Assert.All(demo.Organizations, o =>
        {
            AssertLength(o.NameKo, 200);
            AssertLength(o.NameEn, 200);
            Assert.False(string.IsNullOrWhiteSpace(o.NameEn));
            AssertLength(o.Description, 4000);
            AssertLength(o.City, 100);
            AssertLength(o.Website, 300);
            Assert.StartsWith("https://", o.Website, StringComparison.Ordinal);
            Assert.Contains(".example.", o.Website, StringComparison.Ordinal);
            Assert.InRange(o.Fields.Count, 1, 3);
            Assert.Equal(o.Fields.Count, o.Fields.Select(f => f.FieldCode).Distinct().Count());
            Assert.All(o.Fields, f => Assert.Equal(Guid.Empty, f.OrganizationId));
            Assert.Null(o.Code);
        });
        Assert.All(demo.People, p =>
        {
            AssertLength(p.NameKo, 200);
            AssertLength(p.NameEn, 200);
            Assert.False(string.IsNullOrWhiteSpace(p.NameEn));
            AssertLength(p.Position, 200);
            AssertLength(p.Email, 256);
            Assert.Matches(@"^[a-z0-9.]+@[a-z0-9.-]+\.example\.(com|org)$", p.Email);
            AssertLength(p.Bio, 4000);
            AssertLength(p.Keywords, 1000);
            Assert.InRange(p.Keywords!.Split(", ").Length, 4, 16);
            Assert.InRange(p.Fields.Count, 1, 3);
            Assert.Equal(p.Fields.Count, p.Fields.Select(f => f.FieldCode).Distinct().Count());
            Assert.All(p.Fields, f => Assert.Equal(Guid.Empty, f.PersonId));
            Assert.Empty(p.Affiliations);
            Assert.Empty(p.Publications);
        });
        Assert.All(demo.Affiliations, a => AssertLength(a.Role, 200));
        Assert.All(demo.Publications, p =>
        {
            AssertLength(p.Title, 500);
            AssertLength(p.Abstract, 8000);
            AssertLength(p.Venue, 300);
            AssertLength(p.Doi, 200);
        });
        Assert.Equal(demo.People.Count, demo.People.Select(p => p.Email).Distinct().Count());
    }

    [Fact]
    public void Generate_Always_UsesUniqueIdsAndDemoTimestamps()
    {
        var demo = Default.Value;
        var ids = demo.Organizations.Select(o => o.Id).Concat(demo.People.Select(p => p.Id))
            .Concat(demo.Affiliations.Select(a => a.Id)).Concat(demo.Publications.Select(p => p.Id)).ToList();
        var stamps = demo.Organizations.SelectMany(o => new[] { o.CreatedAt, o.UpdatedAt })
            .Concat(demo.People.SelectMany(p => new[] { p.CreatedAt, p.UpdatedAt })).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(4, id.Version));
        Assert.All(stamps, t =>
        {
            Assert.Equal(TimeSpan.Zero, t.Offset);
            Assert.Equal(0, t.Ticks % TimeSpan.TicksPerSecond);
            Assert.InRange(t, Now.AddYears(-3).AddDays(-1), Now);
        });
        Assert.All(demo.Organizations, o => Assert.True(o.IsDemo && o.CreatedAt <= o.UpdatedAt));
        Assert.All(demo.People, p => Assert.True(p.IsDemo && p.CreatedAt <= p.UpdatedAt));
        Assert.All(demo.Publications, p => Assert.True(p.IsDemo));
    }

    [Fact]
    public void Generate_Always_UsesOnlyGivenCodes()
    {
        string[] fields = ["SEMICONDUCTOR", "SECONDARY_BATTERY", "INTELLIGENT_ROBOT", "ADVANCED_BIO", "CORE_MATERIALS"];
        string[] industries = ["ELECTRICAL_ELECTRONICS", "MACHINERY_ROBOTICS"];
        string[] countries = ["KR", "DE", "JP", "GB"];

        var demo = DemoDirectoryGenerator.Generate(Seed, fields, industries, countries, Now);

        Assert.NotEmpty(demo.Organizations);
        Assert.NotEmpty(demo.Publications);
        Assert.All(demo.Organizations, o =>
        {
            Assert.Contains(o.CountryCode, countries);
            Assert.True(o.IndustryCode is null || industries.Contains(o.IndustryCode), o.IndustryCode);
            Assert.All(o.Fields, f => Assert.Contains(f.FieldCode, fields));
        });
        Assert.All(demo.People, p =>
        {
            Assert.Contains(p.CountryCode, countries);
            Assert.All(p.Fields, f => Assert.Contains(f.FieldCode, fields));
        });
        Assert.All(Default.Value.Organizations, o =>
        {
            Assert.Contains(o.CountryCode, Countries);
            Assert.True(o.IndustryCode is null || Industries.Contains(o.IndustryCode), o.IndustryCode);
        });
        Assert.Contains(Default.Value.Organizations, o => o.IndustryCode is not null);
    }

    [Fact]
    public void Generate_NoKnownFieldCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => DemoDirectoryGenerator.Generate(Seed, ["UNKNOWN"], Industries, Countries, Now));
    }

    [Fact]
    public void Generate_Always_TitlesAreMostlyUnique()
    {
        var titles = Default.Value.Publications.Select(p => p.Title).ToList();

        Assert.True(titles.Distinct().Count() >= titles.Count * 0.95, $"{titles.Distinct().Count()} distinct of {titles.Count}");
    }

    private static DemoDirectory Generate() => DemoDirectoryGenerator.Generate(Seed, Fields, Industries, Countries, Now);

    private static string Serialize(DemoDirectory demo) => JsonSerializer.Serialize(demo);

    private static void AssertLength(string? value, int max) => Assert.True((value?.Length ?? 0) <= max, $"{value?.Length} > {max}: {value}");

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>A Korean personal name such as "김민준"; transliterated foreign names contain a space.</summary>
    private static bool IsHangulName(string name) => name.Length is >= 2 and <= 4 && name.All(IsHangul);
}
