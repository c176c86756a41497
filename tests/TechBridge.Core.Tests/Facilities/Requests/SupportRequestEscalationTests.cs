using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Core.Shared.Calendar;
using static TechBridge.Core.Tests.Facilities.Requests.SupportWorld;

namespace TechBridge.Core.Tests.Facilities.Requests;

/// <summary>
/// Unanswered steps move on with the fake clock. Everything starts on Wednesday 23 September 2026, 15:30 KST. With three
/// business days: 추석 (Thursday 24 – Saturday 26) and the weekend are skipped, so the first due instant is Wednesday
/// 30 September, 15:30 KST; from there 개천절 (Saturday 3 October) and its substitute (Monday 5 October) are skipped, so the
/// second is Tuesday 6 October, 15:30 KST.
/// </summary>
public sealed class SupportRequestEscalationTests
{
    private static readonly DateTimeOffset FirstDue = Kst(9, 30, 15, 30);
    private static readonly DateTimeOffset SecondDue = Kst(10, 6, 15, 30);

    [Fact]
    public void DueInstants_AreWhatTheBusinessCalendarSays()
    {
        var calendar = new BusinessCalendar(Microsoft.Extensions.Options.Options.Create(new BusinessCalendarOptions()));

        Assert.False(calendar.IsBusinessDay(new DateOnly(2026, 9, 24)));
        Assert.False(calendar.IsBusinessDay(new DateOnly(2026, 9, 25)));
        Assert.False(calendar.IsBusinessDay(new DateOnly(2026, 10, 5)));
        Assert.Equal(FirstDue, calendar.AddBusinessDays(Start, 3));
        Assert.Equal(SecondDue, calendar.AddBusinessDays(FirstDue, 3));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Escalate_UnroutedRequest_ProgramManagersAtTheDueInstantThenAdministratorsThenOnlyWaits(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        await world.ClearNoticesAsync();
        Assert.Equal(FirstDue, (await world.RequestAsync(id)).DueAt);

        world.SetNow(FirstDue.AddMinutes(-1));
        Assert.Equal(0, await world.EscalateAsync());
        Assert.Empty(await world.NoticedAsync());

        world.SetNow(FirstDue);
        Assert.Equal(1, await world.EscalateAsync());
        var first = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.Submitted, 1, (DateTimeOffset?)SecondDue), (first.Status, first.EscalationLevel, first.DueAt));
        Assert.Equal([world.ProgramManager], await world.NoticedAsync());
        var e = (await world.EventsAsync(id)).Last();
        Assert.Equal((SupportRequestEventKind.Escalated, SupportRequestEscalation.SystemName, (Guid?)null, "ProgramManagers", FirstDue),
            (e.Kind, e.ActorName, e.ActorId, e.Text, e.At));
        Assert.Equal(0, await world.EscalateAsync());

        await world.ClearNoticesAsync();
        world.SetNow(SecondDue.AddMinutes(-1));
        Assert.Equal(0, await world.EscalateAsync());
        world.SetNow(SecondDue);
        Assert.Equal(1, await world.EscalateAsync());
        var second = await world.RequestAsync(id);
        Assert.Equal((2, (DateTimeOffset?)null), (second.EscalationLevel, second.DueAt));
        Assert.Equal([world.Administrator], await world.NoticedAsync());
        Assert.Equal("Administrators", (await world.EventsAsync(id)).Last().Text);

        world.SetNow(Kst(12, 31, 18));
        Assert.Equal(0, await world.EscalateAsync());
        Assert.Equal(2, (await world.EventsAsync(id)).Count(x => x.Kind == SupportRequestEventKind.Escalated));
        Assert.Equal(SupportRequestStatus.Submitted, (await world.RequestAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Escalate_CentersPart_CoordinatorsThenProgramManagersThenOnlyWaits(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var part = await world.AssignAsync(id);
        await world.ClearNoticesAsync();

        world.SetNow(FirstDue.AddMinutes(-1));
        Assert.Equal(0, await world.EscalateAsync());
        world.SetNow(FirstDue);
        Assert.Equal(1, await world.EscalateAsync());
        Assert.Equal((1, (DateTimeOffset?)SecondDue), ((await world.PartOfAsync(part)).EscalationLevel, (await world.PartOfAsync(part)).DueAt));
        Assert.Equal([world.Coordinator], await world.NoticedAsync());
        var e = (await world.EventsAsync(id)).Last();
        Assert.Equal((SupportRequestEventKind.Escalated, (Guid?)part, "Coordinators"), (e.Kind, e.AssignmentId, e.Text));

        await world.ClearNoticesAsync();
        world.SetNow(SecondDue);
        Assert.Equal(1, await world.EscalateAsync());
        Assert.Equal([world.ProgramManager], await world.NoticedAsync());
        Assert.Equal("ProgramManagers", (await world.EventsAsync(id)).Last().Text);
        Assert.Equal((2, (DateTimeOffset?)null, SupportAssignmentStatus.Assigned),
            ((await world.PartOfAsync(part)).EscalationLevel, (await world.PartOfAsync(part)).DueAt, (await world.PartOfAsync(part)).Status));

        world.SetNow(Kst(12, 31, 18));
        Assert.Equal(0, await world.EscalateAsync());
        // The center sees the escalations of its part.
        Assert.Equal(2, (await world.DetailAsync(world.Operator, id)).Events.Count(x => x.Kind == SupportRequestEventKind.Escalated));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Escalate_QuoteWaitingOnTheCompany_RemindsTheCompanyThenCoordinators(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var part = await world.AssignAsync(id);
        await world.QuoteAsync(part);
        await world.ClearNoticesAsync();

        world.SetNow(FirstDue);
        Assert.Equal(1, await world.EscalateAsync());
        Assert.Equal([world.CompanyUser], await world.NoticedAsync());
        Assert.Equal("Company", (await world.EventsAsync(id)).Last().Text);

        await world.ClearNoticesAsync();
        world.SetNow(SecondDue);
        Assert.Equal(1, await world.EscalateAsync());
        Assert.Equal([world.Coordinator], await world.NoticedAsync());
        Assert.Equal("Coordinators", (await world.EventsAsync(id)).Last().Text);
        Assert.Equal(SupportAssignmentStatus.Quoted, (await world.PartOfAsync(part)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Escalate_QuestionWaitingOnTheCompany_RemindsTheCompanyThenCoordinators(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        await world.ActAsync(world.Coordinator, id, SupportRequestAction.Ask, "시료 수는?");
        await world.ClearNoticesAsync();

        world.SetNow(FirstDue);
        Assert.Equal(1, await world.EscalateAsync());
        Assert.Equal([world.CompanyUser], await world.NoticedAsync());
        await world.ClearNoticesAsync();
        world.SetNow(SecondDue);
        Assert.Equal(1, await world.EscalateAsync());
        Assert.Equal([world.Coordinator], await world.NoticedAsync());
        Assert.Equal(["Company", "Coordinators"], (await world.EventsAsync(id)).Where(e => e.Kind == SupportRequestEventKind.Escalated).Select(e => e.Text));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Escalate_AnsweredMeanwhile_DoesNotOverwriteTheAnswer(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        await world.ActAsync(world.Coordinator, id, SupportRequestAction.Ask, "시료 수는?");
        await world.ClearNoticesAsync();
        world.SetNow(FirstDue);
        // The company answers after the escalation read the request and before it saves.
        world.Hook.Once(
            db => db.ChangeTracker.Entries<SupportRequestEvent>().Any(e => e.State == EntityState.Added && e.Entity.Kind == SupportRequestEventKind.Escalated),
            () => world.ActAsync(world.CompanyUser, id, SupportRequestAction.Answer, "5개입니다."));

        Assert.Equal(0, await world.EscalateAsync());

        var r = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.Submitted, 0, (DateTimeOffset?)SecondDue, (string?)null), (r.Status, r.EscalationLevel, r.DueAt, r.Question));
        Assert.DoesNotContain(await world.EventsAsync(id), e => e.Kind == SupportRequestEventKind.Escalated);
        Assert.Equal([world.Coordinator], await world.NoticedAsync());
        Assert.Equal(0, await world.EscalateAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Escalate_QuotedMeanwhile_DoesNotOverwriteTheQuote(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var part = await world.AssignAsync(id);
        world.SetNow(FirstDue);
        world.Hook.Once(
            db => db.ChangeTracker.Entries<SupportRequestEvent>().Any(e => e.State == EntityState.Added && e.Entity.Kind == SupportRequestEventKind.Escalated),
            () => world.QuoteAsync(part));

        Assert.Equal(0, await world.EscalateAsync());

        var p = await world.PartOfAsync(part);
        Assert.Equal((SupportAssignmentStatus.Quoted, 0, (DateTimeOffset?)SecondDue, 200_000L), (p.Status, p.EscalationLevel, p.DueAt, p.PriceKrw!.Value));
        Assert.DoesNotContain(await world.EventsAsync(id), e => e.Kind == SupportRequestEventKind.Escalated);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Escalate_IndustryWithoutRepresentative_PartGoesToProgramManagers(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync(Input(industry: OrphanIndustry));
        await world.AssignAsync(id, user: world.ProgramManager);
        await world.ClearNoticesAsync();
        world.SetNow(FirstDue);

        Assert.Equal(1, await world.EscalateAsync());

        // "Coordinators" of an industry without a representative institution are the program managers.
        Assert.Equal([world.ProgramManager], await world.NoticedAsync());
    }

    [Theory]
    [InlineData("sqlite", 1, 9, 28)]
    [InlineData("postgres", 5, 10, 2)]
    public async Task Submit_ConfiguredBusinessDays_DueSkipsTheHolidays(string provider, int days, int month, int day)
    {
        await using var world = await StartAsync(provider, o => o.ResponseBusinessDays = days);

        var id = await world.SubmitAsync();

        Assert.Equal(Kst(month, day, 15, 30), (await world.RequestAsync(id)).DueAt);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Escalate_SteppedEnds_NothingMoves(string provider)
    {
        await using var world = await StartAsync(provider);
        var cancelled = await world.SubmitAsync();
        await world.AssignAsync(cancelled);
        await world.ActAsync(world.CompanyUser, cancelled, SupportRequestAction.Cancel);
        var closed = await world.SubmitAsync();
        await world.ActAsync(world.Coordinator, closed, SupportRequestAction.Close, "불가");

        world.SetNow(Kst(12, 31, 18));

        Assert.Equal(0, await world.EscalateAsync());
        Assert.Equal(0, await world.Host.QueryAsync(db => db.SupportRequestEvents.CountAsync(e => e.Kind == SupportRequestEventKind.Escalated)));
    }
}
