using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Matching;

/// <summary>Reads the administrators' glossary pairs.</summary>
public sealed class GlossaryQueries(TechBridgeDbContext db)
{
    public async Task<PagedResult<GlossaryTerm>> ListAsync(string? query, PageRequest page, CancellationToken cancellationToken = default)
    {
        var terms = db.GlossaryTerms.AsNoTracking();
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
        await db.GlossaryTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
        ?? throw new NotFoundException(nameof(GlossaryTerm), id);
}
