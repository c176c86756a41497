using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Notifications;
using static TechBridge.Core.Tests.Facilities.Requests.SupportWorld;

namespace TechBridge.Core.Tests.Facilities.Requests;

/// <summary>
/// The request-level steps: submit, ask, answer, cancel, close. The clock stands at Wednesday 23 September 2026, 15:30 KST;
/// three business days later (추석 24–26 September, then the weekend) is Wednesday 30 September, 15:30 KST.
/// </summary>
public sealed class SupportRequestServiceTests
{
    private static readonly DateTimeOffset ThreeBusinessDaysLater = Kst(9, 30, 15, 30);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Submit_CompanyUser_IsSubmittedWithBusinessDayDueTimelineAndNoticesToCoordinators(string provider)
    {
        await using var world = await StartAsync(provider);

        var id = await world.SubmitAsync(Input(title: "  전해질 분석  ", stages: ["DEVELOPMENT", " DEVELOPMENT ", "APPLIED_RESEARCH"]));

        var r = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.Submitted, world.Company, world.CompanyUser, "전해질 분석", Industry), (r.Status, r.CompanyId, r.RequestedById, r.Title, r.IndustryCode));
        Assert.Equal(["APPLIED_RESEARCH", "DEVELOPMENT"], r.Stages.Select(s => s.StageCode).Order());
        Assert.Equal((ThreeBusinessDaysLater, 0, 4), (r.DueAt, r.EscalationLevel, r.Trl));
        var e = Assert.Single(await world.EventsAsync(id));
        Assert.Equal((SupportRequestEventKind.Submitted, "한기업", world.CompanyUser, (Guid?)null), (e.Kind, e.ActorName, e.ActorId, e.AssignmentId));
        Assert.Equal([world.Coordinator], await world.NoticedAsync());
        var message = Assert.Single(await world.InboxAsync(world.Coordinator));
        Assert.Equal($"/facilities/requests/{id}", message.Link);
        Assert.Contains("전해질 분석", message.Subject + message.Body, StringComparison.Ordinal);
        Assert.Equal(1, await world.Host.QueryAsync(db => db.OutgoingEmails.CountAsync(m => m.Template == NoticeTemplates.SupportRequestUpdated)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Submit_IndustryWithoutRepresentative_NotifiesProgramManagers(string provider)
    {
        await using var world = await StartAsync(provider);

        await world.SubmitAsync(Input(industry: OrphanIndustry));

        Assert.Equal([world.ProgramManager], await world.NoticedAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Submit_NotACompanyUser_IsForbidden(string provider)
    {
        await using var world = await StartAsync(provider);

        foreach (var user in new[] { world.Coordinator, world.Operator, world.ProgramManager, world.Outsider, Guid.NewGuid() })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => world.SubmitAsync(user: user));
        }

        Assert.Equal(0, await world.Host.QueryAsync(db => db.SupportRequests.CountAsync()));
    }

    public static TheoryData<string, SupportRequestInput, string> InvalidInputs() => new()
    {
        { "no title", Input(title: " "), "Title" },
        { "title too long", Input(title: new string('가', SupportRequestLimits.TitleLength + 1)), "Title" },
        { "no product", Input(product: null), "Product" },
        { "no problem", Input(problem: ""), "Problem" },
        { "no industry", Input(industry: null), "IndustryCode" },
        { "unknown industry", Input(industry: "SPACE_ELEVATORS"), "IndustryCode" },
        { "no stage", Input(stages: []), "Stages" },
        { "unknown stage", Input(stages: ["DEVELOPMENT", "DAYDREAMING"]), "Stages" },
        { "TRL 0", Input(trl: 0), "Trl" },
        { "TRL 10", Input(trl: 10), "Trl" },
        { "no start", new SupportRequestInput("t", Industry, "p", "q", ["DEVELOPMENT"], null, null, new DateOnly(2026, 12, 1)), "PeriodFrom" },
        { "no end", new SupportRequestInput("t", Industry, "p", "q", ["DEVELOPMENT"], null, new DateOnly(2026, 10, 1), null), "PeriodTo" },
        { "start yesterday", Input(from: new DateOnly(2026, 9, 22)), "PeriodFrom" },
        { "reversed", Input(from: new DateOnly(2026, 11, 2), to: new DateOnly(2026, 11, 1)), "PeriodTo" },
        { "367 days", Input(from: new DateOnly(2026, 10, 1), to: new DateOnly(2026, 10, 1).AddDays(SupportRequestLimits.MaxPeriodDays + 1)), "PeriodTo" },
        { "ends too far ahead", Input(from: new DateOnly(2028, 6, 1), to: new DateOnly(2028, 10, 1)), "PeriodTo" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Submit_InvalidField_ThrowsTheFieldErrorAndSavesNothing(string reason, SupportRequestInput input, string field)
    {
        await using var world = await StartAsync("sqlite");

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => world.SubmitAsync(input));

        Assert.True(e.Errors.ContainsKey(field), $"{reason}: errors on {string.Join(", ", e.Errors.Keys)}");
        Assert.All(e.Errors[field], m => Assert.False(string.IsNullOrWhiteSpace(m)));
        Assert.Equal(0, await world.Host.QueryAsync(db => db.SupportRequests.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Submit_BoundaryValues_AreAccepted(string provider)
    {
        await using var world = await StartAsync(provider);

        await world.SubmitAsync(Input(trl: 1, from: new DateOnly(2026, 9, 23), to: new DateOnly(2026, 9, 23)));
        await world.SubmitAsync(Input(trl: 9, from: new DateOnly(2026, 10, 1), to: new DateOnly(2026, 10, 1).AddDays(SupportRequestLimits.MaxPeriodDays)));
        await world.SubmitAsync(Input(trl: null));

        Assert.Equal(3, await world.Host.QueryAsync(db => db.SupportRequests.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AskThenAnswer_NoOpenPart_WaitsForTheCompanyThenReturnsToRouting(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        await world.ClearNoticesAsync();

        await world.ActAsync(world.Coordinator, id, SupportRequestAction.Ask, "  시료는 몇 개입니까?  ");

        var asked = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.AwaitingCompany, "시료는 몇 개입니까?", (DateTimeOffset?)ThreeBusinessDaysLater), (asked.Status, asked.Question, asked.DueAt));
        Assert.Equal([world.CompanyUser], await world.NoticedAsync());

        await world.ClearNoticesAsync();
        world.SetNow(Kst(9, 28, 9, 15));
        await world.ActAsync(world.CompanyUser, id, SupportRequestAction.Answer, "5개입니다.");

        var answered = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.Submitted, (string?)null, (DateTimeOffset?)Kst(10, 1, 9, 15)), (answered.Status, answered.Question, answered.DueAt));
        Assert.Equal([world.Coordinator], await world.NoticedAsync());
        Assert.Equal(
            [(SupportRequestEventKind.Submitted, "한기업", (string?)null), (SupportRequestEventKind.QuestionAsked, "김코디", "시료는 몇 개입니까?"),
                (SupportRequestEventKind.QuestionAnswered, "한기업", "5개입니다.")],
            (await world.EventsAsync(id)).Select(e => (e.Kind, e.ActorName, e.Text)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AskThenAnswer_OpenPart_ReturnsToInProgressWithoutDue(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        await world.AssignAsync(id);

        await world.ActAsync(world.Coordinator, id, SupportRequestAction.Ask, "분석 조건을 알려 주세요.");
        Assert.Equal(SupportRequestStatus.AwaitingCompany, (await world.RequestAsync(id)).Status);
        await world.ActAsync(world.CompanyUser, id, SupportRequestAction.Answer, "상온입니다.");

        var r = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.InProgress, (DateTimeOffset?)null, (string?)null), (r.Status, r.DueAt, r.Question));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Answer_PartAcceptedWhileTheQuestionWasOpen_CompletesTheRequest(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var part = await world.AssignAsync(id);
        await world.QuoteAsync(part);
        await world.ActAsync(world.Coordinator, id, SupportRequestAction.Ask, "다른 시험도 필요합니까?");
        await world.PartAsync(world.CompanyUser, part, SupportAssignmentAction.Accept);
        Assert.Equal(SupportRequestStatus.AwaitingCompany, (await world.RequestAsync(id)).Status);

        await world.ActAsync(world.CompanyUser, id, SupportRequestAction.Answer, "아니요, 충분합니다.");

        // Nothing is open and a part was accepted: completed, not back to routing as if every part had been declined.
        var r = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.Completed, (DateTimeOffset?)null), (r.Status, r.DueAt));
        Assert.Equal([SupportRequestEventKind.QuestionAnswered, SupportRequestEventKind.Completed], (await world.EventsAsync(id)).TakeLast(2).Select(e => e.Kind));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ask_ByProgramManager_IsAllowedAsOverseer(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();

        await world.ActAsync(world.ProgramManager, id, SupportRequestAction.Ask, "예산 범위는?");

        var e = (await world.EventsAsync(id)).Last();
        Assert.Equal((SupportRequestEventKind.QuestionAsked, "박사업"), (e.Kind, e.ActorName));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Cancel_OpenParts_WithdrawsThemAndTellsCentersAndCoordinators(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var assigned = await world.AssignAsync(id);
        var quoted = await world.AssignAsync(id, world.OtherCenter, world.OtherEquipment);
        await world.QuoteAsync(quoted, Quote(equipment: world.OtherEquipment), world.OtherOperator);
        await world.ClearNoticesAsync();

        await world.ActAsync(world.CompanyUser, id, SupportRequestAction.Cancel, null);

        var r = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.Cancelled, (DateTimeOffset?)null), (r.Status, r.DueAt));
        foreach (var part in new[] { assigned, quoted })
        {
            var p = await world.PartOfAsync(part);
            Assert.Equal((SupportAssignmentStatus.Withdrawn, (DateTimeOffset?)null), (p.Status, p.DueAt));
        }

        Assert.Equal([world.Coordinator, world.Operator, world.OtherOperator], (await world.NoticedAsync()).Order());
        Assert.Equal(SupportRequestEventKind.Cancelled, (await world.EventsAsync(id)).Last().Kind);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Close_WithReason_WithdrawsPartsAndTellsTheCompany(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var part = await world.AssignAsync(id);
        await world.ClearNoticesAsync();

        await world.ActAsync(world.Coordinator, id, SupportRequestAction.Close, "국내에서 지원할 수 없는 분석입니다.");

        var r = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.Closed, "국내에서 지원할 수 없는 분석입니다."), (r.Status, r.Reason));
        Assert.Equal(SupportAssignmentStatus.Withdrawn, (await world.PartOfAsync(part)).Status);
        Assert.Equal([world.CompanyUser, world.Operator], (await world.NoticedAsync()).OrderBy(u => u == world.CompanyUser ? 0 : 1));
        var e = (await world.EventsAsync(id)).Last();
        Assert.Equal((SupportRequestEventKind.Closed, "김코디", "국내에서 지원할 수 없는 분석입니다."), (e.Kind, e.ActorName, e.Text));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Act_MissingOrTooLongText_ThrowsTheFieldError(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();

        await Assert.ThrowsAsync<ValidationFailedException>(() => world.ActAsync(world.Coordinator, id, SupportRequestAction.Ask, " "));
        await Assert.ThrowsAsync<ValidationFailedException>(() => world.ActAsync(world.Coordinator, id, SupportRequestAction.Close, null));
        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.ActAsync(world.Coordinator, id, SupportRequestAction.Ask, new string('가', SupportRequestLimits.MessageLength + 1)));
        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.ActAsync(world.CompanyUser, id, SupportRequestAction.Cancel, new string('가', EquipmentLimits.ReasonLength + 1)));
        await world.ActAsync(world.Coordinator, id, SupportRequestAction.Ask, "질문");
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ActAsync(world.CompanyUser, id, SupportRequestAction.Answer, ""));

        Assert.True(e.Errors.ContainsKey("text"));
        Assert.Equal(SupportRequestStatus.AwaitingCompany, (await world.RequestAsync(id)).Status);
    }

    public static TheoryData<SupportRequestAction> AllActions() => [.. Enum.GetValues<SupportRequestAction>()];

    [Theory]
    [MemberData(nameof(AllActions))]
    public async Task Act_IllegalFromEveryStatus_ThrowsBusinessRuleAndChangesNothing(SupportRequestAction action)
    {
        await using var world = await StartAsync("sqlite");
        var submitted = await world.SubmitAsync();
        var awaiting = await world.SubmitAsync();
        await world.ActAsync(world.Coordinator, awaiting, SupportRequestAction.Ask, "질문");
        var inProgress = await world.SubmitAsync();
        await world.AssignAsync(inProgress);
        var completed = await world.SubmitAsync();
        var part = await world.AssignAsync(completed);
        await world.QuoteAsync(part, new QuoteInput(0, Start: Kst(10, 8, 10), End: Kst(10, 8, 11)));
        await world.PartAsync(world.CompanyUser, part, SupportAssignmentAction.Accept);
        var cancelled = await world.SubmitAsync();
        await world.ActAsync(world.CompanyUser, cancelled, SupportRequestAction.Cancel);
        var closed = await world.SubmitAsync();
        await world.ActAsync(world.Coordinator, closed, SupportRequestAction.Close, "지원 불가");
        var byStatus = new Dictionary<SupportRequestStatus, Guid>
        {
            [SupportRequestStatus.Submitted] = submitted, [SupportRequestStatus.AwaitingCompany] = awaiting, [SupportRequestStatus.InProgress] = inProgress,
            [SupportRequestStatus.Completed] = completed, [SupportRequestStatus.Cancelled] = cancelled, [SupportRequestStatus.Closed] = closed,
        };
        var user = action is SupportRequestAction.Ask or SupportRequestAction.Close ? world.Coordinator : world.CompanyUser;

        foreach (var (status, id) in byStatus)
        {
            Assert.Equal(status, (await world.RequestAsync(id)).Status);
            if (SupportRequestTransitions.Next(status, action) is not null)
            {
                continue;
            }

            var before = await world.RequestAsync(id);
            var e = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ActAsync(user, id, action, "사유"));
            Assert.Equal("SupportRequest.Transition", e.Code);
            var after = await world.RequestAsync(id);
            Assert.Equal((before.Status, before.Version), (after.Status, after.Version));
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Act_WrongParty_ForbiddenWhenTheRequestIsVisibleElseNotFound(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        await world.AssignAsync(id);

        // Sees the request but may not take the step: 403.
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(world.CompanyUser, id, SupportRequestAction.Ask));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(world.CompanyUser, id, SupportRequestAction.Close));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(world.Coordinator, id, SupportRequestAction.Cancel));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(world.Coordinator, id, SupportRequestAction.Answer));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(world.Operator, id, SupportRequestAction.Ask));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(world.Operator, id, SupportRequestAction.Cancel));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(world.ProgramManager, id, SupportRequestAction.Cancel));

        // Does not see it: 404, the same as an unknown request.
        foreach (var user in new[] { world.OtherCompanyUser, world.OtherOperator, world.Outsider })
        {
            foreach (var action in Enum.GetValues<SupportRequestAction>())
            {
                await Assert.ThrowsAsync<NotFoundException>(() => world.ActAsync(user, id, action));
            }
        }

        await Assert.ThrowsAsync<NotFoundException>(() => world.ActAsync(world.Coordinator, Guid.NewGuid(), SupportRequestAction.Ask));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(Guid.NewGuid(), id, SupportRequestAction.Ask));
        Assert.Equal(SupportRequestStatus.InProgress, (await world.RequestAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Act_StaleExpectedVersion_ThrowsPreconditionFailed(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var version = (await world.RequestAsync(id)).Version;

        await Assert.ThrowsAsync<PreconditionFailedException>(() => world.ActAsync(world.Coordinator, id, SupportRequestAction.Ask, "질문", version + 1));
        await world.ActAsync(world.Coordinator, id, SupportRequestAction.Ask, "질문", version);

        Assert.Equal(version + 1, (await world.RequestAsync(id)).Version);
    }
}
