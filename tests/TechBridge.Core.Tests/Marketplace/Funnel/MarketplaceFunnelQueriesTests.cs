using TechBridge.Core.Marketplace.Funnel;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace.Funnel;

/// <summary>The funnel over <see cref="FunnelWorld"/>'s known activities: every stage per month, field and program; filters; validation.</summary>
public sealed class MarketplaceFunnelQueriesTests
{
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly July = new(2026, 7, 1);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ReportAsync_AllActivities_CountsEveryStagePerMonthFieldAndProgram(string provider)
    {
        await using var world = await FunnelWorld.StartAsync(provider);

        var report = await world.ReportAsync(new FunnelFilter(January, July));

        Assert.Equal(new FunnelCounts(2, 5, 2, 1, 1, 1), report.Totals);
        Assert.Equal(2, report.Totals.DealsClosed);
        Assert.Equal(
            [(FunnelStep.Kind.NeedsFiled, 2, (double?)null), (FunnelStep.Kind.PartnersContacted, 5, 2.5), (FunnelStep.Kind.MeetingsHeld, 2, 0.4),
             (FunnelStep.Kind.DealsOpened, 1, 0.5), (FunnelStep.Kind.DealsClosed, 2, 2.0)],
            report.Steps.Select(s => (s.Step, s.Count, s.Rate)));
        Assert.Equal(
            [("2026-01", new FunnelCounts(1, 0, 0, 0, 0, 0)), ("2026-02", new FunnelCounts(1, 4, 0, 1, 0, 0)), ("2026-03", new FunnelCounts(0, 0, 2, 0, 0, 0)),
             ("2026-04", new FunnelCounts(0, 0, 0, 0, 1, 1)), ("2026-05", new FunnelCounts(0, 1, 0, 0, 0, 0)), ("2026-06", FunnelCounts.Empty),
             ("2026-07", FunnelCounts.Empty)],
            report.Months.Select(m => (m.Month, m.Counts)));
        var (f1, f2, f3) = (world.F1, world.F2, world.F3);
        Assert.Equal(
            Sorted(
            [
                new("2026-01", f1, "general", new(1, 0, 0, 0, 0, 0)), new("2026-01", f2, "general", new(1, 0, 0, 0, 0, 0)),
                new("2026-02", f1, "general", new(1, 1, 0, 0, 0, 0)), new("2026-02", f1, "NTB", new(0, 1, 0, 1, 0, 0)),
                new("2026-02", f2, "general", new(0, 1, 0, 0, 0, 0)), new("2026-02", f2, "KOREA_EUREKA_DAY", new(0, 1, 0, 0, 0, 0)),
                new("2026-02", "unclassified", "general", new(0, 1, 0, 0, 0, 0)),
                new("2026-03", f1, "NTB", new(0, 0, 1, 0, 0, 0)), new("2026-03", f2, "KOREA_EUREKA_DAY", new(0, 0, 1, 0, 0, 0)),
                new("2026-04", f1, "NTB", new(0, 0, 0, 0, 1, 0)), new("2026-04", f3, "ALCHEMIST", new(0, 0, 0, 0, 0, 1)),
                new("2026-05", f2, "KOREA_EUREKA_DAY", new(0, 1, 0, 0, 0, 0)),
            ]),
            report.Rows);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ReportAsync_FieldProgramDemoOrPeriodFilter_CountsOnlyMatchingActivities(string provider)
    {
        await using var world = await FunnelWorld.StartAsync(provider);
        var all = new FunnelFilter(January, July);

        Assert.Equal(new FunnelCounts(2, 2, 1, 1, 1, 0), (await world.ReportAsync(all with { FieldCode = world.F1 })).Totals);
        Assert.Equal(new FunnelCounts(0, 1, 0, 0, 0, 0), (await world.ReportAsync(all with { FieldCode = FunnelCodes.Unclassified })).Totals);
        Assert.Equal(new FunnelCounts(0, 1, 1, 1, 1, 0), (await world.ReportAsync(all with { ProgramCode = "NTB" })).Totals);
        Assert.Equal(new FunnelCounts(2, 2, 0, 0, 0, 0), (await world.ReportAsync(all with { ProgramCode = FunnelCodes.General })).Totals);
        Assert.Equal(new FunnelCounts(0, 2, 1, 0, 0, 0), (await world.ReportAsync(all with { ProgramCode = "KOREA_EUREKA_DAY" })).Totals);
        var consortia = await world.ReportAsync(all with { ProgramCode = "ALCHEMIST", FieldCode = world.F3 });
        Assert.Equal(new FunnelCounts(0, 0, 0, 0, 0, 1), consortia.Totals);
        Assert.Equal([new FunnelRow("2026-04", world.F3, "ALCHEMIST", new(0, 0, 0, 0, 0, 1))], consortia.Rows);
        Assert.Equal(new FunnelCounts(1, 5, 2, 1, 1, 1), (await world.ReportAsync(all with { IncludeDemo = false })).Totals);
        var spring = await world.ReportAsync(new FunnelFilter(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)));
        Assert.Equal(new FunnelCounts(1, 4, 2, 1, 0, 0), spring.Totals);
        Assert.Equal(["2026-02", "2026-03"], spring.Months.Select(m => m.Month));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ReportAsync_UnknownCodesOrBadPeriod_RefusedWithFieldMessages(string provider)
    {
        await using var world = await FunnelWorld.StartAsync(provider);

        var codes = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ReportAsync(new FunnelFilter(January, July, "NO_SUCH_FIELD", "NO_SUCH_PROGRAM")));
        Assert.Equal(["field", "program"], codes.Errors.Keys.Order(StringComparer.Ordinal));
        var order = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ReportAsync(new FunnelFilter(July, January)));
        Assert.Equal(["to"], order.Errors.Keys);
        var length = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ReportAsync(new FunnelFilter(new DateOnly(2023, 1, 1), July)));
        Assert.Equal(["from"], length.Errors.Keys);
    }

    [Fact]
    public void Parse_NoValues_TwelveMonthsUpToTheCurrentKstMonthWithDemoData()
    {
        // 2026-05-31 16:00 UTC is already June in Korea.
        var filter = FunnelFilter.Parse(null, " ", null, "", null, new FakeTime(new DateTimeOffset(2026, 5, 31, 16, 0, 0, TimeSpan.Zero)));

        Assert.Equal(new FunnelFilter(new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 1)), filter);
    }

    [Fact]
    public void Parse_GivenValues_KeepsThem()
    {
        var filter = FunnelFilter.Parse("2026-01", "2026-03", " AI ", "NTB", "False", new FakeTime());

        Assert.Equal(new FunnelFilter(January, new DateOnly(2026, 3, 1), "AI", "NTB", IncludeDemo: false), filter);
    }

    [Fact]
    public void Parse_BadMonthsOrDemoFlag_FieldMessagesUnderTheQueryNames()
    {
        var error = Assert.Throws<ValidationFailedException>(() => FunnelFilter.Parse("2026-13", "26-1", null, null, "maybe", new FakeTime()));

        Assert.Equal(["demo", "from", "to"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    private static List<FunnelRow> Sorted(List<FunnelRow> rows) =>
        [.. rows.OrderBy(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.FieldCode, StringComparer.Ordinal).ThenBy(r => r.ProgramCode, StringComparer.Ordinal)];
}
