using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Web.Api;

/// <summary>The body of a support request: title, industry code, product, problem, R&amp;D stage codes, TRL (optional) and the preferred period (dates).</summary>
public sealed record SupportRequestBody(
    string? Title, string? Industry, string? Product, string? Problem, IReadOnlyList<string>? Stages, int? Trl, DateOnly? PeriodFrom, DateOnly? PeriodTo)
{
    public SupportRequestInput ToInput() => new(Title, Industry, Product, Problem, Stages, Trl, PeriodFrom, PeriodTo);
}

/// <summary>A coordinator's routing: the center, the service (EquipmentUse, TestAnalysis, Consulting), optionally the stage, the equipment and a note.</summary>
public sealed record AssignmentBody(Guid? CenterId, string? Service, string? Stage = null, Guid? EquipmentId = null, string? Note = null)
{
    public AssignmentInput ToInput()
    {
        var errors = new ValidationErrors();
        var service = QueryValues.Enum<EquipmentServiceKind>(errors, "service", Service, "Field.Service");
        errors.ThrowIfAny();
        return new AssignmentInput(CenterId, service, Stage, EquipmentId, Note);
    }
}

/// <summary>
/// A center's quote: the price before VAT (KRW) and, for equipment, the item and [start, end); optionally one of the center's
/// active packages (its price when no price is given, its VAT rule).
/// </summary>
public sealed record QuoteBody(
    long? PriceKrw, Guid? EquipmentId = null, DateTimeOffset? Start = null, DateTimeOffset? End = null, string? Note = null, Guid? PackageId = null)
{
    public QuoteInput ToInput() => new(PriceKrw, EquipmentId, Start, End, Note, PackageId);
}

/// <summary>A question, answer or reason.</summary>
public sealed record SupportMessageBody(string? Text = null);

/// <summary>The query string of the request list.</summary>
public sealed class SupportRequestListQuery
{
    [FromQuery(Name = "status")] public string? Status { get; init; }
    [FromQuery(Name = "open")] public bool? Open { get; init; }
    [FromQuery(Name = "industry")] public string? Industry { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public SupportRequestFilter ToFilter()
    {
        var errors = new ValidationErrors();
        var filter = new SupportRequestFilter(QueryValues.Enum<SupportRequestStatus>(errors, "status", Status, "Field.Status"), Open ?? false, Industry);
        PageRequest.Check(errors, Page, PageSize);
        errors.ThrowIfAny();
        return filter;
    }

    public PageRequest ToPage() => PageRequest.Of(Page, PageSize);
}
