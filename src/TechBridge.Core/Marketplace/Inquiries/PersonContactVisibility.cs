using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts.Privacy;
using TechBridge.Core.Data;

namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>
/// A person who hides their contact details shows them only to themselves, to program staff, and to each sender of an
/// inquiry they have answered (answering is how they accept the contact), as inquiry threads already do for recipients.
/// </summary>
public sealed class PersonContactVisibility(TechBridgeDbContext db)
{
    public async Task<bool> CanSeeAsync(Guid personId, Guid? viewerId, bool programStaff, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.HidesContact, p.Email })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null || !person.HidesContact || programStaff)
        {
            return true;
        }

        if (viewerId is not { } viewer)
        {
            return false;
        }

        var viewerEmail = await db.Users.AsNoTracking().Where(u => u.Id == viewer).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (viewerEmail is not null && string.Equals(viewerEmail.Trim(), person.Email?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return await db.Inquiries.AsNoTracking().AnyAsync(i => i.RecipientPersonId == personId && i.SenderId == viewer
            && db.InquiryMessages.Any(m => m.InquiryId == i.Id && m.AuthorUserId != viewer), cancellationToken);
    }

    /// <summary>Whether the account's directory entry hides its contact details; null when the account has none.</summary>
    public async Task<bool?> HiddenForAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var email = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(cancellationToken);
        var flags = await PersonalDataQueries.PeopleWithEmail(db.People.AsNoTracking(), email).Select(p => p.HidesContact).ToListAsync(cancellationToken);
        return flags.Count == 0 ? null : flags.All(f => f);
    }

    /// <summary>Hides or shows the contact details of every directory entry carrying the account's e-mail; returns how many.</summary>
    public async Task<int> SetHiddenAsync(Guid userId, bool hidden, CancellationToken cancellationToken = default)
    {
        var email = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(cancellationToken);
        var people = await PersonalDataQueries.PeopleWithEmail(db.People, email).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            person.HidesContact = hidden;
        }

        await db.SaveChangesAsync(cancellationToken);
        return people.Count;
    }
}
