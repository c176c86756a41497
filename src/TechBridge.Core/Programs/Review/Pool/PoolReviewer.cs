using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Programs.Review.Pool;

/// <summary>
/// A reviewer a program manager may draw on: a directory person (whose affiliations and publications the directory
/// holds), in the overseas peer-review group or the domestic panel group, with the most proposals they take per call.
/// </summary>
public sealed class PoolReviewer : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PersonId { get; init; }

    /// <summary>The account the reviewer signs in with, linked by the person's e-mail address; null until one exists.</summary>
    public Guid? UserId { get; set; }
    public ReviewerGroup Group { get; set; }
    public int MaxLoad { get; set; } = ReviewerPoolLimits.DefaultMaxLoad;
    public bool IsActive { get; set; } = true;
    public ReviewerSource Source { get; init; }

    /// <summary>The program manager who added the reviewer; null when the command-line tool imported them.</summary>
    public Guid? AddedById { get; init; }
    public DateTimeOffset AddedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }

    public Person? Person { get; init; }

    /// <summary>Korean people review in the domestic panel (in Korean), everyone else in the overseas peer review (in English).</summary>
    public static ReviewerGroup GroupOf(string countryCode) =>
        string.Equals(countryCode, "KR", StringComparison.OrdinalIgnoreCase) ? ReviewerGroup.Domestic : ReviewerGroup.Overseas;
}

public enum ReviewerGroup
{
    /// <summary>Peer reviewers abroad, reviewing in English.</summary>
    Overseas,

    /// <summary>The anonymous panel of domestic experts, reviewing in Korean.</summary>
    Domestic,
}

/// <summary>How a reviewer came into the pool.</summary>
public enum ReviewerSource
{
    Directory,
    Csv,
    OpenReview,
}
