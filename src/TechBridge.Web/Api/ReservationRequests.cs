using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Web.Api;

/// <summary>The body of a booking: [start, end) as ISO 8601 instants with an offset, and the purpose; <c>hold</c> asks for a tentative hold.</summary>
public sealed record ReservationRequest(DateTimeOffset? Start, DateTimeOffset? End, string? Purpose, bool Hold = false)
{
    public ReservationInput ToInput() => new(Start, End, Purpose, Hold);
}

/// <summary>The optional body of an action: a reason (required to decline, or for a center to cancel) and samples at check-out.</summary>
public sealed record ReservationActionRequest(string? Reason = null, int? Samples = null);

/// <summary>The query string of the reservation list.</summary>
public sealed class ReservationListQuery
{
    [FromQuery(Name = "mine")] public bool? Mine { get; init; }
    [FromQuery(Name = "equipment")] public Guid? Equipment { get; init; }
    [FromQuery(Name = "center")] public Guid? Center { get; init; }
    [FromQuery(Name = "status")] public string? Status { get; init; }
    [FromQuery(Name = "from")] public DateTimeOffset? From { get; init; }
    [FromQuery(Name = "to")] public DateTimeOffset? To { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public ReservationFilter ToFilter()
    {
        var errors = new ValidationErrors();
        var filter = new ReservationFilter(Mine ?? false, Equipment, Center, QueryValues.Enum<ReservationStatus>(errors, "status", Status, "Field.Status"), From, To);
        PageRequest.Check(errors, Page, PageSize);
        errors.ThrowIfAny();
        return filter;
    }

    public PageRequest ToPage() => PageRequest.Of(Page, PageSize);
}
