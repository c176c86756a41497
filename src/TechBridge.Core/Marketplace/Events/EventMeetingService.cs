using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Transactions;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>
/// One-to-one meeting requests between registered participants while registration is open (one open or accepted request
/// per pair, whichever side asked), the requested side's answer, and after a held meeting each side's feedback. The
/// request, its answer and their notices are saved in one serializable transaction, so two concurrent requests for a pair
/// cannot both pass.
/// </summary>
public sealed class EventMeetingService(TechBridgeDbContext db, EventAccess access, EventNotices notices, Inquiries.InquiryService inquiries, TimeProvider time)
{
    public async Task<Guid> RequestAsync(Guid userId, Guid eventId, Guid recipientId, string? message, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.OptionalText("message", message, "Event.Field.Message", EventLimits.MessageLength);
        errors.ThrowIfAny();
        return await SerializableTransaction.RunAsync(db, async ct =>
        {
            var (e, me) = await access.RegisteredAsync(userId, eventId, ct);
            RequireOpen(e);
            var recipient = await db.EventParticipants.SingleOrDefaultAsync(p => p.Id == recipientId && p.EventId == eventId, ct)
                ?? throw new NotFoundException(nameof(EventParticipant), recipientId);
            if (recipient.Id == me.Id)
            {
                throw new BusinessRuleException("Event.OwnRequest", CoreMessages.Get("Event.OwnRequest"));
            }

            var exists = await db.EventMeetingRequests.AnyAsync(r => r.EventId == eventId && r.Status != MeetingRequestStatus.Declined
                && ((r.RequesterId == me.Id && r.RecipientId == recipient.Id) || (r.RequesterId == recipient.Id && r.RecipientId == me.Id)), ct);
            if (exists)
            {
                throw new BusinessRuleException("Event.DuplicateRequest", CoreMessages.Get("Event.DuplicateRequest"));
            }

            var request = new EventMeetingRequest
            {
                EventId = eventId, RequesterId = me.Id, RecipientId = recipient.Id, Status = MeetingRequestStatus.Pending,
                Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(), CreatedAt = Clock.UtcNow(time),
            };
            db.EventMeetingRequests.Add(request);
            await notices.RequestedAsync(e, request, ct);
            await db.SaveChangesAsync(ct);
            return request.Id;
        }, cancellationToken);
    }

    /// <summary>The requested participant accepts (true) or declines (false, with an optional reason) a pending request.</summary>
    public async Task AnswerAsync(Guid userId, Guid eventId, Guid requestId, bool accept, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.OptionalText("reason", reason, "Event.Field.Reason", EventLimits.ReasonLength);
        errors.ThrowIfAny();
        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var (e, me) = await access.RegisteredAsync(userId, eventId, ct);
            var request = await db.EventMeetingRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.EventId == eventId, ct)
                ?? throw new NotFoundException(nameof(EventMeetingRequest), requestId);
            if (request.RecipientId != me.Id)
            {
                throw new ForbiddenException(CoreMessages.Get("Event.RecipientOnly"));
            }

            RequireOpen(e);
            if (request.Status != MeetingRequestStatus.Pending)
            {
                throw new BusinessRuleException("Event.Answered", CoreMessages.Get("Event.Answered"));
            }

            request.Status = accept ? MeetingRequestStatus.Accepted : MeetingRequestStatus.Declined;
            request.DeclineReason = accept || string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            request.AnsweredAt = Clock.UtcNow(time);
            await notices.AnsweredAsync(e, request, ct);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    /// <summary>After a published meeting's slot has ended, either side records whether a follow-up is planned and the next step.</summary>
    public async Task FeedbackAsync(Guid userId, Guid eventId, Guid requestId, bool? followUp, string? nextStep, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (followUp is null)
        {
            errors.Add("followUp", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Event.Field.FollowUp")));
        }

        errors.OptionalText("nextStep", nextStep, "Event.Field.NextStep", EventLimits.NextStepLength);
        errors.ThrowIfAny();
        var (e, me) = await access.RegisteredAsync(userId, eventId, cancellationToken);
        var request = await db.EventMeetingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.EventId == eventId, cancellationToken)
            ?? throw new NotFoundException(nameof(EventMeetingRequest), requestId);
        if (request.RequesterId != me.Id && request.RecipientId != me.Id)
        {
            throw new ForbiddenException(CoreMessages.Get("Event.PartiesOnly"));
        }

        var placement = await db.EventPlacements.AsNoTracking().SingleOrDefaultAsync(p => p.MeetingRequestId == requestId, cancellationToken);
        var now = Clock.UtcNow(time);
        var slots = EventSlots.Of(e);
        if (e.Status is not (PartneringEventStatus.Scheduled or PartneringEventStatus.Closed) || placement is null
            || placement.SlotIndex >= slots.Count || slots[placement.SlotIndex].End > now)
        {
            throw new BusinessRuleException("Event.FeedbackTooEarly", CoreMessages.Get("Event.FeedbackTooEarly"));
        }

        var feedback = await db.EventMeetingFeedback.SingleOrDefaultAsync(f => f.MeetingRequestId == requestId && f.ParticipantId == me.Id, cancellationToken);
        if (feedback is null)
        {
            feedback = new EventMeetingFeedback { MeetingRequestId = requestId, ParticipantId = me.Id };
            db.EventMeetingFeedback.Add(feedback);
        }

        feedback.FollowUpPlanned = followUp!.Value;
        feedback.NextStep = nextStep?.Trim() ?? string.Empty;
        feedback.GivenAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// After recording that a follow-up is planned, a participant continues the meeting in an inquiry thread with the other
    /// participant (their organisation, or the directory person with their address); the thread is linked to the meeting.
    /// When a thread already follows the meeting up (started by either side), that thread's id is returned and nothing is sent.
    /// </summary>
    public async Task<Guid> FollowUpAsync(Guid userId, Guid eventId, Guid requestId, string? subject, string? body, CancellationToken cancellationToken = default)
    {
        var (_, me) = await access.RegisteredAsync(userId, eventId, cancellationToken);
        var request = await db.EventMeetingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.EventId == eventId, cancellationToken)
            ?? throw new NotFoundException(nameof(EventMeetingRequest), requestId);
        if (request.RequesterId != me.Id && request.RecipientId != me.Id)
        {
            throw new ForbiddenException(CoreMessages.Get("Event.PartiesOnly"));
        }

        var existing = await db.EventMeetingFollowUps.AsNoTracking().Where(f => f.MeetingRequestId == requestId)
            .OrderBy(f => f.CreatedAt).Select(f => (Guid?)f.InquiryId).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } thread)
        {
            return thread;
        }

        var planned = await db.EventMeetingFeedback.AsNoTracking()
            .AnyAsync(f => f.MeetingRequestId == requestId && f.ParticipantId == me.Id && f.FollowUpPlanned, cancellationToken);
        if (!planned)
        {
            throw new BusinessRuleException("Event.FollowUpNotPlanned", CoreMessages.Get("Event.FollowUpNotPlanned"));
        }

        var otherId = request.RequesterId == me.Id ? request.RecipientId : request.RequesterId;
        var other = await db.EventParticipants.AsNoTracking().Where(p => p.Id == otherId)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { u.OrganizationId, u.Email }).SingleAsync(cancellationToken);
        var (kind, subjectId) = other.OrganizationId is { } organization
            ? (Inquiries.InquirySubjectKind.Organization, organization)
            : (Inquiries.InquirySubjectKind.Person, await PersonAsync(other.Email, cancellationToken)
                ?? throw new BusinessRuleException("Event.FollowUpNoContact", CoreMessages.Get("Event.FollowUpNoContact")));
        return await inquiries.StartLinkedAsync(userId, kind, subjectId, subject, body, files: null,
            inquiry => new EventMeetingFollowUp { InquiryId = inquiry, MeetingRequestId = requestId, EventId = eventId, ParticipantId = me.Id, CreatedAt = Clock.UtcNow(time) },
            cancellationToken);
    }

    /// <summary>The directory person whose address is the account's, for a participant who belongs to no organisation.</summary>
    private async Task<Guid?> PersonAsync(string? email, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(email)
            ? null
            : await Accounts.Privacy.PersonalDataQueries.PeopleWithEmail(db.People.AsNoTracking(), email)
                .OrderBy(p => p.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);

    private static void RequireOpen(PartneringEvent e)
    {
        if (e.Status != PartneringEventStatus.Open)
        {
            throw new BusinessRuleException("Event.RequestsClosed", CoreMessages.Get("Event.RequestsClosed"));
        }
    }
}
