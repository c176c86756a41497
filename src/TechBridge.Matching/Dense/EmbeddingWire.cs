using System.Text;
using System.Text.Json;

namespace TechBridge.Matching.Dense;

/// <summary>
/// The OpenAI embeddings wire format: writes <c>{"model":…,"input":[…]}</c> and reads
/// <c>{"data":[{"index":0,"embedding":[…]},…]}</c> and <c>{"error":{"message":…}}</c> bodies.
/// </summary>
internal static class EmbeddingWire
{
    private const int MaxErrorSnippet = 300;

    public static byte[] WriteRequest(string model, IReadOnlyList<string> inputs, int? dimensions)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("model", model);
            writer.WriteStartArray("input");
            foreach (var input in inputs)
            {
                writer.WriteStringValue(input);
            }

            writer.WriteEndArray();
            if (dimensions is { } dims)
            {
                writer.WriteNumber("dimensions", dims);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The vectors of a success body, ordered by their <c>index</c>; throws <see cref="EmbeddingException"/> on any defect.</summary>
    public static float[][] ReadResponse(byte[] body, int expectedCount, int? expectedDimensions)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new EmbeddingException($"The embedding service answered with malformed JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                throw new EmbeddingException("The embedding response has no \"data\" array.");
            }

            var count = data.GetArrayLength();
            if (count != expectedCount)
            {
                throw new EmbeddingException($"The embedding service returned {count} embeddings for {expectedCount} inputs.");
            }

            var vectors = new float[count][];
            var position = 0;
            foreach (var item in data.EnumerateArray())
            {
                var index = ReadIndex(item, position, count);
                if (vectors[index] is not null)
                {
                    throw new EmbeddingException($"The embedding response repeats index {index}.");
                }

                vectors[index] = ReadVector(item, index);
                position++;
            }

            var dimensions = expectedDimensions ?? vectors[0].Length;
            for (var i = 0; i < vectors.Length; i++)
            {
                if (vectors[i].Length != dimensions)
                {
                    throw new EmbeddingException(
                        $"Inconsistent embedding dimensions: input {i} has {vectors[i].Length}, expected {dimensions}.");
                }
            }

            return vectors;
        }
    }

    /// <summary>The human-readable message of an error body (OpenAI <c>{"error":{"message":…}}</c> and common variants), else a snippet of it.</summary>
    public static string? ReadErrorMessage(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("error", out var error))
                {
                    if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                    {
                        return message.GetString();
                    }

                    if (error.ValueKind == JsonValueKind.String)
                    {
                        return error.GetString();
                    }
                }

                if (root.TryGetProperty("message", out var plain) && plain.ValueKind == JsonValueKind.String)
                {
                    return plain.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall through to a snippet of the text.
        }

        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaxErrorSnippet * 4)).Trim();
        return text.Length <= MaxErrorSnippet ? text : text[..MaxErrorSnippet] + "…";
    }

    private static int ReadIndex(JsonElement item, int position, int count)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new EmbeddingException($"Embedding response item {position} is not an object.");
        }

        if (!item.TryGetProperty("index", out var indexElement))
        {
            return position;
        }

        if (indexElement.ValueKind != JsonValueKind.Number || !indexElement.TryGetInt32(out var index) || index < 0 || index >= count)
        {
            throw new EmbeddingException($"Embedding response item {position} has an invalid index {indexElement.GetRawText()} (expected 0 to {count - 1}).");
        }

        return index;
    }

    private static float[] ReadVector(JsonElement item, int index)
    {
        if (!item.TryGetProperty("embedding", out var embedding) || embedding.ValueKind != JsonValueKind.Array)
        {
            throw new EmbeddingException($"Embedding {index} is missing or is not an array of numbers.");
        }

        var vector = new float[embedding.GetArrayLength()];
        if (vector.Length == 0)
        {
            throw new EmbeddingException($"Embedding {index} is empty.");
        }

        var i = 0;
        foreach (var value in embedding.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetSingle(out var number) || !float.IsFinite(number))
            {
                throw new EmbeddingException($"Embedding {index} has a non-numeric or non-finite value at position {i}.");
            }

            vector[i++] = number;
        }

        return vector;
    }
}
