using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;

namespace TechBridge.Core.Programs.Review.Pool;

/// <summary>
/// Links reviewers to the accounts they sign in with: the enabled account whose e-mail address is the person's, unless
/// that account is another reviewer's already. Done when reviewers are added, and again at each later change of the
/// pool, so a reviewer who registers after being added is linked then.
/// </summary>
internal static class ReviewerAccounts
{
    private const int Chunk = 500;

    /// <summary>Links the given reviewers (new, or tracked) by their people's e-mail addresses; the caller saves.</summary>
    public static async Task LinkAsync(TechBridgeDbContext db, IEnumerable<(PoolReviewer Reviewer, string? Email)> reviewers, CancellationToken cancellationToken)
    {
        var waiting = reviewers.Where(r => r.Reviewer.UserId is null && !string.IsNullOrWhiteSpace(r.Email))
            .GroupBy(r => UserAccount.Normalize(r.Email!), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Reviewer, StringComparer.Ordinal);
        foreach (var (email, userId) in await AccountsAsync(db, waiting.Keys, cancellationToken))
        {
            waiting[email].UserId = userId;
        }
    }

    /// <summary>Links every saved reviewer still without an account for whom one now exists; the caller saves.</summary>
    public static async Task LinkWaitingAsync(TechBridgeDbContext db, CancellationToken cancellationToken)
    {
        var waiting = (await db.Reviewers.AsNoTracking().Where(r => r.UserId == null && r.Person!.Email != null)
                .Select(r => new { r.Id, r.Person!.Email }).ToListAsync(cancellationToken))
            .GroupBy(r => UserAccount.Normalize(r.Email!), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var links = (await AccountsAsync(db, waiting.Keys, cancellationToken)).ToDictionary(l => waiting[l.Email], l => l.UserId);
        if (links.Count == 0)
        {
            return;
        }

        var ids = links.Keys.ToList();
        foreach (var reviewer in await db.Reviewers.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken))
        {
            reviewer.UserId ??= links[reviewer.Id];
        }
    }

    /// <summary>The enabled accounts of these normalised addresses that no reviewer (saved or about to be) has.</summary>
    private static async Task<List<(string Email, Guid UserId)>> AccountsAsync(TechBridgeDbContext db, IEnumerable<string> emails, CancellationToken cancellationToken)
    {
        var taken = db.ChangeTracker.Entries<PoolReviewer>().Select(e => e.Entity.UserId).OfType<Guid>().ToHashSet();
        var found = new List<(string, Guid)>();
        foreach (var chunk in emails.Chunk(Chunk))
        {
            var users = await db.Users.AsNoTracking().Where(u => chunk.Contains(u.NormalizedEmail!) && !u.IsDisabled && !db.Reviewers.Any(r => r.UserId == u.Id))
                .OrderBy(u => u.Id).Select(u => new { u.Id, u.NormalizedEmail }).ToListAsync(cancellationToken);
            found.AddRange(users.Where(u => taken.Add(u.Id)).Select(u => (u.NormalizedEmail!, u.Id)));
        }

        return found;
    }
}
