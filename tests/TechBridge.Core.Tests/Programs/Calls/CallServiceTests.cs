using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Programs.Calls;

/// <summary>
/// Calls written by program managers: validated field by field, drafted, published, extended and closed (every other
/// transition refused), hidden from everyone else while a draft, audited, and changed under optimistic concurrency.
/// </summary>
public sealed class CallServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_Manager_SavesADraftWithItsTermsAndAuditsIt(string provider)
    {
        await using var world = await CallWorld.StartAsync(provider);

        var id = await world.CreateAsync(world.Input() with { KeepsRawScores = true });

        var view = await world.ViewAsync(id, world.Manager);
        Assert.Equal((CallStatus.Draft, CallPhase.Draft, 1L, true), (view.Status, view.Phase, view.Version, view.KeepsRawScores));
        Assert.Equal("글로벌 산업기술 협력센터 및 글로벌 협력과제", view.ProgramNameKo);
        Assert.Equal(["SECONDARY_BATTERY", "SEMICONDUCTOR"], view.FieldCodes);
        Assert.Equal([StageKind.Screening, StageKind.OverseasPeerReview, StageKind.DomesticPanel], view.Stages.Select(s => s.Kind));
        Assert.Equal([0, 40, 60], view.Stages.Select(s => s.WeightPercent));
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(ProgramCall)).ToListAsync());
        Assert.Equal((AuditAction.Added, "pm-1"), (Assert.Single(audit).Action, audit[0].ActorId));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_InvalidInput_ReportsEveryFieldInKoreanAndSavesNothing(string provider)
    {
        await using var world = await CallWorld.StartAsync(provider);
        using var culture = UiCulture.Use("ko-KR");
        var input = world.Input() with
        {
            ProgramCode = "NO_SUCH_PROGRAM",
            TitleKo = " ",
            ClosesAt = world.Input().OpensAt!.Value.AddHours(-1),
            MaxGovernmentKrwPerTask = 20_000_000_000,
            FieldCodes = ["NOT_A_FIELD"],
            ApplicantTypes = [],
            Topics = [new CallTopicInput("주제", "Topic", "이유", "Why", "목표", "What")],
            Stages =
            [
                new CallStageInput(StageKind.OverseasPeerReview, 40, null, 3, null),
                new CallStageInput(StageKind.Screening, 0, null, 0, null),
                new CallStageInput(StageKind.DomesticPanel, 50, 120, 0, null),
            ],
        };

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => world.CreateAsync(input));

        Assert.Equal(
            ["applicantTypes", "closesAt", "fieldCodes", "maxGovernmentKrwPerTask", "programCode", "stages", "stages[1].kind", "stages[2].cutOff",
                "stages[2].reviewersPerProposal", "titleKo", "topics"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("공고명(한국어)을 입력하세요.", error.Errors["titleKo"].Single());
        Assert.Equal("평가 단계 가중치의 합이 90%입니다. 합이 100%가 되게 하세요.", error.Errors["stages"].Single());
        Assert.Equal("요건 검토는 첫 단계여야 합니다.", error.Errors["stages[1].kind"].Single());
        Assert.Equal(0, await world.Host.QueryAsync(db => db.ProgramCalls.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_NotAManager_IsForbidden(string provider)
    {
        await using var world = await CallWorld.StartAsync(provider);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.CreateAsync(user: world.CompanyUser));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.CreateAsync(user: world.Reviewer));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Lifecycle_PublishExtendClose_MovesThroughThePhases(string provider)
    {
        await using var world = await CallWorld.StartAsync(provider);
        var id = await world.CreateAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => world.ViewAsync(id, world.CompanyUser)); // a draft is unknown to applicants
        await world.Host.RunAsync<CallService>(s => s.PublishAsync(world.Manager, id));
        Assert.Equal(CallPhase.Upcoming, (await world.ViewAsync(id, world.CompanyUser)).Phase);
        world.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(CallPhase.Open, (await world.ViewAsync(id, null)).Phase);
        var later = world.Input().ClosesAt!.Value.AddDays(7);
        await world.Host.RunAsync<CallService>(s => s.ExtendAsync(world.Manager, id, later));
        Assert.Equal(later, (await world.ViewAsync(id, null)).ClosesAt);
        await world.Host.RunAsync<CallService>(s => s.CloseAsync(world.Manager, id));

        var closed = await world.ViewAsync(id, world.CompanyUser);
        Assert.Equal((CallStatus.Closed, CallPhase.Over, 4L), (closed.Status, closed.Phase, closed.Version));
        Assert.NotNull(closed.ClosedAt);
        await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<CallService>(s => s.UpdateAsync(world.Manager, id, world.Input())));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Transitions_EveryIllegalOne_IsRefusedWithTheStatus(string provider)
    {
        await using var world = await CallWorld.StartAsync(provider);
        using var culture = UiCulture.Use("ko-KR");
        var draft = await world.CreateAsync();
        var closed = await world.CreateAsync();
        await world.Host.RunAsync<CallService>(s => s.PublishAsync(world.Manager, closed));
        await world.Host.RunAsync<CallService>(s => s.CloseAsync(world.Manager, closed));

        foreach (var (id, status) in new[] { (draft, CallStatus.Draft), (closed, CallStatus.Closed) })
        {
            foreach (var action in Enum.GetValues<CallAction>().Where(a => !CallTransitions.Allows(status, a)))
            {
                var error = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<CallService>(s => action switch
                {
                    CallAction.Publish => s.PublishAsync(world.Manager, id),
                    CallAction.Extend => s.ExtendAsync(world.Manager, id, world.Time.GetUtcNow().AddDays(90)),
                    _ => s.CloseAsync(world.Manager, id),
                }));
                Assert.Equal("Call.Transition", error.Code);
            }
        }

        Assert.Equal("작성 중 상태의 공고는 마감할 수 없습니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<CallService>(s => s.CloseAsync(world.Manager, draft)))).Message);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Publish_DeadlinePassed_IsRefused(string provider)
    {
        await using var world = await CallWorld.StartAsync(provider);
        var id = await world.CreateAsync();
        world.Time.Advance(TimeSpan.FromDays(40));

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<CallService>(s => s.PublishAsync(world.Manager, id)));

        Assert.Equal("Call.DeadlinePassed", error.Code);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_StaleVersion_IsAPreconditionFailureAndChangesNothing(string provider)
    {
        await using var world = await CallWorld.StartAsync(provider);
        var id = await world.CreateAsync();
        await world.Host.RunAsync<CallService>(s => s.UpdateAsync(world.Manager, id, world.Input() with { TitleEn = "Renamed" }, expectedVersion: 1));

        await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            world.Host.RunAsync<CallService>(s => s.UpdateAsync(world.Manager, id, world.Input() with { TitleEn = "Lost" }, expectedVersion: 1)));

        Assert.Equal(("Renamed", 2L), ((await world.ViewAsync(id, world.Manager)).TitleEn, (await world.ViewAsync(id, world.Manager)).Version));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task List_Applicant_SeesPublishedCallsOpenFirstAndNoDrafts(string provider)
    {
        await using var world = await CallWorld.StartAsync(provider);
        var draft = await world.CreateAsync(world.Input() with { TitleKo = "작성 중인 공고" });
        var soon = await world.CreateAsync(world.Input() with { TitleKo = "곧 마감", ClosesAt = world.Time.GetUtcNow().AddDays(5) });
        var later = await world.CreateAsync(world.Input() with { TitleKo = "나중 마감" });
        foreach (var id in new[] { soon, later })
        {
            await world.Host.RunAsync<CallService>(s => s.PublishAsync(world.Manager, id));
        }

        world.Time.Advance(TimeSpan.FromDays(2));

        var list = await world.Host.RunAsync<CallQueries, PagedResult<CallSummary>>(q => q.ListAsync(null, new CallFilter(), PageRequest.Of(1, 20)));
        var open = await world.Host.RunAsync<CallQueries, PagedResult<CallSummary>>(q => q.ListAsync(null, new CallFilter(Phase: CallPhase.Open, Query: "나중"), PageRequest.Of(1, 20)));
        var managers = await world.Host.RunAsync<TechBridge.Core.Programs.ProgramActors, PagedResult<CallSummary>>(async a =>
            await world.Host.RunAsync<CallQueries, PagedResult<CallSummary>>(async q => await q.ListAsync(await a.FindAsync(world.Manager), new CallFilter(), PageRequest.Of(1, 20))));

        Assert.Equal([soon, later], list.Items.Select(c => c.Id));
        Assert.All(list.Items, c => Assert.Equal(CallPhase.Open, c.Phase));
        Assert.Equal([later], open.Items.Select(c => c.Id));
        Assert.Equal([soon, later, draft], managers.Items.Select(c => c.Id));
    }
}
