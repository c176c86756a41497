using System.Reflection;
using Microsoft.AspNetCore.Components;
using TechBridge.Web.Components;

namespace TechBridge.Web.Tests.Fuzz;

/// <summary>
/// Every portal page's address with bad route and query values, found by reflection on the Web assembly
/// (<see cref="RouteAttribute"/> templates, <see cref="SupplyParameterFromQueryAttribute"/> properties), so a new page is
/// walked without anyone listing it here.
/// </summary>
public static class PageRoutes
{
    private static readonly string[] IntegerText = ["abc", "0", "24", "2147483647", "107374184", "99999999999999999999", "%00"];

    private static readonly string[] Text = ["%00", "a%01b", "x%C2%85y", "zz-unknown"];

    public static IReadOnlyList<(Type Page, string Template)> Templates() =>
        [.. typeof(App).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (t, r.Template)))
            .Where(p => !p.Template.Contains("logout", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Template, StringComparer.Ordinal)];

    /// <summary>The plain address (unknown ids), each route parameter bad, and each query parameter bad.</summary>
    public static IEnumerable<FuzzRequest> For(Type page, string template)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(template);
        var segments = template.Split('/');
        var parameters = segments.Select((s, i) => (s, i)).Where(x => x.s.StartsWith('{')).ToList();
        var plain = Path(segments, parameters.ToDictionary(p => p.i, p => Unknown(p.s)));
        yield return new FuzzRequest("GET", plain, "plain");
        foreach (var (segment, index) in parameters)
        {
            foreach (var bad in new[] { "x", "zz-unknown" })
            {
                var values = parameters.ToDictionary(p => p.i, p => p.i == index ? bad : Unknown(p.s));
                yield return new FuzzRequest("GET", Path(segments, values), $"route {segment}={bad}");
            }
        }

        foreach (var (name, type) in QueryParameters(page))
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            var values = underlying == typeof(int) || underlying == typeof(long) ? IntegerText
                : underlying == typeof(Guid) ? ["x", Guid.NewGuid().ToString(), "%00"]
                : Text.Append(Uri.EscapeDataString(new string('가', 5_000))).ToArray();
            foreach (var value in values)
            {
                yield return new FuzzRequest("GET", $"{plain}?{Uri.EscapeDataString(name)}={value}", $"query {name}={(value.Length > 40 ? value[..40] + "…" : value)}");
            }
        }
    }

    private static IEnumerable<(string Name, Type Type)> QueryParameters(Type page) =>
        page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (p, a: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(x => x.a is not null)
            .Select(x => (x.a!.Name ?? x.p.Name, x.p.PropertyType));

    private static string Unknown(string segment) => segment.Contains(":guid", StringComparison.OrdinalIgnoreCase) ? Guid.NewGuid().ToString() : "zz-unknown";

    private static string Path(string[] segments, Dictionary<int, string> values) =>
        string.Join('/', segments.Select((s, i) => values.TryGetValue(i, out var v) ? v : s));
}
