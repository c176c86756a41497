using System.Text.Json;
using TechBridge.Core.Data.Seeding.Demo;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Marketplace.Talent;

namespace TechBridge.Core.Tests.Data;

/// <summary>The demo marketplace history over a small made-up input: deterministic, and obeying the rules the services enforce.</summary>
public sealed class DemoMarketplaceActivityBuilderTests
{
    private const int Seed = 20261122 + 8;

    private static readonly DateTimeOffset Now = new(2026, 12, 7, 19, 30, 15, TimeSpan.Zero);

    [Fact]
    public void Build_SameSeedAndInput_ReturnsIdenticalRows()
    {
        var input = Input();

        var first = Serialize(DemoMarketplaceActivityBuilder.Build(Seed, Now, input));
        var second = Serialize(DemoMarketplaceActivityBuilder.Build(Seed, Now, input));

        Assert.Equal(first, second);
        Assert.NotEqual(first, Serialize(DemoMarketplaceActivityBuilder.Build(Seed + 1, Now, input)));
    }

    [Fact]
    public void Build_Threads_AreBelievableAndAsTheInquiryServiceWritesThem()
    {
        var input = Input();
        var activity = DemoMarketplaceActivityBuilder.Build(Seed, Now, input);

        Assert.InRange(activity.Inquiries.Count, 10, 14);
        Assert.Contains(activity.Inquiries, i => i.SubjectKind == InquirySubjectKind.Technology);
        Assert.Contains(activity.Inquiries, i => i.SubjectKind == InquirySubjectKind.Need);
        Assert.Contains(activity.Inquiries, i => i.SubjectKind == InquirySubjectKind.Person);
        Assert.Contains(activity.Inquiries, i => i.SenderId == input.MainCompany.UserId);
        Assert.Contains(activity.Inquiries, i => i.RecipientOrganizationId == input.MainCompany.OrganizationId);
        var members = activity.Users.Where(u => u.OrganizationId is not null).ToDictionary(u => u.Id, u => u.OrganizationId!.Value);
        foreach (var inquiry in activity.Inquiries)
        {
            var messages = activity.Messages.Where(m => m.InquiryId == inquiry.Id).OrderBy(m => m.SentAt).ToList();
            Assert.InRange(messages.Count, 1, 4);
            Assert.Equal(inquiry.SenderId, messages[0].AuthorUserId);
            Assert.Equal(inquiry.CreatedAt, messages[0].SentAt);
            Assert.Equal(messages[^1].SentAt, inquiry.LastMessageAt);
            Assert.True(inquiry.CreatedAt > Now.AddDays(-DemoMarketplaceActivityBuilder.HistoryDays) && inquiry.LastMessageAt < Now);
            Assert.Equal(messages.Count + (inquiry.Status == InquiryStatus.Closed ? 1 : 0), activity.Versions[inquiry.Id]);
            Assert.Equal(inquiry.SubjectKind == InquirySubjectKind.Person, inquiry.RecipientPersonId == inquiry.SubjectId && inquiry.RecipientOrganizationId is null);
            foreach (var reply in messages.Where(m => m.AuthorUserId != inquiry.SenderId))
            {
                var organization = members.TryGetValue(reply.AuthorUserId, out var o) ? o : reply.AuthorUserId == input.MainCompany.UserId ? input.MainCompany.OrganizationId : Guid.Empty;
                Assert.Equal(inquiry.RecipientOrganizationId, organization);
            }

            Assert.All(activity.Reads.Where(r => r.InquiryId == inquiry.Id), r => Assert.True(r.ReadAt > inquiry.CreatedAt && r.ReadAt < Now));
        }

        // Nothing is asked about before it was filed, nor by an account before it existed (the demo accounts themselves are made at seeding).
        var filed = input.Technologies.Select(t => (t.Id, t.CreatedAt)).Concat(input.Needs.Select(n => (n.Id, n.CreatedAt))).ToDictionary(x => x.Id, x => x.CreatedAt);
        Assert.All(activity.Inquiries.Where(i => filed.ContainsKey(i.SubjectId)), i => Assert.True(i.CreatedAt > filed[i.SubjectId]));
        Assert.DoesNotContain(activity.Messages, m => input.Companies.Any(c => c.UserId == m.AuthorUserId && c.CreatedAt > m.SentAt));
        Assert.All(activity.Matches, m => Assert.True(m.ProposedAt > filed[m.NeedId]));
        Assert.DoesNotContain(activity.Participants, p => input.Companies.Any(c => c.UserId == p.UserId && c.CreatedAt > p.RegisteredAt));
        Assert.Contains(activity.Inquiries, i => activity.Messages.Count(m => m.InquiryId == i.Id) == 1);
        Assert.Contains(activity.Messages, m => m.Body.StartsWith("Hello", StringComparison.Ordinal));
        Assert.Equal(activity.Reads.Count, activity.Reads.Select(r => (r.InquiryId, r.UserId)).Distinct().Count());
    }

    [Fact]
    public void Build_Deals_MoveThroughLegalStepsWithIncreasingDates()
    {
        var activity = DemoMarketplaceActivityBuilder.Build(Seed, Now, Input());
        var today = DemoMarketplaceActivityBuilder.KstDay(Now);

        Assert.Equal(DemoMarketplaceActivityBuilder.DealOutcomes.Order(), activity.Deals.Select(d => d.State).Order());
        foreach (var deal in activity.Deals)
        {
            var inquiry = activity.Inquiries.Single(i => i.Id == deal.InquiryId);
            Assert.Equal((InquirySubjectKind.Technology, deal.TechnologyId, deal.SellerOrganizationId), (inquiry.SubjectKind, inquiry.SubjectId, inquiry.RecipientOrganizationId!.Value));
            Assert.Equal((inquiry.SenderId, inquiry.SenderOrganizationId), (deal.BuyerUserId, deal.BuyerOrganizationId));
            Assert.True(deal.OpenedAt > inquiry.LastMessageAt);
            var steps = activity.Steps.Where(s => s.DealId == deal.Id).OrderBy(s => s.RecordedAt).ToList();
            Assert.Equal(DealState.Inquiry, steps[0].Stage);
            Assert.Equal((deal.OpenedAt, deal.OpenedById, DealSide.Seller), (steps[0].RecordedAt, steps[0].ActorId, steps[0].ActorSide));
            for (var i = 1; i < steps.Count; i++)
            {
                Assert.True(DealTransitions.IsLegal(steps[i - 1].Stage, steps[i].Stage), $"{steps[i - 1].Stage} → {steps[i].Stage}");
                Assert.True(steps[i].OccurredOn > steps[i - 1].OccurredOn);
                Assert.Equal(DealTransitions.HasTerms(steps[i].Stage), steps[i].LicenceKind is not null && steps[i].UpfrontFeeKrw > 0 && steps[i].RoyaltyBasisPoints > 0);
                Assert.Contains(steps[i].ActorId, new[] { deal.OpenedById, deal.BuyerUserId });
                Assert.Equal(steps[i].ActorId == deal.BuyerUserId ? DealSide.Buyer : DealSide.Seller, steps[i].ActorSide);
            }

            Assert.All(steps, s => Assert.Equal(DealTransitions.HasTerms(s.Stage), s.LicenceKind is not null));
            Assert.All(steps, s => Assert.Equal(DemoMarketplaceActivityBuilder.KstDay(s.RecordedAt), s.OccurredOn));
            Assert.True(steps[^1].OccurredOn <= today);
            Assert.Equal(steps[^1].OccurredOn, deal.LastStepOn);
            if (deal.State == DealState.Lost)
            {
                Assert.True(DealTransitions.IsLegal(steps[^1].Stage, DealState.Lost));
                Assert.Equal(steps[^1].Stage, deal.LostAtStage);
                Assert.True(deal.LossReason is not null && deal.LostAt > steps[^1].RecordedAt && deal.LostAt < Now && deal.LostById == deal.BuyerUserId);
                Assert.Equal(deal.LostAt, deal.UpdatedAt);
                Assert.Equal(steps.Count + 1, activity.Versions[deal.Id]);
            }
            else
            {
                Assert.Equal(steps[^1].Stage, deal.State);
                Assert.Equal((DealLossReason?)null, deal.LossReason);
                Assert.Equal(steps[^1].RecordedAt, deal.UpdatedAt);
                Assert.Equal(steps.Count, activity.Versions[deal.Id]);
            }
        }

        var contract = activity.Steps.Single(s => s.Stage == DealState.Contract);
        Assert.True(contract.LicenceKind is not null && contract.UpfrontFeeKrw > 0);
        var changes = activity.TechnologyChanges;
        Assert.Equal(changes.OrderBy(c => c.At), changes);
        Assert.Equal(LicensingStatus.Licensed, changes.Last(c => c.TechnologyId == activity.Deals.Single(d => d.State == DealState.Contract).TechnologyId).Status);
        Assert.Equal(LicensingStatus.Available, changes.Last(c => c.TechnologyId == activity.Deals.Single(d => d.State == DealState.Lost).TechnologyId).Status);
    }

    [Fact]
    public void Build_PastEventSchedule_HasNoClashAndEveryAcceptedMeetingPlaced()
    {
        var activity = DemoMarketplaceActivityBuilder.Build(Seed, Now, Input());

        var past = Assert.Single(activity.Events, e => e.Status == PartneringEventStatus.Closed);
        var upcoming = Assert.Single(activity.Events, e => e.Status == PartneringEventStatus.Open);
        Assert.True(upcoming.RegistrationDeadline > Now && upcoming.FirstDay > DemoMarketplaceActivityBuilder.KstDay(Now));
        Assert.Equal((4L, 2L), (activity.Versions[past.Id], activity.Versions[upcoming.Id]));
        var participants = activity.Participants.Where(p => p.EventId == past.Id).ToDictionary(p => p.Id);
        Assert.InRange(participants.Count, 10, 14);
        Assert.Equal(participants.Count, participants.Values.Select(p => p.UserId).Distinct().Count());
        var slots = EventSlots.Of(past);
        var requests = activity.MeetingRequests.Where(r => r.EventId == past.Id).ToDictionary(r => r.Id);
        var placements = activity.Placements.Where(p => p.EventId == past.Id).ToList();
        var accepted = requests.Values.Where(r => r.Status == MeetingRequestStatus.Accepted).ToList();
        Assert.True(accepted.Count >= 10);
        Assert.Contains(requests.Values, r => r.Status == MeetingRequestStatus.Declined);
        Assert.Equal(accepted.Select(r => r.Id).Order(), placements.Select(p => p.MeetingRequestId).Order());

        // No table and no person twice in one slot; nobody in a slot they marked unavailable.
        Assert.Equal(placements.Count, placements.Select(p => (p.SlotIndex, p.TableNumber)).Distinct().Count());
        var seats = placements.SelectMany(p => new[] { (requests[p.MeetingRequestId].RequesterId, p.SlotIndex), (requests[p.MeetingRequestId].RecipientId, p.SlotIndex) }).ToList();
        Assert.Equal(seats.Count, seats.Distinct().Count());
        Assert.All(seats, s => Assert.DoesNotContain(s.SlotIndex, participants[s.Item1].Unavailable()));
        Assert.All(placements, p => Assert.True(p.SlotIndex < slots.Count && p.TableNumber >= 1 && p.TableNumber <= past.TableCount));
        Assert.Equal(seats.Order(), activity.Seats.Where(s => s.EventId == past.Id).Select(s => (s.ParticipantId, s.SlotIndex)).Order());

        // In the order the services allow: registered, asked, answered, scheduled, published before the event; feedback after the meeting.
        var run = Assert.Single(activity.Runs);
        Assert.Equal((placements.Count, 0, true), (run.Placed, run.Unplaced, run.ProvedOptimal));
        Assert.All(participants.Values, p => Assert.True(p.RegisteredAt > past.CreatedAt && p.UpdatedAt < past.RegistrationDeadline && p.UpdatedAt < run.RunAt));
        Assert.All(requests.Values, r => Assert.True(r.CreatedAt > participants[r.RequesterId].RegisteredAt && r.CreatedAt > participants[r.RecipientId].RegisteredAt
            && (r.AnsweredAt is null ? r.Status == MeetingRequestStatus.Pending : r.AnsweredAt > r.CreatedAt && r.AnsweredAt < run.RunAt)));
        Assert.True(run.RunAt < past.PublishedAt && past.PublishedAt < slots[0].Start && slots[^1].End < Now);
        Assert.NotEmpty(activity.Feedback);
        Assert.Contains(activity.Feedback, f => f.FollowUpPlanned);
        Assert.Contains(activity.Feedback, f => !f.FollowUpPlanned);
        Assert.All(activity.Feedback, f => Assert.True(
            f.GivenAt > slots[placements.Single(p => p.MeetingRequestId == f.MeetingRequestId).SlotIndex].End && f.GivenAt < Now
            && (requests[f.MeetingRequestId].RequesterId == f.ParticipantId || requests[f.MeetingRequestId].RecipientId == f.ParticipantId)));
    }

    [Fact]
    public void Build_HiTechAndAdvisory_OneAcceptedTaskPerResearcherAndStepsInOrder()
    {
        var input = Input();
        var activity = DemoMarketplaceActivityBuilder.Build(Seed, Now, input);

        Assert.Equal([HiTechMatchStatus.Proposed, HiTechMatchStatus.Accepted, HiTechMatchStatus.Declined], activity.Matches.Select(m => m.Status).Order());
        var accepted = activity.Matches.Where(m => m.Status == HiTechMatchStatus.Accepted).ToList();
        Assert.Equal(accepted.Count, accepted.Select(m => m.ResearcherPersonId).Distinct().Count());
        foreach (var match in activity.Matches)
        {
            Assert.Equal(input.MainCompany.OrganizationId, match.CompanyId);
            Assert.Contains(input.Needs, n => n.Id == match.NeedId && n.CompanyId == match.CompanyId);
            Assert.Contains(input.YoungResearchers, r => r.PersonId == match.ResearcherPersonId);
            if (match.Status == HiTechMatchStatus.Proposed)
            {
                Assert.True(match.AnsweredAt is null && match.AnsweredById is null);
                Assert.Equal(1, activity.Versions[match.Id]);
                continue;
            }

            var account = activity.Users.Single(u => u.Id == match.AnsweredById);
            Assert.Equal(input.YoungResearchers.Single(r => r.PersonId == match.ResearcherPersonId).Email, account.Email);
            Assert.True(match.AnsweredAt > match.ProposedAt && match.AnsweredAt < Now);
            Assert.Equal(2, activity.Versions[match.Id]);
        }

        Assert.Equal([AdvisoryStatus.Assigned, AdvisoryStatus.Completed], activity.Advisory.Select(a => a.Status).Order());
        Assert.All(activity.Advisory, a => Assert.True(a.AssignedAt > a.RequestedAt && a.AssignedAt < Now && a.CountryCode != "KR"
            && input.KtagMembers.Any(m => m.PersonId == a.MemberPersonId) && a.AssignedById == input.Coordinator.UserId));
        var completed = activity.Advisory.Single(a => a.Status == AdvisoryStatus.Completed);
        Assert.True(completed.SessionOn >= DemoMarketplaceActivityBuilder.KstDay(completed.AssignedAt!.Value) && completed.CompletedAt > completed.AssignedAt
            && completed.CompletedAt < Now && completed.Outcome is not null && completed.SessionMinutes > 0);
        Assert.Equal(3, activity.Versions[completed.Id]);
    }

    private static DemoMarketplaceInput Input()
    {
        var random = new Random(42);
        Guid Id()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        string[] fields = ["SECONDARY_BATTERY", "SEMICONDUCTOR"];
        var old = Now.AddYears(-1);
        var main = new DemoMarketplaceInput.Company(Id(), "데모 기업 담당자", Id(), "데모전자", fields, Now);
        var companies = Enumerable.Range(1, 20).Select(i => new DemoMarketplaceInput.Company(Id(), $"담당자{i}", Id(), $"기업{i}", [fields[i % 2]], i == 1 ? Now.AddDays(-3) : old)).ToList();
        var owners = Enumerable.Range(1, 5).Select(i => (Id: Id(), Name: $"대학교{i} 산학협력단")).ToList();
        var technologies = Enumerable.Range(1, 30).Select(i => new DemoMarketplaceInput.Technology(
            Id(), $"기술 {i}", owners[i % 5].Id, owners[i % 5].Name, $"https://univ{i % 5}.ac.kr", [fields[i % 2]], [LicenceKind.NonExclusive, LicenceKind.Exclusive],
            10_000_000, 50_000_000, i % 3 == 0 ? Now.AddDays(-30) : old)).ToList();
        var needs = Enumerable.Range(1, 3).Select(i => new DemoMarketplaceInput.Need(Id(), main.OrganizationId, $"수요 {i}", [fields[i % 2]], i == 1 ? Now.AddDays(-40) : i == 2 ? Now.AddDays(-5) : old)).ToList();
        var people = Enumerable.Range(1, 10).Select(i => new DemoMarketplaceInput.Person(Id(), $"연구자{i}")).ToList();
        var young = Enumerable.Range(1, 8).Select(i => new DemoMarketplaceInput.YoungResearcher(Id(), $"신진{i}", $"young{i}@univ.ac.kr", [fields[i % 2]])).ToList();
        var members = new[] { "US", "DE", "JP" }.Select(c => new DemoMarketplaceInput.KtagMember(Id(), c)).ToList();
        return new DemoMarketplaceInput(main, companies, new(Id(), "데모 연구자"), new(Id(), "데모 코디네이터"), new(Id(), "데모 PM"), technologies, needs, people, young, members);
    }

    private static string Serialize(DemoMarketplaceActivity activity) => JsonSerializer.Serialize(new object[]
    {
        activity.Users.Select(u => new { u.Id, u.Email, u.DisplayName, u.OrganizationId, u.CreatedAt, u.SecurityStamp, Roles = u.Roles.Select(r => r.Role) }),
        activity.Inquiries, activity.Messages, activity.Reads, activity.Deals, activity.Steps, activity.TechnologyChanges, activity.Events, activity.Participants,
        activity.MeetingRequests, activity.Placements, activity.Seats, activity.Runs, activity.Feedback, activity.Matches, activity.Advisory, activity.Versions,
    });
}
