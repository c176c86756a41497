namespace TechBridge.Core.Shared.Attachments;

/// <summary>
/// Who may do what with the attachments of one owner type. The feature that owns the type decides (the attachment service
/// knows no roles): it throws <see cref="Errors.NotFoundException"/> when the owner does not exist or the user may not
/// know it exists, and answers the rights otherwise.
/// </summary>
public interface IAttachmentOwnerPolicy
{
    string OwnerType { get; }

    Task<AttachmentRights> RightsAsync(Guid userId, Guid ownerId, CancellationToken cancellationToken);

    /// <summary>Whether a file may be added as this kind (none, for owners that do not distinguish kinds).</summary>
    bool AcceptsKind(string? kind) => kind is null;

    /// <summary>The kinds of file this owner takes (every kind in <see cref="AttachmentTypes.All"/> unless it narrows them).</summary>
    IReadOnlyList<AttachmentType> Types => AttachmentTypes.All;
}

/// <summary>What a user may do with the attachments of one owner.</summary>
public sealed record AttachmentRights(bool CanRead, bool CanAdd, bool CanDelete)
{
    public static AttachmentRights ReadOnly { get; } = new(true, false, false);
}
