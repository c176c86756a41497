using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Text;

public sealed class KoreanSuffixStripperTests
{
    [Theory]
    // Case particles, chosen by the final consonant of the noun.
    [InlineData("반도체를", "반도체")]
    [InlineData("기술을", "기술")]
    [InlineData("기술이", "기술")]
    [InlineData("장비가", "장비")]
    [InlineData("기업은", "기업")]
    [InlineData("센터는", "센터")]
    [InlineData("기업의", "기업")]
    [InlineData("장비와", "장비")]
    [InlineData("기술과", "기술")]
    [InlineData("전지를", "전지")]
    // Adverbial particles and their compounds.
    [InlineData("센터에", "센터")]
    [InlineData("센터에서", "센터")]
    [InlineData("센터에서는", "센터")]
    [InlineData("분야에서의", "분야")]
    [InlineData("기업에게", "기업")]
    [InlineData("방법으로", "방법")]
    [InlineData("방법으로는", "방법")]
    [InlineData("기술로", "기술")]
    [InlineData("장비로", "장비")]
    [InlineData("기술로서", "기술")]
    [InlineData("수단으로써", "수단")]
    [InlineData("기업과의", "기업")]
    [InlineData("대학와의", "대학와")]
    [InlineData("연구소와의", "연구소")]
    [InlineData("2030년까지", "2030년")]
    [InlineData("내년부터", "내년")]
    [InlineData("기존보다", "기존")]
    [InlineData("실리콘처럼", "실리콘")]
    [InlineData("기업이나", "기업")]
    [InlineData("연구소나", "연구소")]
    [InlineData("소재도", "소재")]
    [InlineData("장비만", "장비")]
    // Plural.
    [InlineData("기업들", "기업")]
    [InlineData("기업들을", "기업")]
    [InlineData("연구자들에게", "연구자")]
    [InlineData("센터들의", "센터")]
    // Copula.
    [InlineData("핵심이며", "핵심")]
    [InlineData("기술이라는", "기술")]
    [InlineData("소재라는", "소재")]
    // Endings of 하다/되다 verbs and -적 adjectives; -화 is kept.
    [InlineData("개발하고자", "개발")]
    [InlineData("개발하는", "개발")]
    [InlineData("개발하여", "개발")]
    [InlineData("개발했다", "개발")]
    [InlineData("필요한", "필요")]
    [InlineData("구성된", "구성")]
    [InlineData("활용되는", "활용")]
    [InlineData("연계됨", "연계")]
    [InlineData("상용화된", "상용화")]
    [InlineData("상용화를", "상용화")]
    [InlineData("고도화하는", "고도화")]
    [InlineData("혁신적인", "혁신")]
    [InlineData("기술적으로", "기술")]
    public void Strip_ParticleOrEnding_ReturnsStem(string token, string stem)
    {
        Assert.Equal(stem, KoreanSuffixStripper.Strip(token));
    }

    [Theory]
    // Ambiguous one-syllable endings need a stem of two syllables.
    [InlineData("정도")]
    [InlineData("반도")]
    [InlineData("높이")]
    [InlineData("하나")]
    [InlineData("천만")]
    [InlineData("회의")]
    [InlineData("역할")]
    // The sound condition refuses the split.
    [InlineData("국가")]
    [InlineData("평가")]
    [InlineData("사과")]
    [InlineData("효과")]
    [InlineData("경로")]
    [InlineData("수은")]
    [InlineData("마을")]
    [InlineData("이란")]
    // Protected nouns, alone and at the end of compounds.
    [InlineData("한반도")]
    [InlineData("연구성과")]
    [InlineData("평가결과")]
    [InlineData("지원제도")]
    [InlineData("해상도")]
    [InlineData("반응속도")]
    [InlineData("전자회로")]
    [InlineData("원자로")]
    [InlineData("마이크로")]
    [InlineData("세미나")]
    [InlineData("안테나")]
    [InlineData("코로나")]
    [InlineData("차이나")]
    [InlineData("미포함")]
    [InlineData("출력제한")]
    [InlineData("연구기한")]
    [InlineData("성능저하")]
    [InlineData("협의")]
    // Nothing to strip.
    [InlineData("반도체")]
    [InlineData("표준설계")]
    [InlineData("미니팹")]
    [InlineData("액화수소")]
    public void Strip_WordThatOnlyLooksInflected_IsLeftWhole(string token)
    {
        Assert.Equal(token, KoreanSuffixStripper.Strip(token));
    }

    [Theory]
    [InlineData("국가가", "국가")]
    [InlineData("정도를", "정도")]
    [InlineData("성과를", "성과")]
    [InlineData("결과도", "결과")]
    [InlineData("해상도가", "해상도")]
    [InlineData("회의를", "회의")]
    [InlineData("회로의", "회로")]
    [InlineData("목적으로", "목적")]
    [InlineData("대면적으로", "대면적")]
    [InlineData("지하는", "지하")]
    [InlineData("저하된", "저하")]
    [InlineData("포함한", "포함")]
    [InlineData("제한을", "제한")]
    [InlineData("정부가", "정부")]
    [InlineData("사회의", "사회")]
    [InlineData("만족도", "만족")]
    public void Strip_ProtectedOrAmbiguousNounWithParticle_StripsOnlyTheParticle(string token, string stem)
    {
        Assert.Equal(stem, KoreanSuffixStripper.Strip(token));
    }

    [Theory]
    [InlineData("2차전지를", "2차전지")]
    [InlineData("sic기판을", "sic기판")]
    [InlineData("ai와", "ai")]
    [InlineData("ai는", "ai")]
    [InlineData("ai가", "ai")]
    [InlineData("sic의", "sic")]
    [InlineData("3만", "3만")]
    [InlineData("10도", "10도")]
    [InlineData("euv용", "euv용")]
    [InlineData("12인치", "12인치")]
    public void Strip_MixedToken_CountsNonHangulPrefixAsStem(string token, string stem)
    {
        Assert.Equal(stem, KoreanSuffixStripper.Strip(token));
    }

    [Theory]
    [InlineData("을")]
    [InlineData("의")]
    [InlineData("에서")]
    [InlineData("에게서")]
    [InlineData("batteries")]
    [InlineData("")]
    public void Strip_NothingWouldRemainOrNotHangul_ReturnsTokenUnchanged(string token)
    {
        Assert.Equal(token, KoreanSuffixStripper.Strip(token));
    }

    [Fact]
    public void StemLength_Span_IsLengthOfPrefix()
    {
        Assert.Equal(3, KoreanSuffixStripper.StemLength("반도체에서는".AsSpan()));
        Assert.Equal("반도체", KoreanSuffixStripper.Strip("반도체에서는".AsSpan()).ToString());
    }

    [Fact]
    public void Strip_UnchangedToken_ReturnsSameInstance()
    {
        const string token = "반도체";

        Assert.Same(token, KoreanSuffixStripper.Strip(token));
    }
}
