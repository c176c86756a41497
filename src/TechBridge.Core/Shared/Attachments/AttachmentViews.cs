namespace TechBridge.Core.Shared.Attachments;

/// <summary>One attachment as people see it, with whether the reader may delete it.</summary>
public sealed record AttachmentView(
    Guid Id, string OwnerType, Guid OwnerId, string FileName, string ContentType, long Size, string Sha256, bool IsImage,
    Guid UploadedById, string UploadedByName, DateTimeOffset UploadedAt)
{
    /// <summary>What the file is for, when its owner distinguishes kinds (see <see cref="IAttachmentOwnerPolicy.AcceptsKind"/>).</summary>
    public string? Kind { get; init; }
}

/// <summary>An owner's attachments and what the reader may do with them.</summary>
public sealed record AttachmentFolder(AttachmentOwner Owner, AttachmentRights Rights, int MaxFiles, long MaxBytes, IReadOnlyList<AttachmentView> Items)
{
    public bool CanAddMore => Rights.CanAdd && Items.Count < MaxFiles;

    /// <summary>The extensions the owner takes, comma-separated (see <see cref="IAttachmentOwnerPolicy.Types"/>).</summary>
    public string Extensions { get; init; } = AttachmentTypes.Extensions;
}

/// <summary>An attachment opened for reading; the caller disposes <see cref="Content"/>.</summary>
public sealed record AttachmentContent(AttachmentView Attachment, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
