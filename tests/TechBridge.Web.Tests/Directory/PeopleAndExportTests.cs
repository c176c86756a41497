using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Directory;

public abstract class PeopleAndExportTests(AppFixture fixture)
{
    [Fact]
    public async Task SearchPeople_ByField_ReturnsPeopleWithPublications()
    {
        var client = await fixture.SignedInAsAsync(Roles.Researcher);

        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/people?field=SECONDARY_BATTERY&pageSize=100");

        Assert.True(result.GetProperty("total").GetInt32() > 0);
        Assert.All(result.GetProperty("items").EnumerateArray(), p =>
        {
            Assert.Contains("SECONDARY_BATTERY", p.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
            Assert.True(p.GetProperty("publicationCount").GetInt32() >= 1);
        });
    }

    [Fact]
    public async Task GetPerson_Existing_ReturnsAffiliationsAndPublications()
    {
        var client = await fixture.SignedInAsAsync(Roles.Researcher);
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var person = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}");

        Assert.NotEmpty(person.GetProperty("affiliations").EnumerateArray());
        var publication = person.GetProperty("publications")[0];
        Assert.False(string.IsNullOrWhiteSpace(publication.GetProperty("title").GetString()));
        Assert.NotEmpty(publication.GetProperty("authors").EnumerateArray());
    }

    [Fact]
    public async Task ExportOrganizations_Csv_HasBomKoreanHeaderAndEveryFilteredRow()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var total = (await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?kind=Company&pageSize=1")).GetProperty("total").GetInt32();

        var response = await client.GetAsync("/api/v1/organizations/export?kind=Company&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID,국문 이름,영문 이름,유형,국가", lines[0], StringComparison.Ordinal);
        Assert.Equal(total + 1, lines.Length);
    }

    [Fact]
    public async Task ExportPeople_XlsxInEnglish_OpensWithEnglishHeaderAndAllRows()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var total = (await client.GetFromJsonAsync<JsonElement>("/api/v1/people?kind=OverseasKoreanEngineer&pageSize=1")).GetProperty("total").GetInt32();

        var response = await client.GetAsync("/api/v1/people/export?kind=OverseasKoreanEngineer&format=xlsx&culture=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(total + 1, rows.Count);
        Assert.Equal("Korean name", rows[0].Elements<Cell>().ElementAt(1).InnerText);
        Assert.Equal("Overseas Korean engineer", rows[1].Elements<Cell>().ElementAt(3).InnerText);
    }

    [Fact]
    public async Task Export_UnknownFormat_Returns400Problem()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        var response = await client.GetAsync("/api/v1/people/export?format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).FieldErrors("format"));
    }

    [Fact]
    public async Task Taxonomy_Always_HasElevenFieldsSixIndustriesAndAllCountries()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var taxonomy = await client.GetFromJsonAsync<JsonElement>("/api/v1/taxonomy");

        Assert.Equal(11, taxonomy.GetProperty("fields").GetArrayLength());
        Assert.Equal(6, taxonomy.GetProperty("industries").GetArrayLength());
        Assert.Equal(249, taxonomy.GetProperty("countries").GetArrayLength());
        Assert.Equal(9, taxonomy.GetProperty("trlLevels").GetArrayLength());
        Assert.Equal("반도체", taxonomy.GetProperty("fields")[0].GetProperty("name").GetString());
    }
}

[Collection(OnSqlite.Name)]
public sealed class PeopleAndExportSqliteTests(SqliteAppFixture fixture) : PeopleAndExportTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class PeopleAndExportPostgresTests(PostgresAppFixture fixture) : PeopleAndExportTests(fixture);
