using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Matching;

/// <summary>Reads the glossary pairs: the shipped ones and those administrators added (never the removed ones).</summary>
public sealed class GlossaryQueries(TechBridgeDbContext db)
{
    /// <summary>Pairs whose Korean or English contains <paramref name="query"/>; <paramref name="seeded"/> keeps the shipped (true) or the added (false) ones.</summary>
    public async Task<PagedResult<GlossaryTerm>> ListAsync(string? query, PageRequest page, bool? seeded = null, CancellationToken cancellationToken = default)
    {
        var terms = db.GlossaryTerms.AsNoTracking().Where(t => !t.IsRemoved);
        if (seeded is { } shipped)
        {
            terms = shipped ? terms.Where(t => t.SeedKey != null) : terms.Where(t => t.SeedKey == null);
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim().ToLowerInvariant();
            terms = terms.Where(t => t.Korean.Contains(q) || t.English.ToLower().Contains(q));
        }

        var total = await terms.CountAsync(cancellationToken);
        var items = await terms.OrderBy(t => t.Korean).ThenBy(t => t.English).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<GlossaryTerm>(items, total, page.Page, page.PageSize);
    }

    public async Task<GlossaryTerm> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.GlossaryTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && !t.IsRemoved, cancellationToken)
        ?? throw new NotFoundException(nameof(GlossaryTerm), id);
}
