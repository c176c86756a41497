using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.Extensions;
using TechBridge.Core.Shared;

namespace TechBridge.Web.Errors;

/// <summary>
/// Query values a page cannot use are dropped before the page binds them, so an ordinary bad address
/// (<c>?page=abc</c>, <c>?organization=x</c>, a control character) renders the page with a notice instead of failing:
/// Blazor's <see cref="SupplyParameterFromQueryAttribute"/> throws on a value that does not parse as the property's
/// type; an out-of-range page number would fail the list (see <see cref="PageRequest"/>). Each page's parameters are found by reflection, so every page, present or future, is covered.
/// </summary>
public static class PageQuery
{
    /// <summary>The <see cref="HttpContext.Items"/> key of the names of dropped query values.</summary>
    public static readonly object IgnoredKey = new();

    private static readonly ConcurrentDictionary<Type, Dictionary<string, Type>> Parameters = new();

    public static void Clean(HttpContext context, Type component)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(component);
        var query = context.Request.Query;
        if (query.Count == 0)
        {
            return;
        }

        var types = Parameters.GetOrAdd(component, Find);
        var kept = new QueryBuilder();
        var ignored = new List<string>();
        foreach (var (key, values) in query)
        {
            var type = types.GetValueOrDefault(key);
            if (values.Any(v => TextInput.HasForbiddenCharacters(v) || (type is not null && !Parses(v, type)) || (IsPager(key, type) && !InPageRange(v))))
            {
                ignored.Add(key);
            }
            else
            {
                kept.Add(key, (IEnumerable<string>)values!);
            }
        }

        if (ignored.Count > 0)
        {
            context.Request.QueryString = kept.ToQueryString();
            context.Items[IgnoredKey] = ignored;
        }
    }

    /// <summary>The names of the query values dropped from this request, if any.</summary>
    public static IReadOnlyList<string> Ignored(HttpContext? context) =>
        context?.Items[IgnoredKey] as IReadOnlyList<string> ?? [];

    /// <summary>Every <see cref="SupplyParameterFromQueryAttribute"/> property's query name and value type (case-insensitive, as Blazor matches them).</summary>
    public static Dictionary<string, Type> Find(Type component)
    {
        ArgumentNullException.ThrowIfNull(component);
        var found = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        for (var type = component; type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (property.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } attribute)
                {
                    found.TryAdd(attribute.Name ?? property.Name, property.PropertyType);
                }
            }
        }

        return found;
    }

    /// <summary>The pager's page number (every list page calls it <c>page</c>): outside the range every list accepts, it is ignored too.</summary>
    private static bool IsPager(string key, Type? type) =>
        string.Equals(key, "page", StringComparison.OrdinalIgnoreCase) && (Nullable.GetUnderlyingType(type ?? typeof(string)) ?? type) == typeof(int);

    private static bool InPageRange(string? value) =>
        string.IsNullOrEmpty(value) || (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= PageRequest.MaxPage);

    private static bool Parses(string? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? (type.IsArray ? type.GetElementType()! : type);
        if (target == typeof(string) || string.IsNullOrEmpty(value))
        {
            return true;
        }

        var tryParse = target.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), target.MakeByRefType()]);
        if (tryParse is null)
        {
            return true; // a type Blazor would refuse at startup anyway
        }

        return (bool)tryParse.Invoke(null, [value, CultureInfo.InvariantCulture, null])!;
    }
}
