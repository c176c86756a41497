using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TechBridge.Core.Accounts;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// The funnel API over the demo data: bad filter values are 400 problems naming the query value; the page, the .xlsx export
/// and the API show the same numbers (one query behind all three); the export's headers follow the user's language.
/// </summary>
public abstract partial class FunnelApiTests(AppFixture fixture)
{
    private const string Api = "/api/v1/marketplace/funnel";

    private static readonly string[] Stages = ["needsFiled", "partnersContacted", "meetingsHeld", "dealsOpened", "dealsClosed", "licences", "consortiaApplied"];

    [Theory]
    [InlineData("?from=2026-13&to=26-1&demo=maybe", "from,to,demo")]
    [InlineData("?field=NO_SUCH_FIELD&program=NO_SUCH_PROGRAM", "field,program")]
    [InlineData("?from=2026-05&to=2026-01", "to")]
    [InlineData("?from=2020-01&to=2026-01", "from")]
    public async Task GetFunnel_BadFilterValues_400WithFieldMessages(string query, string fields)
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var response = await client.GetAsync($"{Api}{query}&culture=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        foreach (var field in fields.Split(','))
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }
    }

    [Fact]
    public async Task Funnel_PageExportAndApi_ShowTheSameNumbers()
    {
        var client = await fixture.SignedInAsAsync(Roles.Coordinator);
        var (from, to) = Period();
        var query = $"from={from}&to={to}";

        var api = await client.GetFromJsonAsync<JsonElement>($"{Api}?{query}");
        var totals = Counts(api.GetProperty("totals"));
        var months = api.GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("month").GetString()!, Counts(m.GetProperty("counts")))).ToList();
        Assert.Equal(12, months.Count);
        Assert.True(totals[0] > 0, "The demo data files needs in the last 12 months.");
        Assert.Equal(totals, months.Select(m => m.Item2).Aggregate((a, b) => [.. a.Zip(b, (x, y) => x + y)]));

        var sheet = await SheetAsync(client, $"{Api}/export?{query}&culture=en");
        Assert.Equal(["Month", "Field", "Program", "Needs filed", "Partners contacted", "Meetings held", "Deals opened", "Deals closed", "└ Licences", "└ Consortia applied to a call"], sheet[0]);
        Assert.Equal(totals, Numbers(sheet[^1]));
        Assert.Equal("Total", sheet[^1][0]);
        Assert.Equal(months, sheet[^13..^1].Select(r => (r[0], Numbers(r))));
        Assert.Equal(api.GetProperty("rows").GetArrayLength(), sheet.Count - 1 - 12 - 1);

        var html = await client.GetStringAsync($"/marketplace/funnel?{query}&culture=ko");
        var total = TotalRow().Match(html);
        Assert.True(total.Success, "The page shows the totals row.");
        Assert.Equal(totals, Cells().Matches(total.Value).Select(c => int.Parse(c.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList());
        Assert.Contains("이렇게 셉니다", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?from=2026-13&culture=en", "Enter the month as yyyy-MM")]
    [InlineData("?program=NO_SUCH_PROGRAM&field=NO_SUCH_FIELD&culture=en", "unknown code")]
    public async Task Page_BadFilterValues_SaysWhatIsWrongWithoutServerError(string query, string message)
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var response = await client.GetAsync($"/marketplace/funnel{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"funnel-error\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Korean_KoreanHeadersAndTotalRow()
    {
        var client = await fixture.SignedInAsAsync(Roles.Administrator);

        var sheet = await SheetAsync(client, $"{Api}/export?culture=ko&program=general");

        Assert.Equal(["월", "기술 분야", "사업", "수요 등록", "파트너 접촉", "미팅 개최", "거래 개시", "거래 성사"], sheet[0].Take(8));
        Assert.Equal(["합계", "전체 분야", "전체 사업"], sheet[^1].Take(3));
        Assert.All(sheet.Skip(1).SkipLast(13), r => Assert.Equal("일반(사업 없음)", r[2]));
    }

    [Fact]
    public async Task GetFunnel_DemoLeftOut_CountsNoDemoNeeds()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var (from, to) = Period();

        var with = await client.GetFromJsonAsync<JsonElement>($"{Api}?from={from}&to={to}");
        var without = await client.GetFromJsonAsync<JsonElement>($"{Api}?from={from}&to={to}&demo=false");

        Assert.True(with.GetProperty("filter").GetProperty("includeDemo").GetBoolean());
        Assert.False(without.GetProperty("filter").GetProperty("includeDemo").GetBoolean());
        Assert.True(without.GetProperty("totals").GetProperty("needsFiled").GetInt32() < with.GetProperty("totals").GetProperty("needsFiled").GetInt32());
    }

    private static (string From, string To) Period()
    {
        var now = Kst.ToKst(DateTimeOffset.UtcNow);
        var last = new DateOnly(now.Year, now.Month, 1);
        return (last.AddMonths(-11).ToString("yyyy-MM", CultureInfo.InvariantCulture), last.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    private static List<int> Counts(JsonElement counts) => [.. Stages.Select(s => counts.GetProperty(s).GetInt32())];

    private static List<int> Numbers(IReadOnlyList<string> row) => [.. row.Skip(3).Select(c => int.Parse(c, CultureInfo.InvariantCulture))];

    private static async Task<List<IReadOnlyList<string>>> SheetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        return [.. document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => (IReadOnlyList<string>)[.. r.Elements<Cell>().Select(c => c.InnerText)])];
    }

    [GeneratedRegex("<tr class=\"total-row\" data-testid=\"funnel-total\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TotalRow();

    [GeneratedRegex("<th class=\"num\">([0-9,]+)</th>")]
    private static partial Regex Cells();
}

[Collection(OnSqlite.Name)]
public sealed class FunnelApiSqliteTests(SqliteAppFixture fixture) : FunnelApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class FunnelApiPostgresTests(PostgresAppFixture fixture) : FunnelApiTests(fixture);
