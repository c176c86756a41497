using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Matching.Index;

namespace TechBridge.Core.Matching.Snapshots;

/// <summary>Reads the current <see cref="IndexStamp"/> from the database (about twenty indexed counts and one ordered lookup).</summary>
public static class IndexStampReader
{
    /// <summary>Changes whenever Core or the engine is rebuilt with different code (deterministic builds keep it otherwise).</summary>
    public static string CodeVersion { get; } = string.Join('/',
        typeof(IndexStampReader).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(MatchIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    public static async Task<IndexStamp> ReadAsync(TechBridgeDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        var migrations = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var latestAudit = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return new IndexStamp(
            SnapshotFile.FormatVersion,
            CodeVersion,
            $"{(db.IsSqlite ? "sqlite" : "postgres")}:{connection.DataSource}/{connection.Database}",
            migrations.LastOrDefault(),
            await db.AuditEntries.LongCountAsync(cancellationToken),
            latestAudit?.ToString("N"),
            await db.Organizations.LongCountAsync(cancellationToken),
            await db.OrganizationFields.LongCountAsync(cancellationToken),
            await db.People.LongCountAsync(cancellationToken),
            await db.PersonFields.LongCountAsync(cancellationToken),
            await db.Affiliations.LongCountAsync(cancellationToken),
            await db.Publications.LongCountAsync(cancellationToken),
            await db.PublicationAuthors.LongCountAsync(cancellationToken),
            await db.Equipment.LongCountAsync(cancellationToken),
            await db.EquipmentFields.LongCountAsync(cancellationToken),
            await db.EquipmentStages.LongCountAsync(cancellationToken),
            await db.EquipmentOfferings.LongCountAsync(cancellationToken),
            await db.PublicTechnologies.LongCountAsync(cancellationToken),
            await db.PublicTechnologyFields.LongCountAsync(cancellationToken),
            await db.TechnologyNeeds.LongCountAsync(cancellationToken),
            await db.TechnologyNeedFields.LongCountAsync(cancellationToken),
            await db.TechnologyNeedCountries.LongCountAsync(cancellationToken));
    }
}
