using System.Globalization;

namespace TechBridge.Core.Matching.Snapshots;

/// <summary>
/// What the matching index was built from, cheap to read from the database: a snapshot saved with one stamp is valid
/// only while the database still yields an equal stamp. Every save through the DbContext writes audit rows, so their
/// number and the newest audit id move with every change; the row counts of the indexed tables (directory, equipment,
/// technologies, needs and their child rows) catch inserts and deletes that bypass the DbContext; the last migration
/// catches data changed by a schema upgrade; the code version (the module ids of Core and the engine) catches a changed
/// document mapping or analyser; the database identity keeps two databases apart when they share a data directory.
/// </summary>
public sealed record IndexStamp(
    int SnapshotFormat,
    string Code,
    string Database,
    string? LastMigration,
    long AuditRows,
    string? LatestAudit,
    long Organizations,
    long OrganizationFields,
    long People,
    long PersonFields,
    long Affiliations,
    long Publications,
    long PublicationAuthors,
    long Equipment,
    long EquipmentFields,
    long EquipmentStages,
    long EquipmentOfferings,
    long PublicTechnologies,
    long PublicTechnologyFields,
    long TechnologyNeeds,
    long TechnologyNeedFields,
    long TechnologyNeedCountries)
{
    /// <summary>The parts that differ from <paramref name="current"/>, for the log ("AuditRows 120 → 125").</summary>
    public string DescribeDifference(IndexStamp current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var parts = new (string Name, object? Saved, object? Now)[]
        {
            (nameof(SnapshotFormat), SnapshotFormat, current.SnapshotFormat),
            (nameof(Code), Code, current.Code),
            (nameof(Database), Database, current.Database),
            (nameof(LastMigration), LastMigration, current.LastMigration),
            (nameof(AuditRows), AuditRows, current.AuditRows),
            (nameof(LatestAudit), LatestAudit, current.LatestAudit),
            (nameof(Organizations), Organizations, current.Organizations),
            (nameof(OrganizationFields), OrganizationFields, current.OrganizationFields),
            (nameof(People), People, current.People),
            (nameof(PersonFields), PersonFields, current.PersonFields),
            (nameof(Affiliations), Affiliations, current.Affiliations),
            (nameof(Publications), Publications, current.Publications),
            (nameof(PublicationAuthors), PublicationAuthors, current.PublicationAuthors),
            (nameof(Equipment), Equipment, current.Equipment),
            (nameof(EquipmentFields), EquipmentFields, current.EquipmentFields),
            (nameof(EquipmentStages), EquipmentStages, current.EquipmentStages),
            (nameof(EquipmentOfferings), EquipmentOfferings, current.EquipmentOfferings),
            (nameof(PublicTechnologies), PublicTechnologies, current.PublicTechnologies),
            (nameof(PublicTechnologyFields), PublicTechnologyFields, current.PublicTechnologyFields),
            (nameof(TechnologyNeeds), TechnologyNeeds, current.TechnologyNeeds),
            (nameof(TechnologyNeedFields), TechnologyNeedFields, current.TechnologyNeedFields),
            (nameof(TechnologyNeedCountries), TechnologyNeedCountries, current.TechnologyNeedCountries),
        };
        return string.Join(", ", parts
            .Where(p => !Equals(p.Saved, p.Now))
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Saved ?? "none"} → {p.Now ?? "none"}")));
    }
}
