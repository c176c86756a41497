using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Review.Declarations;

/// <summary>
/// Conflicts of interest a pool reviewer declares in advance: the signed-in reviewer (the pool reviewer linked to the
/// account) lists, adds and removes their own; program managers read any reviewer's. Everyone else is forbidden. The
/// DbContext audits every add and remove.
/// </summary>
public sealed class ReviewerDeclarationService(TechBridgeDbContext db, ProgramActors actors, TimeProvider time)
{
    public async Task<IReadOnlyList<ReviewerDeclarationView>> ListMineAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await ListAsync(await ReviewerOfAsync(userId, cancellationToken), cancellationToken);

    /// <summary>One reviewer's declarations, for program managers (and administrators).</summary>
    public async Task<IReadOnlyList<ReviewerDeclarationView>> ForReviewerAsync(Guid userId, Guid reviewerId, CancellationToken cancellationToken = default)
    {
        if ((await actors.FindAsync(userId, cancellationToken))?.IsManager != true)
        {
            throw new ForbiddenException(CoreMessages.Get("Declaration.ManagersOnly"));
        }

        if (!await db.Reviewers.AnyAsync(r => r.Id == reviewerId, cancellationToken))
        {
            throw new NotFoundException(nameof(PoolReviewer), reviewerId);
        }

        return await ListAsync(reviewerId, cancellationToken);
    }

    public async Task<ReviewerDeclarationView> AddAsync(Guid userId, ReviewerDeclarationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reviewerId = await ReviewerOfAsync(userId, cancellationToken);
        var organizationName = TextInput.Blank(input.OrganizationName);
        var personName = TextInput.Blank(input.PersonName);
        var errors = new ValidationErrors();
        if (input.OrganizationId is null && organizationName is null && personName is null)
        {
            errors.Add("organizationName", CoreMessages.Get("Declaration.Subject"));
            errors.Add("personName", CoreMessages.Get("Declaration.Subject"));
        }

        if (input.OrganizationId is { } organizationId)
        {
            if (organizationName is not null)
            {
                errors.Add("organizationName", CoreMessages.Get("Declaration.OrganizationTwice"));
            }

            if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
            {
                errors.Add("organizationId", CoreMessages.Get("Declaration.UnknownOrganization"));
            }
        }

        errors.MaxLength("organizationName", organizationName, "Declaration.Field.Organization", DeclarationLimits.OrganizationNameLength);
        errors.MaxLength("personName", personName, "Declaration.Field.Person", DeclarationLimits.PersonNameLength);
        errors.RequireText("reason", input.Reason, "Declaration.Field.Reason", DeclarationLimits.ReasonLength);
        errors.PlainText("organizationName", organizationName);
        errors.PlainText("personName", personName);
        errors.PlainText("reason", input.Reason);
        var now = Clock.UtcNow(time);
        if (input.Until is { } until && until < Today(now))
        {
            errors.Add("until", CoreMessages.Get("Declaration.UntilPast"));
        }

        errors.ThrowIfAny();
        if (await db.ReviewerDeclarations.CountAsync(d => d.ReviewerId == reviewerId, cancellationToken) >= DeclarationLimits.MaxPerReviewer)
        {
            throw new BusinessRuleException("Declaration.TooMany", CoreMessages.Get("Declaration.TooMany", DeclarationLimits.MaxPerReviewer));
        }

        var declaration = new ReviewerDeclaration
        {
            ReviewerId = reviewerId, OrganizationId = input.OrganizationId, OrganizationName = organizationName, PersonName = personName,
            Reason = input.Reason!.Trim(), DeclaredAt = now, Until = input.Until,
        };
        db.ReviewerDeclarations.Add(declaration);
        await db.SaveChangesAsync(cancellationToken);
        return (await ListAsync(reviewerId, cancellationToken)).Single(d => d.Id == declaration.Id);
    }

    public async Task RemoveAsync(Guid userId, Guid declarationId, CancellationToken cancellationToken = default)
    {
        var reviewerId = await ReviewerOfAsync(userId, cancellationToken);
        var declaration = await db.ReviewerDeclarations.SingleOrDefaultAsync(d => d.Id == declarationId, cancellationToken)
            ?? throw new NotFoundException(nameof(ReviewerDeclaration), declarationId);
        if (declaration.ReviewerId != reviewerId)
        {
            throw new ForbiddenException(CoreMessages.Get("Declaration.NotYours"));
        }

        db.ReviewerDeclarations.Remove(declaration);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The day in Korea at <paramref name="utc"/>: a declaration holds through its <see cref="ReviewerDeclaration.Until"/> day.</summary>
    internal static DateOnly Today(DateTimeOffset utc) => DateOnly.FromDateTime(Kst.ToKst(utc).DateTime);

    private async Task<Guid> ReviewerOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var reviewer = await db.Reviewers.AsNoTracking().Where(r => r.UserId == userId).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
        return reviewer ?? throw new ForbiddenException(CoreMessages.Get("Declaration.ReviewersOnly"));
    }

    private async Task<IReadOnlyList<ReviewerDeclarationView>> ListAsync(Guid reviewerId, CancellationToken cancellationToken)
    {
        var today = Today(time.GetUtcNow());
        var rows = await db.ReviewerDeclarations.AsNoTracking().Where(d => d.ReviewerId == reviewerId)
            .GroupJoin(db.Organizations, d => d.OrganizationId, o => o.Id, (d, o) => new { d, o })
            .SelectMany(x => x.o.DefaultIfEmpty(), (x, o) => new { x.d, NameKo = o == null ? null : o.NameKo, NameEn = o == null ? null : o.NameEn })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(x => x.d.DeclaredAt).ThenBy(x => x.d.Id).Select(x => new ReviewerDeclarationView(
            x.d.Id, x.d.OrganizationId, x.d.OrganizationName ?? Named(x.NameKo, x.NameEn), x.d.OrganizationId is null ? null : Named(x.NameEn, x.NameKo),
            x.d.PersonName, x.d.Reason, x.d.DeclaredAt, x.d.Until, x.d.Until is { } until && until < today))];
    }

    private static string? Named(string? first, string? second) => string.IsNullOrEmpty(first) ? second : first;
}
