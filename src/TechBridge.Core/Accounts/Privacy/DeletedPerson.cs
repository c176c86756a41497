namespace TechBridge.Core.Accounts.Privacy;

/// <summary>
/// What remains of an account after its owner's personal data were deleted: records that must be kept (audit trail,
/// timelines, messages the other party received) name the actor with <see cref="Name"/>, which pages show in the
/// reader's language.
/// </summary>
public static class DeletedPerson
{
    public const string Name = "deleted person";

    /// <summary>A unique, undeliverable address (RFC 2606 ".invalid") so the e-mail column stays unique and non-empty.</summary>
    public static string EmailFor(Guid userId) => $"deleted-{userId:N}@deleted.invalid";

    public static bool IsDeletedEmail(string? email) =>
        email is not null && email.EndsWith("@deleted.invalid", StringComparison.OrdinalIgnoreCase);
}
