using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Data.Seeding;
using TechBridge.Core.Directory;
using TechBridge.Core.Tests.Shared;
using Xunit.Abstractions;

namespace TechBridge.Core.Tests.Data;

/// <summary>The demo seeder over a fresh database of its own: what it writes, and that a second run adds nothing.</summary>
public sealed class DemoDataSeederTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SeedAsync_FreshDatabaseTwice_LinksPlatformAccountsAndAddsNothingTheSecondTime(string provider)
    {
        await using var host = await CoreHost.StartInitializedAsync(provider);
        var watch = Stopwatch.StartNew();
        await host.RunAsync<DemoDataSeeder>(seeder => seeder.SeedAsync());
        output.WriteLine($"{provider}: fresh demo seed took {watch.Elapsed.TotalSeconds:0.0} s");
        var first = await CountsAsync(host);
        output.WriteLine($"{provider}: organisations, equipment, users, reservations, blackouts, audit entries: {first}");

        await host.RunAsync<DemoDataSeeder>(seeder => seeder.SeedAsync());

        Assert.Equal(first, await CountsAsync(host));
        await host.RunAsync<TechBridgeDbContext>(async db =>
        {
            var representatives = await db.Industries.Select(i => i.RepresentativeInstitutionId).ToListAsync();
            Assert.Equal(6, representatives.Count);
            Assert.All(representatives, id => Assert.True(id is not null && db.Organizations.Any(o => o.Id == id && o.IsDemo && o.Kind == OrganizationKind.ResearchInstitute)));

            var center = await db.Users.SingleAsync(u => u.NormalizedEmail == "CENTER@DEMO.TECHBRIDGE.KR");
            var counts = await db.Equipment.GroupBy(e => e.CenterId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            Assert.Equal(counts.Max(c => c.Count), counts.Single(c => c.Key == center.OrganizationId).Count);
            Assert.True(await db.Reservations.AnyAsync(r => db.Equipment.Any(e => e.Id == r.EquipmentId && e.CenterId == center.OrganizationId)));

            var coordinator = await db.Users.SingleAsync(u => u.NormalizedEmail == "COORDINATOR@DEMO.TECHBRIDGE.KR");
            var battery = await db.Industries.SingleAsync(i => i.RepresentativeInstitutionId == coordinator.OrganizationId);
            Assert.True(await db.Equipment.AnyAsync(e => e.IndustryCode == battery.Code && e.Fields.Any(f => f.FieldCode == "SECONDARY_BATTERY")));

            var disposals = await db.DisposalCases.Where(c => c.IsDemo).Select(c => new { c.Status, c.ReceivingCenterId }).ToListAsync();
            Assert.True(disposals.Select(c => c.Status).Distinct().Count() >= 5, string.Join(", ", disposals.Select(c => c.Status)));
            Assert.Contains(disposals, c => c.Status == Core.Facilities.Disposals.DisposalStatus.ApprovedForTransfer && c.ReceivingCenterId == center.OrganizationId);
            Assert.True(await db.DisposalEvents.CountAsync() > disposals.Count);

            var calls = await db.ProgramCalls.Where(c => c.IsDemo).Include(c => c.Topics).Include(c => c.Stages).ToListAsync();
            Assert.Equal(
                [Core.Programs.Calls.CallStatus.Draft, Core.Programs.Calls.CallStatus.Published, Core.Programs.Calls.CallStatus.Published, Core.Programs.Calls.CallStatus.Closed,
                    Core.Programs.Calls.CallStatus.Closed],
                calls.Select(c => c.Status).Order());
            Assert.Contains(calls, c => c.Kind == Core.Programs.Calls.CallKind.ItemDesignated && c.Topics.Count == 3);
            Assert.All(calls, c => Assert.Equal(100, c.Stages.Sum(s => s.WeightPercent)));

            var proposals = await db.Proposals.Where(p => p.IsDemo).Select(p => new { p.Status, p.SnapshotJson, p.ReceiptNumber }).ToListAsync();
            Assert.Equal(DemoDataSeeder.ClosedCallProposals + DemoDataSeeder.OpenCallProposals + DemoDataSeeder.ReviewCallProposals, proposals.Count);
            var submitted = proposals.Where(p => p.Status == Core.Programs.Proposals.ProposalStatus.Submitted).ToList();
            Assert.Equal(proposals.Count - DemoDataSeeder.OpenCallDrafts, submitted.Count);
            Assert.Equal(submitted.Count, submitted.Select(p => p.ReceiptNumber).Distinct().Count());
            var reports = submitted.Select(p => Core.Programs.Proposals.ProposalEligibility.Evaluate(Core.Programs.Proposals.ProposalSnapshots.Deserialize(p.SnapshotJson!).Content)).ToList();
            Assert.All(reports, r => Assert.True(r.Checks.Single(c => c.Code == "documents").Passed));
            var qualifying = reports.Count(r => r.Qualifies);
            output.WriteLine($"{provider}: {submitted.Count} demo proposals submitted, {qualifying} pass every check");
            Assert.InRange(qualifying, submitted.Count / 2, submitted.Count - 5);
            var pool = await db.Reviewers.Where(r => r.IsDemo).Select(r => new { r.Group, r.UserId, r.IsActive, r.Person!.CountryCode, r.Person.IsDemo }).ToListAsync();
            Assert.Equal(640, pool.Count);
            Assert.Equal(320, pool.Count(r => r.Group == Core.Programs.Review.Pool.ReviewerGroup.Overseas && r.CountryCode != "KR"));
            Assert.Equal(320, pool.Count(r => r.Group == Core.Programs.Review.Pool.ReviewerGroup.Domestic && r.CountryCode == "KR"));
            Assert.All(pool, r => Assert.True(r.IsDemo));
            Assert.Contains(pool, r => !r.IsActive);
            var reviewer = await db.Users.SingleAsync(u => u.NormalizedEmail == "REVIEWER@DEMO.TECHBRIDGE.KR");
            var linked = Assert.Single(pool, r => r.UserId is not null);
            Assert.Equal((reviewer.Id, Core.Programs.Review.Pool.ReviewerGroup.Overseas, true), (linked.UserId!.Value, linked.Group, linked.IsActive));

            // The older closed call is selected and published; the newer one is in the overseas peer review.
            var closed = calls.Where(c => c.Status == Core.Programs.Calls.CallStatus.Closed).OrderBy(c => c.ClosesAt).ToList();
            var selection = await db.CallSelections.Include(s => s.Entries).SingleAsync(s => s.CallId == closed[0].Id);
            var outcomes = selection.Entries.GroupBy(e => e.Outcome).ToDictionary(g => g.Key, g => g.Count());
            output.WriteLine($"{provider}: selection of the closed call: {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}; {selection.TotalCostKrw:N0} of {selection.BudgetKrw:N0} won");
            Assert.NotNull(selection.PublishedAt);
            Assert.Equal(DemoDataSeeder.ClosedCallProposals, selection.Entries.Count);
            Assert.All(Enum.GetValues<Core.Programs.Selection.SelectionOutcome>(), o => Assert.True(outcomes.GetValueOrDefault(o) > 0, o.ToString()));
            Assert.True(selection.TotalCostKrw <= selection.BudgetKrw);
            Assert.All(closed[0].Stages.Where(s => s.Kind != Core.Programs.Calls.StageKind.Screening), s => Assert.NotNull(s.ClosedAt));
            var inReview = await db.ReviewAssignments.Where(a => a.CallId == closed[1].Id).GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            output.WriteLine($"{provider}: reviews of the call in review: {string.Join(", ", inReview.Select(r => $"{r.Key} {r.Count}"))}");
            Assert.True(inReview.Single(r => r.Key == Core.Programs.Review.Assignments.AssignmentStatus.Submitted).Count
                > inReview.Single(r => r.Key == Core.Programs.Review.Assignments.AssignmentStatus.Released).Count / 2);
            var mine = await db.ReviewAssignments.Where(a => a.ReviewerId == db.Reviewers.Single(r => r.UserId == reviewer.Id).Id).Select(a => a.Status).ToListAsync();
            Assert.Equal(2, mine.Count(s => s == Core.Programs.Review.Assignments.AssignmentStatus.Released));
            Assert.Contains(Core.Programs.Review.Assignments.AssignmentStatus.Submitted, mine);
        });
    }

    private static Task<string> CountsAsync(CoreHost host) => host.QueryAsync(async db =>
        string.Join(", ",
            await db.Organizations.CountAsync(),
            await db.Equipment.CountAsync(),
            await db.Users.CountAsync(),
            await db.Reservations.CountAsync(),
            await db.EquipmentBlackouts.CountAsync(),
            await db.AuditEntries.CountAsync(),
            await db.DisposalCases.CountAsync(),
            await db.ProgramCalls.CountAsync(),
            await db.Proposals.CountAsync(),
            await db.Attachments.CountAsync(),
            await db.Reviewers.CountAsync()));
}
