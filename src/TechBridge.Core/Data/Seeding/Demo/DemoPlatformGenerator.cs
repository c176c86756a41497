using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Generates the demo i-Platform (see <see cref="DemoPlatform"/>) deterministically: the same seed, directory, equipment,
/// taxonomy and time always yield identical data, Guids included, whatever order the inputs come in.
/// </summary>
public static class DemoPlatformGenerator
{
    /// <summary>Days of reservation history before now, and days of upcoming reservations after it.</summary>
    public const int HistoryDays = DemoReservationBuilder.HistoryDays;
    public const int AheadDays = DemoReservationBuilder.AheadDays;

    /// <summary>Equipment this many years old or older may be aged, a disposal candidate or disposed of; newer equipment is not.</summary>
    public const int OldAfterYears = DemoEquipmentBuilder.OldAfterYears;

    /// <summary>Pieces of equipment per new center.</summary>
    public const int MinPerCenter = 9;
    public const int MaxPerCenter = 15;

    /// <param name="seed">Seed of the only random source (the part uses its own stream, derived from it).</param>
    /// <param name="organizations">The demo organisations with their fields, generated or read back from the database.</param>
    /// <param name="equipment">
    /// The demo equipment so far. Items without a fee (seeded before fees existed) whose kind is known get the fee and
    /// booking rules of their kind: they are changed in place and listed in <see cref="DemoPlatform.Updated"/>.
    /// </param>
    /// <param name="taxonomy">Stages, industries and fields that exist; nothing outside them is used.</param>
    /// <param name="now">Reference time: a year of reservations before it, two months after.</param>
    public static DemoPlatform Generate(int seed, IReadOnlyList<Organization> organizations, IReadOnlyList<Equipment> equipment, TaxonomySnapshot taxonomy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(equipment);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var random = new DemoRandom(unchecked((seed * 31) + 7), now);
        var demo = organizations.Where(o => o.IsDemo).OrderBy(o => o.Id).ToList();
        var industries = taxonomy.Industries.Keys.Order(StringComparer.Ordinal).ToList();
        var fields = taxonomy.Fields.Keys.ToHashSet(StringComparer.Ordinal);
        var stages = taxonomy.RndStages.Values.OrderBy(s => s.SortOrder).ToList();

        var centers = DemoPlatformCenterBuilder.Centers(random, demo, industries, fields);
        var representatives = DemoPlatformCenterBuilder.Representatives(random, industries, fields);
        var added = DemoEquipmentBuilder.Build(random, centers, stages, industries.ToHashSet(StringComparer.Ordinal), MinPerCenter, MaxPerCenter);
        var updated = Backfill(random, demo, equipment);

        var all = equipment.Where(e => e.IsDemo).Concat(added).OrderBy(e => e.Id).ToList();
        var showcase = all.GroupBy(e => e.CenterId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (Guid?)g.Key).FirstOrDefault();
        var companies = demo.Where(o => o.Kind == OrganizationKind.Company && o.CountryCode == "KR").ToList();
        var users = DemoCompanyUserBuilder.Build(random, companies);
        var (reservations, blackouts) = DemoReservationBuilder.Build(random, all, users, showcase);
        return new DemoPlatform(
            [.. centers, .. representatives],
            representatives.ToDictionary(r => r.IndustryCode!, r => r.Id, StringComparer.Ordinal),
            added, updated, users, reservations, blackouts);
    }

    /// <summary>Demo items without a fee get their kind's fee and rules under their center's terms (drawn per center).</summary>
    private static List<Equipment> Backfill(DemoRandom random, List<Organization> organizations, IReadOnlyList<Equipment> equipment)
    {
        var updated = new List<Equipment>();
        var centers = organizations.Select(o => o.Id).ToHashSet();
        foreach (var center in equipment.Where(e => e.IsDemo && e.FeeKrw == 0 && centers.Contains(e.CenterId)).GroupBy(e => e.CenterId).OrderBy(g => g.Key))
        {
            var terms = DemoCenterTerms.Pick(random);
            foreach (var item in center.OrderBy(e => e.Id))
            {
                if (DemoEquipmentCatalog.Find(item.NameEn) is { } template)
                {
                    terms.Apply(random, item, template);
                    updated.Add(item);
                }
            }
        }

        return updated;
    }
}
