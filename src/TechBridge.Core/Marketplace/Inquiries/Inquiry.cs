using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>
/// A conversation a signed-in user starts from a marketplace or directory hit. The recipient side is fixed when it is sent:
/// an organisation (a technology's owner, a need's company, the organisation itself) or a person; every active account of
/// that organisation (or the account with the person's e-mail address) takes part on that side.
/// </summary>
public sealed class Inquiry : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public InquirySubjectKind SubjectKind { get; init; }
    public Guid SubjectId { get; init; }

    /// <summary>The hit's title (or name) when the inquiry was sent; the hit may change or disappear later.</summary>
    public string SubjectTitle { get; init; } = string.Empty;

    /// <summary>The recipient organisation; null when the recipient is a person (<see cref="RecipientPersonId"/>).</summary>
    public Guid? RecipientOrganizationId { get; init; }
    public Guid? RecipientPersonId { get; init; }
    public Guid SenderId { get; init; }

    /// <summary>The sender's organisation when they sent it.</summary>
    public Guid? SenderOrganizationId { get; init; }
    public string Subject { get; init; } = string.Empty;
    public InquiryStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset LastMessageAt { get; set; }
    public long Version { get; private set; }
}
