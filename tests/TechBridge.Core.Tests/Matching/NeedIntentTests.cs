using TechBridge.Core.Matching;

namespace TechBridge.Core.Tests.Matching;

public sealed class NeedIntentTests
{
    [Theory]
    [InlineData("전고체 배터리를 함께 개발할 해외 연구기관", PartnerReach.Overseas)]
    [InlineData("Looking for an overseas partner in EUV photoresist", PartnerReach.Overseas)]
    [InlineData("국내 장비센터에서 SEM 분석", PartnerReach.Domestic)]
    [InlineData("SiC 전력반도체 기판 결함 검사", PartnerReach.Any)]
    [InlineData("국내외 협력 파트너", PartnerReach.Any)]
    public void Reach_Need_ReadsWhereThePartnerShouldBe(string need, PartnerReach expected) =>
        Assert.Equal(expected, NeedIntent.Reach(need));
}
