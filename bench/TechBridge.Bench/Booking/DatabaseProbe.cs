using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TechBridge.Bench.Booking;

/// <summary>
/// Plain ADO.NET against the portal's database, beside the portal: the overlap check, the raw INSERT baseline and a
/// description of the server.
/// </summary>
public sealed class DatabaseProbe(string provider, string connectionString)
{
    public const string ScratchTable = "bench_raw_reservations";
    private const string Active = "('Held', 'Requested', 'Confirmed', 'CheckedIn')";

    private bool IsPostgres => provider == "postgres";

    public DbConnection Open()
    {
        // SQLite: unpooled, so no connection comes with the schema it read before the scratch table existed.
        DbConnection connection = IsPostgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Pairs of active reservations of one item whose periods intersect (must be 0), and how many active ones there are.</summary>
    public (long Overlaps, long Active) CountOverlaps(string table = "Reservations")
    {
        using var connection = Open();
        var overlaps = Scalar(connection, $"""
            SELECT COUNT(*) FROM "{table}" a JOIN "{table}" b
              ON a."EquipmentId" = b."EquipmentId" AND a."Id" < b."Id" AND a."Start" < b."End" AND b."Start" < a."End"
            WHERE a."Status" IN {Active} AND b."Status" IN {Active}
            """);
        var active = Scalar(connection, $"""SELECT COUNT(*) FROM "{table}" WHERE "Status" IN {Active}""");
        return (overlaps, active);
    }

    /// <summary>Waits (at most <paramref name="limit"/>) until the e-mail dispatcher has sent every queued notice; returns what is left and the wait.</summary>
    public (long Pending, TimeSpan Waited) WaitForOutbox(TimeSpan limit)
    {
        using var connection = Open();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var pending = Scalar(connection, "SELECT COUNT(*) FROM \"OutgoingEmails\" WHERE \"Status\" = 'Pending'");
            if (pending == 0 || clock.Elapsed > limit)
            {
                return (pending, clock.Elapsed);
            }

            Thread.Sleep(250);
        }
    }

    /// <summary>
    /// PostgreSQL only: samples what the database's backends are doing every 200 ms until <paramref name="stop"/> (state
    /// and wait event of each non-idle backend), as shares of all samples: "active/CPU" runs, "Lock/transactionid" waits
    /// for another transaction, "Client/ClientRead" waits for the portal's next command, and so on.
    /// </summary>
    public async Task<IReadOnlyList<(string What, double Share)>> SampleBackendsAsync(CancellationToken stop)
    {
        if (!IsPostgres)
        {
            return [];
        }

        var counts = new Dictionary<string, int>();
        var total = 0;
        await using var connection = (NpgsqlConnection)Open();
        var database = connection.Database;
        while (!stop.IsCancellationRequested)
        {
            await using (var command = new NpgsqlCommand(
                "SELECT state, coalesce(wait_event_type, 'CPU'), coalesce(wait_event, '-') FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid() AND state <> 'idle'", connection))
            {
                command.Parameters.AddWithValue("db", database);
                await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
                while (await reader.ReadAsync(CancellationToken.None))
                {
                    var key = $"{reader.GetString(0)}: {reader.GetString(1)}/{reader.GetString(2)}";
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                    total++;
                }
            }

            try
            {
                await Task.Delay(200, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return [.. counts.OrderByDescending(c => c.Value).Select(c => (c.Key, c.Value / (double)Math.Max(1, total)))];
    }

    public static long Scalar(DbConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public string Describe()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        if (IsPostgres)
        {
            command.CommandText = "SELECT current_setting('server_version') || ', fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit') || ', shared_buffers=' || current_setting('shared_buffers') || ', max_connections=' || current_setting('max_connections')";
            return "PostgreSQL " + command.ExecuteScalar();
        }

        command.CommandText = "SELECT sqlite_version()";
        var version = command.ExecuteScalar();
        command.CommandText = "PRAGMA journal_mode";
        var journal = command.ExecuteScalar();
        command.CommandText = "PRAGMA synchronous";
        var synchronous = command.ExecuteScalar();
        return $"SQLite {version}, journal_mode={journal}, synchronous={synchronous} (2=FULL)";
    }

    /// <summary>
    /// Creates <see cref="ScratchTable"/> with the columns, checks, indexes and (PostgreSQL) exclusion constraint of
    /// "Reservations" (PostgreSQL: <c>LIKE … INCLUDING ALL</c>, which leaves out foreign keys; SQLite: the same DDL, foreign
    /// keys included), and returns one reservation the benchmark booked as the template row.
    /// </summary>
    public (string[] Columns, object[] Template) CreateScratchTable()
    {
        using var connection = Open();
        using (var command = connection.CreateCommand())
        {
            if (IsPostgres)
            {
                command.CommandText = $"""DROP TABLE IF EXISTS "{ScratchTable}"; CREATE TABLE "{ScratchTable}" (LIKE "Reservations" INCLUDING ALL)""";
                command.ExecuteNonQuery();
            }
            else
            {
                command.CommandText = "SELECT sql FROM sqlite_master WHERE tbl_name = 'Reservations' AND sql IS NOT NULL ORDER BY type DESC";
                var ddl = new List<string>();
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        // The stored DDL names the table as it was created (a migration rebuilt it under a temporary name
                        // and renamed it), so the table's own statement is rebuilt from its column list.
                        var sql = reader.GetString(0);
                        ddl.Add(sql.StartsWith("CREATE TABLE", StringComparison.OrdinalIgnoreCase)
                            ? $"CREATE TABLE \"{ScratchTable}\" " + sql[sql.IndexOf('(', StringComparison.Ordinal)..]
                            : Regex.Replace(sql, @"^CREATE (UNIQUE )?INDEX ""?(\w+)""? ON ""?\w+""?", m => $"CREATE {m.Groups[1].Value}INDEX \"{m.Groups[2].Value}_raw\" ON \"{ScratchTable}\""));
                    }
                }

                foreach (var statement in ddl)
                {
                    command.CommandText = statement;
                    command.ExecuteNonQuery();
                }

                if (Scalar(connection, $"SELECT COUNT(*) FROM sqlite_master WHERE name = '{ScratchTable}'") == 0)
                {
                    throw new InvalidOperationException("The scratch table was not created: " + string.Join("; ", ddl));
                }
            }
        }

        using var select = connection.CreateCommand();
        select.CommandText = """SELECT * FROM "Reservations" WHERE "Purpose" = 'booking benchmark' LIMIT 1""";
        using var row = select.ExecuteReader();
        if (!row.Read())
        {
            throw new InvalidOperationException("No reservation was booked: there is no row to copy.");
        }

        var columns = Enumerable.Range(0, row.FieldCount).Select(row.GetName).ToArray();
        var values = new object[row.FieldCount];
        row.GetValues(values);
        return (columns, values);
    }

    public sealed record RawResult(long Rows, TimeSpan Elapsed, Latencies Latencies)
    {
        public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
    }

    /// <summary>
    /// <paramref name="connections"/> connections, each inserting rows like the template one at a time with a plain
    /// parameterised INSERT in autocommit, for <paramref name="duration"/>. Each row gets a new id, one of the items and a
    /// period of its own (item n mod count, 3 h slot n div count, far in the future), so none conflicts.
    /// </summary>
    public RawResult InsertRaw(string[] columns, object[] template, IReadOnlyList<Guid> items, int connections, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(items);
        var sql = $"INSERT INTO \"{ScratchTable}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var origin = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var upperGuids = template[Array.IndexOf(columns, "Id")] is string text && string.Equals(text, text.ToUpperInvariant(), StringComparison.Ordinal);
        long next = -1;
        var times = new List<double>[connections];
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, connections).Select(t => new Thread(() =>
        {
            var mine = times[t] = new List<double>(16384);
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            var parameters = columns.Select((_, i) =>
            {
                var p = command.CreateParameter();
                p.ParameterName = $"p{i}";
                command.Parameters.Add(p);
                return p;
            }).ToArray();
            var random = new Random(1000 + t);
            while (clock.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref next);
                var start = origin.AddHours(3 * (n / items.Count));
                var now = DateTimeOffset.UtcNow;
                for (var i = 0; i < columns.Length; i++)
                {
                    parameters[i].Value = columns[i] switch
                    {
                        "Id" => Id(Guid.CreateVersion7()),
                        "EquipmentId" => Id(items[(int)(n % items.Count)]),
                        "Start" => start,
                        "End" => start.AddHours(random.Next(1, 4)),
                        "CreatedAt" or "UpdatedAt" => now,
                        "IdempotencyKey" => DBNull.Value,
                        _ => template[i],
                    };
                }

                var started = Stopwatch.GetTimestamp();
                command.ExecuteNonQuery();
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var elapsed = clock.Elapsed;
        return new RawResult(times.Sum(t => t.Count), elapsed, new Latencies(times.SelectMany(t => t)));

        object Id(Guid id) => IsPostgres ? id : upperGuids ? id.ToString().ToUpperInvariant() : id.ToString();
    }
}
