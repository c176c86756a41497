using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TechBridge.Core.Data;

/// <summary>
/// SQLite's built-in lower() folds ASCII only, so "ÅNGSTRÖM" would not match "ångström" in a
/// case-insensitive search. Every connection gets a Unicode-aware lower() (the same folding .NET uses),
/// which makes search behave as on PostgreSQL.
/// </summary>
internal sealed class SqliteUnicodeFunctions : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? value) => value?.ToLowerInvariant(), isDeterministic: true);
        }
    }
}
