using System.Globalization;

namespace TechBridge.Core.Shared.Attachments;

/// <summary>A file size for people: "812 B", "4 KB", "1.5 MB", "20 MB" (binary units, as file managers show them).</summary>
public static class FileSizes
{
    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };
}
