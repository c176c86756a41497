using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities.Packages;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Web.Api;

/// <summary>The query string of the package list: text, industry, center, equipment, whether to add the retired ones the caller manages, paging.</summary>
public sealed class PackageQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "industry")] public string? Industry { get; init; }
    [FromQuery(Name = "centerId")] public Guid? CenterId { get; init; }
    [FromQuery(Name = "equipmentId")] public Guid? EquipmentId { get; init; }
    [FromQuery(Name = "includeRetired")] public bool? IncludeRetired { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public PackageFilter ToFilter(TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ValidationErrors();
        var industry = TextInput.Blank(Industry);
        QueryValues.Code(errors, "industry", industry, "Field.Industry", taxonomy.Industries.ContainsKey);
        PageRequest.Check(errors, Page, PageSize);
        errors.ThrowIfAny();
        return new PackageFilter(Q, CenterId, industry, EquipmentId, IncludeRetired == true);
    }

    public PageRequest ToPage() => PageRequest.Of(Page, PageSize);
}
