using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>
/// The files of an inquiry message: whoever may read the thread reads them (its parties, program managers and
/// administrators); the author adds them only while sending the message (<see cref="InquiryService"/> opens that window
/// for the message it is saving); nobody deletes them. Anyone else does not learn the message exists (404).
/// </summary>
public sealed class InquiryMessageAttachmentPolicy(TechBridgeDbContext db, InquiryAccess access) : IAttachmentOwnerPolicy
{
    private readonly HashSet<Guid> sending = [];

    public string OwnerType => AttachmentOwnerTypes.InquiryMessage;

    public async Task<AttachmentRights> RightsAsync(Guid userId, Guid ownerId, CancellationToken cancellationToken)
    {
        var message = await db.InquiryMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == ownerId, cancellationToken)
            ?? throw new NotFoundException(nameof(InquiryMessage), ownerId);
        var inquiry = await db.Inquiries.AsNoTracking().SingleAsync(i => i.Id == message.InquiryId, cancellationToken);
        if (await access.SideAsync(userId, inquiry, cancellationToken) is null)
        {
            throw new NotFoundException(nameof(InquiryMessage), ownerId);
        }

        return new AttachmentRights(CanRead: true, CanAdd: message.AuthorUserId == userId && sending.Contains(ownerId), CanDelete: false);
    }

    /// <summary>Lets the author attach files to <paramref name="messageId"/> until the returned scope ends.</summary>
    internal IDisposable Sending(Guid messageId)
    {
        sending.Add(messageId);
        return new Window(() => sending.Remove(messageId));
    }

    private sealed class Window(Action close) : IDisposable
    {
        public void Dispose() => close();
    }
}
