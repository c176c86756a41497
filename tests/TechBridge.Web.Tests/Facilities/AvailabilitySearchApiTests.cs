using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// The HTTP contract of the availability search across equipment and its page: items of each test are found by a word of
/// their own, so the demo catalogue around them does not matter.
/// </summary>
public abstract class AvailabilitySearchApiTests(AppFixture fixture)
{
    private const string Path = "/api/v1/facilities/availability";

    /// <summary>Two new items open around the clock, named "빈일정{word} A" and "… B"; the word makes the search find only them.</summary>
    private async Task<(string Word, Guid A, Guid B)> TwoItemsAsync(BookingRules? rules = null)
    {
        var word = Guid.NewGuid().ToString("N")[..10];
        var center = await fixture.DemoCenterAsync();
        var ids = new List<Guid>();
        foreach (var suffix in new[] { "A", "B" })
        {
            ids.Add(await fixture.RunAsync<EquipmentService, Guid>(s => s.CreateAsync(new EquipmentInput(
                center, $"빈일정{word} {suffix}", $"Free time {word} {suffix}", "MATERIALS", 2, 7, "빈 일정 찾기 시험용 장비입니다.",
                Stages: ["DEVELOPMENT"], Services: [EquipmentServiceKind.EquipmentUse], Rules: rules ?? OpenRules()))));
        }

        return (word, ids[0], ids[1]);
    }

    private static string Query(string word, DateTimeOffset from, DateTimeOffset to, string length) =>
        $"{Path}?q={word}&from={Uri.EscapeDataString(Iso(from))}&to={Uri.EscapeDataString(Iso(to))}&{length}";

    [Fact]
    public async Task Search_OneItemBooked_EarliestSlotPerItemInKstOrderedByStart()
    {
        var (word, a, b) = await TwoItemsAsync();
        var day = Day(40);
        await fixture.BookAsync(a, At(day, 0), At(day, 5));
        var client = await fixture.SignedInAsAsync(Roles.Researcher);

        var body = await client.GetFromJsonAsync<JsonElement>(Query(word, At(day, 0), At(day.AddDays(1), 0), "hours=2"));

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            [(b.ToString(), Iso(At(day, 0)), Iso(At(day, 2))), (a.ToString(), Iso(At(day, 5)), Iso(At(day, 7)))],
            items.Select(i => (i.GetProperty("equipmentId").GetString(), i.GetProperty("start").GetString(), i.GetProperty("end").GetString())));
        Assert.Equal($"빈일정{word} B", items[0].GetProperty("nameKo").GetString());
        Assert.Equal($"Free time {word} B", items[0].GetProperty("nameEn").GetString());
        Assert.Equal((await fixture.DemoCenterAsync()).ToString(), items[0].GetProperty("centerId").GetString());
        Assert.False(string.IsNullOrEmpty(items[0].GetProperty("centerNameKo").GetString()));
        Assert.Equal((2, 20, 2), (body.GetProperty("candidates").GetInt32(), body.GetProperty("limit").GetInt32(), body.GetProperty("hours").GetInt32()));
        Assert.Equal(Iso(At(day, 0)), body.GetProperty("from").GetString());
    }

    [Fact]
    public async Task Search_Days_WholeDaysAndLimit()
    {
        var (word, a, b) = await TwoItemsAsync();
        var day = Day(41);
        await fixture.BookAsync(b, At(day, 23), At(day, 24));
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var body = await client.GetFromJsonAsync<JsonElement>(Query(word, At(day, 0), At(day.AddDays(5), 0), "days=2&limit=1"));

        var item = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal((a.ToString(), Iso(At(day, 0)), Iso(At(day.AddDays(2), 0))),
            (item.GetProperty("equipmentId").GetString(), item.GetProperty("start").GetString(), item.GetProperty("end").GetString()));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("hours").ValueKind);
    }

    public static TheoryData<string, string> BadQueries() => new()
    {
        { "hours=2", "from" },
        { "from=2027-01-10T00:00:00%2B09:00&to=2027-01-10T00:00:00%2B09:00&hours=2", "to" },
        { "from=2027-01-01T00:00:00%2B09:00&to=2027-04-04T00:00:00%2B09:00&hours=2", "to" },
        { "from=2027-01-01T00:00:00%2B09:00&to=2027-01-31T00:00:00%2B09:00", "hours" },
        { "from=2027-01-01T00:00:00%2B09:00&to=2027-01-31T00:00:00%2B09:00&hours=0", "hours" },
        { "from=2027-01-01T00:00:00%2B09:00&to=2027-01-31T00:00:00%2B09:00&days=91", "days" },
        { "from=2027-01-01T00:00:00%2B09:00&to=2027-01-31T00:00:00%2B09:00&hours=2&days=1", "days" },
        { "from=2027-01-01T00:00:00%2B09:00&to=2027-01-31T00:00:00%2B09:00&hours=2&limit=101", "limit" },
        { "from=2027-01-01T00:00:00%2B09:00&to=2027-01-31T00:00:00%2B09:00&hours=2&industry=SPACE", "industry" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Search_BadInput_400ProblemWithTheFieldError(string query, string field)
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync($"{Path}?{query}&culture=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.FieldErrors(field));
    }

    [Fact]
    public async Task Search_MissingLength_KoreanMessageByDefault()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var problem = await (await client.GetAsync($"{Path}?from=2027-01-01T00:00:00%2B09:00&to=2027-01-31T00:00:00%2B09:00")).ReadProblemAsync();

        Assert.Equal(["시간 수나 일 수 중 하나를 입력하세요."], problem.FieldErrors("hours"));
    }

    [Fact]
    public async Task Search_EveryCaller_AnonymousIs401OthersMaySearch()
    {
        var callers = await fixture.CallersAsync();
        var (word, _, _) = await TwoItemsAsync();
        var day = Day(42);
        var mismatches = new List<string>();

        foreach (var (name, client) in callers)
        {
            using var api = await client.GetAsync(Query(word, At(day, 0), At(day.AddDays(1), 0), "hours=1"));
            using var page = await client.GetAsync($"/facilities/availability?q={word}&length=1&unit=hours");
            var expected = name == "anonymous" ? (HttpStatusCode.Unauthorized, HttpStatusCode.Redirect) : (HttpStatusCode.OK, HttpStatusCode.OK);
            if ((api.StatusCode, page.StatusCode) != expected)
            {
                mismatches.Add($"{name}: expected {expected}, got ({api.StatusCode}, {page.StatusCode})");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public async Task Page_Search_ListsTheSlotsWithLinksToTheItemOnThatDay()
    {
        var (word, a, b) = await TwoItemsAsync();
        var day = Day(43);
        await fixture.BookAsync(a, At(day, 0), At(day, 24));
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var html = await client.GetStringAsync($"/facilities/availability?q={word}&from={date}&to={date}&length=3&unit=hours");
        var english = await client.GetStringAsync($"/facilities/availability?q={word}&from={date}&to={date}&length=3&unit=hours&culture=en");

        Assert.Contains($"/facilities/equipment/{b}?view=day&amp;date={date}", html, StringComparison.Ordinal);
        Assert.DoesNotContain(a.ToString(), html, StringComparison.Ordinal);
        Assert.Contains($"{date} 00:00 – 03:00 KST", html, StringComparison.Ordinal);
        Assert.Contains("빈 일정 찾기", html, StringComparison.Ordinal);
        Assert.Contains("Find free time", english, StringComparison.Ordinal);
        Assert.Contains($"Free time {word} B", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_BadInput_400WithTheMessage()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync("/facilities/availability?from=2027-01-10&to=2027-01-01&length=2&unit=days");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("조회 기간은 92일 이하여야", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class AvailabilitySearchApiSqliteTests(SqliteAppFixture fixture) : AvailabilitySearchApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class AvailabilitySearchApiPostgresTests(PostgresAppFixture fixture) : AvailabilitySearchApiTests(fixture);
