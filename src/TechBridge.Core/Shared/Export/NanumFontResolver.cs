using PdfSharp.Fonts;

namespace TechBridge.Core.Shared.Export;

/// <summary>
/// Gives PDFsharp NanumGothic (regular and bold) from Debian's <c>fonts-nanum</c>, so Korean text renders and embeds.
/// The directory can be moved with TECHBRIDGE_FONT_DIR. PDFsharp takes one resolver per process: <see cref="EnsureInstalled"/>.
/// </summary>
public sealed class NanumFontResolver : IFontResolver
{
    public const string Family = "NanumGothic";
    private const string Regular = "NanumGothic";
    private const string Bold = "NanumGothicBold";
    private static readonly Lock Gate = new();

    public static string Directory =>
        Environment.GetEnvironmentVariable("TECHBRIDGE_FONT_DIR") is { Length: > 0 } dir ? dir : "/usr/share/fonts/truetype/nanum";

    /// <summary>Installs the resolver once; throws with how to fix it when the font files are missing.</summary>
    public static void EnsureInstalled()
    {
        var missing = new[] { Regular, Bold }.Select(PathOf).Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The Korean font for PDF files is missing ({string.Join(", ", missing)}). Install the Debian package fonts-nanum "
                + "(apt-get install fonts-nanum) or point TECHBRIDGE_FONT_DIR at a folder with NanumGothic.ttf and NanumGothicBold.ttf.");
        }

        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not NanumFontResolver)
            {
                GlobalFontSettings.FontResolver = new NanumFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(PathOf(faceName == Bold ? Bold : Regular));

    private static string PathOf(string face) => Path.Combine(Directory, face + ".ttf");
}
