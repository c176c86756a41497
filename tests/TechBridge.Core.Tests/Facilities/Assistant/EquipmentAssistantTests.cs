using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Assistant;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Facilities.Reservations;
using static TechBridge.Core.Tests.Facilities.Reservations.BookingWorld;

namespace TechBridge.Core.Tests.Facilities.Assistant;

/// <summary>
/// Answers from the database on both providers. The world's clock stands at Monday 2 March 2026 10:02 KST; its XRD
/// (10,000 won an hour) is open weekdays 09–18 with a 24-hour lead time.
/// </summary>
public sealed class EquipmentAssistantTests
{
    private static Task<AssistantAnswer> AskAsync(BookingWorld world, string question, string language = "ko") =>
        world.Host.RunAsync<EquipmentAssistant, AssistantAnswer>(a => a.AskAsync(new AssistantRequest(question, language)));

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ask_WhenFreeNextWeek_CardsAreTheAvailabilitySearchSlots(string provider)
    {
        await using var world = await StartAsync(provider);
        var second = await world.EquipmentAsync(world.Center, e => e.NameKo = "고분해능 X선 회절 분석기(HR-XRD)");
        await world.BookAsync(Kst(9, 9), Kst(9, 12));

        var answer = await AskAsync(world, "XRD 다음 주에 3시간 쓸 수 있나요?");
        var expected = await world.Host.RunAsync<AvailabilitySearch, AvailabilitySearchResult>(s =>
            s.SearchAsync(new AvailabilitySearchInput("xrd", null, null, Kst(9, 0), Kst(16, 0), Hours: 3)));

        Assert.Equal(AssistantIntent.Availability, answer.Intent);
        Assert.Equal(expected.Items.Select(s => (s.EquipmentId, s.Start, s.End)), answer.Cards.Select(c => (c.EquipmentId, c.SlotStart!.Value, c.SlotEnd!.Value)));
        Assert.Equal([second, world.Equipment], answer.Cards.Select(c => c.EquipmentId));
        Assert.Equal((Kst(9, 9), Kst(9, 12)), (answer.Cards[0].SlotStart, answer.Cards[0].SlotEnd));
        Assert.Equal($"/facilities/equipment/{second}?view=day&date=2026-03-09", answer.Cards[0].BookUrl);
        Assert.StartsWith("X선 회절분석과 관련된 장비 중 3월 9일부터 3월 15일까지 3시간 동안 쓸 수 있는 가장 빠른 시간은 3월 9일 (월) 09:00–12:00", answer.Answer);
        Assert.False(answer.SuggestSupportRequest);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ask_FeeInEnglish_UnitFeeWithVatPerItem(string provider)
    {
        await using var world = await StartAsync(provider);
        var exempt = await world.EquipmentAsync(world.Center, e => (e.FeeKrw, e.FeeUnit, e.VatExempt) = (200_000, FeeUnit.PerDay, true));

        var answer = await AskAsync(world, "How much does an X-ray diffractometer cost?", "en");

        Assert.Equal(AssistantIntent.Fee, answer.Intent);
        var cards = answer.Cards.ToDictionary(c => c.EquipmentId);
        Assert.Equal((11_000L, "KRW 11,000 per hour incl. VAT"), (cards[world.Equipment].FeeWithVatKrw, cards[world.Equipment].Fee));
        Assert.Equal((200_000L, "KRW 200,000 per day incl. VAT"), (cards[exempt].FeeWithVatKrw, cards[exempt].Fee));
        Assert.Equal(("Materials", "X-ray diffractometer"), (cards[world.Equipment].Industry, cards[world.Equipment].Name));
        Assert.Contains("the lowest is KRW 11,000 per hour incl. VAT for X-ray diffractometer.", answer.Answer);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ask_NothingInTheCatalogue_SaysSoAndSuggestsSupportRequest(string provider)
    {
        await using var world = await StartAsync(provider);

        var sem = await AskAsync(world, "주사전자현미경 있나요?");
        var cat = await AskAsync(world, "고양이 사료 어디서 사요?");
        var english = await AskAsync(world, "Is there a TEM?", "en");

        Assert.Empty(sem.Cards);
        Assert.True(sem.SuggestSupportRequest);
        Assert.StartsWith("등록된 장비 중에서 주사전자현미경을 찾지 못했습니다.", sem.Answer);
        Assert.StartsWith("등록된 장비 중에서 고양이 사료를 찾지 못했습니다.", cat.Answer);
        Assert.StartsWith("No registered equipment matches \"TEM\".", english.Answer);
        Assert.Equal("/facilities/requests/new", english.SupportRequestUrl);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ask_TermInNamesAndDescriptions_OnlyTheItemsNamedSo(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.EquipmentAsync(world.Center, e => (e.NameKo, e.NameEn, e.DescriptionKo) = ("만능 재료시험기", "Universal testing machine", "XRD 시료 전처리에 함께 씁니다."));

        var find = await AskAsync(world, "XRD 어디 있어요?");
        var free = await AskAsync(world, "XRD 다음 주에 쓸 수 있어요?");

        Assert.Equal([world.Equipment], find.Cards.Select(c => c.EquipmentId));
        Assert.Equal([world.Equipment], free.Cards.Select(c => c.EquipmentId));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ask_IndustryOnly_ListsThatIndustry(string provider)
    {
        await using var world = await StartAsync(provider);

        var materials = await AskAsync(world, "소재 분야 장비 뭐 있어요?");
        var bio = await AskAsync(world, "바이오 장비 있어요?");

        Assert.Equal([world.Equipment], materials.Cards.Select(c => c.EquipmentId));
        Assert.StartsWith("소재 분야에서 장비 1대를 찾았습니다.", materials.Answer);
        Assert.Empty(bio.Cards);
        Assert.True(bio.SuggestSupportRequest);
    }

    [Theory]
    [InlineData("", "ko", "질문을 입력하세요.")]
    [InlineData("   ", "en", "Question is required.")]
    public async Task Ask_BlankQuestion_FieldErrorInTheLanguage(string question, string language, string message)
    {
        await using var world = await StartAsync("sqlite");

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => AskAsync(world, question, language));

        Assert.Equal([message], error.Errors["question"]);
    }

    [Fact]
    public async Task Ask_TooLongOrUnknownLanguage_FieldErrors()
    {
        await using var world = await StartAsync("sqlite");

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => AskAsync(world, new string('가', EquipmentAssistant.MaxQuestionLength + 1), "fr"));

        Assert.Equal(["question", "language"], error.Errors.Keys.Order(StringComparer.Ordinal).Reverse());
    }
}
