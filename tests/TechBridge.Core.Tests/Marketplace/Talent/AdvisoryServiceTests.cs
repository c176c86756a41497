using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Marketplace.Talent;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Tests.Marketplace.Talent;

/// <summary>
/// K-TAG advisory: a company asks (validated), coordinators are told; a coordinator sees members ranked for the request and
/// assigns one (only a K-TAG member); the member and the company are told; the member logs the session (not in the future,
/// not before the request) and the company is told the outcome in its language; only the parties and staff see a request.
/// </summary>
public sealed class AdvisoryServiceTests
{
    private static readonly AdvisoryRequestInput Input = new("미국 반도체 패키징 시장 진출", "현지 협력 파트너를 찾는 방법을 알고 싶습니다.", "US", "SEMICONDUCTOR");

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RequestAssignLog_ThroughTheRoles_CompletesWithNoticesAndAudit(string provider)
    {
        await using var world = await TalentWorld.StartAsync(provider, withIndex: false);
        var id = await world.Host.RunAsync<AdvisoryService, Guid>(s => s.RequestAsync(world.CompanyKo, Input));
        Assert.Equal(NoticeTemplates.AdvisoryRequested, Assert.Single(await world.NoticesAsync(world.Coordinator)).Template);

        var members = await world.Host.RunAsync<TalentQueries, IReadOnlyList<AdvisoryMemberOption>>(q => q.MembersAsync(world.Coordinator, id));
        Assert.Equal([world.KtagUs, world.KtagDe], members.Select(m => m.PersonId));
        Assert.True(members[0].SameCountry && members[0].WillingToConsult);
        Assert.Empty(await world.Host.RunAsync<TalentQueries, IReadOnlyList<AdvisoryMemberOption>>(q => q.MembersAsync(world.CompanyKo, id)));

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<AdvisoryService>(s => s.AssignAsync(world.CompanyKo, id, world.KtagUs, null)));
        var notMember = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Host.RunAsync<AdvisoryService>(s => s.AssignAsync(world.Coordinator, id, world.YoungA, null)));
        Assert.Equal(["memberPersonId"], notMember.Errors.Keys);
        await world.Host.RunAsync<AdvisoryService>(s => s.AssignAsync(world.Coordinator, id, world.KtagUs, "반도체 패키징 경력이 깁니다."));
        var toMember = Assert.Single(await world.NoticesAsync(world.KtagUsAccount));
        Assert.Equal((NoticeTemplates.AdvisoryAssigned, "[TechBridge] K-TAG advice assigned to you: Nuri Precision"), toMember);
        Assert.Equal(NoticeTemplates.AdvisoryMemberFound, Assert.Single(await world.NoticesAsync(world.CompanyKo)).Template);

        var view = await world.Host.RunAsync<TalentQueries, AdvisoryDetail>(q => q.AdvisoryAsync(world.KtagUsAccount, id));
        Assert.Equal((AdvisoryStatus.Assigned, true, false), (view.Row.Status, view.CanLog, view.CanAssign));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<TalentQueries, AdvisoryDetail>(q => q.AdvisoryAsync(world.Stranger, id)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<AdvisoryService>(s => s.LogSessionAsync(world.YoungAAccount, id, Session())));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<AdvisoryService>(s => s.LogSessionAsync(world.CompanyKo, id, Session())));

        var bad = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Host.RunAsync<AdvisoryService>(s => s.LogSessionAsync(world.KtagUsAccount, id,
            new AdvisorySessionInput(new DateOnly(2026, 3, 3), 0, null, null))));
        Assert.Equal(["minutes", "outcome", "sessionOn"], bad.Errors.Keys.Order());
        var early = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Host.RunAsync<AdvisoryService>(s => s.LogSessionAsync(world.KtagUsAccount, id,
            Session(new DateOnly(2026, 3, 1)))));
        Assert.Equal(["sessionOn"], early.Errors.Keys);
        await world.Host.RunAsync<AdvisoryService>(s => s.LogSessionAsync(world.KtagUsAccount, id, Session()));
        var completed = (await world.NoticesAsync(world.CompanyKo)).Last();
        Assert.Equal(NoticeTemplates.AdvisoryCompleted, completed.Template);
        var body = await world.Host.QueryAsync(db => db.InboxMessages.Where(m => m.UserId == world.CompanyKo && m.Template == NoticeTemplates.AdvisoryCompleted).Select(m => m.Body).SingleAsync());
        Assert.Contains("결과: 해외 파트너 소개", body, StringComparison.Ordinal);

        var closed = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<AdvisoryService>(s => s.CancelAsync(world.CompanyKo, id)));
        Assert.Equal("Advisory.Closed", closed.Code);
        Assert.Equal(3, await world.Host.QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(AdvisoryRequest))));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Request_BadInputOrWrongRole_RefusedAndNothingSaved(string provider)
    {
        await using var world = await TalentWorld.StartAsync(provider, withIndex: false);
        var bad = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Host.RunAsync<AdvisoryService, Guid>(s => s.RequestAsync(world.CompanyKo,
            new AdvisoryRequestInput(" ", new string('가', 4001), "KR", "NOPE"))));
        Assert.Equal(["countryCode", "fieldCode", "question", "topic"], bad.Errors.Keys.Order());
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<AdvisoryService, Guid>(s => s.RequestAsync(world.YoungAAccount, Input)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<AdvisoryService, Guid>(s => s.RequestAsync(world.Coordinator, Input)));
        Assert.Equal(0, await world.Host.QueryAsync(db => db.AdvisoryRequests.CountAsync()));

        var id = await world.Host.RunAsync<AdvisoryService, Guid>(s => s.RequestAsync(world.CompanyEn, Input));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<AdvisoryService>(s => s.CancelAsync(world.Coordinator, id)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<AdvisoryService>(s => s.CancelAsync(world.Stranger, id)));
        await world.Host.RunAsync<AdvisoryService>(s => s.CancelAsync(world.CompanyKo, id));
        Assert.Equal(AdvisoryStatus.Cancelled, (await world.Host.RunAsync<TalentQueries, AdvisoryDetail>(q => q.AdvisoryAsync(world.CompanyEn, id))).Row.Status);
        Assert.Empty(await world.Host.RunAsync<TalentQueries, IReadOnlyList<AdvisoryRow>>(q => q.AdvisoryAsync(world.Stranger)));
        Assert.Single(await world.Host.RunAsync<TalentQueries, IReadOnlyList<AdvisoryRow>>(q => q.AdvisoryAsync(world.Manager)));
    }

    private static AdvisorySessionInput Session(DateOnly? on = null) =>
        new(on ?? new DateOnly(2026, 3, 2), 60, AdvisoryOutcome.PartnerIntroduced, "현지 파트너 두 곳을 소개했습니다.");
}
