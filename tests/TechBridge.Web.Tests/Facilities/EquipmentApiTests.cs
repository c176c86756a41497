using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Facilities;

public abstract class EquipmentApiTests(AppFixture fixture)
{
    [Fact]
    public async Task Search_NoFilter_PagesThroughAtLeast3000DemoItemsInSixIndustries()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/facilities/equipment?pageSize=200");
        var last = await client.GetFromJsonAsync<JsonElement>($"/api/v1/facilities/equipment?pageSize=200&page={first.GetProperty("pageCount").GetInt32()}");

        Assert.True(first.GetProperty("total").GetInt32() >= 3000);
        Assert.Equal(200, first.GetProperty("items").GetArrayLength());
        Assert.InRange(last.GetProperty("items").GetArrayLength(), 1, 200);
        var item = first.GetProperty("items")[0];
        Assert.False(string.IsNullOrEmpty(item.GetProperty("center").GetProperty("nameKo").GetString()));
        Assert.NotEmpty(item.GetProperty("stages").EnumerateArray());
        foreach (var industry in new[] { "MACHINERY_ROBOTICS", "BIO", "MATERIALS", "AUTOMOTIVE_AEROSPACE", "ELECTRICAL_ELECTRONICS", "SHIPBUILDING_MARINE" })
        {
            Assert.True((await client.GetFromJsonAsync<JsonElement>($"/api/v1/facilities/equipment?industry={industry}&pageSize=1")).GetProperty("total").GetInt32() > 0, industry);
        }
    }

    [Fact]
    public async Task Search_StageServiceStatusAndTrlFilters_ReturnOnlyMatchingItems()
    {
        var client = await fixture.SignedInAsAsync(Roles.Researcher);

        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/facilities/equipment?stage=PILOT_DEMONSTRATION&service=TestAnalysis&status=Available&trl=7&pageSize=200");

        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, e =>
        {
            Assert.Contains("PILOT_DEMONSTRATION", e.GetProperty("stages").EnumerateArray().Select(s => s.GetString()));
            Assert.Contains("TestAnalysis", e.GetProperty("services").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal("Available", e.GetProperty("status").GetString());
            Assert.InRange(7, e.GetProperty("trlMin").GetInt32(), e.GetProperty("trlMax").GetInt32());
        });
    }

    [Fact]
    public async Task Get_Existing_ReturnsDescriptionCenterAndServices()
    {
        var client = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/v1/facilities/equipment?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/facilities/equipment/{id}");

        Assert.False(string.IsNullOrWhiteSpace(detail.GetProperty("descriptionKo").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/organizations/{detail.GetProperty("center").GetProperty("id").GetGuid()}")).StatusCode);
        Assert.NotEmpty(detail.GetProperty("services").EnumerateArray());
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync($"/api/v1/facilities/equipment/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Search_UnknownCodesAndTrlOutOfRange_Returns400WithAFieldMessageEach()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync("/api/v1/facilities/equipment?stage=MOON&service=Teleport&status=Lost&trl=12&industry=SPACE");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("알 수 없는 R&D 단계 코드입니다: MOON", problem.FieldErrors("stage"));
        Assert.NotEmpty(problem.FieldErrors("service"));
        Assert.NotEmpty(problem.FieldErrors("status"));
        Assert.Contains("TRL은 1에서 9 사이여야 합니다.", problem.FieldErrors("trl"));
        Assert.NotEmpty(problem.FieldErrors("industry"));
    }

    [Fact]
    public async Task Search_Anonymous_Returns401Problem()
    {
        var response = await fixture.CreateClient().GetAsync("/api/v1/facilities/equipment");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task Export_CsvAndXlsx_HaveTheHeaderAndEveryFilteredRow()
    {
        var client = await fixture.SignedInAsAsync(Roles.Coordinator);
        var total = (await client.GetFromJsonAsync<JsonElement>("/api/v1/facilities/equipment?industry=BIO&pageSize=1")).GetProperty("total").GetInt32();

        var csv = await client.GetAsync("/api/v1/facilities/equipment/export?industry=BIO&format=csv");
        var xlsx = await client.GetAsync("/api/v1/facilities/equipment/export?industry=BIO&format=xlsx&culture=en");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID,국문 이름,영문 이름,모델명,제조사,장비센터", lines[0], StringComparison.Ordinal);
        Assert.Equal(total + 1, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(",바이오,", l, StringComparison.Ordinal));
        await using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(total + 1, rows.Count);
        Assert.Equal("Equipment center", rows[0].Elements<Cell>().ElementAt(5).InnerText);
    }
}

[Collection(OnSqlite.Name)]
public sealed class EquipmentApiSqliteTests(SqliteAppFixture fixture) : EquipmentApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class EquipmentApiPostgresTests(PostgresAppFixture fixture) : EquipmentApiTests(fixture);
