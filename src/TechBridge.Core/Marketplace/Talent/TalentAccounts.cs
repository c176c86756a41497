using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Accounts.Privacy;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Marketplace.Talent;

/// <summary>
/// Who a caller is for the talent pages: roles, organisation, and the directory entries carrying their e-mail (how an
/// account and a directory person are linked everywhere else, e.g. contact privacy and personal-data export).
/// </summary>
public sealed class TalentAccounts(TechBridgeDbContext db)
{
    public async Task<TalentCaller> CallerAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new { u.Email, u.DisplayName, u.OrganizationId, u.Culture, Roles = u.Roles.Select(r => r.Role).ToList() })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new ForbiddenException(Shared.Resources.CoreMessages.Get("Rule.NotAllowed"));
        var people = await PersonalDataQueries.PeopleWithEmail(db.People.AsNoTracking(), user.Email).OrderBy(p => p.CreatedAt)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        return new TalentCaller(userId, user.Email, user.DisplayName, user.OrganizationId, user.Culture, user.Roles.ToHashSet(StringComparer.Ordinal), people);
    }

    /// <summary>The accounts that speak for a directory person (normally one), for notices and answers.</summary>
    public async Task<IReadOnlyList<Guid>> UsersOfAsync(Guid personId, CancellationToken cancellationToken) =>
        await Directory.PersonAccounts.ActiveAsync(db, personId, cancellationToken);
}

public sealed record TalentCaller(
    Guid UserId, string Email, string DisplayName, Guid? OrganizationId, string Culture, IReadOnlySet<string> Roles, IReadOnlyList<Guid> PersonIds)
{
    public bool IsStaff => Roles.Contains(Accounts.Roles.Coordinator) || Roles.Contains(Accounts.Roles.ProgramManager) || Roles.Contains(Accounts.Roles.Administrator);

    public bool IsCoordinator => Roles.Contains(Accounts.Roles.Coordinator) || Roles.Contains(Accounts.Roles.Administrator);

    public bool IsCompany => Roles.Contains(Accounts.Roles.Company) && OrganizationId is not null;

    public bool IsResearcher => Roles.Contains(Accounts.Roles.Researcher);

    public bool Is(Guid personId) => PersonIds.Contains(personId);
}
