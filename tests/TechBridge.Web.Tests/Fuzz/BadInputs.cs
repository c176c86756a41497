using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TechBridge.Web.Tests.Fuzz;

/// <summary>
/// The bad inputs tried on every operation: per query or route parameter, per body property, and for the body as a
/// whole. Ids are always random unknown GUIDs, so no DELETE or state-changing POST touches the shared demo rows.
/// </summary>
public static class BadInputs
{
    /// <summary>One megabyte of text, shared by every request that sends it.</summary>
    public static readonly string Megabyte = new('가', 1024 * 1024 / 3);

    private static readonly string[] ControlText = ["\u0000", "a\u0001b", "x\u0085y"];

    private static readonly string[] IntegerText = ["abc", "-1", "2147483647", "107374184", "99999999999999999999"];

    /// <summary>Every request for <paramref name="operation"/>: a plain one, then one bad value at a time.</summary>
    public static IEnumerable<FuzzRequest> For(ApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var route = operation.Parameters.Where(p => p.In == "path").ToDictionary(p => p.Name, p => UnknownValue(p.Schema));
        var query = new Dictionary<string, string>();
        var body = operation.BodySchema is null ? null : BaseBody(operation.BodySchema);
        var contentType = operation.BodyContentType;
        yield return Request(operation, route, query, body, contentType, "plain");

        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            foreach (var value in new[] { "x", "-1", "zz-unknown" })
            {
                yield return Request(operation, new(route) { [parameter.Name] = value }, query, body, contentType, $"route {parameter.Name}={value}");
            }
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            foreach (var value in QueryValues(parameter.Schema))
            {
                yield return Request(operation, route, new() { [parameter.Name] = value }, body, contentType, $"query {parameter.Name}={Show(value)}");
            }
        }

        if (operation.Parameters.Any(p => p.Name == "page") && operation.Parameters.Any(p => p.Name == "pageSize"))
        {
            yield return Request(operation, route, new() { ["page"] = "107374184", ["pageSize"] = "20" }, body, contentType, "query page=107374184&pageSize=20");
        }

        if (contentType is null)
        {
            yield break;
        }

        foreach (var (raw, type, description) in WholeBodies(contentType))
        {
            yield return new FuzzRequest(operation.Method, Url(operation, route, query), description, raw, type);
        }

        if (body is JsonObject baseObject && operation.BodySchema?["properties"] is JsonObject properties)
        {
            foreach (var (name, schema) in properties)
            {
                foreach (var value in PropertyValues(schema as JsonObject))
                {
                    var mutated = baseObject.DeepClone().AsObject();
                    mutated[name] = value?.DeepClone();
                    yield return Request(operation, route, query, mutated, contentType, $"body {name}={Show(value?.ToJsonString() ?? "null")}");
                }
            }
        }
    }

    private static FuzzRequest Request(
        ApiOperation operation, Dictionary<string, string> route, Dictionary<string, string> query, JsonNode? body, string? contentType, string description)
    {
        var bytes = contentType is null ? null
            : contentType.Contains("json", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(body?.ToJsonString() ?? "{}")
            : contentType.Contains("form", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes("fuzz=1")
            : Encoding.UTF8.GetBytes("ko,en,fields,note\n퍼즈,fuzz,IP,\n");
        return new FuzzRequest(operation.Method, Url(operation, route, query), description, bytes, contentType);
    }

    private static string Url(ApiOperation operation, Dictionary<string, string> route, Dictionary<string, string> query)
    {
        var path = operation.Path;
        foreach (var (name, value) in route)
        {
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return query.Count == 0 ? path : path + "?" + string.Join('&', query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
    }

    private static string UnknownValue(JsonObject? schema) =>
        SchemaType.Format(schema) == "uuid" ? Guid.NewGuid().ToString()
        : SchemaType.Of(schema) == "integer" ? "987654"
        : "zz-unknown";

    private static IEnumerable<string> QueryValues(JsonObject? schema)
    {
        var type = SchemaType.Of(schema);
        if (type is "integer" or "number")
        {
            return IntegerText;
        }

        if (SchemaType.Format(schema) == "uuid")
        {
            return ["x", Guid.NewGuid().ToString(), "\u0000"];
        }

        if (SchemaType.Format(schema) is "date" or "date-time")
        {
            return ["2026-13-45", "9999-12-31", "0001-01-01"];
        }

        return type switch
        {
            "boolean" => ["maybe", "2"],
            "enum" => ["Nope", "1", "\u0000"],
            _ => [.. ControlText, "zz-unknown", new string('x', 10_000)],
        };
    }

    private static IEnumerable<JsonNode?> PropertyValues(JsonObject? schema)
    {
        JsonNode?[] common = [null, true, new JsonArray((JsonNode?)null), JsonValue.Create(Guid.NewGuid())];
        JsonNode?[] numbers = [JsonValue.Create(1e30), JsonValue.Create(2147483648L), JsonValue.Create(-1), JsonValue.Create("abc")];
        var type = SchemaType.Of(schema);
        return type switch
        {
            "integer" or "number" => [.. common, .. numbers],
            "array" => [.. common, new JsonArray(JsonValue.Create("\u0000")), new JsonArray(JsonValue.Create("zz-unknown")), new JsonArray(JsonValue.Create(1)),
                new JsonArray(JsonValue.Create(new string('A', 28_889))), new JsonArray(Enumerable.Range(0, 500).Select(i => (JsonNode?)JsonValue.Create($"C{i}")).ToArray())],
            "enum" => [.. common, JsonValue.Create(1), JsonValue.Create("Nope")],
            "boolean" => [.. common, JsonValue.Create("yes")],
            "object" => [.. common, JsonValue.Create(12345)],
            _ => [.. common, JsonValue.Create(12345), .. ControlText.Select(t => JsonValue.Create(t)), JsonValue.Create(Megabyte), JsonValue.Create("zz-unknown"), JsonValue.Create("")],
        };
    }

    private static IEnumerable<(byte[] Body, string? Type, string Description)> WholeBodies(string contentType)
    {
        if (contentType.Contains("form", StringComparison.Ordinal))
        {
            yield return (Encoding.UTF8.GetBytes("a=%00&b=%01"), contentType, "form with control characters");
            yield return (Encoding.UTF8.GetBytes("a=" + new string('x', 5 * 1024 * 1024)), contentType, "form with a 5 MB value");
            yield break;
        }

        if (!contentType.Contains("json", StringComparison.Ordinal))
        {
            yield return (Encoding.UTF8.GetBytes("ko,en,fields,note\n\u0000,x,IP,\n"), contentType, "body csv with NUL");
            yield return (Encoding.UTF8.GetBytes($"ko,en,fields,note\n퍼즈,{Megabyte},{new string('A', 28_889)},\n"), contentType, "body csv with 1 MB cells");
            yield return ([], contentType, "body empty");
            yield return ([0xff, 0xfe, 0x00], contentType, "body not UTF-8");
            yield break;
        }

        foreach (var raw in new[] { "{", "", "null", "[]", "[null]", "{\"x\":\"\\ud800\"}", "12345" })
        {
            yield return (Encoding.UTF8.GetBytes(raw), contentType, $"body {Show(raw)}");
        }

        yield return ([0xff, 0xfe, 0x00], contentType, "body not UTF-8");
        yield return (Encoding.UTF8.GetBytes("{}"), "text/plain", "body as text/plain");
    }

    private static JsonNode? BaseBody(JsonObject schema)
    {
        var type = SchemaType.Of(schema);
        if (type != "object" || schema["properties"] is not JsonObject properties)
        {
            return Sample("value", schema);
        }

        var body = new JsonObject();
        foreach (var (name, property) in properties)
        {
            body[name] = Sample(name, property as JsonObject);
        }

        return body;
    }

    /// <summary>A plausible value, so the bad one next to it gets as far into the code as it can.</summary>
    private static JsonNode? Sample(string name, JsonObject? schema)
    {
        var lower = name.ToLowerInvariant();
        return SchemaType.Of(schema) switch
        {
            "enum" => JsonValue.Create(SchemaType.EnumValues(schema) is [var first, ..] ? first : "x"),
            "integer" or "number" => JsonValue.Create(lower.Contains("trl", StringComparison.Ordinal) ? 5 : 1),
            "boolean" => JsonValue.Create(false),
            "array" when lower.Contains("countr", StringComparison.Ordinal) => new JsonArray(JsonValue.Create("KR")),
            "array" when lower.Contains("field", StringComparison.Ordinal) => new JsonArray(JsonValue.Create("SEMICONDUCTOR")),
            "array" => new JsonArray(),
            "object" => new JsonObject(),
            _ when SchemaType.Format(schema) == "uuid" => JsonValue.Create(Guid.NewGuid()),
            _ when lower.Contains("countr", StringComparison.Ordinal) => JsonValue.Create("KR"),
            _ when lower.Contains("industry", StringComparison.Ordinal) => JsonValue.Create("BIO"),
            _ when lower.Contains("email", StringComparison.Ordinal) => JsonValue.Create("not-an-email"),
            _ => JsonValue.Create("퍼즈 fuzz"),
        };
    }

    private static string Show(string value)
    {
        var shown = JsonSerializer.Serialize(value.Length > 40 ? value[..40] + $"…({value.Length} chars)" : value);
        return shown.Trim('"');
    }
}
