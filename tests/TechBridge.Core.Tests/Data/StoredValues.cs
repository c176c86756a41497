using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TechBridge.Core.Data;

namespace TechBridge.Core.Tests.Data;

/// <summary>
/// Values as EF Core stores them, for rows written with raw SQL as an older release would have: on SQLite Guids are
/// upper-case TEXT, instants DateTimeOffsetToBinaryConverter longs and dates yyyy-MM-dd TEXT; PostgreSQL has uuid,
/// timestamptz and date.
/// </summary>
internal sealed class StoredValues(TechBridgeDbContext db)
{
    private readonly bool sqlite = db.IsSqlite;

    public object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;

    public object Instant(DateTimeOffset at) => sqlite ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)! : at;

    public object Day(DateOnly day) => sqlite ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : day;
}
