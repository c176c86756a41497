using Npgsql;

namespace TechBridge.Core.Data;

/// <summary>
/// PostgreSQL connection settings the portal applies unless the operator's connection string says otherwise.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>How many distinct statements a connection keeps prepared (Npgsql's automatic preparation).</summary>
    public const int MaxAutoPrepare = 128;

    /// <summary>
    /// Turns on Npgsql's automatic preparation: a statement the portal runs again and again (every booking runs the same
    /// dozen) is parsed and planned once per connection instead of on every call, which is most of PostgreSQL's work for
    /// the short queries the portal runs. An explicit <c>Max Auto Prepare</c> in the connection string wins (0 turns it off).
    /// </summary>
    public static string WithStatementPreparation(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}
