using TechBridge.Core.Shared;

namespace TechBridge.Core.Tests.Shared;

public sealed class TextInputTests
{
    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("\u0001")]
    [InlineData("\u001b[31m")]
    [InlineData("\u007f")]
    [InlineData("next\u0085line")]
    public void HasForbiddenCharacters_ControlCharacter_IsTrue(string value) =>
        Assert.True(TextInput.HasForbiddenCharacters(value));

    [Theory]
    [InlineData(0xD800, 0)]
    [InlineData(0xDC00, 1)]
    public void HasForbiddenCharacters_HalfASurrogatePair_IsTrue(int surrogate, int position)
    {
        // Built here: attribute arguments are stored as UTF-8, which cannot hold half a pair.
        var value = "x".Insert(position, ((char)surrogate).ToString());

        Assert.True(TextInput.HasForbiddenCharacters(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("전고체 배터리\tsolid-state\r\nbattery")]
    [InlineData("emoji 🔋 and 한글")]
    public void HasForbiddenCharacters_OrdinaryText_IsFalse(string? value) =>
        Assert.False(TextInput.HasForbiddenCharacters(value));
}
