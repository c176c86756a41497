using TechBridge.Core.Shared.Attachments;

namespace TechBridge.Core.Facilities.Requests;

/// <summary>
/// Documents of a support request: everyone who sees the request reads them (anyone else gets 404); the company adds and
/// deletes them while the request is open.
/// </summary>
public sealed class SupportRequestAttachmentPolicy(SupportRequestAccess access) : IAttachmentOwnerPolicy
{
    public string OwnerType => AttachmentOwnerTypes.SupportRequest;

    public async Task<AttachmentRights> RightsAsync(Guid userId, Guid ownerId, CancellationToken cancellationToken)
    {
        var (request, role) = await access.LoadAsync(userId, ownerId, cancellationToken);
        var edits = role.IsCompany && request.Status.IsOpen();
        return new AttachmentRights(CanRead: true, CanAdd: edits, CanDelete: edits);
    }
}
