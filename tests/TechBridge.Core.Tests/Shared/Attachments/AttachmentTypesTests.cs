using System.Text;
using TechBridge.Core.Shared.Attachments;

namespace TechBridge.Core.Tests.Shared.Attachments;

public sealed class AttachmentTypesTests
{
    public static TheoryData<string, byte[], bool> Files() => new()
    {
        { "photo.png", TestFiles.Png(), true },
        { "PHOTO.JPG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], true },
        { "photo.webp", TestFiles.WebP(), true },
        { "report.pdf", TestFiles.Pdf(), true },
        { "report.docx", TestFiles.Zip(), true },
        { "sheet.xlsx", TestFiles.Zip(), true },
        { "slides.pptx", TestFiles.Zip(), true },
        { "보고서.hwp", TestFiles.Hwp(), true },
        { "보고서.hwpx", TestFiles.Zip(), true },
        { "data.zip", TestFiles.Zip(), true },
        { "notes.txt", TestFiles.Text("측정 결과\r\n\t1.5 mm"), true },
        { "table.csv", Encoding.Latin1.GetBytes("a,b\n\xC7\xD1,1\n"), true },
        { "photo.png", TestFiles.Exe(), false },
        { "report.pdf", TestFiles.Png(), false },
        { "report.docx", TestFiles.Pdf(), false },
        { "보고서.hwp", TestFiles.Zip(), false },
        { "notes.txt", TestFiles.Exe(), false },
        { "table.csv", TestFiles.Png(), false },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Matches_ExtensionAndFirstBytes_AcceptsOnlyTheKindTheExtensionNames(string fileName, byte[] bytes, bool accepted)
    {
        var type = AttachmentTypes.ForExtension(fileName);

        Assert.NotNull(type);
        Assert.Equal(accepted, type.Matches(bytes));
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("script.js")]
    [InlineData("page.html")]
    [InlineData("image.svg")]
    [InlineData("noextension")]
    [InlineData("photo.png.exe")]
    public void ForExtension_NotAllowedExtension_IsNull(string fileName) => Assert.Null(AttachmentTypes.ForExtension(fileName));

    [Fact]
    public void ForExtension_Photos_AreImages() =>
        Assert.Equal(["JPEG", "PNG", "WebP"], AttachmentTypes.All.Where(t => t.IsImage).Select(t => t.Name).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("../../etc/passwd.png", "passwd.png")]
    [InlineData(@"C:\Users\kim\Desktop\장비 사진.jpg", "장비 사진.jpg")]
    [InlineData("a\u0000b\u202Egnp.exe.txt", "a_b_gnp.exe.txt")]
    [InlineData("  ..hidden.pdf. ", "hidden.pdf")]
    [InlineData("what?<>|.pdf", "what____.pdf")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Sanitise_UploadedName_KeepsOnlyASafeLastSegment(string? uploaded, string expected) =>
        Assert.Equal(expected, AttachmentFileNames.Sanitise(uploaded));

    [Fact]
    public void Sanitise_DecomposedKoreanOrLongName_IsComposedAndCutKeepingTheExtension()
    {
        Assert.Equal("보고서.pdf", AttachmentFileNames.Sanitise("보고서.pdf".Normalize(NormalizationForm.FormD)));
        var cut = AttachmentFileNames.Sanitise(new string('가', 300) + ".hwpx");
        Assert.Equal(AttachmentFileNames.MaxLength, cut.Length);
        Assert.EndsWith("가.hwpx", cut, StringComparison.Ordinal);
    }
}
