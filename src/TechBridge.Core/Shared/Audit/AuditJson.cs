using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Shared.Audit;

/// <summary>
/// How before/after values are written and shown. Stored: JSON with Korean as UTF-8 text (not <c>\uXXXX</c>) and
/// instants in UTC with their offset, for machines. Shown (audit screen, exports): the same JSON with every instant
/// in KST ("yyyy-MM-dd HH:mm:ss KST"), like the time column beside it; older entries written with escapes read the same.
/// </summary>
public static partial class AuditJson
{
    /// <summary>Every letter as itself; only characters that are unsafe in HTML or JSON stay escaped.</summary>
    public static readonly JsonSerializerOptions StoreOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly JsonWriterOptions ReadableWriter = new() { Encoder = StoreOptions.Encoder };

    public static string Serialize(object values) => JsonSerializer.Serialize(values, StoreOptions);

    /// <summary>The stored JSON for people: Korean unescaped, instants in KST. Text that is not JSON comes back unchanged.</summary>
    public static string? Readable(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return json;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return json;
        }

        using (document)
        using (var buffer = new MemoryStream())
        {
            using (var writer = new Utf8JsonWriter(buffer, ReadableWriter))
            {
                Write(document.RootElement, writer);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }

    private static void Write(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(property.Value, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, writer);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(ShowInstant(element.GetString()!));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static string ShowInstant(string value) =>
        InstantPattern().IsMatch(value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant)
            ? Kst.ToKst(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " KST"
            : value;

    /// <summary>An ISO 8601 date and time with an offset, as System.Text.Json writes a DateTimeOffset.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex InstantPattern();
}
