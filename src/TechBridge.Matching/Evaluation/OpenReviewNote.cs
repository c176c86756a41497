using System.Text.Json;

namespace TechBridge.Matching.Evaluation;

/// <summary>The fields of an OpenReview note the expertise formats use; any may be missing.</summary>
internal readonly record struct NoteFields(string? Id, string? Title, string? Abstract);

/// <summary>
/// Reads an OpenReview note object: <c>{"id": …, "content": {"title": …, "abstract": …}, …}</c>. Content values
/// may be plain (API v1: <c>"title": "…"</c>) or wrapped (API v2: <c>"title": {"value": "…"}</c>), missing or
/// null. A note without <c>content</c> may carry <c>title</c>/<c>abstract</c> at the top level. Other
/// properties are skipped.
/// </summary>
internal static class OpenReviewNote
{
    /// <summary>Reads the note whose <c>StartObject</c> the reader is on; returns on its <c>EndObject</c>.</summary>
    public static NoteFields Read(ref Utf8JsonReader reader)
    {
        string? id = null, title = null, abstractText = null, topTitle = null, topAbstract = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.TokenType == JsonTokenType.Null ? null : JsonValues.ReadId(ref reader, "expected 'id' to be a string or a number");
            }
            else if (reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadContent(ref reader, out title, out abstractText);
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw new JsonShapeException("expected 'content' to be an object with 'title' and 'abstract'", reader.TokenStartIndex);
                }
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                reader.Read();
                topTitle = ReadWrapped(ref reader, "title");
            }
            else if (reader.ValueTextEquals("abstract"u8))
            {
                reader.Read();
                topAbstract = ReadWrapped(ref reader, "abstract");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new NoteFields(id, title ?? topTitle, abstractText ?? topAbstract);
    }

    private static void ReadContent(ref Utf8JsonReader reader, out string? title, out string? abstractText)
    {
        title = null;
        abstractText = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("title"u8))
            {
                reader.Read();
                title = ReadWrapped(ref reader, "content.title");
            }
            else if (reader.ValueTextEquals("abstract"u8))
            {
                reader.Read();
                abstractText = ReadWrapped(ref reader, "content.abstract");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    /// <summary>A plain value (string, number, null) or one wrapped as <c>{"value": …}</c>.</summary>
    private static string? ReadWrapped(ref Utf8JsonReader reader, string name)
    {
        var expected = $"expected '{name}' to be a string, null or {{\"value\": string}}";
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return JsonValues.ReadOptionalText(ref reader, expected);
        }

        string? value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                value = JsonValues.ReadOptionalText(ref reader, expected);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return value;
    }
}
