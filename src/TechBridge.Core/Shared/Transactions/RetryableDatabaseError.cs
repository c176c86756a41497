using Npgsql;

namespace TechBridge.Core.Shared.Transactions;

/// <summary>A PostgreSQL error that a transaction may simply run again: a serialization failure or a deadlock victim.</summary>
internal static class RetryableDatabaseError
{
    /// <summary>True when the error, or one it wraps (the execution strategy wraps transient errors), is retryable.</summary>
    public static bool Matches(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected })
            {
                return true;
            }
        }

        return false;
    }
}
