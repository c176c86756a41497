using TechBridge.Core.Marketplace.Events;

namespace TechBridge.Core.Tests.Marketplace.Events;

/// <summary>"People you should meet": shared fields and the words of my requests in their offers (and back) rank the others, and say why.</summary>
public sealed class EventSuggestionsTests
{
    [Fact]
    public void Rank_FieldsAndWordsBothWays_OrdersByScoreAndExplains()
    {
        var me = new EventSuggestions.Profile(Guid.NewGuid(), "나", "누리정밀", "정밀 감속기 설계", "배터리 소재를 찾습니다", ["F01"]);
        var battery = new EventSuggestions.Profile(Guid.NewGuid(), "배터리연구소", "KIER", "배터리 소재 시험 평가", "", ["F02"]);
        var both = new EventSuggestions.Profile(Guid.NewGuid(), "양쪽", "한빛", "배터리 양극재", "감속기 부품", ["F01"]);
        var none = new EventSuggestions.Profile(Guid.NewGuid(), "무관", "무관기관", "식품 포장", "물류", ["F09"]);

        var ranked = EventSuggestions.Rank(me, [me, battery, both, none], code => code == "F01" ? "기계" : code);

        Assert.Equal([both.Id, battery.Id], ranked.Select(s => s.ParticipantId));
        Assert.Equal(EventSuggestions.FieldPoints + 2, ranked[0].Score);
        Assert.Equal(["기계"], ranked[0].SharedFields);
        Assert.Equal(["배터리", "감속기"], ranked[0].SharedWords);
        Assert.Equal(["배터리", "소재"], ranked[1].SharedWords);
    }

    [Fact]
    public void Rank_EnglishWordsMeetByStem_ShowsTheWordAsWrittenNotTheStem()
    {
        var me = new EventSuggestions.Profile(Guid.NewGuid(), "Me", "Nuri", "precision reducers", "We look for batteries and coatings", []);
        var lab = new EventSuggestions.Profile(Guid.NewGuid(), "Lab", "KIER", "battery testing, coating lines", "", []);

        var ranked = EventSuggestions.Rank(me, [lab], code => code);

        Assert.Equal(["batteries", "coatings"], Assert.Single(ranked).SharedWords);
    }
}
