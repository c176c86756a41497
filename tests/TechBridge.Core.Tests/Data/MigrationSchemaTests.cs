using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Data;

/// <summary>
/// The migrations are written by hand, so nothing but this test keeps them equal to the model: a database
/// built by migrating must have exactly the schema EnsureCreated builds from the model, on each provider.
/// </summary>
public sealed class MigrationSchemaTests
{
    private static readonly string[] EfTables = ["__EFMigrationsHistory", "__EFMigrationsLock"];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrate_FreshDatabase_ProducesExactlyTheModelsSchema(string provider)
    {
        await using var migrated = await CoreHost.StartAsync(provider);
        await using var created = await CoreHost.StartAsync(provider);
        await migrated.RunAsync<TechBridgeDbContext>(db => db.Database.MigrateAsync());
        Assert.True(await created.QueryAsync(db => db.Database.EnsureCreatedAsync()));

        var fromMigrations = await migrated.QueryAsync(ReadSchemaAsync);
        var fromModel = await created.QueryAsync(ReadSchemaAsync);

        Assert.Contains(fromModel, line => line.StartsWith("table Organizations", StringComparison.Ordinal));
        Assert.Contains(fromModel, line => line.StartsWith("fk ", StringComparison.Ordinal));
        Assert.Contains(fromModel, line => line.StartsWith("index ", StringComparison.Ordinal));
        Assert.Contains(fromModel, line => line.StartsWith("check Equipment.CK_Equipment_Trl ", StringComparison.Ordinal));
        var onlyMigrated = fromMigrations.Except(fromModel).Select(l => "  only after Migrate: " + l);
        var onlyModel = fromModel.Except(fromMigrations).Select(l => "  only in the model:  " + l);
        var differences = onlyMigrated.Concat(onlyModel).ToList();
        Assert.True(
            differences.Count == 0,
            $"The migrated {provider} schema differs from the model's schema in {differences.Count} place(s):\n{string.Join('\n', differences)}");
    }

    /// <summary>The schema as sorted, comparable lines: tables, columns, primary keys, indexes, foreign keys and check constraints.</summary>
    private static async Task<SortedSet<string>> ReadSchemaAsync(TechBridgeDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            return db.IsSqlite ? await ReadSqliteAsync(connection) : await ReadPostgresAsync(connection);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<SortedSet<string>> ReadSqliteAsync(DbConnection connection)
    {
        var schema = new SortedSet<string>(StringComparer.Ordinal);
        var tables = (await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
            .Select(r => (string)r[0]!).Where(t => !EfTables.Contains(t)).ToList();
        foreach (var table in tables)
        {
            schema.Add($"table {table}");
            var columns = await QueryAsync(connection, "SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_info($p0) ORDER BY cid", table);
            foreach (var c in columns)
            {
                schema.Add($"column {table}.{c[0]} {c[1]} {((long)c[2]! == 1 ? "NOT NULL" : "NULL")} default={c[4] ?? "none"}");
            }

            var key = columns.Where(c => (long)c[3]! > 0).OrderBy(c => (long)c[3]!).Select(c => (string)c[0]!);
            schema.Add($"pk {table} ({string.Join(", ", key)})");

            foreach (var index in await QueryAsync(connection, "SELECT name, \"unique\", origin, partial FROM pragma_index_list($p0)", table))
            {
                if ((string)index[2]! == "pk")
                {
                    continue; // the primary key's own index, already described by the pk line
                }

                var indexColumns = (await QueryAsync(connection, "SELECT name FROM pragma_index_info($p0) ORDER BY seqno", index[0]!)).Select(r => r[0]);
                var unique = (long)index[1]! == 1 ? "UNIQUE" : "NON-UNIQUE";
                var partial = (long)index[3]! == 1 ? " PARTIAL" : string.Empty;
                schema.Add($"index {table}.{index[0]} {unique}{partial} ({string.Join(", ", indexColumns)})");
            }

            var foreignKeys = await QueryAsync(connection, "SELECT id, seq, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list($p0) ORDER BY id, seq", table);
            foreach (var fk in foreignKeys.GroupBy(r => (long)r[0]!))
            {
                var first = fk.First();
                var from = string.Join(", ", fk.Select(r => r[3]));
                var to = string.Join(", ", fk.Select(r => r[4]));
                schema.Add($"fk {table} ({from}) -> {first[2]} ({to}) ON DELETE {first[5]}");
            }

            var sql = (string?)(await QueryAsync(connection, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = $p0", table))[0][0];
            foreach (var (name, expression) in SqliteChecks(sql ?? string.Empty))
            {
                schema.Add($"check {table}.{name} {expression}");
            }
        }

        return schema;
    }

    private static async Task<SortedSet<string>> ReadPostgresAsync(DbConnection connection)
    {
        var schema = new SortedSet<string>(StringComparer.Ordinal);
        bool Keep(object? table) => !EfTables.Contains((string)table!);

        foreach (var t in await QueryAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"))
        {
            if (Keep(t[0]))
            {
                schema.Add($"table {t[0]}");
            }
        }

        const string columns = """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity, pg_get_expr(d.adbin, d.adrelid)
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            """;
        foreach (var c in (await QueryAsync(connection, columns)).Where(r => Keep(r[0])))
        {
            var identity = c[4] is char i && i != '\0' ? $" identity={i}" : string.Empty;
            schema.Add($"column {c[0]}.{c[1]} {c[2]} {((bool)c[3]! ? "NOT NULL" : "NULL")} default={c[5] ?? "none"}{identity}");
        }

        const string primaryKeys = """
            SELECT tc.table_name, tc.constraint_name, string_agg(k.column_name, ', ' ORDER BY k.ordinal_position)
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage k
              ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name
            WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY'
            GROUP BY tc.table_name, tc.constraint_name
            """;
        foreach (var pk in (await QueryAsync(connection, primaryKeys)).Where(r => Keep(r[0])))
        {
            schema.Add($"pk {pk[0]} {pk[1]} ({pk[2]})");
        }

        // indexdef spells out name, uniqueness, method, columns in order and any filter. Exclusion constraints (EX_…) exist only
        // in migrations, EF Core's model cannot describe them; ReservationConcurrencyTests prove they hold.
        const string indexes = "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE 'EX\\_%'";
        foreach (var index in (await QueryAsync(connection, indexes)).Where(r => Keep(r[0])))
        {
            schema.Add($"index {index[0]}.{index[1]} {index[2]}");
        }

        const string foreignKeys = """
            SELECT k.table_name, rc.constraint_name, string_agg(k.column_name, ', ' ORDER BY k.ordinal_position),
                   p.table_name, rc.delete_rule, rc.update_rule,
                   (SELECT string_agg(pk.column_name, ', ' ORDER BY pk.ordinal_position)
                      FROM information_schema.key_column_usage pk
                     WHERE pk.constraint_schema = rc.unique_constraint_schema AND pk.constraint_name = rc.unique_constraint_name)
            FROM information_schema.referential_constraints rc
            JOIN information_schema.key_column_usage k
              ON k.constraint_schema = rc.constraint_schema AND k.constraint_name = rc.constraint_name
            JOIN information_schema.table_constraints p
              ON p.constraint_schema = rc.unique_constraint_schema AND p.constraint_name = rc.unique_constraint_name
            WHERE rc.constraint_schema = 'public'
            GROUP BY k.table_name, rc.constraint_name, p.table_name, rc.delete_rule, rc.update_rule, rc.unique_constraint_schema, rc.unique_constraint_name
            """;
        foreach (var fk in (await QueryAsync(connection, foreignKeys)).Where(r => Keep(r[0])))
        {
            schema.Add($"fk {fk[0]} {fk[1]} ({fk[2]}) -> {fk[3]} ({fk[6]}) ON DELETE {fk[4]} ON UPDATE {fk[5]}");
        }

        const string checks = """
            SELECT c.relname, k.conname, pg_get_constraintdef(k.oid)
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND k.contype = 'c'
            """;
        foreach (var check in (await QueryAsync(connection, checks)).Where(r => Keep(r[0])))
        {
            schema.Add($"check {check[0]}.{check[1]} {check[2]}");
        }

        return schema;
    }

    /// <summary>The named CHECK constraints in a SQLite CREATE TABLE statement, with their expressions (parentheses balanced).</summary>
    private static IEnumerable<(string Name, string Expression)> SqliteChecks(string createTable)
    {
        const string marker = "CONSTRAINT \"";
        for (var at = createTable.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = createTable.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            var nameStart = at + marker.Length;
            var nameEnd = createTable.IndexOf('"', nameStart);
            var rest = createTable[(nameEnd + 1)..].TrimStart();
            if (!rest.StartsWith("CHECK", StringComparison.Ordinal))
            {
                continue;
            }

            var open = createTable.IndexOf('(', nameEnd);
            var depth = 0;
            var close = open;
            for (; close < createTable.Length; close++)
            {
                depth += createTable[close] switch { '(' => 1, ')' => -1, _ => 0 };
                if (depth == 0)
                {
                    break;
                }
            }

            yield return (createTable[nameStart..nameEnd], createTable[(open + 1)..close]);
        }
    }

    private static async Task<List<object?[]>> QueryAsync(DbConnection connection, string sql, params object[] parameters)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // constant SQL; values go in as parameters
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + i;
            parameter.Value = parameters[i];
            command.Parameters.Add(parameter);
        }

        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
