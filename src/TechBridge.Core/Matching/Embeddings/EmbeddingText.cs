using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using TechBridge.Matching.Index;

namespace TechBridge.Core.Matching.Embeddings;

/// <summary>
/// The text of a partner document that is embedded: its title (names), keywords (fields, industry, a person's keywords),
/// summary (position, affiliation, place) and the start of its body (description, bio, newest papers), cut at
/// <see cref="MaxLength"/> characters so one document stays well inside an embedding model's input limit.
/// </summary>
public static class EmbeddingText
{
    public const int MaxLength = 2000;

    private static readonly string[] Fields = ["title", "keywords", "summary", "body"];

    public static string Of(MatchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = string.Join("\n", Fields
            .Select(f => document.Text.TryGetValue(f, out var value) ? value.Trim() : string.Empty)
            .Where(v => v.Length > 0));
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        return text.Length > 0 ? text : document.Id;
    }

    /// <summary>A 64-bit hash of the text (the first 8 bytes of its SHA-256), to tell whether a document must be embedded again.</summary>
    public static ulong Hash(string text) => BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text ?? string.Empty)));
}
