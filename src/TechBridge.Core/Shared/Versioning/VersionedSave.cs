using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Shared.Versioning;

/// <summary>
/// Saves a unit of work that touches versioned entities. In one transaction, each touched entity's row is first moved
/// to its new version with an UPDATE that only matches the version it was loaded at; that takes the row's write lock,
/// so concurrent writers of one entity queue on its row before any child row is touched (no deadlock, no duplicate
/// child keys), and every writer but the first finds the version moved and gets a <see cref="ConcurrencyConflictException"/>
/// with the current version. Then the save itself runs. The same SQL on SQLite and PostgreSQL.
/// </summary>
internal static class VersionedSave
{
    public static async Task<int> SaveAsync(
        DbContext context, IReadOnlyList<VersionStamp> stamps, Func<Task<int>> save, bool async, CancellationToken cancellationToken)
    {
        if (stamps.Count == 0)
        {
            return await save();
        }

        var database = context.Database;
        var owned = database.CurrentTransaction is not null ? null
            : async ? await database.BeginTransactionAsync(cancellationToken) : database.BeginTransaction();
        try
        {
            foreach (var stamp in stamps)
            {
                if (await LockAsync(context, stamp, async, cancellationToken) == 0 && stamp.Entry is not null)
                {
                    await RollbackAsync(owned, async, cancellationToken);
                    throw await ConflictAsync(stamp, async, cancellationToken);
                }
            }

            foreach (var stamp in stamps)
            {
                stamp.Locked();
            }

            int saved;
            try
            {
                saved = await save();
            }
            catch (DbUpdateConcurrencyException failed)
            {
                var stamp = failed.Entries.Select(e => VersionStamps.OwnerOf(e, stamps)).FirstOrDefault(s => s is not null);
                if (stamp is null)
                {
                    throw;
                }

                await RollbackAsync(owned, async, cancellationToken);
                throw await ConflictAsync(stamp, async, cancellationToken);
            }

            if (owned is not null)
            {
                if (async)
                {
                    await owned.CommitAsync(cancellationToken);
                }
                else
                {
                    owned.Commit();
                }
            }

            return saved;
        }
        finally
        {
            if (owned is not null)
            {
                if (async)
                {
                    await owned.DisposeAsync();
                }
                else
                {
                    owned.Dispose();
                }
            }
        }
    }

    /// <summary>Moves the row to its new version (only from the expected one, when there is one); returns the rows changed.</summary>
    private static async Task<int> LockAsync(DbContext context, VersionStamp stamp, bool async, CancellationToken cancellationToken)
    {
        var type = stamp.Type;
        var table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var sql = context.GetService<ISqlGenerationHelper>();
        var version = type.FindProperty(nameof(IVersioned.Version))!;
        var versionColumn = sql.DelimitIdentifier(version.GetColumnName(store)!);
        await using var factory = context.Database.GetDbConnection().CreateCommand(); // only creates the parameters
        var parameters = new List<DbParameter>();
        string Parameter(IProperty property, object? value)
        {
            var name = "v" + parameters.Count;
            parameters.Add(property.GetRelationalTypeMapping().CreateParameter(factory, sql.GenerateParameterName(name), value));
            return sql.GenerateParameterNamePlaceholder(name);
        }

        var keyProperties = type.FindPrimaryKey()!.Properties;
        var where = string.Join(" AND ", keyProperties.Select((p, i) => $"{sql.DelimitIdentifier(p.GetColumnName(store)!)} = {Parameter(p, stamp.Key[i])}"));
        var target = sql.DelimitIdentifier(table, type.GetSchema());
        var text = stamp.Expected is { } expected
            ? $"UPDATE {target} SET {versionColumn} = {Parameter(version, expected + 1)} WHERE {where} AND {versionColumn} = {Parameter(version, expected)}"
            : $"UPDATE {target} SET {versionColumn} = {versionColumn} + 1 WHERE {where}";
        return async
            ? await context.Database.ExecuteSqlRawAsync(text, parameters, cancellationToken)
            : context.Database.ExecuteSqlRaw(text, parameters);
    }

    private static async Task RollbackAsync(IDbContextTransaction? owned, bool async, CancellationToken cancellationToken)
    {
        if (owned is null)
        {
            return;
        }

        if (async)
        {
            await owned.RollbackAsync(cancellationToken);
        }
        else
        {
            owned.Rollback();
        }
    }

    /// <summary>The conflict with the entity's current version, or not-found when someone else deleted it meanwhile.</summary>
    private static async Task<Exception> ConflictAsync(VersionStamp stamp, bool async, CancellationToken cancellationToken)
    {
        var entry = stamp.Entry!;
        var current = async ? await entry.GetDatabaseValuesAsync(cancellationToken) : entry.GetDatabaseValues();
        var name = entry.Metadata.ClrType.Name;
        var id = VersionStamps.KeyText(stamp.Key);
        return current is null
            ? new NotFoundException(name, id)
            : new ConcurrencyConflictException(name, id, (long)current[nameof(IVersioned.Version)]!);
    }
}
