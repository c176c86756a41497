using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;
using TechBridge.Matching.Evaluation;

namespace TechBridge.Core.Tests.Programs.Review.Pool;

/// <summary>
/// Reviewer imports: a CSV (header, quoting, BOM) or OpenReview archives become directory people (matched by e-mail, or by
/// name at the same organisation) and pool reviewers, all or nothing, with every broken line reported.
/// </summary>
public sealed class ReviewerImportTests
{
    public const string Header = "name_ko,name_en,email,organization,country,fields,keywords,max_load,publications";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ImportCsv_ValidFile_AddsPeopleWithAffiliationsAndPublicationsToThePool(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var known = await world.PersonAsync("", "Maria Rossi", "IT", "maria.rossi@polimi.example.org");
        var before = await world.CountsAsync();
        var csv = Header + "\r\n"
            + "한지민,Han Ji-min,jimin.han@kier.example.kr,한국에너지기술연구원,KR,SECONDARY_BATTERY;NEW_ENERGY,\"전고체, 전해질\",4,\"2023|황화물계 고체전해질의 계면 안정성; 리튬 금속 음극 보호막\"\r\n"
            + ",Tom Baker,tom.baker@imperial.example.ac.uk,\"Imperial College, London\",gb,semiconductor,,,2021|Wide-bandgap power devices\r\n"
            + ",Maria Rossi,MARIA.ROSSI@polimi.example.org,Politecnico di Milano,IT,,,,\r\n"
            + "\r\n"
            + ",Kate Baker,kate.baker@imperial.example.ac.uk,\"Imperial College, London\",GB,,,,\r\n";

        var result = await world.ImportCsvAsync(csv, bom: true);

        Assert.Equal(new ReviewerImportResult(4, 0, 3, 1), result);
        var after = await world.CountsAsync();
        Assert.Equal((before.People + 3, before.Organizations + 2, before.Publications + 3, 4), after);
        var rows = (await world.ListAsync()).Items;
        var han = rows.Single(r => r.NameEn == "Han Ji-min");
        Assert.Equal((ReviewerGroup.Domestic, 4, "한국에너지기술연구원", 2), (han.Group, han.MaxLoad, han.OrganizationNameKo, han.PublicationCount));
        Assert.Equal(["NEW_ENERGY", "SECONDARY_BATTERY"], han.FieldCodes);
        var tom = rows.Single(r => r.NameEn == "Tom Baker");
        Assert.Equal((ReviewerGroup.Overseas, 6, "Imperial College, London", "GB"), (tom.Group, tom.MaxLoad, tom.OrganizationNameEn, tom.CountryCode));
        Assert.Equal(known, rows.Single(r => r.NameEn == "Maria Rossi").PersonId);
        var profile = await world.ProfileAsync(han.Id);
        Assert.Equal("전고체, 전해질", profile.Person.Keywords);
        Assert.Equal([("황화물계 고체전해질의 계면 안정성", (int?)2023), ("리튬 금속 음극 보호막", null)], profile.Publications.Select(p => (p.Title, p.Year)).OrderBy(p => p.Year.HasValue ? 0 : 1));
        Assert.All(rows, r => Assert.Equal(ReviewerSource.Csv, r.Source));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ImportCsv_SameNameAtTheSameOrganisation_MatchesTheDirectoryPerson(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var kimm = await world.OrganizationAsync("한국기계연구원", "Korea Institute of Machinery and Materials");
        var person = await world.PersonAsync("이민준", "Lee Minjun", "KR", null, kimm);
        var namesake = await world.PersonAsync("이민준", "Lee Minjun", "KR");

        var result = await world.ImportCsvAsync(Header + "\n,\"Rhee, Min Joon\",,Korea Institute of Machinery and Materials,KR,,,,\n");

        Assert.Equal(new ReviewerImportResult(1, 0, 0, 1), result);
        Assert.Equal(person, Assert.Single((await world.ListAsync()).Items).PersonId);
        Assert.NotEqual(namesake, person);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ImportCsv_SameFileTwice_SkipsEveryoneTheSecondTime(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var csv = Header + "\n,Tom Baker,tom.baker@imperial.example.ac.uk,Imperial College London,GB,,,,\n,Ana Silva,,Universidade de Lisboa,PT,,,,2020|Grid storage\n";
        await world.ImportCsvAsync(csv);
        var before = await world.CountsAsync();

        var again = await world.ImportCsvAsync(csv);

        Assert.Equal(new ReviewerImportResult(0, 2, 0, 2), again);
        Assert.Equal(before, await world.CountsAsync());
    }

    [Theory]
    [InlineData("sqlite", "ko-KR")]
    [InlineData("postgres", "en-US")]
    public async Task ImportCsv_BrokenLines_ReportsEveryLineAndSavesNothing(string provider, string culture)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        using var ui = UiCulture.Use(culture);
        var before = await world.CountsAsync();
        var csv = Header + "\n"
            + ",Good Person,good@example.org,Somewhere,US,,,,\n"
            + ",Bad Country,bad@example.org,Somewhere,XX,NOT_A_FIELD,,99,abc|Title\n"
            + "\"\",\"\",not-an-email,,US,,,many,\n"
            + ",Twice,GOOD@example.org,,US,,,,\n";

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ImportCsvAsync(csv));

        var messages = error.Errors["file"];
        var line = culture == "ko-KR" ? "{0}번째 줄: " : "Line {0}: ";
        Assert.DoesNotContain(messages, m => m.StartsWith(string.Format(line, 2), StringComparison.Ordinal));
        Assert.Equal(4, messages.Count(m => m.StartsWith(string.Format(line, 3), StringComparison.Ordinal))); // country, field, max load, year
        Assert.Equal(3, messages.Count(m => m.StartsWith(string.Format(line, 4), StringComparison.Ordinal))); // name, e-mail, number
        Assert.Single(messages, m => m.StartsWith(string.Format(line, 5), StringComparison.Ordinal));
        Assert.Contains(culture == "ko-KR" ? "3번째 줄: 알 수 없는 국가 코드입니다: XX" : "Line 3: Country: unknown code 'XX'.", messages);
        Assert.Contains(culture == "ko-KR" ? "5번째 줄: 같은 이메일이 2번째 줄에도 있습니다." : "Line 5: The same e-mail address is on line 2 as well.", messages);
        Assert.Equal(before, await world.CountsAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ImportCsv_NoHeaderOrNoRows_IsRefused(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        using var culture = UiCulture.Use("ko-KR");

        var headless = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ImportCsvAsync(",Tom Baker,,,GB,,,,\n"));
        var empty = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ImportCsvAsync(Header + "\n"));

        Assert.StartsWith("첫 줄은 머리글이어야 하고", headless.Errors["file"].Single(), StringComparison.Ordinal);
        Assert.StartsWith("파일에 평가위원이 없습니다.", empty.Errors["file"].Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ImportOpenReview_Archives_AddsOverseasReviewersWithTheirPapers(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var directory = System.IO.Directory.CreateTempSubdirectory("openreview-");
        try
        {
            var archives = System.IO.Directory.CreateDirectory(Path.Combine(directory.FullName, OpenReviewReader.ArchivesDirectoryName));
            await File.WriteAllTextAsync(Path.Combine(archives.FullName, "~Jane_Doe1.jsonl"),
                "{\"id\":\"p1\",\"content\":{\"title\":{\"value\":\"Solid electrolytes at scale\"},\"abstract\":{\"value\":\"We study sulfide electrolytes.\"}}}\n"
                + "{\"id\":\"p2\",\"content\":{\"title\":\"Dendrite suppression\",\"abstract\":null}}\n{\"id\":\"p3\",\"content\":{\"title\":\"\"}}\n");
            await File.WriteAllTextAsync(Path.Combine(archives.FullName, "~Wei_Zhang3.jsonl"), "{\"id\":\"q1\",\"content\":{\"title\":\"GaN power stages\"}}\n");
            var read = OpenReviewReader.ReadArchives(archives.FullName);

            var result = await world.Host.RunAsync<ReviewerPoolService, ReviewerImportResult>(s => s.ImportOpenReviewAsync(world.Manager, read, "us"));
            var again = await world.Host.RunAsync<ReviewerPoolService, ReviewerImportResult>(s => s.ImportOpenReviewAsync(world.Manager, read, "US"));

            Assert.Equal(new ReviewerImportResult(2, 0, 2, 0), result);
            Assert.Equal(new ReviewerImportResult(0, 2, 0, 2), again);
            var rows = (await world.ListAsync()).Items;
            Assert.Equal(["Jane Doe", "Wei Zhang"], rows.Select(r => r.NameEn).Order(StringComparer.Ordinal));
            Assert.All(rows, r => Assert.Equal((ReviewerGroup.Overseas, "US", ReviewerSource.OpenReview), (r.Group, r.CountryCode, r.Source)));
            var jane = await world.ProfileAsync(rows.Single(r => r.NameEn == "Jane Doe").Id);
            Assert.Equal(["Dendrite suppression", "Solid electrolytes at scale"], jane.Publications.Select(p => p.Title).Order(StringComparer.Ordinal));
            Assert.All(jane.Publications, p => Assert.Null(p.Year));
            var abstracts = await world.Host.QueryAsync(db => db.Publications.AsNoTracking().Where(p => p.Title == "Solid electrolytes at scale").Select(p => p.Abstract).SingleAsync());
            Assert.Equal("We study sulfide electrolytes.", abstracts);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ImportOpenReview_UnknownCountry_IsRefusedAndSavesNothing(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        ReviewerArchive[] archives = [new("~Jane_Doe1", [new Paper("p1", "Title", "")])];

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.Host.RunAsync<ReviewerPoolService, ReviewerImportResult>(s => s.ImportOpenReviewAsync(world.Manager, archives, "ZZ")));

        Assert.Equal(["countryCode"], error.Errors.Keys);
        Assert.Equal(0, (await world.CountsAsync()).Reviewers);
    }
}
