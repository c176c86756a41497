using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Web.Components.Shared;

/// <summary>Countries for a select: Korea first, then by name in the current language.</summary>
public static class CountryList
{
    public static IEnumerable<(string Code, string Name)> Options(TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return taxonomy.Countries.Values
            .OrderBy(c => c.Alpha2 == "KR" ? 0 : 1)
            .ThenBy(c => c.Name(), StringComparer.CurrentCulture)
            .Select(c => (c.Alpha2, c.Name()));
    }
}
