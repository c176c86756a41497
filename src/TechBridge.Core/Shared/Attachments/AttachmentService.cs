using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Shared.Attachments;

/// <summary>
/// Attachments for every feature: lists, adds, opens and deletes the files of an owner. Who may do what is asked of the
/// owner type's <see cref="IAttachmentOwnerPolicy"/>; the limits (<see cref="AttachmentOptions"/>, <see cref="AttachmentTypes"/>)
/// are checked here. The row is audited by the DbContext on save; the bytes are kept by <see cref="AttachmentStore"/>.
/// </summary>
public sealed partial class AttachmentService(
    TechBridgeDbContext db,
    AttachmentStore store,
    IEnumerable<IAttachmentOwnerPolicy> policies,
    IOptions<AttachmentOptions> options,
    TimeProvider time,
    ILogger<AttachmentService> logger)
{
    public const string FileField = "file";
    public const string KindField = "kind";

    private AttachmentOptions Limits => options.Value;

    public async Task<AttachmentFolder> ListAsync(Guid userId, AttachmentOwner owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var rights = await ReadableRightsAsync(userId, owner, cancellationToken);
        var items = await Views(db.Set<Attachment>().Where(a => a.OwnerType == owner.Type && a.OwnerId == owner.Id))
            .ToListAsync(cancellationToken);
        return new AttachmentFolder(owner, rights, Limits.MaxPerOwner, Limits.MaxBytes,
            [.. items.OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)]) { Extensions = AttachmentTypes.ExtensionsOf(Policy(owner).Types) };
    }

    /// <summary>
    /// Checks the rights and the limits, stores the bytes and saves the row. <paramref name="contentType"/> is what the
    /// client declared: it is not trusted (the type comes from the extension and the first bytes).
    /// </summary>
    public Task<AttachmentView> AddAsync(
        AttachmentOwner owner, Stream content, string? fileName, string? contentType, Guid userId, CancellationToken cancellationToken = default) =>
        AddAsync(owner, content, fileName, contentType, userId, kind: null, cancellationToken);

    /// <summary>As <see cref="AddAsync(AttachmentOwner, Stream, string?, string?, Guid, CancellationToken)"/>, for a file of a kind its owner accepts.</summary>
    public async Task<AttachmentView> AddAsync(
        AttachmentOwner owner, Stream content, string? fileName, string? contentType, Guid userId, string? kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(content);
        var rights = await ReadableRightsAsync(userId, owner, cancellationToken);
        if (!rights.CanAdd)
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        }

        kind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim();
        var policy = Policy(owner);
        if (!policy.AcceptsKind(kind))
        {
            throw ValidationFailedException.For(KindField, CoreMessages.Get("Attachment.KindNotAllowed"));
        }

        var name = AttachmentFileNames.Sanitise(fileName);
        var type = AttachmentTypes.ForExtension(name, policy.Types);
        if (name.Length == 0)
        {
            throw Invalid("Attachment.Required");
        }

        if (type is null)
        {
            throw Invalid("Attachment.TypeNotAllowed", AttachmentTypes.ExtensionsOf(policy.Types));
        }

        if (await CountAsync(owner, cancellationToken) >= Limits.MaxPerOwner)
        {
            throw Invalid("Attachment.TooMany", Limits.MaxPerOwner);
        }

        using var staged = await store.StageAsync(content, Limits.MaxBytes, cancellationToken);
        if (staged.TooLarge)
        {
            throw Invalid("Attachment.TooLarge", FileSizes.Format(Limits.MaxBytes));
        }

        if (staged.Size == 0)
        {
            throw Invalid("Attachment.Empty");
        }

        if (!type.Matches(staged.Header))
        {
            LogMismatch(logger, name, contentType);
            throw Invalid("Attachment.ContentMismatch", type.Name);
        }

        var at = Clock.UtcNow(time);
        var attachment = new Attachment
        {
            OwnerType = owner.Type,
            OwnerId = owner.Id,
            FileName = name,
            ContentType = type.ContentType,
            Size = staged.Size,
            Sha256 = staged.Sha256,
            StorageKey = store.Commit(staged, at),
            IsImage = type.IsImage,
            Kind = kind,
            UploadedById = userId,
            UploadedAt = at,
        };
        db.Add(attachment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            db.Entry(attachment).State = EntityState.Detached;
            store.Delete(attachment.StorageKey);
            throw;
        }

        return await Views(db.Set<Attachment>().Where(a => a.Id == attachment.Id)).SingleAsync(cancellationToken);
    }

    /// <summary>The attachment and its bytes, for a user who may read its owner's attachments (404 otherwise).</summary>
    public async Task<AttachmentContent> OpenAsync(Guid userId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var view = await Views(db.Set<Attachment>().Where(a => a.Id == attachmentId)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Attachment), attachmentId);
        await ReadableRightsAsync(userId, new AttachmentOwner(view.OwnerType, view.OwnerId), cancellationToken, attachmentId);
        var key = await db.Set<Attachment>().Where(a => a.Id == attachmentId).Select(a => a.StorageKey).SingleAsync(cancellationToken);
        try
        {
            return new AttachmentContent(view, store.Open(key));
        }
        catch (FileNotFoundException)
        {
            LogMissingFile(logger, attachmentId, key);
            throw new NotFoundException(nameof(Attachment), attachmentId);
        }
        catch (DirectoryNotFoundException)
        {
            LogMissingFile(logger, attachmentId, key);
            throw new NotFoundException(nameof(Attachment), attachmentId);
        }
    }

    /// <summary>Deletes the row (audited), then the file. Returns the owner, so a caller can go back to it.</summary>
    public async Task<AttachmentOwner> DeleteAsync(Guid userId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var attachment = await db.Set<Attachment>().SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken)
            ?? throw new NotFoundException(nameof(Attachment), attachmentId);
        var owner = new AttachmentOwner(attachment.OwnerType, attachment.OwnerId);
        var rights = await ReadableRightsAsync(userId, owner, cancellationToken, attachmentId);
        if (!rights.CanDelete)
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        }

        db.Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            store.Delete(attachment.StorageKey);
        }
        catch (IOException e)
        {
            // The row is gone, so nothing points at the file any more; it is only wasted space.
            LogOrphan(logger, e, attachment.StorageKey);
        }

        return owner;
    }

    private Task<int> CountAsync(AttachmentOwner owner, CancellationToken cancellationToken) =>
        db.Set<Attachment>().CountAsync(a => a.OwnerType == owner.Type && a.OwnerId == owner.Id, cancellationToken);

    /// <summary>The user's rights to the owner's attachments; 404 (for the attachment when one is named) unless they may read.</summary>
    private async Task<AttachmentRights> ReadableRightsAsync(Guid userId, AttachmentOwner owner, CancellationToken cancellationToken, Guid? attachmentId = null)
    {
        var policy = Policy(owner);
        AttachmentRights rights;
        try
        {
            rights = await policy.RightsAsync(userId, owner.Id, cancellationToken);
        }
        catch (NotFoundException) when (attachmentId is { } id)
        {
            throw new NotFoundException(nameof(Attachment), id);
        }

        return rights.CanRead ? rights : throw new NotFoundException(attachmentId is null ? owner.Type : nameof(Attachment), attachmentId ?? owner.Id);
    }

    private IAttachmentOwnerPolicy Policy(AttachmentOwner owner) =>
        policies.SingleOrDefault(p => p.OwnerType == owner.Type)
            ?? throw new InvalidOperationException($"No attachment policy is registered for owner type '{owner.Type}'.");

    private IQueryable<AttachmentView> Views(IQueryable<Attachment> attachments) =>
        attachments.AsNoTracking().Select(a => new AttachmentView(
            a.Id, a.OwnerType, a.OwnerId, a.FileName, a.ContentType, a.Size, a.Sha256, a.IsImage, a.UploadedById,
            db.Users.Where(u => u.Id == a.UploadedById).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
            a.UploadedAt) { Kind = a.Kind });

    private static ValidationFailedException Invalid(string key, params object?[] args) =>
        ValidationFailedException.For(FileField, CoreMessages.Get(key, args));

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused attachment {FileName} (declared {ContentType}): its bytes are not of its extension's type")]
    private static partial void LogMismatch(ILogger logger, string fileName, string? contentType);

    [LoggerMessage(Level = LogLevel.Error, Message = "The file of attachment {AttachmentId} ({StorageKey}) is missing")]
    private static partial void LogMissingFile(ILogger logger, Guid attachmentId, string storageKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the file {StorageKey} of a deleted attachment")]
    private static partial void LogOrphan(ILogger logger, Exception exception, string storageKey);
}
