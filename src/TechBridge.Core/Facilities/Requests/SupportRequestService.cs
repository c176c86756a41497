using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Calendar;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities.Requests;

/// <summary>
/// The request-level steps of the one-stop flow: a company submits, answers questions or cancels; a coordinator asks or
/// closes. Each step sets who the request waits for and until when (business days), writes the timeline and tells the
/// other side, in one unit of work.
/// </summary>
public sealed class SupportRequestService(
    TechBridgeDbContext db, FacilityActors actors, SupportRequestAccess access, SupportRequestNotices notices, TaxonomyCatalog taxonomy,
    BusinessCalendar calendar, IOptions<SupportRequestOptions> options, TimeProvider time)
{
    public async Task<Guid> SubmitAsync(Guid userId, SupportRequestInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await actors.FindAsync(userId, cancellationToken);
        if (actor?.CompanyId is not { } companyId)
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NoCompanyAccountForRequest"));
        }

        var now = Clock.UtcNow(time);
        var catalog = await taxonomy.GetAsync(cancellationToken);
        var stages = Validate(input, catalog, DateOnly.FromDateTime(Kst.ToKst(now).DateTime));
        var request = new SupportRequest
        {
            CompanyId = companyId, RequestedById = userId, IndustryCode = input.IndustryCode!, Title = input.Title!.Trim(),
            Product = input.Product!.Trim(), Problem = input.Problem!.Trim(), Trl = input.Trl,
            PeriodFrom = input.PeriodFrom!.Value, PeriodTo = input.PeriodTo!.Value, Status = SupportRequestStatus.Submitted,
            DueAt = calendar.AddBusinessDays(now, options.Value.ResponseBusinessDays), CreatedAt = now, UpdatedAt = now,
            Stages = stages.Select(s => new SupportRequestStage { StageCode = s }).ToList(),
        };
        db.SupportRequests.Add(request);
        AddEvent(request, null, userId, await access.NameOfAsync(userId, cancellationToken), SupportRequestEventKind.Submitted, null, now);
        await notices.ToCoordinatorsAsync(request, SupportRequestEventKind.Submitted, request.Problem, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }

    public async Task ActAsync(Guid userId, Guid requestId, SupportRequestAction action, SupportMessage? message = null, long? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        var (request, role) = await access.LoadAsync(userId, requestId, cancellationToken);
        var allowed = action switch
        {
            SupportRequestAction.Ask or SupportRequestAction.Close => role.Coordinates,
            _ => role.IsCompany,
        };
        if (!allowed)
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        }

        ExpectedVersion.Check(request, expectedVersion, nameof(SupportRequest), requestId);
        var to = SupportRequestTransitions.Next(request.Status, action) ?? throw new BusinessRuleException("SupportRequest.Transition",
            CoreMessages.Get("SupportRequest.Transition", CoreMessages.Get($"SupportRequestStatus.{request.Status}"), CoreMessages.Get($"SupportRequestAction.{action}")));
        var text = TextInput.Blank(message?.Text);
        var errors = new ValidationErrors();
        if (action is SupportRequestAction.Ask or SupportRequestAction.Answer)
        {
            errors.RequireText("text", text, "Field.Message", SupportRequestLimits.MessageLength);
        }
        else if (action == SupportRequestAction.Close)
        {
            errors.RequireText("text", text, "Field.Reason", EquipmentLimits.ReasonLength);
        }
        else
        {
            errors.MaxLength("text", text, "Field.Reason", EquipmentLimits.ReasonLength);
        }

        errors.ThrowIfAny();
        var now = Clock.UtcNow(time);
        var name = await access.NameOfAsync(userId, cancellationToken);
        var openParts = await db.SupportAssignments.Where(a => a.RequestId == requestId
            && SupportAssignmentStatuses.Open.Contains(a.Status)).ToListAsync(cancellationToken);
        request.UpdatedAt = now;
        request.EscalationLevel = 0;
        switch (action)
        {
            case SupportRequestAction.Ask:
                request.Status = to;
                request.Question = text;
                request.DueAt = calendar.AddBusinessDays(now, options.Value.ResponseBusinessDays);
                AddEvent(request, null, userId, name, SupportRequestEventKind.QuestionAsked, text, now);
                await notices.ToCompanyAsync(request, SupportRequestEventKind.QuestionAsked, text, cancellationToken);
                break;
            case SupportRequestAction.Answer:
                // Back to whoever had it: the centers' parts if any are open; completed when a part was accepted while the
                // question was open and none is open any more; else the coordinators for routing.
                var accepted = openParts.Count == 0 && await db.SupportAssignments.AnyAsync(
                    a => a.RequestId == requestId && a.Status == SupportAssignmentStatus.Accepted, cancellationToken);
                request.Status = openParts.Count > 0 ? SupportRequestStatus.InProgress
                    : accepted ? SupportRequestStatus.Completed
                    : SupportRequestStatus.Submitted;
                request.Question = null;
                request.DueAt = request.Status == SupportRequestStatus.Submitted ? calendar.AddBusinessDays(now, options.Value.ResponseBusinessDays) : null;
                AddEvent(request, null, userId, name, SupportRequestEventKind.QuestionAnswered, text, now);
                if (accepted)
                {
                    AddEvent(request, null, userId, name, SupportRequestEventKind.Completed, null, now);
                }

                await notices.ToCoordinatorsAsync(request, SupportRequestEventKind.QuestionAnswered, text, cancellationToken);
                break;
            default:
                request.Status = to;
                request.Question = null;
                request.Reason = text;
                request.DueAt = null;
                var kind = action == SupportRequestAction.Cancel ? SupportRequestEventKind.Cancelled : SupportRequestEventKind.Closed;
                AddEvent(request, null, userId, name, kind, text, now);
                foreach (var part in openParts)
                {
                    part.Status = SupportAssignmentStatus.Withdrawn;
                    part.DueAt = null;
                    part.UpdatedAt = now;
                    await notices.ToCenterAsync(request, part.CenterId, kind, text, cancellationToken);
                }

                await (action == SupportRequestAction.Cancel
                    ? notices.ToCoordinatorsAsync(request, kind, text, cancellationToken)
                    : notices.ToCompanyAsync(request, kind, text, cancellationToken));
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal void AddEvent(SupportRequest request, Guid? assignmentId, Guid? actorId, string actorName, SupportRequestEventKind kind, string? text,
        DateTimeOffset at)
    {
        // The timeline is ordered by (At, Id); steps written in one unit of work share At, and version 7 ids made in the
        // same millisecond are not ordered, so each new id must sort after the request's entries already added.
        var last = db.SupportRequestEvents.Local.Where(e => e.RequestId == request.Id).Select(e => e.Id).DefaultIfEmpty(Guid.Empty).Max();
        var id = Guid.CreateVersion7();
        for (var attempt = 0; attempt < 64 && id.CompareTo(last) <= 0; attempt++)
        {
            // Half the ids of the same millisecond sort after a given one.
            id = Guid.CreateVersion7();
        }

        db.SupportRequestEvents.Add(new SupportRequestEvent
        {
            Id = id, RequestId = request.Id, AssignmentId = assignmentId, ActorId = actorId, ActorName = actorName, Kind = kind, Text = text, At = at,
        });
    }

    private static List<string> Validate(SupportRequestInput input, TaxonomySnapshot catalog, DateOnly today)
    {
        var errors = new ValidationErrors();
        errors.RequireText(nameof(input.Title), input.Title, "Field.Title", SupportRequestLimits.TitleLength);
        errors.RequireText(nameof(input.Product), input.Product, "Field.Product", SupportRequestLimits.ProductLength);
        errors.RequireText(nameof(input.Problem), input.Problem, "Field.Problem", SupportRequestLimits.ProblemLength);
        errors.RequireCode(nameof(input.IndustryCode), input.IndustryCode, "Field.Industry", catalog.Industries.ContainsKey, "Validation.Choose");

        var stages = TextInput.Codes(input.Stages);
        if (stages.Count == 0)
        {
            errors.Add(nameof(input.Stages), CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.RndStages")));
        }

        errors.KnownCodes(nameof(input.Stages), stages, "Field.RndStages", catalog.RndStages.ContainsKey);
        if (input.Trl is < 1 or > 9)
        {
            errors.Add(nameof(input.Trl), CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.Trl"), 1, 9));
        }

        if (input.PeriodFrom is null)
        {
            errors.Add(nameof(input.PeriodFrom), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.PeriodFrom")));
        }

        if (input.PeriodTo is null)
        {
            errors.Add(nameof(input.PeriodTo), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.PeriodTo")));
        }

        if (input is { PeriodFrom: { } from, PeriodTo: { } to })
        {
            if (from < today)
            {
                errors.Add(nameof(input.PeriodFrom), CoreMessages.Get("SupportRequest.PeriodInPast"));
            }
            else if (to < from || to.DayNumber - from.DayNumber > SupportRequestLimits.MaxPeriodDays || to.DayNumber - today.DayNumber > 2 * SupportRequestLimits.MaxPeriodDays)
            {
                errors.Add(nameof(input.PeriodTo), CoreMessages.Get("SupportRequest.PeriodRange", SupportRequestLimits.MaxPeriodDays));
            }
        }

        errors.ThrowIfAny();
        return stages;
    }
}
