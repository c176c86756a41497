using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>Reads a person's own inbox; another person's message is "not found", never shown.</summary>
public sealed class InboxQueries(TechBridgeDbContext db)
{
    public async Task<InboxPage> ListAsync(Guid userId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var mine = db.InboxMessages.AsNoTracking().Where(m => m.UserId == userId);
        var total = await mine.CountAsync(cancellationToken);
        var unread = await mine.CountAsync(m => m.ReadAt == null, cancellationToken);
        var items = await mine.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(m => new InboxListItem(m.Id, m.Template, m.Subject, m.Link, m.CreatedAt, m.ReadAt))
            .ToListAsync(cancellationToken);
        return new InboxPage(items, total, page.Page, page.PageSize, unread);
    }

    public async Task<InboxMessageView> GetAsync(Guid userId, Guid id, CancellationToken cancellationToken = default) =>
        await db.InboxMessages.AsNoTracking().Where(m => m.Id == id && m.UserId == userId)
            .Select(m => new InboxMessageView(m.Id, m.Template, m.Subject, m.Body, m.Link, m.CreatedAt, m.ReadAt))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("InboxMessage", id);

    public Task<int> UnreadCountAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.InboxMessages.CountAsync(m => m.UserId == userId && m.ReadAt == null, cancellationToken);
}
