using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TechBridge.Core.Data;

/// <summary>
/// SQLite runs in write-ahead-log mode: readers no longer wait for the writer, and a commit appends to the log instead of
/// syncing a rollback journal and the database file. With <c>synchronous=NORMAL</c> a commit survives a crash of the
/// process (the log is in the operating system's cache); only a power loss can undo the last commits before a checkpoint.
/// The journal mode is stored in the file, so the initializer sets it once; the sync level is per connection.
/// </summary>
internal sealed class SqliteDurability : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = SyncLevel;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Switches the database file to write-ahead logging (a no-op when it already is, or for an in-memory database).</summary>
    public static Task UseWriteAheadLogAsync(TechBridgeDbContext db, CancellationToken cancellationToken) =>
        db.IsSqlite ? db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken) : Task.CompletedTask;

    private const string SyncLevel = "PRAGMA synchronous=NORMAL;";

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = SyncLevel;
            command.ExecuteNonQuery();
        }
    }
}
