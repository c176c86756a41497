using System.Text.Json;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Web.Errors;

/// <summary>
/// Reads a JSON body once, before binding, for what no input may hold whatever its type: strings with control
/// characters and nulls inside arrays. Each is reported at its path (<c>fields[0]</c>, <c>name</c>). Malformed JSON is
/// left for binding to report.
/// </summary>
internal static class JsonInputScan
{
    private const int MaxReported = 20;

    public static void Check(ReadOnlySpan<byte> json, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        var frames = new List<Frame>();
        var reported = 0;
        try
        {
            while (reader.Read() && reported < MaxReported)
            {
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    frames[^1].Property = reader.GetString();
                    continue;
                }

                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1].Index++;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        frames.Add(new Frame(IsArray: false));
                        break;
                    case JsonTokenType.StartArray:
                        frames.Add(new Frame(IsArray: true));
                        break;
                    case JsonTokenType.String when TextInput.HasForbiddenCharacters(reader.GetString()):
                        errors.Add(Path(frames), CoreMessages.Get("Validation.ControlCharacters"));
                        reported++;
                        break;
                    case JsonTokenType.Null when frames.Count > 0 && frames[^1].IsArray:
                        errors.Add(Path(frames), CoreMessages.Get("Validation.NullItem"));
                        reported++;
                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON or an undecodable string: binding reports it with its path.
        }
    }

    private static string Path(List<Frame> frames)
    {
        var path = new System.Text.StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Property is not null)
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(frame.Property);
            }
        }

        return path.Length == 0 ? BindingProblems.Body : path.ToString();
    }

    private sealed record Frame(bool IsArray)
    {
        public int Index { get; set; } = -1;
        public string? Property { get; set; }
    }
}
