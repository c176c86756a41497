using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities.Disposals;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Web.Api;

/// <summary>A proposal: the kind of reason (Idle, BeyondRepair, Broken, Obsolete, Other) and the explanation.</summary>
public sealed record DisposalProposalBody(string? ReasonKind, string? Text)
{
    public DisposalProposalInput ToInput()
    {
        var errors = new ValidationErrors();
        var kind = QueryValues.Enum<DisposalReasonKind>(errors, "reasonKind", ReasonKind, "Field.DisposalReasonKind");
        errors.ThrowIfAny();
        return new DisposalProposalInput(kind, Text);
    }
}

/// <summary>A step's body: the reason; the receiving center (approve-transfer); the date and method (Sale, Scrap, Donation, Other) of a disposal.</summary>
public sealed record DisposalStepBody(string? Reason = null, Guid? ReceivingCenterId = null, DateOnly? DisposedOn = null, string? Method = null)
{
    public DisposalStepInput ToInput()
    {
        var errors = new ValidationErrors();
        var method = QueryValues.Enum<DisposalMethod>(errors, "method", Method, "Field.DisposalMethod");
        errors.ThrowIfAny();
        return new DisposalStepInput(Reason, ReceivingCenterId, DisposedOn, method);
    }
}

/// <summary>The query string of the case list.</summary>
public sealed class DisposalListQuery
{
    [FromQuery(Name = "status")] public string? Status { get; init; }
    [FromQuery(Name = "open")] public bool? Open { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public DisposalFilter ToFilter()
    {
        var errors = new ValidationErrors();
        var filter = new DisposalFilter(QueryValues.Enum<DisposalStatus>(errors, "status", Status, "Field.Status"), Open ?? false);
        PageRequest.Check(errors, Page, PageSize);
        errors.ThrowIfAny();
        return filter;
    }

    public PageRequest ToPage() => PageRequest.Of(Page, PageSize);
}
