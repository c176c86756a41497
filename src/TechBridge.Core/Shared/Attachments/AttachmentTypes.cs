namespace TechBridge.Core.Shared.Attachments;

/// <summary>One accepted kind of file: its extensions, the content type it is served with, and how its first bytes look.</summary>
public sealed record AttachmentType(string Name, string ContentType, bool IsImage, IReadOnlyList<string> Extensions, Func<ReadOnlySpan<byte>, bool> Matches);

/// <summary>
/// The kinds of file an attachment may be. A file is accepted only when its extension names a kind AND its first bytes
/// are that kind's (a renamed program is refused). Office Open XML, HWPX and ZIP are all ZIP containers; HWP 5 is an OLE
/// compound file; text has no signature, so it must simply not look binary.
/// </summary>
public static class AttachmentTypes
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeaderLength = 8192;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZip = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static IReadOnlyList<AttachmentType> All { get; } =
    [
        new("PDF", "application/pdf", false, [".pdf"], h => h.StartsWith(Pdf)),
        new("PNG", "image/png", true, [".png"], h => h.StartsWith(Png)),
        new("JPEG", "image/jpeg", true, [".jpg", ".jpeg"], h => h.StartsWith(Jpeg)),
        new("WebP", "image/webp", true, [".webp"], h => h.Length >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8)),
        new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, [".docx"], IsZip),
        new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, [".xlsx"], IsZip),
        new("PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation", false, [".pptx"], IsZip),
        new("HWP", "application/x-hwp", false, [".hwp"], h => h.StartsWith(Ole)),
        new("HWPX", "application/hwp+zip", false, [".hwpx"], IsZip),
        new("TXT", "text/plain; charset=utf-8", false, [".txt"], IsText),
        new("CSV", "text/csv; charset=utf-8", false, [".csv"], IsText),
        new("ZIP", "application/zip", false, [".zip"], h => IsZip(h) || h.StartsWith(EmptyZip)),
    ];

    /// <summary>The extensions people may choose, for an <c>accept</c> attribute and for messages.</summary>
    public static string Extensions { get; } = ExtensionsOf(All);

    /// <summary>Documents and pictures to hand to someone deciding (a technology's brochure, slides, photos): PDF, PPTX, PNG, JPEG, WebP.</summary>
    public static IReadOnlyList<AttachmentType> Presentation { get; } =
        [.. All.Where(t => t.Name is "PDF" or "PPTX" || t.IsImage)];

    /// <summary>The extensions of <paramref name="types"/>, comma-separated, for an <c>accept</c> attribute and for messages.</summary>
    public static string ExtensionsOf(IEnumerable<AttachmentType> types) => string.Join(", ", types.SelectMany(t => t.Extensions));

    /// <summary>The kind the extension names among <paramref name="types"/> (all kinds when null), or null when it is not accepted.</summary>
    public static AttachmentType? ForExtension(string fileName, IEnumerable<AttachmentType>? types = null)
    {
        var extension = Path.GetExtension(fileName);
        return (types ?? All).FirstOrDefault(t => t.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    private static bool IsZip(ReadOnlySpan<byte> header) => header.StartsWith(Zip);

    /// <summary>Text (UTF-8, or a legacy Korean encoding such as CP949): no NUL and no control bytes but tab, line feed, form feed and carriage return.</summary>
    private static bool IsText(ReadOnlySpan<byte> header)
    {
        foreach (var b in header)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r' or 0x1A))
            {
                return false;
            }
        }

        return true;
    }
}
