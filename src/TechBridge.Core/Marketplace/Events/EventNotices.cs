using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>
/// The notices of partnering events, inbox and e-mail, each in the recipient's language: a meeting request to the requested
/// participant, its acceptance or refusal to the requester, the published schedule and the day-before reminder to every
/// participant with their own meetings, and a changed name, venue or deadline to every participant.
/// </summary>
public sealed class EventNotices(TechBridgeDbContext db, INotifier notifier)
{
    public async Task RequestedAsync(PartneringEvent e, EventMeetingRequest request, CancellationToken cancellationToken)
    {
        var requester = await PartyAsync(request.RequesterId, cancellationToken);
        var recipient = await PartyAsync(request.RecipientId, cancellationToken);
        await notifier.NotifyUserAsync(recipient.UserId, Notice.Of(NoticeTemplates.EventMeetingRequested, Link(e, "meetings"),
            ("requester", requester.Name), ("organization", requester.Organization), ("event", Name(e, recipient.Culture)),
            ("message", string.IsNullOrWhiteSpace(request.Message) ? "-" : request.Message)), cancellationToken);
    }

    public async Task AnsweredAsync(PartneringEvent e, EventMeetingRequest request, CancellationToken cancellationToken)
    {
        var requester = await PartyAsync(request.RequesterId, cancellationToken);
        var recipient = await PartyAsync(request.RecipientId, cancellationToken);
        var notice = request.Status == MeetingRequestStatus.Accepted
            ? Notice.Of(NoticeTemplates.EventMeetingAccepted, Link(e, "participants"), ("recipient", recipient.Name), ("organization", recipient.Organization), ("event", Name(e, requester.Culture)))
            : Notice.Of(NoticeTemplates.EventMeetingDeclined, Link(e, "meetings"), ("recipient", recipient.Name), ("event", Name(e, requester.Culture)),
                ("reason", string.IsNullOrWhiteSpace(request.DeclineReason) ? "-" : request.DeclineReason));
        await notifier.NotifyUserAsync(requester.UserId, notice, cancellationToken);
    }

    /// <summary>To every participant: the schedule is published (or, with <paramref name="reminder"/>, the event is tomorrow), with their meetings.</summary>
    public async Task AgendaAsync(PartneringEvent e, EventParticipant participant, IReadOnlyList<string> meetings, bool reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var culture = await db.Users.AsNoTracking().Where(u => u.Id == participant.UserId).Select(u => u.Culture).SingleAsync(cancellationToken);
        var list = meetings.Count == 0 ? "-" : string.Join("\n", meetings.Select(m => "- " + m));
        var notice = reminder
            ? Notice.Of(NoticeTemplates.EventReminder, Link(e, "agenda"), ("event", Name(e, NoticeCulture.Normalize(culture))),
                ("date", e.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("meetings", list))
            : Notice.Of(NoticeTemplates.EventSchedulePublished, Link(e, "agenda"), ("event", Name(e, NoticeCulture.Normalize(culture))),
                ("count", meetings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("meetings", list));
        await notifier.NotifyUserAsync(participant.UserId, notice, cancellationToken);
    }

    /// <summary>To every participant: the organiser changed the event's name, venue or registration deadline; the notice gives the details as they are now.</summary>
    public async Task ChangedAsync(PartneringEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var participants = await db.EventParticipants.AsNoTracking().Where(p => p.EventId == e.Id)
            .Join(db.Users.Where(u => !u.IsDisabled), p => p.UserId, u => u.Id, (p, u) => new { u.Id, u.Culture }).ToListAsync(cancellationToken);
        var days = e.FirstDay == e.LastDay ? Day(e.FirstDay) : $"{Day(e.FirstDay)} – {Day(e.LastDay)}";
        var hours = $"{EventSlots.Clock(e.DailyStartMinute)}–{EventSlots.Clock(e.DailyEndMinute)} KST";
        var deadline = Day(EventDeadline.Day(e.RegistrationDeadline));
        foreach (var participant in participants)
        {
            var culture = NoticeCulture.Normalize(participant.Culture);
            var venue = e.IsOnline ? CoreMessages.In(culture, "Event.OnlineVenue") : e.Venue ?? "-";
            await notifier.NotifyUserAsync(participant.Id, Notice.Of(NoticeTemplates.EventChanged, $"/marketplace/events/{e.Id}",
                ("event", Name(e, culture)), ("days", days), ("hours", hours), ("venue", venue), ("deadline", deadline)), cancellationToken);
        }
    }

    /// <summary>One line of an agenda in a notice: "2027-03-10 10:00 KST · T2 · 김상대 (누리정밀)".</summary>
    public static string Line(EventSlot slot, int table, string counterpart, string organization) =>
        $"{Kst.Format(slot.Start)} · {EventSlots.Table(table)} · {counterpart} ({organization})";

    private async Task<Party> PartyAsync(Guid participantId, CancellationToken cancellationToken) =>
        await db.EventParticipants.AsNoTracking().Where(p => p.Id == participantId)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new Party(u.Id, u.DisplayName, p.Organization, u.Culture))
            .SingleAsync(cancellationToken);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Name(PartneringEvent e, string culture) => NoticeCulture.Pick(culture, e.NameKo, e.NameEn);

    private static string Link(PartneringEvent e, string page) => $"/marketplace/events/{e.Id}/{page}";

    private sealed record Party(Guid UserId, string Name, string Organization, string Culture);
}
