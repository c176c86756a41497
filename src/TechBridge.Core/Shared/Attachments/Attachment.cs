namespace TechBridge.Core.Shared.Attachments;

/// <summary>
/// A file attached to something (a piece of equipment, a support request). The row holds what people see and what
/// proves the file's identity (size, SHA-256); the bytes live outside the database, under <see cref="StorageKey"/> in
/// the attachment folder (see <see cref="AttachmentStore"/>).
/// </summary>
public sealed class Attachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>What the file is attached to: one of <see cref="AttachmentOwnerTypes"/>.</summary>
    public string OwnerType { get; init; } = string.Empty;
    public Guid OwnerId { get; init; }

    /// <summary>The name as uploaded, made safe to show and to offer for download (never used as a path).</summary>
    public string FileName { get; init; } = string.Empty;

    /// <summary>The content type of the detected file kind (not the one the client declared).</summary>
    public string ContentType { get; init; } = string.Empty;
    public long Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; init; } = string.Empty;

    /// <summary>Where the bytes are, relative to the attachment folder: <c>yyyy/MM/random id</c>.</summary>
    public string StorageKey { get; init; } = string.Empty;

    /// <summary>A photo (PNG, JPEG, WebP) that may be shown inline.</summary>
    public bool IsImage { get; init; }
    /// <summary>What the file is for, when its owner distinguishes kinds (a proposal's research plan, budget plan, …).</summary>
    public string? Kind { get; init; }
    public Guid UploadedById { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}
