using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Tests.Programs.Proposals;

/// <summary>Screening: program managers pass or reject submitted proposals once the call has closed, a rejection with its reason.</summary>
public sealed class ProposalScreeningTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Decide_AfterTheClose_RecordsTheOutcomeAndAuditsIt(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await SubmittedAsync(world);
        var open = await Assert.ThrowsAsync<BusinessRuleException>(() => DecideAsync(world, world.Manager, id, ScreeningOutcome.Passed, null));
        Assert.Equal("Screening.CallOpen", open.Code);
        world.Time.Advance(TimeSpan.FromDays(31));

        var missing = await Assert.ThrowsAsync<ValidationFailedException>(() => DecideAsync(world, world.Manager, id, ScreeningOutcome.Rejected, " "));
        Assert.Equal(["note"], missing.Errors.Keys);
        await DecideAsync(world, world.Manager, id, ScreeningOutcome.Rejected, "참여기관 확약서의 서명이 없습니다.");

        var detail = await world.GetAsync(id, world.Manager);
        Assert.Equal((ScreeningOutcome.Rejected, "참여기관 확약서의 서명이 없습니다.", "김사업"), (detail.Screening!.Outcome, detail.Screening.Note, detail.Screening.DecidedBy));
        Assert.Null((await world.GetAsync(id)).Screening);
        var received = Assert.Single(await world.Host.RunAsync<ProposalQueries, IReadOnlyList<ReceivedProposal>>(q => q.ReceivedAsync(world.Manager, world.Call)));
        Assert.Equal(ScreeningOutcome.Rejected, received.Screening);
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Proposal) && e.Action == AuditAction.Modified).OrderBy(e => e.Id).Select(e => e.After).ToListAsync());
        Assert.Contains(audit, changes => changes!.Contains("Rejected", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Decide_NotAManagerOrADraft_IsRefused(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var draft = await world.CreateAsync();
        var submitted = await SubmittedAsync(world);
        world.Time.Advance(TimeSpan.FromDays(31));

        await Assert.ThrowsAsync<ForbiddenException>(() => DecideAsync(world, world.Applicant, submitted, ScreeningOutcome.Passed, null));
        await Assert.ThrowsAsync<NotFoundException>(() => DecideAsync(world, world.Manager, draft, ScreeningOutcome.Passed, null));
        var outcome = await Assert.ThrowsAsync<ValidationFailedException>(() => DecideAsync(world, world.Manager, submitted, null, null));
        Assert.Equal(["outcome"], outcome.Errors.Keys);
    }

    private static Task<long> DecideAsync(ProposalWorld world, Guid user, Guid id, ScreeningOutcome? outcome, string? note) =>
        world.Host.RunAsync<ProposalScreening, long>(s => s.DecideAsync(user, id, outcome, note));

    private static async Task<Guid> SubmittedAsync(ProposalWorld world)
    {
        var id = await world.CreateAsync();
        await world.SaveAsync(id, world.CompleteInput(await world.LeadPartnerAsync(id)));
        await world.ConfirmPartnersAndAttachAsync(id);
        await world.SubmitAsync(id);
        return id;
    }
}
