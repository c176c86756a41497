using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TechBridge.Core.Data;

namespace TechBridge.Core.Shared.Transactions;

/// <summary>
/// Runs a read-check-write as if it were alone, so rules of the form "at least one …" / "at most one …" hold under
/// concurrency: PostgreSQL runs it SERIALIZABLE and retries it when the database reports a serialisation failure or a
/// deadlock; SQLite starts with BEGIN IMMEDIATE, which takes the single write lock before the first read.
/// The work must (re)read everything it decides on: on a retry the change tracker starts empty.
/// </summary>
public static class SerializableTransaction
{
    private const int Attempts = 8;

    public static async Task<T> RunAsync<T>(TechBridgeDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            try
            {
                var result = await work(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception e) when (attempt < Attempts && RetryableDatabaseError.Matches(e))
            {
                // Disposing the transaction rolls it back (PostgreSQL may already have ended it).
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
            }
        }
    }

    public static Task RunAsync(TechBridgeDbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken = default) =>
        RunAsync(db, async ct =>
        {
            await work(ct);
            return true;
        }, cancellationToken);
}
