using System.Net.Http.Json;
using System.Text.Json;

namespace TechBridge.Web.Tests.Infrastructure;

/// <summary>Reads an RFC 9457 problem body.</summary>
public static class ProblemJson
{
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string[] FieldErrors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").EnumerateObject()
            .Where(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.EnumerateArray().Select(v => v.GetString()!))
            .ToArray();
}
