using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Assistant;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Facilities.Assistant;

/// <summary>The HTTP contract of the equipment assistant: open to anyone, bad questions refused as problem details in the asked language.</summary>
public abstract class AssistantApiTests(AppFixture fixture)
{
    private const string Path = "/api/v1/facilities/assistant";

    [Fact]
    public async Task Ask_Anonymous_AnswerWithCardsFromTheCatalogue()
    {
        var word = "itube" + Guid.NewGuid().ToString("N")[..8] + "k";
        var center = await fixture.DemoCenterAsync();
        var id = await fixture.RunAsync<EquipmentService, Guid>(s => s.CreateAsync(new EquipmentInput(
            center, $"{word} 분석기", $"{word} analyser", "MATERIALS", 2, 7, "도우미 시험용 장비입니다.",
            Stages: ["DEVELOPMENT"], Services: [EquipmentServiceKind.EquipmentUse])));

        var response = await fixture.CreateClient().PostAsJsonAsync(Path, new { question = $"{word} 어디에 있나요?", language = "ko" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var card = Assert.Single(body.GetProperty("cards").EnumerateArray());
        Assert.Equal("Find", body.GetProperty("intent").GetString());
        Assert.Equal(id.ToString(), card.GetProperty("equipmentId").GetString());
        Assert.Equal($"{word} 분석기", card.GetProperty("name").GetString());
        Assert.Equal($"/facilities/equipment/{id}", card.GetProperty("equipmentUrl").GetString());
        Assert.Equal("소재", card.GetProperty("industry").GetString());
        Assert.StartsWith($"{word}와 관련된 장비 1대를 찾았습니다.", body.GetProperty("answer").GetString());
        Assert.False(body.GetProperty("suggestSupportRequest").GetBoolean());
    }

    [Theory]
    [InlineData("ko", "", "질문을 입력하세요.")]
    [InlineData("en", "  ", "Question is required.")]
    [InlineData("en", null, "Question is required.")]
    public async Task Ask_BlankQuestion_400ProblemInTheLanguage(string language, string? question, string message)
    {
        var response = await fixture.CreateClient().PostAsJsonAsync(Path, new { question, language });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(message, body.GetProperty("errors").GetProperty("question")[0].GetString());
    }

    [Fact]
    public async Task Ask_TooLongQuestionOrUnknownLanguage_400WithBothFields()
    {
        var response = await fixture.CreateClient().PostAsJsonAsync(Path,
            new { question = new string('x', EquipmentAssistant.MaxQuestionLength + 1), language = "fr" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("question", out _));
        Assert.True(errors.TryGetProperty("language", out _));
    }

    [Fact]
    public async Task Page_Anonymous_ShowsTheAssistantInTheCookieLanguage()
    {
        var client = fixture.CreateClient();

        var korean = await client.GetAsync("/facilities/assistant");
        var english = await client.GetAsync("/facilities/assistant?culture=en");

        Assert.Equal(HttpStatusCode.OK, korean.StatusCode);
        Assert.Contains("i-Tube 장비 도우미", await korean.Content.ReadAsStringAsync());
        Assert.Contains("i-Tube equipment assistant", await english.Content.ReadAsStringAsync());
    }
}

[Collection(OnSqlite.Name)]
public sealed class AssistantApiSqliteTests(SqliteAppFixture fixture) : AssistantApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class AssistantApiPostgresTests(PostgresAppFixture fixture) : AssistantApiTests(fixture);
