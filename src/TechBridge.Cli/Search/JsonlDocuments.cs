using System.Text.Json;
using TechBridge.Matching.Index;

namespace TechBridge.Cli.Search;

/// <summary>
/// Documents for <c>techbridge index</c>: one JSON object per line with <c>id</c> (or <c>_id</c>) and any of
/// <c>title</c>, <c>keywords</c>, <c>summary</c>, <c>body</c> (or <c>text</c>), plus optional facets
/// <c>type</c>, <c>fields</c> (array), <c>industry</c>, <c>stage</c>, <c>trlMin</c>, <c>trlMax</c>, <c>country</c>.
/// </summary>
internal static class JsonlDocuments
{
    public static IEnumerable<MatchDocument> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"input file '{path}' not found.");
        }

        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            MatchDocument document;
            try
            {
                using var json = JsonDocument.Parse(text);
                document = ToDocument(json.RootElement);
            }
            catch (JsonException ex)
            {
                throw new CliUsageException($"{path} line {line}: expected one JSON object per line ({ex.Message}).");
            }
            catch (InvalidOperationException ex)
            {
                throw new CliUsageException($"{path} line {line}: {ex.Message}");
            }

            yield return document;
        }
    }

    private static MatchDocument ToDocument(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException("expected a JSON object");
        }

        var id = Text(root, "id") ?? Text(root, "_id") ?? throw new InvalidOperationException("expected a string or number 'id' (or '_id')");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, source) in new[] { ("title", "title"), ("keywords", "keywords"), ("summary", "summary"), ("body", "body"), ("body", "text") })
        {
            if (Text(root, source) is { } value)
            {
                fields[name] = fields.TryGetValue(name, out var existing) ? existing + " " + value : value;
            }
        }

        var facets = new DocumentFacets
        {
            EntityType = Text(root, "type"),
            Fields = root.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array ? [.. f.EnumerateArray().Select(e => e.ToString())] : [],
            Industry = Text(root, "industry"),
            RndStage = Text(root, "stage"),
            TrlMin = root.TryGetProperty("trlMin", out var min) && min.ValueKind == JsonValueKind.Number ? min.GetInt32() : null,
            TrlMax = root.TryGetProperty("trlMax", out var max) && max.ValueKind == JsonValueKind.Number ? max.GetInt32() : null,
            Country = Text(root, "country"),
        };
        return new MatchDocument(id, fields, facets);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
