namespace TechBridge.Core.Programs.Review.Declarations;

/// <summary>
/// A conflict of interest a pool reviewer declares before being asked: an organisation (from the directory, or by name)
/// and/or a person they must not review, with the reason, until an optional date (inclusive, in KST). Every proposal with
/// the organisation among its partners or the person among its researchers becomes a conflict of the reviewer.
/// </summary>
public sealed class ReviewerDeclaration
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ReviewerId { get; init; }

    /// <summary>The organisation as the directory knows it; null when the reviewer named it freely (<see cref="OrganizationName"/>).</summary>
    public Guid? OrganizationId { get; init; }
    public string? OrganizationName { get; init; }
    public string? PersonName { get; init; }
    public string Reason { get; init; } = string.Empty;
    public DateTimeOffset DeclaredAt { get; init; }

    /// <summary>The last day the declaration holds (KST); null for no end.</summary>
    public DateOnly? Until { get; init; }
}
