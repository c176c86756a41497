using System.Text.Json;

namespace TechBridge.Core.Data.Seeding;

/// <summary>Reads the reference data shipped in <c>data/seed/</c> (copied beside the assembly as <c>seed/</c>).</summary>
public static class SeedFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static string Directory { get; set; } = Path.Combine(AppContext.BaseDirectory, "seed");

    public static IReadOnlyList<T> Read<T>(string fileName) => ReadFrom<T>(Directory, fileName);

    /// <summary>As <see cref="Read{T}"/>, from another folder of seed files (the command line's copy).</summary>
    public static IReadOnlyList<T> ReadFrom<T>(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Reference data file '{fileName}' is missing from '{directory}'.", path);
        }

        using var stream = File.OpenRead(path);
        try
        {
            return JsonSerializer.Deserialize<List<T>>(stream, Json) ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Reference data file '{fileName}' is malformed: {ex.Message}", ex);
        }
    }
}
