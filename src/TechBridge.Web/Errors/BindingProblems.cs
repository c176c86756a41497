using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Errors;

/// <summary>
/// Turns a request the framework could not bind (a query value of the wrong type, JSON of the wrong shape, an unknown
/// enum name, no body) into field messages: the JSON path or the parameter name becomes the field, so clients see
/// <c>errors: { "trlMin": [...] }</c> instead of a bare "malformed request".
/// </summary>
internal static partial class BindingProblems
{
    /// <summary>The field key used when the whole body is the problem.</summary>
    public const string Body = "body";

    public static Dictionary<string, string[]> Errors(BadHttpRequestException bad, IStringLocalizer<SharedResource> localizer)
    {
        ArgumentNullException.ThrowIfNull(bad);
        ArgumentNullException.ThrowIfNull(localizer);
        if (bad.InnerException is JsonException json)
        {
            var field = FieldFromPath(json.Path);
            return new() { [field ?? Body] = [localizer[field is null ? "Problem.MalformedJson" : "Problem.FieldFormat"]] };
        }

        var parameter = ParameterPattern().Match(bad.Message);
        if (!parameter.Success)
        {
            return [];
        }

        var fromBody = bad.Message.EndsWith("from body.", StringComparison.Ordinal) || bad.Message.Contains("request body", StringComparison.Ordinal);
        var name = fromBody ? Body : JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
        var missing = bad.Message.StartsWith("Required parameter", StringComparison.Ordinal);
        return new() { [name] = [localizer[missing ? "Problem.MissingValue" : "Problem.FieldFormat"]] };
    }

    /// <summary><c>$.fields[0]</c> → <c>fields[0]</c>; null for the root or no path.</summary>
    public static string? FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? null : field;
    }

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\"")]
    private static partial Regex ParameterPattern();
}
