using System.Globalization;
using TechBridge.Core.Marketplace.Events;
using static TechBridge.Core.Data.Seeding.Demo.DemoMarketplaceActivityTexts;

namespace TechBridge.Core.Data.Seeding.Demo;

public static partial class DemoMarketplaceActivityBuilder
{
    /// <summary>Days before now the past event was held.</summary>
    public const int PastEventDaysAgo = 60;

    public const int PastEventTables = 6;

    private sealed record Attendee(Guid UserId, string Organization, string Offers, string Requests, IReadOnlyList<string> Fields);

    /// <summary>
    /// The past event (organised by the coordinator; created, opened, registered for, meetings requested and answered, scheduled
    /// once with every accepted meeting placed, published, held, feedback given, closed) and the upcoming one (organised by the
    /// program manager, open for registration, a few registered).
    /// </summary>
    private static void BuildEvents(DemoRandom random, DemoMarketplaceInput input, IReadOnlyList<DemoMarketplaceInput.Account> officers, DemoMarketplaceActivity result)
    {
        var companies = input.Companies.Where(c => c.OrganizationId != input.MainCompany.OrganizationId).ToList();
        var attendees = new List<Attendee>
        {
            new(input.MainCompany.UserId, input.MainCompany.OrganizationName, CompanyOffers, CompanyRequests, input.MainCompany.Fields),
            new(input.Researcher.UserId, ResearcherOrganization, ResearcherOffers, ResearcherRequests, input.MainCompany.Fields),
        };
        var owners = result.Users.Where(u => officers.Any(o => o.UserId == u.Id)).ToList();
        foreach (var officer in owners.Take(2))
        {
            var technology = input.Technologies.First(t => t.OwnerId == officer.OrganizationId);
            attendees.Add(new Attendee(officer.Id, technology.OwnerName, OwnerOffers, OwnerRequests, technology.Fields));
        }

        attendees.AddRange(random.Sample(companies, 12 - attendees.Count).OrderBy(c => c.UserId)
            .Select(c => new Attendee(c.UserId, c.OrganizationName, CompanyOffers, CompanyRequests, c.Fields)));
        BuildPastEvent(random, input.Coordinator, attendees, result);
        var later = companies.Where(c => attendees.All(a => a.UserId != c.UserId)).OrderBy(c => c.UserId).Take(4)
            .Select(c => new Attendee(c.UserId, c.OrganizationName, CompanyOffers, CompanyRequests, c.Fields)).ToList();
        BuildUpcomingEvent(random, input.ProgramManager, later, result);
    }

    private static void BuildPastEvent(DemoRandom random, DemoMarketplaceInput.Account organizer, IReadOnlyList<Attendee> attendees, DemoMarketplaceActivity result)
    {
        var day = KstDay(random.Now).AddDays(-PastEventDaysAgo);
        day = day.AddDays(-(((int)day.DayOfWeek + 3) % 7)); // the Thursday on or before
        var created = KstAt(day.AddDays(-random.Next(50, 60)), 10 * 60);
        var deadlineDay = day.AddDays(-7);
        var e = NewEvent(random, organizer, PastEventNameKo, PastEventNameEn, PastEventDescription, "서울 코엑스 컨퍼런스룸 300호", day, created, deadlineDay, PastEventTables);
        result.Versions[e.Id] = 2; // created, opened
        var opened = created.AddDays(1);
        var participants = Register(random, e, attendees, opened, KstAt(deadlineDay, 17 * 60), result);
        participants[3].UnavailableSlots = "0,1";
        participants[6].UnavailableSlots = "6,7";

        // Meeting requests: each pair at most once; most accepted, two declined, one left unanswered.
        var pairs = new List<(EventParticipant From, EventParticipant To)>();
        for (var i = 0; i < participants.Count; i++)
        {
            foreach (var offset in new[] { 1, 4 })
            {
                pairs.Add((participants[i], participants[(i + offset) % participants.Count]));
            }
        }

        var last = KstAt(deadlineDay, 17 * 60);
        var requests = new List<EventMeetingRequest>();
        foreach (var (from, to, n) in pairs.Take(18).Select((p, n) => (p.From, p.To, n)))
        {
            if (requests.Any(r => (r.RequesterId == to.Id && r.RecipientId == from.Id) || (r.RequesterId == from.Id && r.RecipientId == to.Id)))
            {
                continue;
            }

            var asked = Later(random, Max(from.UpdatedAt, to.UpdatedAt), last.AddDays(-2));
            var status = n is 5 or 11 ? MeetingRequestStatus.Declined : n == 16 ? MeetingRequestStatus.Pending : MeetingRequestStatus.Accepted;
            var request = new EventMeetingRequest
            {
                Id = random.NextGuid(), EventId = e.Id, RequesterId = from.Id, RecipientId = to.Id, Message = n % 3 == 0 ? MeetingMessage : null, Status = status,
                DeclineReason = status == MeetingRequestStatus.Declined ? DeclineReason : null, CreatedAt = asked,
                AnsweredAt = status == MeetingRequestStatus.Pending ? null : asked.AddHours(random.Next(2, 40)),
            };
            requests.Add(request);
        }

        result.MeetingRequests.AddRange(requests);
        var runAt = KstAt(deadlineDay.AddDays(2), 11 * 60);
        var placements = Place(random, e, participants, requests);
        result.Placements.AddRange(placements);
        foreach (var placement in placements)
        {
            var request = requests.Single(r => r.Id == placement.MeetingRequestId);
            foreach (var participant in new[] { request.RequesterId, request.RecipientId })
            {
                result.Seats.Add(new EventPlacementSeat { Id = random.NextGuid(), PlacementId = placement.Id, EventId = e.Id, SlotIndex = placement.SlotIndex, ParticipantId = participant });
            }
        }

        var accepted = requests.Count(r => r.Status == MeetingRequestStatus.Accepted);
        result.Runs.Add(new EventScheduleRun
        {
            Id = random.NextGuid(), EventId = e.Id, RunById = organizer.UserId, RunAt = runAt, Placed = placements.Count, Unplaced = accepted - placements.Count,
            ProvedOptimal = placements.Count == accepted,
        });
        e.Status = PartneringEventStatus.Scheduled;
        e.PublishedAt = runAt.AddHours(2);
        result.Versions[e.Id]++;

        // Feedback after the meetings, then the organiser closes the event.
        var slots = EventSlots.Of(e);
        foreach (var (placement, n) in placements.OrderBy(p => p.SlotIndex).ThenBy(p => p.TableNumber).Select((p, n) => (p, n)).Where(x => x.n % 2 == 0))
        {
            var request = requests.Single(r => r.Id == placement.MeetingRequestId);
            var planned = n % 6 != 4;
            foreach (var participant in n % 4 == 0 ? new[] { request.RequesterId, request.RecipientId } : [request.RequesterId])
            {
                result.Feedback.Add(new EventMeetingFeedback
                {
                    Id = random.NextGuid(), MeetingRequestId = request.Id, ParticipantId = participant, FollowUpPlanned = planned,
                    NextStep = planned ? NextSteps[n % 3] : NextSteps[3], GivenAt = slots[placement.SlotIndex].End.AddHours(random.Next(2, 72)),
                });
            }
        }

        e.Status = PartneringEventStatus.Closed;
        result.Versions[e.Id]++;
    }

    private static void BuildUpcomingEvent(DemoRandom random, DemoMarketplaceInput.Account organizer, IReadOnlyList<Attendee> attendees, DemoMarketplaceActivity result)
    {
        var day = KstDay(random.Now).AddDays(40);
        day = day.AddDays(((int)DayOfWeek.Tuesday - (int)day.DayOfWeek + 7) % 7);
        var created = KstAt(KstDay(random.Now).AddDays(-10), 10 * 60);
        var e = NewEvent(random, organizer, UpcomingEventNameKo, UpcomingEventNameEn, UpcomingEventDescription, "대전컨벤션센터 회의실 201호", day, created, day.AddDays(-10), 10);
        result.Versions[e.Id] = 2; // created, opened
        var participants = Register(random, e, attendees, created.AddDays(1), random.Now.AddHours(-1), result);
        if (participants.Count >= 2)
        {
            var asked = Later(random, Max(participants[0].UpdatedAt, participants[1].UpdatedAt), random.Now.AddMinutes(-30));
            result.MeetingRequests.Add(new EventMeetingRequest
            {
                Id = random.NextGuid(), EventId = e.Id, RequesterId = participants[0].Id, RecipientId = participants[1].Id, Message = MeetingMessage,
                Status = MeetingRequestStatus.Pending, CreatedAt = asked,
            });
        }
    }

    private static PartneringEvent NewEvent(
        DemoRandom random, DemoMarketplaceInput.Account organizer, string nameKo, string nameEn, string description, string venue, DateOnly day, DateTimeOffset created,
        DateOnly deadlineDay, int tables)
    {
        var year = day.Year.ToString(CultureInfo.InvariantCulture);
        var e = new PartneringEvent
        {
            Id = random.NextGuid(), NameKo = string.Format(CultureInfo.InvariantCulture, nameKo, year), NameEn = string.Format(CultureInfo.InvariantCulture, nameEn, year),
            Description = description, Venue = venue, IsOnline = false, FirstDay = day, LastDay = day, DailyStartMinute = 10 * 60, DailyEndMinute = 17 * 60, MeetingMinutes = 30,
            TableCount = tables, RegistrationDeadline = EventDeadline.ClosesAt(deadlineDay), Status = PartneringEventStatus.Open, OrganizerId = organizer.UserId, CreatedAt = created,
        };
        return e;
    }

    private static List<EventParticipant> Register(
        DemoRandom random, PartneringEvent e, IReadOnlyList<Attendee> attendees, DateTimeOffset from, DateTimeOffset until, DemoMarketplaceActivity result)
    {
        result.Events.Add(e);
        var participants = new List<EventParticipant>();
        foreach (var attendee in attendees)
        {
            var at = Later(random, from, until.AddDays(-4) > from ? until.AddDays(-4) : until);
            participants.Add(new EventParticipant
            {
                Id = random.NextGuid(), EventId = e.Id, UserId = attendee.UserId, Organization = attendee.Organization, Offers = attendee.Offers, Requests = attendee.Requests,
                FieldCodes = string.Join(',', attendee.Fields.Take(2)), RegisteredAt = at, UpdatedAt = at,
            });
        }

        result.Participants.AddRange(participants);
        return participants;
    }

    /// <summary>
    /// A clash-free schedule, placed first-fit in the order the service hands meetings to the solver (request time, then id):
    /// from a random slot of the day on, the first slot both people are free and available, at the lowest free table.
    /// </summary>
    private static List<EventPlacement> Place(DemoRandom random, PartneringEvent e, IReadOnlyList<EventParticipant> participants, IReadOnlyList<EventMeetingRequest> requests)
    {
        var slots = EventSlots.Of(e).Count;
        var unavailable = participants.ToDictionary(p => p.Id, p => p.Unavailable().ToHashSet());
        var busy = new HashSet<(Guid, int)>();
        var tables = new HashSet<(int, int)>();
        var placements = new List<EventPlacement>();
        foreach (var request in requests.Where(r => r.Status == MeetingRequestStatus.Accepted).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id))
        {
            var first = random.Next(0, slots);
            for (var n = 0; n < slots; n++)
            {
                var slot = (first + n) % slots;
                var people = new[] { request.RequesterId, request.RecipientId };
                var table = Enumerable.Range(1, e.TableCount).FirstOrDefault(t => !tables.Contains((slot, t)));
                if (table == 0 || people.Any(p => busy.Contains((p, slot)) || unavailable[p].Contains(slot)))
                {
                    continue;
                }

                busy.UnionWith(people.Select(p => (p, slot)));
                tables.Add((slot, table));
                placements.Add(new EventPlacement { Id = random.NextGuid(), EventId = e.Id, MeetingRequestId = request.Id, SlotIndex = slot, TableNumber = table });
                break;
            }
        }

        return placements;
    }

    private static DateTimeOffset Later(DemoRandom random, DateTimeOffset after, DateTimeOffset before) =>
        before <= after ? after.AddMinutes(1) : after.AddMinutes(random.Next(1, Math.Max(2, (int)Math.Min(int.MaxValue, (before - after).TotalMinutes))));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
