using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Web.Api;

/// <summary>The query string of the public technology list and its export.</summary>
public sealed class TechnologyQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "owner")] public Guid? Owner { get; init; }
    [FromQuery(Name = "field")] public string? Field { get; init; }
    [FromQuery(Name = "status")] public string? Status { get; init; }
    [FromQuery(Name = "minTrl")] public int? MinTrl { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public TechnologyFilter ToFilter(TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ValidationErrors();
        var filter = new TechnologyFilter(
            Q,
            Owner,
            TextInput.Blank(Field),
            QueryValues.Enum<LicensingStatus>(errors, "status", Status, "Field.Status"),
            MinTrl,
            QueryValues.Enum<ListSort>(errors, "sort", Sort, "Field.Sort") ?? ListSort.Name);
        QueryValues.Code(errors, "field", filter.Field, "Field.Fields", taxonomy.Fields.ContainsKey);
        QueryValues.Range(errors, "minTrl", MinTrl, "Field.Trl", TrlLevel.Min, TrlLevel.Max);
        PageRequest.Check(errors, Page, PageSize);
        errors.ThrowIfAny();
        return filter;
    }

    public PageRequest ToPage() => PageRequest.Of(Page, PageSize);
}

/// <summary>The query string of the technology need list and its export.</summary>
public sealed class NeedQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "company")] public Guid? Company { get; init; }
    [FromQuery(Name = "field")] public string? Field { get; init; }
    [FromQuery(Name = "stage")] public string? Stage { get; init; }
    [FromQuery(Name = "cooperation")] public string? Cooperation { get; init; }
    [FromQuery(Name = "status")] public string? Status { get; init; }
    [FromQuery(Name = "country")] public string? Country { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public NeedFilter ToFilter(TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ValidationErrors();
        var filter = new NeedFilter(
            Q,
            Company,
            TextInput.Blank(Field),
            TextInput.Blank(Stage),
            TextInput.Blank(Cooperation),
            QueryValues.Enum<NeedStatus>(errors, "status", Status, "Field.Status"),
            TextInput.Blank(Country)?.ToUpperInvariant(),
            QueryValues.Enum<ListSort>(errors, "sort", Sort, "Field.Sort") ?? ListSort.Newest);
        QueryValues.Code(errors, "field", filter.Field, "Field.Fields", taxonomy.Fields.ContainsKey);
        QueryValues.Code(errors, "stage", filter.Stage, "Field.RndStage", taxonomy.RndStages.ContainsKey);
        QueryValues.Code(errors, "cooperation", filter.CooperationType, "Field.CooperationType", taxonomy.CooperationTypes.ContainsKey);
        QueryValues.Code(errors, "country", filter.Country, "Field.Country", taxonomy.Countries.ContainsKey);
        PageRequest.Check(errors, Page, PageSize);
        errors.ThrowIfAny();
        return filter;
    }

    public PageRequest ToPage() => PageRequest.Of(Page, PageSize);
}
