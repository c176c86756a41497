using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities.Disposals;

/// <summary>
/// The disposal workflow's steps. A center proposes an item (it becomes a disposal candidate, the evidence is frozen); a
/// program manager approves a transfer to another center or the disposal, or rejects it; the center may withdraw it
/// first; the receiving center accepts (the item moves) or declines (back to the program manager); the center records
/// the disposal. Each step checks the transition, changes case and item, writes the timeline and the notices, in one unit
/// of work (the audit comes with the save). Steps that take the item away wait until its coming reservations are cancelled.
/// </summary>
public sealed class DisposalService(
    TechBridgeDbContext db, DisposalAccess access, DisposalNotices notices, DisposalEvidenceSource evidence, TimeProvider time)
{
    public async Task<Guid> ProposeAsync(Guid userId, Guid equipmentId, DisposalProposalInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await access.ActorAsync(userId, cancellationToken);
        var item = await db.Equipment.SingleOrDefaultAsync(e => e.Id == equipmentId, cancellationToken)
            ?? throw new NotFoundException(nameof(Equipment), equipmentId);
        if (!actor.CanRunCenter(item.CenterId))
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NotYourCenter"));
        }

        var errors = new ValidationErrors();
        if (input.ReasonKind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("reasonKind", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.DisposalReasonKind")));
        }

        errors.RequireText("text", input.Text, "Field.DisposalText", DisposalLimits.TextLength);
        errors.PlainText("text", input.Text);
        errors.ThrowIfAny();
        if (item.Status == EquipmentStatus.Disposed)
        {
            throw new BusinessRuleException("Disposal.AlreadyDisposed", CoreMessages.Get("Disposal.AlreadyDisposed"));
        }

        if (await db.DisposalCases.AnyAsync(c => c.EquipmentId == equipmentId && DisposalStatuses.Open.Contains(c.Status), cancellationToken))
        {
            throw new BusinessRuleException("Disposal.AlreadyOpen", CoreMessages.Get("Disposal.AlreadyOpen"));
        }

        var now = Clock.UtcNow(time);
        var text = input.Text!.Trim();
        var proposal = new DisposalCase
        {
            EquipmentId = item.Id, CenterId = item.CenterId, IndustryCode = item.IndustryCode, ProposedById = userId, ReasonKind = input.ReasonKind!.Value,
            ReasonText = text, Status = DisposalStatus.Proposed, PreviousStatus = item.Status,
            Evidence = await evidence.MeasureAsync(actor, item.Id, item.YearAcquired, cancellationToken), CreatedAt = now, UpdatedAt = now,
        };
        db.DisposalCases.Add(proposal);
        item.Status = EquipmentStatus.DisposalCandidate;
        item.UpdatedAt = now;
        AddEvent(proposal, userId, await access.NameOfAsync(userId, cancellationToken), DisposalEventKind.Proposed, text, null, now);
        await notices.ToProgramManagersAsync(proposal, EquipmentNames.Of(item), DisposalEventKind.Proposed, text, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return proposal.Id;
    }

    public async Task ActAsync(Guid userId, Guid caseId, DisposalAction action, DisposalStepInput input, long? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (found, role) = await access.LoadAsync(userId, caseId, cancellationToken);
        if (!role.May(action))
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        }

        ExpectedVersion.Check(found, expectedVersion, nameof(DisposalCase), caseId);
        var to = DisposalTransitions.Next(found.Status, action) ?? throw new BusinessRuleException("Disposal.Transition",
            CoreMessages.Get("Disposal.Transition", CoreMessages.Get($"DisposalStatus.{found.Status}"), CoreMessages.Get($"DisposalAction.{action}")));
        var item = await db.Equipment.SingleAsync(e => e.Id == found.EquipmentId, cancellationToken);
        var now = Clock.UtcNow(time);
        var reason = await ValidateAsync(action, input, item, found, now, cancellationToken);
        if (action is DisposalAction.ApproveDisposal or DisposalAction.AcceptTransfer or DisposalAction.RecordDisposal)
        {
            await RequireNoComingReservationsAsync(item.Id, now, cancellationToken);
        }

        var receiving = action == DisposalAction.ApproveTransfer ? input.ReceivingCenterId : found.ReceivingCenterId;
        var name = await access.NameOfAsync(userId, cancellationToken);
        var kind = DisposalTransitions.EventOf(action);
        var equipmentName = EquipmentNames.Of(item);
        found.Status = to;
        found.UpdatedAt = now;
        item.UpdatedAt = now;
        switch (action)
        {
            case DisposalAction.ApproveTransfer:
                found.ReceivingCenterId = receiving;
                found.DecisionReason = reason;
                await notices.ToCenterAsync(found, found.CenterId, equipmentName, kind, reason, cancellationToken);
                await notices.ToCenterAsync(found, receiving!.Value, equipmentName, kind, reason, cancellationToken);
                break;
            case DisposalAction.ApproveDisposal:
                found.DecisionReason = reason;
                await notices.ToCenterAsync(found, found.CenterId, equipmentName, kind, reason, cancellationToken);
                break;
            case DisposalAction.Reject:
                found.DecisionReason = reason;
                item.Status = found.PreviousStatus;
                await notices.ToCenterAsync(found, found.CenterId, equipmentName, kind, reason, cancellationToken);
                break;
            case DisposalAction.Withdraw:
                item.Status = found.PreviousStatus;
                await notices.ToProgramManagersAsync(found, equipmentName, kind, reason, cancellationToken);
                break;
            case DisposalAction.AcceptTransfer:
                item.CenterId = receiving!.Value;
                item.Status = EquipmentStatus.Available;
                await notices.ToProgramManagersAsync(found, equipmentName, kind, reason, cancellationToken);
                await notices.ToCenterAsync(found, found.CenterId, equipmentName, kind, reason, cancellationToken);
                break;
            case DisposalAction.DeclineTransfer:
                found.DecisionReason = reason;
                await notices.ToProgramManagersAsync(found, equipmentName, kind, reason, cancellationToken);
                await notices.ToCenterAsync(found, found.CenterId, equipmentName, kind, reason, cancellationToken);
                break;
            case DisposalAction.RecordDisposal:
                found.DisposedOn = input.DisposedOn;
                found.DisposalMethod = input.Method;
                item.Status = EquipmentStatus.Disposed;
                await notices.ToProgramManagersAsync(found, equipmentName, kind, reason, cancellationToken);
                break;
        }

        AddEvent(found, userId, name, kind, reason, action is DisposalAction.ApproveTransfer or DisposalAction.AcceptTransfer or DisposalAction.DeclineTransfer ? receiving : null, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Checks the step's input and returns its reason (trimmed; null when none was needed or given).</summary>
    private async Task<string?> ValidateAsync(DisposalAction action, DisposalStepInput input, Equipment item, DisposalCase found, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var reason = TextInput.Blank(input.Reason);
        if (action is DisposalAction.ApproveTransfer or DisposalAction.ApproveDisposal or DisposalAction.Reject or DisposalAction.DeclineTransfer)
        {
            errors.RequireText("reason", reason, "Field.Reason", DisposalLimits.ReasonLength);
        }
        else
        {
            errors.MaxLength("reason", reason, "Field.Reason", DisposalLimits.ReasonLength);
        }

        errors.PlainText("reason", reason);
        if (action == DisposalAction.ApproveTransfer)
        {
            if (input.ReceivingCenterId is not { } center)
            {
                errors.Add("receivingCenterId", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.ReceivingCenter")));
            }
            else if (center == item.CenterId)
            {
                errors.Add("receivingCenterId", CoreMessages.Get("Disposal.SameCenter"));
            }
            else if (!await db.Organizations.AnyAsync(o => o.Id == center && o.Kind == OrganizationKind.EquipmentCenter, cancellationToken))
            {
                errors.Add("receivingCenterId", CoreMessages.Get("Disposal.NotACenter"));
            }
        }

        if (action == DisposalAction.RecordDisposal)
        {
            var today = DateOnly.FromDateTime(Kst.ToKst(now).DateTime);
            var proposed = DateOnly.FromDateTime(Kst.ToKst(found.CreatedAt).DateTime);
            if (input.DisposedOn is not { } day)
            {
                errors.Add("disposedOn", CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.DisposedOn")));
            }
            else if (day > today || day < proposed)
            {
                errors.Add("disposedOn", CoreMessages.Get("Disposal.DateRange", proposed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (input.Method is not { } method || !Enum.IsDefined(method))
            {
                errors.Add("method", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.DisposalMethod")));
            }
        }

        errors.ThrowIfAny();
        return reason;
    }

    /// <summary>People's bookings are never cancelled silently: the item leaves only when none is still to come.</summary>
    private async Task RequireNoComingReservationsAsync(Guid equipmentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var coming = await db.Reservations.AsNoTracking()
            .Where(r => r.EquipmentId == equipmentId && ReservationStatuses.Active.Contains(r.Status) && r.End > now)
            .OrderBy(r => r.Start).Select(r => r.Start).ToListAsync(cancellationToken);
        if (coming.Count > 0)
        {
            throw new BusinessRuleException("Disposal.Reserved", CoreMessages.Get("Disposal.Reserved", coming.Count, Kst.Format(coming[0])));
        }
    }

    private void AddEvent(DisposalCase found, Guid actorId, string actorName, DisposalEventKind kind, string? text, Guid? centerId, DateTimeOffset at)
    {
        // Ordered by (At, Id) like the support request timeline: a new id must sort after the case's entries already added.
        var last = db.DisposalEvents.Local.Where(e => e.CaseId == found.Id).Select(e => e.Id).DefaultIfEmpty(Guid.Empty).Max();
        var id = Guid.CreateVersion7();
        for (var attempt = 0; attempt < 64 && id.CompareTo(last) <= 0; attempt++)
        {
            id = Guid.CreateVersion7();
        }

        db.DisposalEvents.Add(new DisposalEvent
        {
            Id = id, CaseId = found.Id, ActorId = actorId, ActorName = actorName, Kind = kind, Text = text, CenterId = centerId, At = at,
        });
    }
}
