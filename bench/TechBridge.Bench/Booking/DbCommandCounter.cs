using System.Diagnostics;

namespace TechBridge.Bench.Booking;

/// <summary>
/// Counts the SQL commands EF Core executes in this process (the portal's), and the time they took as EF measured it, from
/// EF's diagnostic events. Read the difference between two snapshots to get commands per request of one phase.
/// </summary>
public sealed class DbCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string Executed = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";
    private const string Failed = "Microsoft.EntityFrameworkCore.Database.Command.CommandError";
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];
    private long commands;
    private long ticks;

    public DbCommandCounter() => allListeners = DiagnosticListener.AllListeners.Subscribe(this);

    public (long Commands, TimeSpan Time) Snapshot() => (Interlocked.Read(ref commands), TimeSpan.FromTicks(Interlocked.Read(ref ticks)));

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this, (name, _, _) => name is Executed or Failed));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData executed)
        {
            Interlocked.Increment(ref commands);
            Interlocked.Add(ref ticks, executed.Duration.Ticks);
        }
        else if (value.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandErrorEventData failed)
        {
            Interlocked.Increment(ref commands);
            Interlocked.Add(ref ticks, failed.Duration.Ticks);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
