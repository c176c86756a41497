using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Programs.Review.Reviews;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Programs.Review.Assignments;

/// <summary>
/// A host with a closed call (screening, overseas peer review at position 1 with a cut-off of 60 and 2 reviewers per
/// proposal, domestic panel at position 2; a budget of 1.5 billion won), three submitted proposals passed at screening on batteries, semiconductors
/// and hydrogen, and a pool of overseas and domestic reviewers, each with one publication in one of those topics and an
/// account of their own.
/// </summary>
internal sealed class ReviewWorld : IAsyncDisposable
{
    public static readonly string[] Topics = ["solid-state battery electrolyte interface", "semiconductor lithography photoresist", "hydrogen fuel cell membrane"];

    /// <summary>Each proposal's government budget: together the first two exceed the call's 1.5 billion won.</summary>
    public static readonly long[] Costs = [900_000_000, 700_000_000, 500_000_000];

    private static readonly string[] OverseasNames = ["Anna Schmidt", "John Miller", "Maria Garcia", "David Novak", "Laura Rossi", "Peter Hansen", "Emma Dubois", "Lucas Silva", "Sofia Berg"];

    private static readonly (string Ko, string En)[] DomesticNames = [("김민준", "Minjun Kim"), ("이서연", "Seoyeon Lee"), ("박지훈", "Jihoon Park"), ("최유진", "Yujin Choi"), ("정하은", "Haeun Jung"), ("강도윤", "Doyun Kang")];

    private ReviewWorld(CoreHost host, FakeTime time)
    {
        Host = host;
        Time = time;
    }

    public CoreHost Host { get; }

    public FakeTime Time { get; }

    public Guid Manager { get; private set; }

    public Guid Applicant { get; private set; }

    public Guid Call { get; private set; }

    public Guid PartnerOrganization { get; private set; }

    /// <summary>The proposals in topic order (battery, semiconductor, hydrogen).</summary>
    public List<Guid> Proposals { get; } = [];

    /// <summary>The pool: reviewer id → (account, group, topic index).</summary>
    public Dictionary<Guid, (Guid User, ReviewerGroup Group, int Topic, string NameEn)> Reviewers { get; } = [];

    public static async Task<ReviewWorld> StartAsync(string provider, int overseasPerTopic = 2, int domesticPerTopic = 1, int maxLoad = 2)
    {
        var time = new FakeTime();
        var host = await CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => new TestAuditActor("manager-1", "김사업", "req-review"));
            services.AddSingleton<TimeProvider>(time);
        });
        var world = new ReviewWorld(host, time);
        try
        {
            await world.SetUpAsync(overseasPerTopic, domesticPerTopic, maxLoad);
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    public Task<AssignmentRun> RunAsync(int position = 1, AssignmentOptions? options = null) =>
        Host.RunAsync<StageAssignmentService, AssignmentRun>(s => s.RunAsync(Manager, Call, position, options ?? new AssignmentOptions()));

    public Task<int> ReleaseAsync(int position = 1, DateTimeOffset? due = null) =>
        Host.RunAsync<StageLifecycle, int>(s => s.ReleaseAsync(Manager, Call, position, due ?? Time.GetUtcNow().AddDays(14)));

    public Task<List<ReviewAssignment>> AssignmentsAsync(int position = 1) =>
        Host.QueryAsync(db => db.ReviewAssignments.AsNoTracking().Include(a => a.Scores).Where(a => a.CallId == Call && a.StagePosition == position)
            .OrderBy(a => a.ProposalId).ThenBy(a => a.ReviewerId).ToListAsync());

    public static ReviewInput Complete(int score, int criteria = 4) =>
        new([.. Enumerable.Range(0, criteria).Select(i => new CriterionInput(score, $"Criterion {i + 1}: reasoned comment."))], "Clear objectives; strengthen the dispatch plan.", null);

    /// <summary>Submits every released review of the stage, each with the score its reviewer's function gives.</summary>
    public async Task SubmitAllAsync(int position, Func<ReviewAssignment, int> score)
    {
        foreach (var a in (await AssignmentsAsync(position)).Where(a => a.Status == AssignmentStatus.Released))
        {
            var user = Reviewers[a.ReviewerId].User;
            await Host.RunAsync<ReviewService, long>(s => s.SubmitAsync(user, a.Id, Complete(score(a))));
        }
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    private async Task SetUpAsync(int overseasPerTopic, int domesticPerTopic, int maxLoad)
    {
        Manager = await AccountAsync(Roles.ProgramManager, "김사업");
        Applicant = await AccountAsync(Roles.Company, "이기업");
        var now = Time.GetUtcNow();
        var input = new CallInput
        {
            ProgramCode = "GLOBAL_COOP_CENTERS",
            TitleKo = "2026년 글로벌 산업기술 협력센터 공동연구",
            TitleEn = "2026 Global Industrial Technology Cooperation Center joint research",
            Kind = CallKind.Open,
            OpensAt = now.AddMinutes(-1),
            ClosesAt = now.AddDays(10),
            TotalBudgetKrw = 1_500_000_000,
            MaxGovernmentKrwPerTask = 1_000_000_000,
            MaxGovernmentSharePercent = 75,
            MaxMonths = 36,
            FieldCodes = ["SECONDARY_BATTERY"],
            ApplicantTypes = [ApplicantType.SmallBusiness],
            Documents = [DocumentKind.ResearchPlan],
            Stages =
            [
                new CallStageInput(StageKind.Screening, 0, null, 0, null),
                new CallStageInput(StageKind.OverseasPeerReview, 40, 60, 2, now.AddDays(40)),
                new CallStageInput(StageKind.DomesticPanel, 60, null, 2, now.AddDays(60)),
            ],
        };
        Call = await Host.RunAsync<CallService, Guid>(s => s.CreateAsync(Manager, input));
        await Host.RunAsync<CallService>(s => s.PublishAsync(Manager, Call));

        await Host.QueryAsync(async db =>
        {
            var partner = new Organization
            {
                Kind = OrganizationKind.ResearchInstitute, NameKo = "프라운호퍼 연구소", NameEn = "Fraunhofer Institute", CountryCode = "DE", CreatedAt = now, UpdatedAt = now,
            };
            db.Organizations.Add(partner);
            PartnerOrganization = partner.Id;
            for (var t = 0; t < Topics.Length; t++)
            {
                var proposal = new Proposal
                {
                    CallId = Call, ApplicantId = Applicant, Status = ProposalStatus.Submitted, TitleKo = $"과제 {t + 1}", TitleEn = $"Joint research on {Topics[t]}",
                    CreatedAt = now, UpdatedAt = now, SubmittedAt = now.AddMinutes(t), ReceiptNumber = $"2026-{t + 1:0000}", Screening = ScreeningOutcome.Passed,
                };
                var content = new ProposalContent(
                    proposal.TitleKo, proposal.TitleEn, null, $"We study {Topics[t]} with a partner abroad.", "SECONDARY_BATTERY", null, 24,
                    [new PartnerContent(Guid.NewGuid(), 0, PartnerRole.Overseas, partner.Id, "Fraunhofer Institute", "DE", null, null, PartnerResponse.Confirmed, now, now)],
                    [new ResearcherContent(0, 0, "Anna Weber", null, ResearcherRole.PrincipalInvestigator, 50)], [new BudgetContent(0, 1, Costs[t], Costs[t] / 3)], [],
                    new QualifyingAnswers(true, false, "evidence", 0, 0, null, false, null), [],
                    new CallRulesContent(36, 1_500_000_000, 75, false, false, [], [], null));
                (proposal.SnapshotJson, proposal.SnapshotSha256) = ProposalSnapshots.Serialize(
                    new ProposalSnapshot(proposal.Id, Call, proposal.ReceiptNumber, proposal.SubmittedAt.Value, Applicant, "이기업", content));
                db.Proposals.Add(proposal);
                Proposals.Add(proposal.Id);
            }

            return await db.SaveChangesAsync();
        });

        var n = 0;
        var (overseas, domestic) = (0, 0);
        for (var t = 0; t < Topics.Length; t++)
        {
            for (var i = 0; i < overseasPerTopic + domesticPerTopic; i++)
            {
                var group = i < overseasPerTopic ? ReviewerGroup.Overseas : ReviewerGroup.Domestic;
                var (nameKo, nameEn) = group == ReviewerGroup.Overseas ? (OverseasNames[overseas], OverseasNames[overseas++]) : DomesticNames[domestic++];
                n++;
                var user = await AccountAsync(Roles.Company, nameEn);
                var reviewer = await Host.QueryAsync(async db =>
                {
                    var person = new Person
                    {
                        NameKo = nameKo, NameEn = nameEn, CountryCode = group == ReviewerGroup.Overseas ? "US" : "KR",
                        Email = $"reviewer{n}@example.org", CreatedAt = now, UpdatedAt = now,
                    };
                    db.People.Add(person);
                    var publication = new Publication { Title = $"Advances in {Topics[t]}", Abstract = $"A study of {Topics[t]}.", Year = 2025 };
                    db.Publications.Add(publication);
                    db.Add(new PublicationAuthor { PublicationId = publication.Id, PersonId = person.Id, AuthorOrder = 1 });
                    var pooled = new PoolReviewer { PersonId = person.Id, UserId = user, Group = group, MaxLoad = maxLoad, Source = ReviewerSource.Directory, AddedAt = now, UpdatedAt = now };
                    db.Reviewers.Add(pooled);
                    await db.SaveChangesAsync();
                    return pooled.Id;
                });
                Reviewers[reviewer] = (user, group, t, nameEn);
            }
        }

        Time.Advance(TimeSpan.FromDays(11));
    }

    public async Task<Guid> AccountAsync(string role, string name) =>
        (await Host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount($"{Guid.NewGuid():N}@example.kr", name, "Review-World-2026!", [role])))).Id;
}
