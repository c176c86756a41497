using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace.Talent;
using static TechBridge.Core.Data.Seeding.Demo.DemoMarketplaceActivityTexts;

namespace TechBridge.Core.Data.Seeding.Demo;

public static partial class DemoMarketplaceActivityBuilder
{
    /// <summary>
    /// Three Hi-TECH proposals from the demo company account for its needs, to young researchers whose fields meet the need's
    /// (when any do): one accepted, one declined (both answered from the researcher's own account), one waiting.
    /// </summary>
    private static void BuildHiTech(DemoRandom random, DemoMarketplaceInput input, DemoMarketplaceActivity result)
    {
        var needs = input.Needs.Where(n => n.CompanyId == input.MainCompany.OrganizationId).OrderBy(n => n.Id).ToList();
        var pool = input.YoungResearchers.OrderBy(r => r.PersonId).ToList();
        if (needs.Count == 0)
        {
            return;
        }

        var statuses = new[] { HiTechMatchStatus.Accepted, HiTechMatchStatus.Declined, HiTechMatchStatus.Proposed };
        for (var n = 0; n < statuses.Length && pool.Count > 0; n++)
        {
            var need = needs[n % needs.Count];
            var fitting = pool.Where(r => r.Fields.Intersect(need.Fields, StringComparer.Ordinal).Any()).ToList();
            var researcher = random.Pick(fitting.Count > 0 ? fitting : pool);
            pool.Remove(researcher);
            var proposed = After(random, DaysAgo(random, random.Next(20, 100)), need.CreatedAt);
            var match = new HiTechMatch
            {
                Id = random.NextGuid(), NeedId = need.Id, CompanyId = need.CompanyId, ResearcherPersonId = researcher.PersonId, ProposedById = input.MainCompany.UserId,
                Message = HiTechMessage, Status = HiTechMatchStatus.Proposed, Score = Math.Round(4 + (random.NextDouble() * 8), 4), ProposedAt = proposed,
            };
            result.Matches.Add(match);
            result.Versions[match.Id] = 1;
            if (statuses[n] == HiTechMatchStatus.Proposed)
            {
                continue;
            }

            var account = NewUser(random, researcher.Email, researcher.Name, Roles.Researcher, null, proposed.AddDays(-random.Next(30, 400)));
            result.Users.Add(account);
            match.Status = statuses[n];
            match.DeclineReason = statuses[n] == HiTechMatchStatus.Declined ? HiTechDecline : null;
            match.AnsweredAt = proposed.AddHours(random.Next(5, 96));
            match.AnsweredById = account.Id;
            result.Versions[match.Id]++;
        }
    }

    /// <summary>Two K-TAG advisory requests of the demo company: one assigned by the coordinator, one whose session the coordinator logged.</summary>
    private static void BuildAdvisory(DemoRandom random, DemoMarketplaceInput input, DemoMarketplaceActivity result)
    {
        var members = input.KtagMembers.OrderBy(m => m.PersonId).ToList();
        if (members.Count == 0)
        {
            return;
        }

        DemoMarketplaceInput.KtagMember MemberIn(params string[] countries) =>
            members.FirstOrDefault(m => countries.Contains(m.CountryCode)) ?? random.Pick(members);

        var european = MemberIn("DE", "FR", "NL", "GB", "SE", "FI", "AT", "CH", "IT", "ES", "BE");
        var requested = DaysAgo(random, random.Next(60, 90));
        var completed = new AdvisoryRequest
        {
            Id = random.NextGuid(), CompanyId = input.MainCompany.OrganizationId, RequestedById = input.MainCompany.UserId, Topic = AdvisoryTopicCompleted,
            Question = AdvisoryQuestionCompleted, CountryCode = european.CountryCode == "KR" ? "DE" : european.CountryCode, FieldCode = input.MainCompany.Fields.Count > 0 ? input.MainCompany.Fields[0] : null,
            Status = AdvisoryStatus.Completed, RequestedAt = requested, MemberPersonId = european.PersonId, AssignedById = input.Coordinator.UserId,
            AssignedAt = requested.AddDays(random.Next(1, 4)), AssignmentNote = AdvisoryNoteCompleted, SessionMinutes = 90, Outcome = AdvisoryOutcome.PartnerIntroduced,
            OutcomeNote = AdvisoryOutcomeNote, LoggedById = input.Coordinator.UserId,
        };
        completed.SessionOn = KstDay(completed.AssignedAt!.Value).AddDays(random.Next(7, 15));
        completed.CompletedAt = KstAt(completed.SessionOn.Value.AddDays(1), (10 * 60) + random.Next(0, 300));
        result.Advisory.Add(completed);
        result.Versions[completed.Id] = 3; // requested, assigned, session logged

        var american = MemberIn("US", "CA");
        requested = DaysAgo(random, random.Next(8, 20));
        var assigned = new AdvisoryRequest
        {
            Id = random.NextGuid(), CompanyId = input.MainCompany.OrganizationId, RequestedById = input.MainCompany.UserId, Topic = AdvisoryTopicAssigned,
            Question = AdvisoryQuestionAssigned, CountryCode = american.CountryCode == "KR" ? "US" : american.CountryCode, FieldCode = input.MainCompany.Fields.Count > 0 ? input.MainCompany.Fields[0] : null,
            Status = AdvisoryStatus.Assigned, RequestedAt = requested, MemberPersonId = american.PersonId, AssignedById = input.Coordinator.UserId,
            AssignedAt = requested.AddDays(random.Next(1, 4)), AssignmentNote = AdvisoryNoteAssigned,
        };
        result.Advisory.Add(assigned);
        result.Versions[assigned.Id] = 2; // requested, assigned
    }
}
