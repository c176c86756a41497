using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data.Seeding.Demo;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Data;

/// <summary>The demo i-Platform (centers, representatives, fees, reservations), generated over the demo directory and equipment.</summary>
public sealed class DemoPlatformGeneratorTests(ReferenceDataHosts hosts) : IClassFixture<ReferenceDataHosts>
{
    private const int Seed = 20261122;

    private static readonly DateTimeOffset Now = new(2026, 3, 15, 9, 30, 15, 250, TimeSpan.FromHours(9));

    [Fact]
    public async Task Generate_SameInput_ReturnsIdenticalData()
    {
        var (first, _, _) = await GenerateAsync();
        var (second, _, _) = await GenerateAsync();

        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
    }

    [Fact]
    public async Task Generate_DemoData_CompletesSixIndustriesWithCentersRepresentativesAndEquipment()
    {
        var (platform, directory, market) = await GenerateAsync();

        var organizations = directory.Organizations.Concat(platform.Organizations).ToList();
        var centers = organizations.Where(o => o.Kind == OrganizationKind.EquipmentCenter).ToList();
        Assert.True(centers.Count >= 270, $"{centers.Count} centers");
        Assert.Equal(6, centers.Select(c => c.IndustryCode).Distinct().Count());
        Assert.All(centers.GroupBy(c => c.IndustryCode), g => Assert.True(g.Count() >= 40, $"{g.Key}: {g.Count()} centers"));
        Assert.Equal(centers.Count, centers.Select(c => c.NameKo).Distinct().Count());
        Assert.All(platform.Organizations, o => Assert.True(o.IsDemo && o.Fields.Count > 0 && o.NameEn.Length > 0, o.NameKo));

        Assert.Equal(6, platform.Representatives.Count);
        Assert.All(platform.Representatives, r =>
        {
            var institution = Assert.Single(platform.Organizations, o => o.Id == r.Value);
            Assert.Equal((OrganizationKind.ResearchInstitute, r.Key), (institution.Kind, institution.IndustryCode));
        });

        var equipment = market.Equipment.Concat(platform.Equipment).ToList();
        Assert.True(equipment.Count >= 3000, $"{equipment.Count} pieces of equipment");
        Assert.Empty(platform.Updated);
        var centerIds = centers.Select(c => c.Id).ToHashSet();
        Assert.All(equipment, e => Assert.Contains(e.CenterId, centerIds));
        Assert.All(Enum.GetValues<EquipmentStatus>(), s => Assert.Contains(equipment, e => e.Status == s));
        Assert.All(equipment.Where(e => e.Status is EquipmentStatus.Aged or EquipmentStatus.DisposalCandidate or EquipmentStatus.Disposed),
            e => Assert.True(Now.Year - e.YearAcquired >= DemoPlatformGenerator.OldAfterYears, $"{e.Status} acquired {e.YearAcquired}"));
    }

    [Fact]
    public async Task Generate_DemoData_FeesAndRulesComeFromEachItemsKind()
    {
        var (platform, _, market) = await GenerateAsync();

        var equipment = market.Equipment.Concat(platform.Equipment).ToList();
        Assert.All(equipment, e =>
        {
            var kind = DemoEquipmentCatalog.Find(e.NameEn);
            Assert.NotNull(kind);
            Assert.Equal(kind.Fee.Unit, e.FeeUnit);
            Assert.InRange(e.FeeKrw, kind.Fee.MinKrw, kind.Fee.MaxKrw);
            Assert.StartsWith(string.Format(CultureInfo.InvariantCulture, kind.Fee.Note, kind.Ko, Krw.Format(e.FeeKrw, english: false)), e.FeeNote, StringComparison.Ordinal);
            Assert.EndsWith(e.VatExempt ? "부가세 면세" : "부가세 별도", e.FeeNote, StringComparison.Ordinal);
            Assert.DoesNotContain(DemoEquipmentCatalog.All, other => other != kind && !kind.Ko.Contains(other.Ko, StringComparison.Ordinal)
                && e.FeeNote!.Contains(other.Ko, StringComparison.Ordinal));
            Assert.Equal((kind.Fee.MinHours, kind.Fee.MaxHours, kind.Fee.CancelHours), (e.MinBookingHours, e.MaxBookingHours, e.CancelHours));
            Assert.InRange(e.LeadHours, 24, 72);
            Assert.True(e.OpensAtMinute < e.ClosesAtMinute && e.ClosesAtMinute <= 24 * 60 && e.OperatingDays.HasFlag(OperatingDays.Weekdays));
        });
        Assert.Contains(equipment, e => e.VatExempt);
        Assert.Contains(equipment, e => !e.RequiresApproval);
        Assert.Contains(equipment, e => e.RequiresTraining);
        Assert.Contains(equipment, e => e.ClosesAtMinute == 24 * 60);
        Assert.Contains(equipment, e => e.OperatingDays.HasFlag(OperatingDays.Saturday) && e.ClosesAtMinute < 24 * 60);
        Assert.True(equipment.Count(e => e.RequiresApproval) > equipment.Count * 3 / 4);
        Assert.All(Enum.GetValues<FeeUnit>(), u => Assert.Contains(equipment, e => e.FeeUnit == u));
    }

    [Fact]
    public async Task Generate_EquipmentSeededBeforeFees_GivesEachItemItsKindsFee()
    {
        var host = await hosts.GetAsync("sqlite");
        var taxonomy = await host.Services.GetRequiredService<TaxonomyCatalog>().GetAsync();
        var directory = DemoDirectoryGenerator.Generate(Seed, [.. taxonomy.Fields.Keys], [.. taxonomy.Industries.Keys], [.. taxonomy.Countries.Keys], Now);
        var market = DemoMarketplaceGenerator.Generate(Seed, directory, taxonomy, Now);
        foreach (var item in market.Equipment)
        {
            (item.FeeKrw, item.FeeUnit, item.FeeNote) = (0, FeeUnit.PerHour, "시간당 5만원");
        }

        var platform = DemoPlatformGenerator.Generate(Seed, directory.Organizations, market.Equipment, taxonomy, Now);

        Assert.Equal(market.Equipment.Select(e => e.Id).Order(), platform.Updated.Select(e => e.Id).Order());
        Assert.All(platform.Updated, e => Assert.True(
            DemoEquipmentCatalog.Find(e.NameEn) is { } kind && e.FeeUnit == kind.Fee.Unit && e.FeeKrw >= kind.Fee.MinKrw && e.FeeNote!.StartsWith(kind.Ko, StringComparison.Ordinal),
            e.NameEn));
    }

    [Fact]
    public async Task Generate_DemoData_ReservationsLieInHoursAndNeverOverlapPerItem()
    {
        var (platform, directory, market) = await GenerateAsync();

        var equipment = market.Equipment.Concat(platform.Equipment).ToDictionary(e => e.Id);
        var users = platform.Users.ToDictionary(u => u.Id);
        var companies = directory.Organizations.Where(o => o.Kind == OrganizationKind.Company).Select(o => o.Id).ToHashSet();
        Assert.InRange(platform.Reservations.Count, 20_000, 40_000);
        Assert.InRange(platform.Reservations.Select(r => r.EquipmentId).Distinct().Count(), 400, 700);
        Assert.Equal(platform.Reservations.Count, platform.Reservations.Select(r => r.Id).Distinct().Count());
        Assert.All(platform.Users, u => Assert.True(u.IsDemo && u.HasRole("Company") && companies.Contains(u.OrganizationId!.Value), u.Email));
        Assert.All(platform.Reservations, r =>
        {
            var item = equipment[r.EquipmentId];
            Assert.True(OperatingCalendar.StartsAndEndsInHours(item.Rules, new TimeInterval(r.Start, r.End)), $"{r.Start:o}–{r.End:o} {item.NameEn}");
            Assert.InRange((r.End - r.Start).TotalHours, item.MinBookingHours, item.MaxBookingHours);
            Assert.Equal(users[r.RequestedById].OrganizationId, r.CompanyId);
            Assert.True(r.CreatedAt <= r.UpdatedAt && r.UpdatedAt <= Now, r.Status.ToString());
            Assert.Equal(r.Status == ReservationStatus.Completed, r.FeeKrw is not null);
            if (r.Status == ReservationStatus.Completed)
            {
                Assert.True(r.CheckedInAt >= r.Start && r.CheckedOutAt > r.CheckedInAt && r.CheckedOutAt <= r.End && r.End <= Now);
                Assert.Equal(item.FeeUnit == FeeUnit.PerSample, r.Samples is > 0);
                Assert.Equal(Fees.For(item.FeeKrw, item.FeeUnit, item.VatExempt, new TimeInterval(r.CheckedInAt!.Value, r.CheckedOutAt!.Value), r.Samples ?? 0), (r.FeeKrw!.Value, r.VatKrw!.Value));
            }

            if (r.Status.IsActive())
            {
                Assert.True(r.End > Now && r.Start < Now.AddDays(DemoPlatformGenerator.AheadDays + 8) && item.Status.IsBookable());
            }
        });
        foreach (var item in platform.Reservations.GroupBy(r => r.EquipmentId))
        {
            var ordered = item.OrderBy(r => r.Start).ToList();
            Assert.All(ordered.Zip(ordered.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start, $"{p.First.Id} overlaps {p.Second.Id}"));
            var blackouts = platform.Blackouts.Where(b => b.EquipmentId == item.Key).Select(b => new TimeInterval(b.Start, b.End)).ToList();
            Assert.DoesNotContain(ordered, r => blackouts.Exists(b => b.Overlaps(new TimeInterval(r.Start, r.End))));
        }

        var statuses = new[]
        {
            ReservationStatus.Completed, ReservationStatus.Cancelled, ReservationStatus.Declined, ReservationStatus.NoShow,
            ReservationStatus.Confirmed, ReservationStatus.Requested,
        };
        Assert.All(statuses, s => Assert.Contains(platform.Reservations, r => r.Status == s));
        Assert.Contains(platform.Blackouts, b => b.Start > Now);
    }

    [Fact]
    public async Task Generate_DemoData_UtilisationVariesFromBusyAgedToIdleItems()
    {
        var (platform, _, market) = await GenerateAsync();

        var equipment = market.Equipment.Concat(platform.Equipment).ToDictionary(e => e.Id);
        var from = Now.AddDays(-DemoPlatformGenerator.HistoryDays);
        var use = platform.Reservations.Where(r => r.Status == ReservationStatus.Completed).GroupBy(r => r.EquipmentId).ToDictionary(
            g => g.Key,
            g => g.Sum(r => OpenHours(equipment[g.Key], r.Start, r.End)) / OpenHours(equipment[g.Key], from, Now));

        Assert.True(use.Values.Count(u => u >= 0.6) >= 30, $"{use.Values.Count(u => u >= 0.6)} busy items");
        Assert.Contains(use, u => u.Value >= 0.6 && equipment[u.Key].Status == EquipmentStatus.Aged);
        Assert.True(use.Values.Count(u => u < 0.05) >= 100, $"{use.Values.Count(u => u < 0.05)} barely used items");
        Assert.All(use.Where(u => equipment[u.Key].Status == EquipmentStatus.DisposalCandidate), u => Assert.True(u.Value < 0.05, $"{u.Value:P0}"));
    }

    /// <summary>Utilisation counts the open hours a reservation holds (not the nights a multi-day test runs through).</summary>
    private static double OpenHours(Equipment item, DateTimeOffset from, DateTimeOffset to) =>
        OperatingCalendar.OpenWindows(item.Rules, from, to).Sum(w => w.Duration.TotalHours);

    private async Task<(DemoPlatform Platform, DemoDirectory Directory, DemoMarketplace Market)> GenerateAsync()
    {
        var host = await hosts.GetAsync("sqlite");
        var taxonomy = await host.Services.GetRequiredService<TaxonomyCatalog>().GetAsync();
        var directory = DemoDirectoryGenerator.Generate(Seed, [.. taxonomy.Fields.Keys], [.. taxonomy.Industries.Keys], [.. taxonomy.Countries.Keys], Now);
        var market = DemoMarketplaceGenerator.Generate(Seed, directory, taxonomy, Now);
        return (DemoPlatformGenerator.Generate(Seed, directory.Organizations, market.Equipment, taxonomy, Now), directory, market);
    }
}
