using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Technologies;

/// <summary>
/// Lists and changes public technologies. Listing is a capability of the members of a university or research institute:
/// any active account linked to such an organisation lists technologies for it and changes its technologies, nobody else.
/// Input is validated in full first (field keys like <c>Patents[0].ApplicationNumber</c>), so nothing is half-saved; the
/// DbContext writes the audit and bumps the version, and the partner index picks the change up on save.
/// </summary>
public sealed class TechnologyListingService(TechBridgeDbContext db, TaxonomyCatalog taxonomy, TimeProvider time)
{
    /// <summary>The organisation the user lists technologies for, or null when the account belongs to no university or research institute.</summary>
    public async Task<Guid?> OwnerOfAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && !u.IsDisabled && u.OrganizationId != null)
            .Join(db.Organizations.Where(o => o.Kind == OrganizationKind.University || o.Kind == OrganizationKind.ResearchInstitute),
                u => u.OrganizationId, o => o.Id, (u, o) => (Guid?)o.Id)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Whether the user may change the technologies of <paramref name="ownerId"/>.</summary>
    public async Task<bool> CanEditAsync(Guid userId, Guid ownerId, CancellationToken cancellationToken = default) =>
        await OwnerOfAsync(userId, cancellationToken) == ownerId;

    /// <summary>The people who may be named as a technology's contact: those affiliated with the owner, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string NameKo, string NameEn)>> ContactsAsync(Guid ownerId, CancellationToken cancellationToken = default) =>
        [.. (await db.Affiliations.AsNoTracking().Where(a => a.OrganizationId == ownerId)
                .Select(a => new { a.PersonId, a.Person!.NameKo, a.Person.NameEn }).Distinct().ToListAsync(cancellationToken))
            .OrderBy(p => p.NameKo, StringComparer.Ordinal).ThenBy(p => p.PersonId).Select(p => (p.PersonId, p.NameKo, p.NameEn))];

    public async Task<Guid> CreateAsync(Guid userId, TechnologyInput input, CancellationToken cancellationToken = default)
    {
        var owner = await RequireOwnerAsync(userId, cancellationToken);
        var errors = new ValidationErrors();
        await ValidateAsync(errors, owner, input, null, cancellationToken);
        errors.ThrowIfAny();
        var now = Clock.UtcNow(time);
        var technology = new PublicTechnology { OwnerId = owner, CreatedAt = now };
        Apply(technology, input, now);
        db.PublicTechnologies.Add(technology);
        await db.SaveChangesAsync(cancellationToken);
        return technology.Id;
    }

    /// <summary>Changes the technology; <paramref name="expectedVersion"/> is the version the caller read (null: the one loaded now).</summary>
    public async Task UpdateAsync(Guid userId, Guid id, TechnologyInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var technology = await db.PublicTechnologies.Include(t => t.Fields).Include(t => t.Patents).SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(PublicTechnology), id);
        if (await OwnerOfAsync(userId, cancellationToken) != technology.OwnerId)
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.TechnologyOfAnotherOwner"));
        }

        ExpectedVersion.Check(technology, expectedVersion, nameof(PublicTechnology), id);
        var errors = new ValidationErrors();
        await ValidateAsync(errors, technology.OwnerId, input, id, cancellationToken);
        errors.ThrowIfAny();
        Apply(technology, input, Clock.UtcNow(time));
        await db.SaveChangesAsync(cancellationToken);
    }

    internal async Task<Guid> RequireOwnerAsync(Guid userId, CancellationToken cancellationToken) =>
        await OwnerOfAsync(userId, cancellationToken) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NoInstituteAccount"));

    /// <summary>Copies the input onto the technology; patents are matched by position, so unchanged rows stay untouched.</summary>
    internal static void Apply(PublicTechnology technology, TechnologyInput input, DateTimeOffset now)
    {
        technology.ReferenceKey = TextInput.Blank(input.ReferenceKey);
        technology.TitleKo = input.TitleKo?.Trim() ?? string.Empty;
        technology.TitleEn = input.TitleEn?.Trim() ?? string.Empty;
        technology.Summary = input.Summary!.Trim();
        technology.Keywords = TextInput.Blank(input.Keywords);
        technology.Trl = input.Trl!.Value;
        technology.Status = input.Status;
        technology.ContactPersonId = input.ContactPersonId;
        technology.RndTaskNumber = TextInput.Blank(input.RndTaskNumber);
        technology.RndAgency = TextInput.Blank(input.RndAgency);
        technology.RndYear = input.RndYear;
        technology.RndTaskTitle = TextInput.Blank(input.RndTaskTitle);
        var kinds = input.LicenceKinds ?? [];
        technology.OffersExclusive = kinds.Contains(LicenceKind.Exclusive);
        technology.OffersNonExclusive = kinds.Contains(LicenceKind.NonExclusive);
        technology.OffersAssignment = kinds.Contains(LicenceKind.Assignment);
        technology.FeeMinKrw = input.FeeMinKrw;
        technology.FeeMaxKrw = input.FeeMaxKrw;
        technology.TermsConditions = TextInput.Blank(input.TermsConditions);
        var fields = TextInput.Codes(input.Fields);
        technology.Fields.RemoveAll(f => !fields.Contains(f.FieldCode));
        technology.Fields.AddRange(fields.Where(c => technology.Fields.All(f => f.FieldCode != c)).Select(c => new PublicTechnologyField { FieldCode = c }));
        var patents = input.Patents ?? [];
        technology.Patents.RemoveAll(p => p.Position >= patents.Count);
        for (var i = 0; i < patents.Count; i++)
        {
            var row = technology.Patents.SingleOrDefault(p => p.Position == i);
            if (row is null)
            {
                row = new PublicTechnologyPatent { Position = i };
                technology.Patents.Add(row);
            }

            var patent = patents[i];
            row.ApplicationNumber = patent.ApplicationNumber!.Trim();
            row.RegistrationNumber = TextInput.Blank(patent.RegistrationNumber);
            row.Status = patent.Status;
            row.Countries = string.Join(' ', Countries(patent.Countries));
            row.FilingDate = patent.FilingDate;
            row.ExpiryDate = patent.ExpiryDate;
        }

        technology.Patents.Sort((a, b) => a.Position.CompareTo(b.Position));
        technology.UpdatedAt = now;
    }

    internal static List<string> Countries(IEnumerable<string?>? codes) =>
        TextInput.Codes(codes).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Adds every problem of the input to <paramref name="errors"/>; <paramref name="self"/> is the technology being changed (null: a new one).</summary>
    internal async Task ValidateAsync(ValidationErrors errors, Guid ownerId, TechnologyInput input, Guid? self, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var catalog = await taxonomy.GetAsync(cancellationToken);
        TechnologyValidation.Check(errors, input, catalog, DateOnly.FromDateTime(Clock.UtcNow(time).UtcDateTime));
        if (TextInput.Blank(input.ReferenceKey) is { } reference && !errors.Has(nameof(input.ReferenceKey))
            && await db.PublicTechnologies.AnyAsync(t => t.OwnerId == ownerId && t.ReferenceKey == reference && t.Id != self, cancellationToken))
        {
            errors.Add(nameof(input.ReferenceKey), CoreMessages.Get("Validation.ReferenceTaken"));
        }

        if (input.ContactPersonId is { } contact
            && !await db.Affiliations.AnyAsync(a => a.PersonId == contact && a.OrganizationId == ownerId, cancellationToken))
        {
            errors.Add(nameof(input.ContactPersonId), CoreMessages.Get("Validation.ContactNotMember"));
        }
    }
}
