using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TechBridge.Matching.Evaluation;

/// <summary>Parses one UTF-8 JSON text (a line of a JSON Lines file, or a whole file) into a value.</summary>
internal delegate T Utf8JsonParser<T>(ReadOnlySpan<byte> json);

/// <summary>Small, strict-where-it-matters readers for the JSON shapes of the evaluation data sets.</summary>
internal static class JsonValues
{
    public static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the first token and requires it to start an object.</summary>
    public static void ReadStartObject(ref Utf8JsonReader reader, string expected)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonShapeException(expected, reader.TokenStartIndex);
        }
    }

    /// <summary>After the root value: nothing but whitespace may follow (the reader throws on trailing data).</summary>
    public static void ReadEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new JsonShapeException("expected nothing after the JSON value", reader.TokenStartIndex);
        }
    }

    /// <summary>The current value as an id: a JSON string, or a number kept as written (<c>42</c> → "42").</summary>
    public static string ReadId(ref Utf8JsonReader reader, string expected) => reader.TokenType switch
    {
        JsonTokenType.String => ReadString(ref reader),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        _ => throw new JsonShapeException(expected, reader.TokenStartIndex),
    };

    /// <summary>The current value as optional text: a string, a number or boolean as written, or null.</summary>
    public static string? ReadOptionalText(ref Utf8JsonReader reader, string expected) => reader.TokenType switch
    {
        JsonTokenType.String => ReadString(ref reader),
        JsonTokenType.Null => null,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => Encoding.UTF8.GetString(reader.ValueSpan),
        _ => throw new JsonShapeException(expected, reader.TokenStartIndex),
    };

    /// <summary>
    /// The current string or property name. Text that <see cref="Utf8JsonReader.GetString"/> rejects (invalid
    /// UTF-8 bytes, or a lone surrogate escape such as <c>\ud800</c>, which Python's <c>json.dumps</c> writes)
    /// is decoded leniently with U+FFFD in place of the bad part, so one odd document does not stop a data set.
    /// </summary>
    public static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return DecodeLeniently(reader.ValueSpan);
        }
    }

    private static string DecodeLeniently(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw); // invalid bytes become U+FFFD
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                builder.Append(c);
                continue;
            }

            var escape = text[++i];
            switch (escape)
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < text.Length
                    && ushort.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit):
                    builder.Append((char)unit);
                    i += 4;
                    break;
                default: builder.Append(escape); break; // \" \\ \/
            }
        }

        // Replace unpaired surrogates.
        for (var i = 0; i < builder.Length; i++)
        {
            if (char.IsHighSurrogate(builder[i]) && i + 1 < builder.Length && char.IsLowSurrogate(builder[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(builder[i]))
            {
                builder[i] = '\uFFFD';
            }
        }

        return builder.ToString();
    }

    /// <summary>Parses one line of a JSON Lines file, reporting any problem as a <see cref="DatasetFormatException"/> at that line.</summary>
    public static T ParseLine<T>(string path, JsonLine line, Utf8JsonParser<T> parse, string expected)
    {
        try
        {
            return parse(line.Utf8.Span);
        }
        catch (JsonShapeException ex)
        {
            throw new DatasetFormatException(path, line.Number, ex.Message, ex);
        }
        catch (JsonException ex)
        {
            throw new DatasetFormatException(path, line.Number, $"{expected} (invalid JSON: {Describe(ex)})", ex);
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader.GetString on invalid UTF-8 or lone surrogates.
            throw new DatasetFormatException(path, line.Number, $"{expected} ({ex.Message})", ex);
        }
    }

    /// <summary>The 1-based line of a byte offset in <paramref name="utf8"/>.</summary>
    public static long LineAt(ReadOnlySpan<byte> utf8, long byteOffset)
    {
        var upTo = (int)Math.Clamp(byteOffset, 0, utf8.Length);
        return utf8[..upTo].Count((byte)'\n') + 1;
    }

    /// <summary>The reader's message without its "LineNumber: … | BytePositionInLine: …" suffix.</summary>
    public static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (suffix > 0 ? message[..suffix] : message).TrimEnd('.', ' ');
        return ex.BytePositionInLine is { } column ? $"{text} at byte {column + 1}" : text;
    }
}
