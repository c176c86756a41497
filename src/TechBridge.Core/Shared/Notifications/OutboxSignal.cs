namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Wakes the e-mail dispatcher when a commit has put mail in the outbox, so it need not wait for its next poll. A wake
/// while the dispatcher is busy is remembered (one pending wake at most) and ends its next wait at once.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);
    private readonly Lock gate = new();

    public void Wake()
    {
        lock (gate)
        {
            if (wake.CurrentCount == 0)
            {
                wake.Release();
            }
        }
    }

    /// <summary>Waits for a wake or until <paramref name="timeout"/>; true when woken.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        wake.WaitAsync(timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, cancellationToken);

    public void Dispose() => wake.Dispose();
}
