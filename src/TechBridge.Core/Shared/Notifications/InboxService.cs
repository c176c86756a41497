using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>Marks a person's own messages read (audited like every change); marking a read message again changes nothing.</summary>
public sealed class InboxService(TechBridgeDbContext db, TimeProvider time)
{
    public async Task MarkReadAsync(Guid userId, Guid id, CancellationToken cancellationToken = default)
    {
        var message = await db.InboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("InboxMessage", id);
        if (message.ReadAt is null)
        {
            message.ReadAt = Clock.UtcNow(time);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<InboxReadAllResult> MarkAllReadAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var unread = await db.InboxMessages.Where(m => m.UserId == userId && m.ReadAt == null).ToListAsync(cancellationToken);
        var now = Clock.UtcNow(time);
        foreach (var message in unread)
        {
            message.ReadAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new InboxReadAllResult(unread.Count);
    }
}
