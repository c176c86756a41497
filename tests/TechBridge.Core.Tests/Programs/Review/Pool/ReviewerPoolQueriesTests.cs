using TechBridge.Core.Programs.Review.Pool;

namespace TechBridge.Core.Tests.Programs.Review.Pool;

/// <summary>The pool list filters by group, field, text (names, organisation, keywords) and activity; a profile lists publications with co-authors.</summary>
public sealed class ReviewerPoolQueriesTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task List_Filters_NarrowTheRows(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var kier = await world.OrganizationAsync("한국에너지기술연구원", "Korea Institute of Energy Research");
        var seoyeon = await world.PersonAsync("박서연", "Park Seo-yeon", "KR", null, kier, "Sodium-ion cathodes");
        var anna = await world.PersonAsync("", "Anna Schmidt", "DE");
        await world.AddAsync(null, seoyeon, anna);
        await world.UpdateAsync((await world.ReviewerOfAsync(anna)).Id, ReviewerGroup.Overseas, 6, false);

        Assert.Equal(2, (await world.ListAsync()).Total);
        Assert.Equal([seoyeon], (await world.ListAsync(new ReviewerPoolFilter(Group: ReviewerGroup.Domestic))).Items.Select(r => r.PersonId));
        Assert.Equal([anna], (await world.ListAsync(new ReviewerPoolFilter(Active: false))).Items.Select(r => r.PersonId));
        Assert.Equal([seoyeon], (await world.ListAsync(new ReviewerPoolFilter(Query: "energy research"))).Items.Select(r => r.PersonId));
        Assert.Equal([anna], (await world.ListAsync(new ReviewerPoolFilter(Query: "SCHMIDT"))).Items.Select(r => r.PersonId));
        Assert.Equal(2, (await world.ListAsync(new ReviewerPoolFilter(FieldCode: "SECONDARY_BATTERY"))).Total);
        Assert.Equal(0, (await world.ListAsync(new ReviewerPoolFilter(FieldCode: "SEMICONDUCTOR"))).Total);
        var row = (await world.ListAsync(new ReviewerPoolFilter(Group: ReviewerGroup.Domestic))).Items.Single();
        Assert.Equal(("한국에너지기술연구원", 1, false), (row.OrganizationNameKo, row.PublicationCount, row.HasAccount));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Profile_PublicationWithCoauthors_ListsTheOthers(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var seoyeon = await world.PersonAsync("박서연", "Park Seo-yeon", "KR", null, null, "Sodium-ion cathodes");
        var coauthor = await world.PersonAsync("최지훈", "Choi Ji-hoon", "KR");
        await world.Host.QueryAsync(async db =>
        {
            var publication = db.Publications.Single(p => p.Title == "Sodium-ion cathodes");
            db.PublicationAuthors.Add(new Core.Directory.PublicationAuthor { PublicationId = publication.Id, PersonId = coauthor, AuthorOrder = 2 });
            return await db.SaveChangesAsync();
        });
        await world.AddAsync(null, seoyeon);

        var profile = await world.ProfileAsync((await world.ReviewerOfAsync(seoyeon)).Id);

        var publication = Assert.Single(profile.Publications);
        Assert.Equal(("Sodium-ion cathodes", (int?)2024, "Journal of Power Sources"), (publication.Title, publication.Year, publication.Venue));
        Assert.Equal(["최지훈"], publication.Coauthors);
        Assert.Equal(("박서연", 1L), (profile.Person.NameKo, profile.Version));
    }
}
