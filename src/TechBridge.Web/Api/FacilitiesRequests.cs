using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Web.Api;

/// <summary>The query string of the equipment list and its export.</summary>
public sealed class EquipmentQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "center")] public Guid? Center { get; init; }
    [FromQuery(Name = "industry")] public string? Industry { get; init; }
    [FromQuery(Name = "field")] public string? Field { get; init; }
    [FromQuery(Name = "stage")] public string? Stage { get; init; }
    [FromQuery(Name = "service")] public string? Service { get; init; }
    [FromQuery(Name = "status")] public string? Status { get; init; }
    [FromQuery(Name = "trl")] public int? Trl { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public EquipmentFilter ToFilter(TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ValidationErrors();
        var filter = new EquipmentFilter(
            Q,
            Center,
            TextInput.Blank(Industry),
            TextInput.Blank(Field),
            TextInput.Blank(Stage),
            QueryValues.Enum<EquipmentServiceKind>(errors, "service", Service, "Field.Services"),
            QueryValues.Enum<EquipmentStatus>(errors, "status", Status, "Field.Status"),
            Trl,
            QueryValues.Enum<ListSort>(errors, "sort", Sort, "Field.Sort") ?? ListSort.Name);
        QueryValues.Code(errors, "industry", filter.Industry, "Field.Industry", taxonomy.Industries.ContainsKey);
        QueryValues.Code(errors, "field", filter.Field, "Field.Fields", taxonomy.Fields.ContainsKey);
        QueryValues.Code(errors, "stage", filter.Stage, "Field.RndStage", taxonomy.RndStages.ContainsKey);
        QueryValues.Range(errors, "trl", Trl, "Field.Trl", TrlLevel.Min, TrlLevel.Max);
        PageRequest.Check(errors, Page, PageSize);
        errors.ThrowIfAny();
        return filter;
    }

    public PageRequest ToPage() => PageRequest.Of(Page, PageSize);
}

/// <summary>A blackout: [start, end) with the reason shown on the calendar.</summary>
public sealed record BlackoutRequest(DateTimeOffset? Start, DateTimeOffset? End, string? Reason);

/// <summary>The representative institution of an industry (null clears it).</summary>
public sealed record RepresentativeRequest(Guid? OrganizationId);
