using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities.Packages;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Calendar;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities.Requests;

/// <summary>
/// The parts of a support request: a coordinator assigns one to a center; the center quotes (a price and, for equipment,
/// a slot) or declines; the company accepts the quote, which books the slot as a confirmed reservation in the same
/// transaction, or rejects it. When no part is open any more the request completes, or returns to the coordinators.
/// </summary>
public sealed class SupportAssignmentService(
    TechBridgeDbContext db, SupportRequestAccess access, SupportRequestService requests, SupportRequestNotices notices,
    ReservationService reservations, BusinessCalendar calendar, IOptions<SupportRequestOptions> options, TimeProvider time)
{
    public async Task<Guid> AssignAsync(Guid userId, Guid requestId, AssignmentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (request, role) = await access.LoadAsync(userId, requestId, cancellationToken);
        if (!role.Coordinates)
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        }

        if (!request.Status.IsOpen())
        {
            throw new BusinessRuleException("SupportRequest.NotOpen", CoreMessages.Get("SupportRequest.NotOpen"));
        }

        await ValidateAsync(request, input, cancellationToken);
        var now = Clock.UtcNow(time);
        var part = new SupportAssignment
        {
            RequestId = requestId, CenterId = input.CenterId!.Value, Service = input.Service!.Value, StageCode = TextInput.Blank(input.StageCode),
            EquipmentId = input.EquipmentId, Note = TextInput.Blank(input.Note), Status = SupportAssignmentStatus.Assigned,
            DueAt = calendar.AddBusinessDays(now, options.Value.ResponseBusinessDays), AssignedById = userId, CreatedAt = now, UpdatedAt = now,
        };
        db.SupportAssignments.Add(part);
        if (request.Status == SupportRequestStatus.Submitted)
        {
            request.Status = SupportRequestStatus.InProgress;
            request.DueAt = null;
            request.EscalationLevel = 0;
        }

        request.UpdatedAt = now;
        requests.AddEvent(request, part.Id, userId, await access.NameOfAsync(userId, cancellationToken), SupportRequestEventKind.Assigned, part.Note, now);
        await notices.ToCenterAsync(request, part.CenterId, SupportRequestEventKind.Assigned, part.Note, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return part.Id;
    }

    /// <summary>Takes the step on the part; returns the id of the request it belongs to.</summary>
    public async Task<Guid> ActAsync(Guid userId, Guid assignmentId, SupportAssignmentAction action, QuoteInput? quote = null, SupportMessage? message = null,
        long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var requestId = await RequestOfAsync(assignmentId, cancellationToken);
        var (request, role) = await access.LoadAsync(userId, requestId, cancellationToken);
        var part = await db.SupportAssignments.SingleAsync(a => a.Id == assignmentId, cancellationToken);
        var runsCenter = role.Actor.CanRunCenter(part.CenterId);
        if (!role.IsCompany && !role.Coordinates && !runsCenter)
        {
            // Another center with a part of the same request does not see this part.
            throw new NotFoundException(nameof(SupportAssignment), assignmentId);
        }

        var allowed = action is SupportAssignmentAction.Quote or SupportAssignmentAction.Decline ? runsCenter : role.IsCompany;
        if (!allowed)
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        }

        ExpectedVersion.Check(part, expectedVersion, nameof(SupportAssignment), assignmentId);
        var to = Next(part.Status, action) ?? throw new BusinessRuleException("SupportAssignment.Transition", CoreMessages.Get("SupportAssignment.Transition",
            CoreMessages.Get($"SupportAssignmentStatus.{part.Status}"), CoreMessages.Get($"SupportAssignmentAction.{action}")));
        if (!request.Status.IsOpen())
        {
            throw new BusinessRuleException("SupportRequest.NotOpen", CoreMessages.Get("SupportRequest.NotOpen"));
        }

        var text = TextInput.Blank(message?.Text);
        var name = await access.NameOfAsync(userId, cancellationToken);
        var now = Clock.UtcNow(time);
        switch (action)
        {
            case SupportAssignmentAction.Quote:
                await QuoteAsync(request, part, quote ?? new QuoteInput(null), now, cancellationToken);
                requests.AddEvent(request, part.Id, userId, name, SupportRequestEventKind.Quoted, part.QuoteNote, now);
                await notices.ToCompanyAsync(request, SupportRequestEventKind.Quoted, part.QuoteNote, cancellationToken);
                break;
            case SupportAssignmentAction.Decline:
                var errors = new ValidationErrors();
                errors.RequireText("text", text, "Field.Reason", EquipmentLimits.ReasonLength);
                errors.ThrowIfAny();
                End(part, to, text, now);
                requests.AddEvent(request, part.Id, userId, name, SupportRequestEventKind.Declined, text, now);
                await notices.ToCoordinatorsAsync(request, SupportRequestEventKind.Declined, text, cancellationToken);
                await SettleAsync(request, userId, name, now, cancellationToken);
                break;
            case SupportAssignmentAction.Reject:
                var reasons = new ValidationErrors();
                reasons.MaxLength("text", text, "Field.Reason", EquipmentLimits.ReasonLength);
                reasons.ThrowIfAny();
                End(part, to, text, now);
                requests.AddEvent(request, part.Id, userId, name, SupportRequestEventKind.Rejected, text, now);
                await notices.ToCenterAsync(request, part.CenterId, SupportRequestEventKind.Rejected, text, cancellationToken);
                await notices.ToCoordinatorsAsync(request, SupportRequestEventKind.Rejected, text, cancellationToken);
                await SettleAsync(request, userId, name, now, cancellationToken);
                break;
            case SupportAssignmentAction.Accept when part is { EquipmentId: { } equipmentId, SlotStart: { } start, SlotEnd: { } end }:
                await AcceptWithBookingAsync(userId, name, request, part, equipmentId, new TimeInterval(start, end), cancellationToken);
                return requestId;
            case SupportAssignmentAction.Accept:
                await AcceptAsync(request, part, userId, name, null, now, cancellationToken);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return requestId;
    }

    /// <summary>The request a part belongs to (404 when the part does not exist).</summary>
    public async Task<Guid> RequestOfAsync(Guid assignmentId, CancellationToken cancellationToken = default) =>
        await db.SupportAssignments.AsNoTracking().Where(a => a.Id == assignmentId).Select(a => (Guid?)a.RequestId)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(nameof(SupportAssignment), assignmentId);

    public static SupportAssignmentStatus? Next(SupportAssignmentStatus from, SupportAssignmentAction action) => (from, action) switch
    {
        (SupportAssignmentStatus.Assigned or SupportAssignmentStatus.Quoted, SupportAssignmentAction.Quote) => SupportAssignmentStatus.Quoted,
        (SupportAssignmentStatus.Assigned or SupportAssignmentStatus.Quoted, SupportAssignmentAction.Decline) => SupportAssignmentStatus.Declined,
        (SupportAssignmentStatus.Quoted, SupportAssignmentAction.Accept) => SupportAssignmentStatus.Accepted,
        (SupportAssignmentStatus.Quoted, SupportAssignmentAction.Reject) => SupportAssignmentStatus.Rejected,
        _ => null,
    };

    private async Task AcceptWithBookingAsync(Guid userId, string name, SupportRequest request, SupportAssignment part, Guid equipmentId, TimeInterval slot,
        CancellationToken cancellationToken)
    {
        var (requestId, partId, version) = (request.Id, part.Id, part.Version);
        await reservations.CreateQuotedAsync(userId, request.CompanyId, equipmentId, slot, request.Title, async reservation =>
        {
            // Inside the booking transaction (and again on its retry, after the change tracker was cleared): re-read, check, change.
            var now = reservation.CreatedAt;
            var current = await db.SupportRequests.SingleAsync(r => r.Id == requestId, cancellationToken);
            var accepted = await db.SupportAssignments.SingleAsync(a => a.Id == partId, cancellationToken);
            if (accepted.Version != version || accepted.Status != SupportAssignmentStatus.Quoted || !current.Status.IsOpen())
            {
                throw new BusinessRuleException("SupportAssignment.Changed", CoreMessages.Get("SupportAssignment.Changed"));
            }

            await AcceptAsync(current, accepted, userId, name, reservation.Id, now, cancellationToken);
        }, cancellationToken);
    }

    private async Task AcceptAsync(SupportRequest request, SupportAssignment part, Guid userId, string name, Guid? reservationId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        End(part, SupportAssignmentStatus.Accepted, null, now);
        part.ReservationId = reservationId;
        requests.AddEvent(request, part.Id, userId, name, SupportRequestEventKind.Accepted, null, now);
        await notices.ToCenterAsync(request, part.CenterId, SupportRequestEventKind.Accepted, null, cancellationToken);
        await SettleAsync(request, userId, name, now, cancellationToken);
    }

    private static void End(SupportAssignment part, SupportAssignmentStatus status, string? reason, DateTimeOffset now)
    {
        part.Status = status;
        part.Reason = reason ?? part.Reason;
        part.DueAt = null;
        part.EscalationLevel = 0;
        part.UpdatedAt = now;
    }

    /// <summary>With no part open any more: completed if one was accepted, else back to the coordinators to route again.</summary>
    private async Task SettleAsync(SupportRequest request, Guid userId, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parts = db.SupportAssignments.Local.Where(a => a.RequestId == request.Id).ToDictionary(a => a.Id);
        var stored = await db.SupportAssignments.AsNoTracking().Where(a => a.RequestId == request.Id).ToListAsync(cancellationToken);
        var statuses = stored.Select(a => parts.TryGetValue(a.Id, out var local) ? local.Status : a.Status).ToList();
        if (request.Status != SupportRequestStatus.InProgress || statuses.Any(s => s.IsOpen()))
        {
            request.UpdatedAt = now;
            return;
        }

        request.UpdatedAt = now;
        request.EscalationLevel = 0;
        if (statuses.Contains(SupportAssignmentStatus.Accepted))
        {
            request.Status = SupportRequestStatus.Completed;
            request.DueAt = null;
            requests.AddEvent(request, null, userId, name, SupportRequestEventKind.Completed, null, now);
            await notices.ToCoordinatorsAsync(request, SupportRequestEventKind.Completed, null, cancellationToken);
        }
        else
        {
            request.Status = SupportRequestStatus.Submitted;
            request.DueAt = calendar.AddBusinessDays(now, options.Value.ResponseBusinessDays);
        }
    }

    private async Task QuoteAsync(SupportRequest request, SupportAssignment part, QuoteInput quote, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var package = quote.PackageId is { } packageId
            ? await db.ServicePackages.AsNoTracking().Where(p => p.Id == packageId && p.CenterId == part.CenterId && p.Status == PackageStatus.Active)
                .Select(p => new { p.Id, p.PriceKrw, p.VatExempt }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (quote.PackageId is not null && package is null)
        {
            errors.Add(nameof(quote.PackageId), CoreMessages.Get("Package.NotOffered"));
        }

        var price = quote.PriceKrw ?? package?.PriceKrw;
        if (price is null)
        {
            errors.Add(nameof(quote.PriceKrw), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Price")));
        }
        else if (price is < 0 or > SupportRequestLimits.MaxPriceKrw)
        {
            errors.Add(nameof(quote.PriceKrw), CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.Price"), 0, SupportRequestLimits.MaxPriceKrw));
        }

        errors.MaxLength(nameof(quote.Note), quote.Note, "Field.Note", SupportRequestLimits.NoteLength);
        var vatExempt = false;
        TimeInterval? slot = null;
        if (part.Service != EquipmentServiceKind.Consulting || quote.EquipmentId is not null)
        {
            var equipmentId = quote.EquipmentId ?? part.EquipmentId;
            var equipment = equipmentId is null ? null
                : await db.Equipment.AsNoTracking().SingleOrDefaultAsync(e => e.Id == equipmentId && e.CenterId == part.CenterId, cancellationToken);
            if (equipment is null)
            {
                errors.Add(nameof(quote.EquipmentId), CoreMessages.Get("SupportAssignment.EquipmentOfCenter"));
                errors.ThrowIfAny();
                return;
            }

            vatExempt = equipment.VatExempt;
            try
            {
                slot = ReservationRules.Validate(new ReservationInput(quote.Start, quote.End, request.Title), equipment.Rules, equipment.Status, now);
                await ReservationRules.CheckBlackoutsAsync(db, equipment.Id, slot.Value, cancellationToken);
            }
            catch (ValidationFailedException e)
            {
                foreach (var (field, messages) in e.Errors)
                {
                    foreach (var m in messages)
                    {
                        errors.Add(field, m);
                    }
                }
            }

            part.EquipmentId = equipment.Id;
        }

        errors.ThrowIfAny();
        if (slot is { } s && await reservations.FindConflictAsync(part.EquipmentId!.Value, s, cancellationToken) is { } conflict)
        {
            throw ReservationService.Conflict(conflict);
        }

        part.Status = SupportAssignmentStatus.Quoted;
        part.SlotStart = slot?.Start;
        part.SlotEnd = slot?.End;
        part.PackageId = package?.Id;
        part.PriceKrw = price;
        part.VatKrw = Fees.Vat(price!.Value, package?.VatExempt ?? vatExempt);
        part.QuoteNote = TextInput.Blank(quote.Note);
        part.DueAt = calendar.AddBusinessDays(now, options.Value.ResponseBusinessDays);
        part.EscalationLevel = 0;
        part.UpdatedAt = now;
        request.UpdatedAt = now;
    }

    private async Task ValidateAsync(SupportRequest request, AssignmentInput input, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (input.Service is null)
        {
            errors.Add(nameof(input.Service), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Service")));
        }

        var isCenter = input.CenterId is { } centerId && await db.Organizations.AsNoTracking()
            .AnyAsync(o => o.Id == centerId && o.Kind == OrganizationKind.EquipmentCenter, cancellationToken);
        if (!isCenter)
        {
            errors.Add(nameof(input.CenterId), CoreMessages.Get(input.CenterId is null ? "Validation.Required" : "SupportAssignment.NotACenter",
                CoreMessages.Get("Field.Center")));
        }

        if (TextInput.Blank(input.StageCode) is { } stage && request.Stages.All(s => s.StageCode != stage))
        {
            errors.Add(nameof(input.StageCode), CoreMessages.Get("SupportAssignment.StageNotRequested"));
        }

        if (input.EquipmentId is { } equipmentId && isCenter
            && !await db.Equipment.AsNoTracking().AnyAsync(e => e.Id == equipmentId && e.CenterId == input.CenterId, cancellationToken))
        {
            errors.Add(nameof(input.EquipmentId), CoreMessages.Get("SupportAssignment.EquipmentOfCenter"));
        }

        errors.MaxLength(nameof(input.Note), input.Note, "Field.Note", SupportRequestLimits.NoteLength);
        errors.ThrowIfAny();
    }
}
