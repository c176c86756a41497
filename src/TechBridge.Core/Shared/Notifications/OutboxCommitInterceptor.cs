using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Signals the dispatcher once mail queued on a context is committed: after SaveChanges when no transaction was open
/// (SaveChanges committed its own), or when the caller's transaction commits. Until then the rows are invisible to the
/// dispatcher, so an earlier wake would only find nothing and wait for the next poll.
/// </summary>
public sealed class OutboxCommitInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> queued = [];

    /// <summary>Called by the notifier: <paramref name="context"/> holds mail that its next commit makes sendable.</summary>
    public void MailQueued(DbContext context) => queued.AddOrUpdate(context, this);

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData?.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData?.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData?.Context);
        return Task.CompletedTask;
    }

    private void AfterSave(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && queued.Remove(context))
        {
            signal.Wake();
        }
    }
}
