using TechBridge.Core.Data;
using TechBridge.Core.Shared.Transactions;

namespace TechBridge.Core.Shared.Attachments;

/// <summary>
/// Runs a unit of work that stores attachment files in one serializable transaction. A retried attempt re-reads the
/// files from their start; the files an attempt stored are deleted when the attempt does not commit (their rows were
/// rolled back with it).
/// </summary>
public sealed class StoredFilesTransaction(TechBridgeDbContext db, AttachmentStore store)
{
    /// <summary>The storage keys of the files the current attempt has stored so far.</summary>
    private readonly List<string> stored = [];

    public void Track(string storageKey) => stored.Add(storageKey);

    public async Task<T> RunAsync<T>(IEnumerable<Stream> contents, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var rewindable = contents.Where(c => c.CanSeek).ToList();
        try
        {
            return await SerializableTransaction.RunAsync(db, async ct =>
            {
                DeleteStored();
                foreach (var content in rewindable)
                {
                    content.Position = 0;
                }

                return await work(ct);
            }, cancellationToken);
        }
        catch
        {
            DeleteStored();
            throw;
        }
        finally
        {
            stored.Clear();
        }
    }

    private void DeleteStored()
    {
        foreach (var key in stored)
        {
            store.Delete(key);
        }

        stored.Clear();
    }
}
