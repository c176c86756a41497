using TechBridge.Core.Accounts;

namespace TechBridge.Core.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("abcdefghi1")]
    [InlineData("TechBridge-2026")]
    [InlineData("비밀번호는열글자이상1")]
    [InlineData("correct horse battery staple 42")]
    public void IsSatisfiedBy_LettersAndDigitsOfTenOrMoreCharacters_ReturnsTrue(string password)
    {
        Assert.True(PasswordPolicy.IsSatisfiedBy(password));
    }

    [Theory]
    [InlineData("abcdefgh1")]
    [InlineData("abcdefghij")]
    [InlineData("1234567890")]
    [InlineData("!@#$%^&*()-+")]
    [InlineData("")]
    [InlineData(null)]
    public void IsSatisfiedBy_TooShortOrMissingLettersOrDigits_ReturnsFalse(string? password)
    {
        Assert.False(PasswordPolicy.IsSatisfiedBy(password));
    }

    [Fact]
    public void IsSatisfiedBy_ExactlyMaxLength_ReturnsTrueAndOneMoreReturnsFalse()
    {
        var longest = new string('a', PasswordPolicy.MaxLength - 1) + "1";

        Assert.True(PasswordPolicy.IsSatisfiedBy(longest));
        Assert.False(PasswordPolicy.IsSatisfiedBy(longest + "a"));
    }

    [Fact]
    public void IsSatisfiedBy_ExactlyMinLength_ReturnsTrueAndOneLessReturnsFalse()
    {
        var shortest = new string('a', PasswordPolicy.MinLength - 1) + "1";

        Assert.True(PasswordPolicy.IsSatisfiedBy(shortest));
        Assert.False(PasswordPolicy.IsSatisfiedBy(shortest[1..]));
    }
}
