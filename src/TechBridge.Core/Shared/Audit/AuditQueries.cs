using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;

namespace TechBridge.Core.Shared.Audit;

/// <summary>Search filter for the audit trail.</summary>
public sealed record AuditFilter(string? EntityType = null, string? EntityId = null, string? Actor = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>Reads the audit trail, newest first.</summary>
public sealed class AuditQueries(TechBridgeDbContext db)
{
    public async Task<PagedResult<AuditEntry>> SearchAsync(AuditFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var query = Apply(db.AuditEntries.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<AuditEntry>(items, total, page.Page, page.PageSize);
    }

    public async Task<IReadOnlyList<AuditEntry>> ExportAsync(AuditFilter filter, CancellationToken cancellationToken = default) =>
        await Apply(db.AuditEntries.AsNoTracking(), filter).OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(PageRequest.ExportLimit).ToListAsync(cancellationToken);

    private static IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> query, AuditFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(e => e.EntityId == filter.EntityId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim().ToLowerInvariant();
            query = query.Where(e => e.ActorName.ToLower().Contains(actor));
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }

        return query;
    }
}
