using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Web.Api;

/// <summary>The query string of <c>GET /api/v1/facilities/availability</c> (the page fills the same from its form).</summary>
public sealed class AvailabilityQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "industry")] public string? Industry { get; init; }
    [FromQuery(Name = "center")] public Guid? Center { get; init; }
    [FromQuery(Name = "from")] public DateTimeOffset? From { get; init; }
    [FromQuery(Name = "to")] public DateTimeOffset? To { get; init; }
    [FromQuery(Name = "hours")] public int? Hours { get; init; }
    [FromQuery(Name = "days")] public int? Days { get; init; }
    [FromQuery(Name = "limit")] public int? Limit { get; init; }

    /// <summary>The search input; an unknown industry code is a field error (the rest is checked by the search).</summary>
    public AvailabilitySearchInput ToInput(TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ValidationErrors();
        QueryValues.Code(errors, "industry", TextInput.Blank(Industry), "Field.Industry", taxonomy.Industries.ContainsKey);
        errors.ThrowIfAny();
        return new AvailabilitySearchInput(Q, TextInput.Blank(Industry), Center, From, To, Hours, Days, Limit);
    }
}
