using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// Partnering events for the web tests, written straight to the database: organised by the demo coordinator, with the demo
/// company, researcher and center operator registered (the other company and center, and the other demo roles, are not).
/// Open events lie a month ahead; a held event lies in the past, published, with a placed meeting between the company and
/// the researcher.
/// </summary>
internal static class EventWebWorld
{
    public const string Api = "/api/v1/marketplace/events";

    public static readonly string[] Registered = [Roles.Company, Roles.Researcher, Roles.CenterOperator];

    public sealed record World(Guid Event, IReadOnlyDictionary<string, Guid> Participants);

    public static async Task<World> EventAsync(this AppFixture fixture, PartneringEventStatus status = PartneringEventStatus.Open, bool held = false, string[]? registered = null)
    {
        var organizer = await fixture.UserIdAsync(Email(Roles.Coordinator));
        var today = DateOnly.FromDateTime(TechBridge.Core.Shared.Formatting.Kst.ToKst(DateTimeOffset.UtcNow).DateTime);
        var first = held ? today.AddDays(-3) : today.AddDays(30);
        var e = new PartneringEvent
        {
            NameKo = "권한 확인 상담회", NameEn = "Authorization brokerage", Description = "테스트", Venue = "대전 컨벤션센터", FirstDay = first, LastDay = first,
            DailyStartMinute = 9 * 60, DailyEndMinute = 10 * 60, MeetingMinutes = 30, TableCount = 2,
            RegistrationDeadline = new DateTimeOffset(first.AddDays(held ? -1 : -10).ToDateTime(TimeOnly.MinValue), TechBridge.Core.Shared.Formatting.Kst.Offset).ToUniversalTime(), Status = status,
            OrganizerId = organizer, CreatedAt = DateTimeOffset.UtcNow,
        };
        var participants = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await fixture.QueryAsync(async db =>
        {
            db.PartneringEvents.Add(e);
            foreach (var role in registered ?? Registered)
            {
                var user = await fixture.UserIdAsync(Email(role));
                var p = new EventParticipant
                {
                    EventId = e.Id, UserId = user, Organization = role + " 기관", Offers = "정밀 가공", Requests = "소재 협력", RegisteredAt = DateTimeOffset.UtcNow,
                    UpdatedAt = DateTimeOffset.UtcNow,
                };
                db.EventParticipants.Add(p);
                participants[role] = p.Id;
            }

            return await db.SaveChangesAsync();
        });
        return new World(e.Id, participants);
    }

    /// <summary>The body of a change to an event made by <see cref="EventAsync"/> (not held): its days and deadline, the given venue and meeting length.</summary>
    public static object Body(string venue = "대전 컨벤션센터", int meetingMinutes = 30)
    {
        var first = DateOnly.FromDateTime(TechBridge.Core.Shared.Formatting.Kst.ToKst(DateTimeOffset.UtcNow).DateTime).AddDays(30);
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new
        {
            nameKo = "권한 확인 상담회", nameEn = "Authorization brokerage", description = "테스트", venue, firstDay = Day(first), lastDay = Day(first),
            dailyStart = "09:00", dailyEnd = "10:00", meetingMinutes, tables = 2, registrationDeadline = Day(first.AddDays(-11)),
        };
    }

    /// <summary>A request from one registered role to another, pending or accepted; accepted ones can be placed in slot 0, table 1.</summary>
    public static async Task<Guid> RequestAsync(this AppFixture fixture, World world, string from, string to, MeetingRequestStatus status = MeetingRequestStatus.Pending, bool place = false)
    {
        var request = new EventMeetingRequest
        {
            EventId = world.Event, RequesterId = world.Participants[from], RecipientId = world.Participants[to], Status = status, CreatedAt = DateTimeOffset.UtcNow,
        };
        var organizer = await fixture.UserIdAsync(Email(Roles.Coordinator));
        var placement = new EventPlacement { EventId = world.Event, MeetingRequestId = request.Id, SlotIndex = 0, TableNumber = 1 };
        await fixture.QueryAsync(db =>
        {
            db.EventMeetingRequests.Add(request);
            if (place)
            {
                db.EventPlacements.Add(placement);
                db.EventPlacementSeats.Add(new EventPlacementSeat { PlacementId = placement.Id, EventId = world.Event, SlotIndex = 0, ParticipantId = request.RequesterId });
                db.EventPlacementSeats.Add(new EventPlacementSeat { PlacementId = placement.Id, EventId = world.Event, SlotIndex = 0, ParticipantId = request.RecipientId });
                db.EventScheduleRuns.Add(new EventScheduleRun { EventId = world.Event, RunById = organizer, RunAt = DateTimeOffset.UtcNow, Placed = 1 });
            }

            return db.SaveChangesAsync();
        });
        return place ? placement.Id : request.Id;
    }
}
