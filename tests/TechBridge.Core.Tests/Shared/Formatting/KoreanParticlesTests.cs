using System.Globalization;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Tests.Shared.Formatting;

public sealed class KoreanParticlesTests
{
    [Theory]
    [InlineData("기관명", "을", "을")]
    [InlineData("국가", "을", "를")]
    [InlineData("국가", "를", "를")]
    [InlineData("제목", "은", "은")]
    [InlineData("예산", "는", "은")]
    [InlineData("R&D 단계", "은", "는")]
    [InlineData("TRL", "은", "은")]
    [InlineData("SiC", "이", "가")]
    [InlineData("원자층증착(ALD)", "을", "을")]
    [InlineData("서울", "으로", "로")]
    [InlineData("부산", "로", "으로")]
    [InlineData("연구소", "와", "와")]
    [InlineData("기업", "와", "과")]
    public void After_WordAndEitherForm_PicksTheFormTheWordTakes(string word, string written, string expected)
    {
        Assert.Equal(expected, KoreanParticles.After(word, written));
    }

    [Fact]
    public void After_NotAParticle_IsNull()
    {
        Assert.Null(KoreanParticles.After("기관명", "N0"));
    }

    [Fact]
    public void Format_ParticlePlaceholderAndNumberFormat_AttachesTheParticleAndFormatsTheRest()
    {
        var text = string.Format(new ParticleFormat(CultureInfo.GetCultureInfo("ko-KR")), "{0:을} {1:N0}원까지 {2:은}", "국가", 1234567, "기관명");

        Assert.Equal("국가를 1,234,567원까지 기관명은", text);
    }

    [Theory]
    [InlineData("ko", "국가를 입력하세요.")]
    [InlineData("en", "Country is required.")]
    public void Get_RequiredMessage_ReadsNaturallyInEachLanguage(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);

        Assert.Equal(expected, CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Country")));
    }
}
