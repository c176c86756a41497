using System.Globalization;
using System.Text;

namespace TechBridge.Core.Shared.Attachments;

/// <summary>
/// Makes an uploaded file name safe to store, show and offer for download: the last path segment only (either slash),
/// Unicode NFC (macOS sends Korean names decomposed), no control or reserved characters, no leading or trailing dots or
/// spaces, at most <see cref="MaxLength"/> characters with the extension kept. Never used as a path on disk.
/// </summary>
public static class AttachmentFileNames
{
    public const int MaxLength = 200;

    private const string Reserved = "<>:\"/\\|?*";

    public static string Sanitise(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);
        var clean = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var unsafeRune = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || (rune.IsAscii && Reserved.Contains((char)rune.Value, StringComparison.Ordinal));
            clean.Append(unsafeRune ? "_" : rune.ToString());
        }

        name = clean.ToString().Trim().Trim('.').Trim();
        if (name.Length > MaxLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length > 16 ? string.Empty : extension;
            var stem = name[..^extension.Length];
            var cut = MaxLength - extension.Length;
            // Never split a surrogate pair.
            if (char.IsHighSurrogate(stem[cut - 1]))
            {
                cut--;
            }

            name = stem[..cut].TrimEnd() + extension;
        }

        return name;
    }
}
