using TechBridge.Core.Programs.Review.Conflicts;

namespace TechBridge.Core.Tests.Programs.Review.Conflicts;

public sealed class PersonNameKeyTests
{
    [Theory]
    [InlineData("이민준", "Lee Min-jun")]
    [InlineData("Lee Min-jun", "Yi Minjun")]
    [InlineData("Lee Min-jun", "Rhee Min Joon")]
    [InlineData("Lee Min-jun", "Lee, Minjoon")]
    [InlineData("Lee Min-jun", "Minjun Lee")]
    [InlineData("박지훈", "Park Ji-hoon")]
    [InlineData("박지훈", "Jihun Pak")]
    [InlineData("정현우", "Jung Hyun-woo")]
    [InlineData("정현우", "Chung Hyeonu")]
    [InlineData("최경수", "Choi Kyung-soo")]
    [InlineData("안석진", "Ahn Suk-jin")]
    [InlineData("서영호", "Suh Young-ho")]
    [InlineData("류성민", "Ryu Sung-min")]
    [InlineData("류성민", "Yoo Seongmin")]
    [InlineData("남궁민", "Namgoong Min")]
    [InlineData("김 병철", "Kim Byung-chul")]
    [InlineData("Smith, John", "John Smith")]
    [InlineData("Jürgen Müller", "Muller, Jurgen")]
    public void SamePerson_SpellingsOfOneName_Match(string a, string b)
    {
        Assert.True(PersonNameKey.SamePerson(a, b), $"{a} / {b}: {string.Join(' ', PersonNameKey.Of(a))} vs {string.Join(' ', PersonNameKey.Of(b))}");
    }

    [Theory]
    [InlineData("Lee Min-jun", "Lee Min-jin")]
    [InlineData("Kim Min-jun", "Lee Min-jun")]
    [InlineData("박지훈", "박지환")]
    [InlineData("이민준", "이준민")]
    [InlineData("John Smith", "Jane Smith")]
    [InlineData("정현우", "정현수")]
    public void SamePerson_DifferentPeople_DoNotMatch(string a, string b)
    {
        Assert.False(PersonNameKey.SamePerson(a, b), $"{a} / {b}: {string.Join(' ', PersonNameKey.Of(a))} vs {string.Join(' ', PersonNameKey.Of(b))}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Madonna")]
    [InlineData("김")]
    public void Of_NoFullName_HasNoKey(string? name)
    {
        Assert.Empty(PersonNameKey.Of(name));
    }

    [Fact]
    public void Romanize_Hangul_FollowsTheRevisedRomanizationSyllableBySyllable()
    {
        Assert.Equal("gimminjun", KoreanRomanization.Romanize("김민준"));
        Assert.Equal("hangyeol", KoreanRomanization.Romanize("한결"));
        Assert.Equal("choeseokjin", KoreanRomanization.Romanize("최석진"));
        Assert.Equal("TB-jeongbo", KoreanRomanization.Romanize("TB-정보"));
    }
}
