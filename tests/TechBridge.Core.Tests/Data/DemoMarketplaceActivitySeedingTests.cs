using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data;
using TechBridge.Core.Data.Seeding;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Marketplace.Funnel;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Marketplace.Talent;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Tests.Shared;
using Xunit.Abstractions;

namespace TechBridge.Core.Tests.Data;

/// <summary>
/// The demo marketplace history in a freshly seeded database: the funnel of the last six months has something at every
/// stage, the demo accounts see their own threads, deals and matches through the real access rules, and seeding again adds nothing.
/// </summary>
public sealed class DemoMarketplaceActivitySeedingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SeedAsync_FreshDatabase_FunnelOfLastSixMonthsHasEveryStageAndSecondSeedAddsNothing(string provider)
    {
        await using var host = await CoreHost.StartInitializedAsync(provider, demoData: true);
        var first = await CountsAsync(host);
        output.WriteLine($"{provider}: inquiries, messages, reads, deals, steps, events, participants, requests, placements, feedback, matches, advisory, users, audit: {first}");

        var now = Kst.ToKst(DateTimeOffset.UtcNow);
        var month = new DateOnly(now.Year, now.Month, 1);
        var report = await host.RunAsync<MarketplaceFunnelQueries, FunnelReport>(q => q.ReportAsync(new FunnelFilter(month.AddMonths(-5), month)));
        output.WriteLine($"{provider}: funnel of the last six months: {report.Totals}");
        Assert.True(report.Totals.NeedsFiled > 0, "needs filed");
        Assert.True(report.Totals.PartnersContacted >= 12, "partners contacted");
        Assert.True(report.Totals.MeetingsHeld >= 10, "meetings held");
        Assert.True(report.Totals.DealsOpened >= 6, "deals opened");
        Assert.True(report.Totals.Licences >= 1, "licences");
        Assert.True(report.Totals.DealsClosed >= 1, "deals closed");

        await host.RunAsync<IServiceProvider>(async services =>
        {
            var db = services.GetRequiredService<TechBridgeDbContext>();
            var company = await db.Users.SingleAsync(u => u.NormalizedEmail == "COMPANY@DEMO.TECHBRIDGE.KR");
            var pm = await db.Users.SingleAsync(u => u.NormalizedEmail == "PM@DEMO.TECHBRIDGE.KR");
            var inquiries = services.GetRequiredService<InquiryAccess>();
            var deals = services.GetRequiredService<DealAccess>();
            foreach (var inquiry in await db.Inquiries.AsNoTracking().ToListAsync())
            {
                Assert.NotNull(await inquiries.SideAsync(inquiry.SenderId, inquiry, default));
            }

            Assert.True(await db.Inquiries.CountAsync(i => i.SenderId == company.Id || i.RecipientOrganizationId == company.OrganizationId) >= 5);
            foreach (var deal in await db.Deals.AsNoTracking().ToListAsync())
            {
                Assert.Equal(DealSide.Seller, await deals.SideAsync(deal.OpenedById, deal, default));
                Assert.Equal(DealSide.Buyer, await deals.SideAsync(deal.BuyerUserId, deal, default));
                Assert.Equal(DealSide.Overseer, await deals.SideAsync(pm.Id, deal, default));
                var technology = await db.PublicTechnologies.AsNoTracking().SingleAsync(t => t.Id == deal.TechnologyId);
                var expected = deal.State is DealState.Contract ? LicensingStatus.Licensed
                    : deal.State is DealState.TechnicalMeeting or DealState.TermSheet ? LicensingStatus.UnderNegotiation : LicensingStatus.Available;
                Assert.Equal(expected, technology.Status);
                Assert.Equal(1 + await db.DealSteps.CountAsync(s => s.DealId == deal.Id) - 1 + (deal.State == DealState.Lost ? 1 : 0), deal.Version);
            }

            Assert.Contains(await db.Deals.Select(d => d.BuyerUserId).ToListAsync(), id => id == company.Id);

            // The published schedule would pass the event service's own publication check, and its meetings are held.
            var past = await db.PartneringEvents.SingleAsync(e => e.Status == PartneringEventStatus.Closed);
            var run = await db.EventScheduleRuns.SingleAsync(r => r.EventId == past.Id);
            Assert.False(await db.EventParticipants.AnyAsync(p => p.EventId == past.Id && p.UpdatedAt > run.RunAt));
            Assert.False(await db.EventMeetingRequests.AnyAsync(r => r.EventId == past.Id && r.AnsweredAt > run.RunAt));
            Assert.True(await db.EventParticipants.AnyAsync(p => p.EventId == past.Id && p.UserId == company.Id));
            Assert.Equal(4, past.Version);
            Assert.True(await db.PartneringEvents.AnyAsync(e => e.Status == PartneringEventStatus.Open));

            var accepted = await db.HiTechMatches.Where(m => m.Status == HiTechMatchStatus.Accepted).Select(m => new { m.ResearcherPersonId, m.AnsweredById }).ToListAsync();
            Assert.Equal(accepted.Count, accepted.Select(m => m.ResearcherPersonId).Distinct().Count());
            var talent = services.GetRequiredService<TalentAccounts>();
            foreach (var match in accepted)
            {
                Assert.Contains(match.ResearcherPersonId, (await talent.CallerAsync(match.AnsweredById!.Value, default)).PersonIds);
            }

            Assert.Equal([AdvisoryStatus.Assigned, AdvisoryStatus.Completed], (await db.AdvisoryRequests.Select(a => a.Status).ToListAsync()).Order());
        });

        await host.RunAsync<DemoDataSeeder>(seeder => seeder.SeedAsync());

        Assert.Equal(first, await CountsAsync(host));
    }

    private static Task<string> CountsAsync(CoreHost host) => host.QueryAsync(async db =>
        string.Join(", ",
            await db.Inquiries.CountAsync(),
            await db.InquiryMessages.CountAsync(),
            await db.InquiryReads.CountAsync(),
            await db.Deals.CountAsync(),
            await db.DealSteps.CountAsync(),
            await db.PartneringEvents.CountAsync(),
            await db.EventParticipants.CountAsync(),
            await db.EventMeetingRequests.CountAsync(),
            await db.EventPlacements.CountAsync(),
            await db.EventMeetingFeedback.CountAsync(),
            await db.HiTechMatches.CountAsync(),
            await db.AdvisoryRequests.CountAsync(),
            await db.Users.CountAsync(),
            await db.AuditEntries.CountAsync()));
}
