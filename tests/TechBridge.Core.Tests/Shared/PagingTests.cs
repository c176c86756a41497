using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Tests.Shared;

public sealed class PagingTests
{
    [Theory]
    [InlineData(107_374_184, 20, "page")]
    [InlineData(int.MaxValue, 20, "page")]
    [InlineData(0, 20, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, 201, "pageSize")]
    public void Of_OutOfRange_ThrowsWithTheField(int page, int size, string field)
    {
        var invalid = Assert.Throws<ValidationFailedException>(() => PageRequest.Of(page, size));

        Assert.Equal([field], invalid.Errors.Keys);
    }

    [Fact]
    public void Of_LargestAllowed_SkipFitsAnInt()
    {
        var request = PageRequest.Of(PageRequest.MaxPage, PageRequest.MaxSize);

        Assert.Equal((long)(PageRequest.MaxPage - 1) * PageRequest.MaxSize, request.Skip);
    }

    [Fact]
    public void Of_Missing_IsFirstPageOfDefaultSize() =>
        Assert.Equal(new PageRequest(1, PageRequest.DefaultSize), PageRequest.Of(null, null));
}
