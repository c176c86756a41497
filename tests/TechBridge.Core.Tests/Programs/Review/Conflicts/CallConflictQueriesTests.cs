using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Conflicts;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Programs.Selection;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Programs.Proposals;

namespace TechBridge.Core.Tests.Programs.Review.Conflicts;

/// <summary>A call's conflicts of interest from stored data: the pool's people, their affiliations and publications, against the frozen proposals.</summary>
public sealed class CallConflictQueriesTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ForCall_PoolAgainstSubmittedProposal_FindsEachSourceWithItsEvidence(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await SubmittedAsync(world);
        await world.Host.QueryAsync(async db =>
        {
            var now = world.Time.GetUtcNow();
            Person Person(string ko, string en, string country) => new() { NameKo = ko, NameEn = en, CountryCode = country, CreatedAt = now, UpdatedAt = now };
            var colleague = Person("박동료", "Park Dongryo", "KR");
            var coauthor = Person("", "Jonas Berg", "SE");
            var participant = Person("", "Anna Weber", "DE");
            var stranger = Person("", "Maria Rossi", "IT");
            db.People.AddRange(colleague, coauthor, participant, stranger);
            db.Affiliations.Add(new Affiliation { PersonId = colleague.Id, OrganizationId = world.Company, StartDate = new DateOnly(2020, 1, 1) });
            var paper = new Publication { Title = "Sulfide electrolyte interfaces", Year = 2025, Language = "en" };
            paper.Authors.Add(new PublicationAuthor { PublicationId = paper.Id, PersonId = coauthor.Id, AuthorOrder = 1 });
            paper.Authors.Add(new PublicationAuthor { PublicationId = paper.Id, PersonId = participant.Id, AuthorOrder = 2 });
            db.Publications.Add(paper);
            var old = new Publication { Title = "An old paper", Year = 2015, Language = "en" };
            old.Authors.Add(new PublicationAuthor { PublicationId = old.Id, PersonId = stranger.Id, AuthorOrder = 1 });
            old.Authors.Add(new PublicationAuthor { PublicationId = old.Id, PersonId = participant.Id, AuthorOrder = 2 });
            db.Publications.Add(old);
            foreach (var person in new[] { colleague, coauthor, participant, stranger })
            {
                db.Reviewers.Add(new PoolReviewer { PersonId = person.Id, Group = PoolReviewer.GroupOf(person.CountryCode), Source = ReviewerSource.Directory, AddedAt = now, UpdatedAt = now });
            }

            return await db.SaveChangesAsync();
        });

        var report = await world.Host.RunAsync<CallConflictQueries, CallConflictReport>(q => q.ForCallAsync(world.Manager, world.Call, years: 3));

        Assert.Equal((1, 4), (report.Proposals, report.Reviewers));
        var bySource = report.Conflicts.ToLookup(c => c.Source);
        Assert.Equal("(주)누리배터리", Assert.Single(bySource[ConflictSource.SameOrganization]).Evidence);
        Assert.Equal("Anna Weber", Assert.Single(bySource[ConflictSource.SamePerson]).Evidence);
        var shared = Assert.Single(bySource[ConflictSource.Coauthorship]);
        Assert.Equal("Jonas Berg", shared.ReviewerNameEn);
        Assert.Contains("Sulfide electrolyte interfaces (2025)", shared.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Conflicts, c => c.ReviewerNameEn == "Maria Rossi");
        Assert.All(report.Conflicts, c => Assert.Equal("2026-0001", c.ReceiptNumber));

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<CallConflictQueries, CallConflictReport>(q => q.ForCallAsync(world.Applicant, world.Call)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ForCall_RejectedAtScreening_IsLeftOut(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await SubmittedAsync(world);
        world.Time.Advance(TimeSpan.FromDays(31));
        await world.Host.RunAsync<ProposalScreening, long>(s => s.DecideAsync(world.Manager, id, ScreeningOutcome.Rejected, "서류 미비"));

        var report = await world.Host.RunAsync<CallConflictQueries, CallConflictReport>(q => q.ForCallAsync(world.Manager, world.Call));

        Assert.Equal((0, 0), (report.Proposals, report.Conflicts.Count));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ForCall_ReviewerInProjectSelectedEarlierWithApplicant_FindsJointProjectInWindowOnly(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await SubmittedAsync(world);
        await world.Host.QueryAsync(async db =>
        {
            var now = world.Time.GetUtcNow();
            var current = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id);
            var submitted = ProposalSnapshots.Deserialize(current.SnapshotJson!);
            var program = await db.ProgramCalls.Where(c => c.Id == world.Call).Select(c => c.ProgramCode).SingleAsync();
            Person Person(string en, string email) => new() { NameKo = "", NameEn = en, Email = email, CountryCode = "SE", CreatedAt = now, UpdatedAt = now };
            var byName = Person("Lars Nilsson", "lars@kth.example.se");
            var byEmail = Person("L. Svensson", "svensson@kth.example.se");
            var lapsed = Person("Erik Lund", "lund@kth.example.se");
            db.People.AddRange(byName, byEmail, lapsed);
            foreach (var person in new[] { byName, byEmail, lapsed })
            {
                db.Reviewers.Add(new PoolReviewer { PersonId = person.Id, Group = ReviewerGroup.Overseas, Source = ReviewerSource.Directory, AddedAt = now, UpdatedAt = now });
            }

            // Two earlier calls, each with one selected project of the applicant's company: one published in 2025, one in 2019.
            void Earlier(int year, string receipt, params ResearcherContent[] researchers)
            {
                var call = new ProgramCall
                {
                    ProgramCode = program, TitleKo = $"{year} 공모", TitleEn = $"{year} call", TotalBudgetKrw = 1_000_000_000, MaxGovernmentKrwPerTask = 500_000_000,
                    MaxGovernmentSharePercent = 75, MaxMonths = 36, CreatedById = world.Manager, CreatedAt = now, UpdatedAt = now,
                };
                var proposal = new Proposal { CallId = call.Id, ApplicantId = world.Applicant, Status = ProposalStatus.Submitted, TitleKo = $"{year} 과제", CreatedAt = now, UpdatedAt = now, ReceiptNumber = receipt, SubmittedAt = now };
                var snapshot = submitted with
                {
                    ProposalId = proposal.Id, CallId = call.Id, ReceiptNumber = receipt,
                    Content = submitted.Content with { TitleKo = $"{year} 배터리 공동과제", Researchers = researchers },
                };
                proposal.SnapshotJson = ProposalSnapshots.Serialize(snapshot).Json;
                var published = new DateTimeOffset(year, 11, 1, 0, 0, 0, TimeSpan.Zero);
                var selection = new CallSelection { CallId = call.Id, RunById = world.Manager, RunAt = published, PublishedAt = published, PublishedById = world.Manager };
                selection.Entries.Add(new SelectionEntry { CallId = call.Id, ProposalId = proposal.Id, Outcome = SelectionOutcome.Selected });
                db.AddRange(call, proposal, selection);
            }

            Earlier(2025, "2025-0007",
                new ResearcherContent(1, 0, "NILSSON Lars", null, ResearcherRole.CoInvestigator, 20),
                new ResearcherContent(2, 0, "Lisa Svensson", "SVENSSON@kth.example.se", ResearcherRole.Researcher, 10));
            Earlier(2019, "2019-0003", new ResearcherContent(1, 0, "Erik Lund", null, ResearcherRole.CoInvestigator, 20));
            return await db.SaveChangesAsync();
        });

        var report = await world.Host.RunAsync<CallConflictQueries, CallConflictReport>(q => q.ForCallAsync(world.Manager, world.Call, years: 3));

        var joint = report.Conflicts.Where(c => c.Source == ConflictSource.JointProject).OrderBy(c => c.ReviewerNameEn, StringComparer.Ordinal).ToList();
        Assert.Equal(["L. Svensson", "Lars Nilsson"], joint.Select(c => c.ReviewerNameEn));
        Assert.All(joint, c => Assert.Equal("(주)누리배터리 · 2025-0007 2025 배터리 공동과제 (2025)", c.Evidence));

        var wide = await world.Host.RunAsync<CallConflictQueries, CallConflictReport>(q => q.ForCallAsync(world.Manager, world.Call, years: 10));
        Assert.Contains(wide.Conflicts, c => c.Source == ConflictSource.JointProject && c.ReviewerNameEn == "Erik Lund");
    }

    private static async Task<Guid> SubmittedAsync(ProposalWorld world)
    {
        var id = await world.CreateAsync();
        await world.SaveAsync(id, world.CompleteInput(await world.LeadPartnerAsync(id)));
        await world.ConfirmPartnersAndAttachAsync(id);
        await world.SubmitAsync(id);
        return id;
    }
}
