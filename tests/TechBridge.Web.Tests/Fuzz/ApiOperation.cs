using System.Text.Json.Nodes;

namespace TechBridge.Web.Tests.Fuzz;

/// <summary>One operation of the OpenAPI document, with its parameters and body schema resolved.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, string? BodyContentType, JsonObject? BodySchema)
{
    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation of <paramref name="document"/>, <c>$ref</c>s resolved against its components.</summary>
    public static IReadOnlyList<ApiOperation> Read(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var schemas = document["components"]?["schemas"] as JsonObject;
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                if (node is not JsonObject operation || method == "parameters")
                {
                    continue;
                }

                var parameters = (operation["parameters"] as JsonArray ?? [])
                    .OfType<JsonObject>()
                    .Select(p => new ApiParameter(p["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), Resolve(p["schema"] as JsonObject, schemas)))
                    .ToList();
                var content = operation["requestBody"]?["content"] as JsonObject;
                var (contentType, schema) = content?.FirstOrDefault() is { Key: { } type } body ? (type, Resolve(body.Value?["schema"] as JsonObject, schemas)) : (null, null);
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, contentType, schema));
            }
        }

        return operations;
    }

    /// <summary>The schema itself, or what its <c>$ref</c> (or a nullable one-of) points at, with object properties resolved one level.</summary>
    public static JsonObject? Resolve(JsonObject? schema, JsonObject? schemas, int depth = 0)
    {
        if (schema is null || depth > 4)
        {
            return schema;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Resolve(schemas?[reference.Split('/')[^1]] as JsonObject, schemas, depth + 1);
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[combinator] is JsonArray options
                && options.OfType<JsonObject>().FirstOrDefault(o => SchemaType.Of(o) != "null") is { } first)
            {
                return Resolve(first, schemas, depth + 1);
            }
        }

        if (schema["properties"] is JsonObject properties)
        {
            var resolved = new JsonObject();
            foreach (var (name, property) in properties)
            {
                resolved[name] = Resolve(property as JsonObject, schemas, depth + 1)?.DeepClone();
            }

            var copy = schema.DeepClone().AsObject();
            copy["properties"] = resolved;
            return copy;
        }

        if (schema["items"] is JsonObject items)
        {
            var copy = schema.DeepClone().AsObject();
            copy["items"] = Resolve(items, schemas, depth + 1)?.DeepClone();
            return copy;
        }

        return schema;
    }
}

/// <summary>A query, route or header parameter.</summary>
public sealed record ApiParameter(string Name, string In, JsonObject? Schema);

/// <summary>The JSON type a schema describes (<c>type: ["null","integer"]</c> → integer; an <c>enum</c> → enum).</summary>
public static class SchemaType
{
    public static string Of(JsonObject? schema)
    {
        if (schema is null)
        {
            return "string";
        }

        if (schema["enum"] is JsonArray)
        {
            return "enum";
        }

        return schema["type"] switch
        {
            JsonValue single => single.GetValue<string>(),
            JsonArray many => many.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
            _ => schema["properties"] is not null ? "object" : "string",
        };
    }

    public static string? Format(JsonObject? schema) => schema?["format"]?.GetValue<string>();

    public static IReadOnlyList<string> EnumValues(JsonObject? schema) =>
        schema?["enum"] is JsonArray values ? [.. values.Where(v => v is JsonValue).Select(v => v!.ToString())] : [];
}
