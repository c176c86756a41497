using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Web.Api;

/// <summary>The query string of the organisation list and its export.</summary>
public sealed class OrganizationQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "kind")] public string? Kind { get; init; }
    [FromQuery(Name = "country")] public string? Country { get; init; }
    [FromQuery(Name = "field")] public string? Field { get; init; }
    [FromQuery(Name = "industry")] public string? Industry { get; init; }
    [FromQuery(Name = "size")] public string? Size { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public OrganizationFilter ToFilter(TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ValidationErrors();
        var filter = new OrganizationFilter(
            Q,
            QueryValues.Enum<OrganizationKind>(errors, "kind", Kind, "Field.Kind"),
            TextInput.Blank(Country)?.ToUpperInvariant(),
            TextInput.Blank(Field),
            TextInput.Blank(Industry),
            QueryValues.Enum<CompanySize>(errors, "size", Size, "Field.SizeClass"),
            QueryValues.Enum<DirectorySort>(errors, "sort", Sort, "Field.Sort") ?? DirectorySort.Name);
        QueryValues.Code(errors, "country", filter.Country, "Field.Country", taxonomy.Countries.ContainsKey);
        QueryValues.Code(errors, "field", filter.Field, "Field.Fields", taxonomy.Fields.ContainsKey);
        QueryValues.Code(errors, "industry", filter.Industry, "Field.Industry", taxonomy.Industries.ContainsKey);
        PageRequest.Check(errors, Page, PageSize);
        errors.ThrowIfAny();
        return filter;
    }

    public PageRequest ToPage() => PageRequest.Of(Page, PageSize);
}

/// <summary>The query string of the people list and its export.</summary>
public sealed class PersonQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "kind")] public string? Kind { get; init; }
    [FromQuery(Name = "country")] public string? Country { get; init; }
    [FromQuery(Name = "field")] public string? Field { get; init; }
    [FromQuery(Name = "organization")] public Guid? Organization { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public PersonFilter ToFilter(TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ValidationErrors();
        var filter = new PersonFilter(
            Q,
            QueryValues.Enum<PersonKind>(errors, "kind", Kind, "Field.Kind"),
            TextInput.Blank(Country)?.ToUpperInvariant(),
            TextInput.Blank(Field),
            Organization,
            QueryValues.Enum<DirectorySort>(errors, "sort", Sort, "Field.Sort") ?? DirectorySort.Name);
        QueryValues.Code(errors, "country", filter.Country, "Field.Country", taxonomy.Countries.ContainsKey);
        QueryValues.Code(errors, "field", filter.Field, "Field.Fields", taxonomy.Fields.ContainsKey);
        PageRequest.Check(errors, Page, PageSize);
        errors.ThrowIfAny();
        return filter;
    }

    public PageRequest ToPage() => PageRequest.Of(Page, PageSize);
}
