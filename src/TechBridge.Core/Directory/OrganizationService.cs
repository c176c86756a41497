using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Directory;

/// <summary>Creates, changes and deletes organisations; validates against the taxonomies first, so nothing is half-saved.</summary>
public sealed class OrganizationService(TechBridgeDbContext db, TaxonomyCatalog taxonomy, TimeProvider time)
{
    public async Task<Guid> CreateAsync(OrganizationInput input, CancellationToken cancellationToken = default)
    {
        await ValidateAsync(input, cancellationToken);
        var now = Clock.UtcNow(time);
        var organization = new Organization { CountryCode = input.CountryCode!.Trim().ToUpperInvariant(), CreatedAt = now };
        Apply(organization, input, now);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return organization.Id;
    }

    /// <summary>Changes the organisation; <paramref name="expectedVersion"/> is the version the caller read (null: the one loaded now).</summary>
    public async Task UpdateAsync(Guid id, OrganizationInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var organization = await db.Organizations.Include(o => o.Fields).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException("Organization", id);
        ExpectedVersion.Check(organization, expectedVersion, nameof(Organization), id);
        await ValidateAsync(input, cancellationToken);
        Apply(organization, input, Clock.UtcNow(time));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the organisation; <paramref name="expectedVersion"/> is the version the caller read (null: the one loaded now).</summary>
    public async Task DeleteAsync(Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var organization = await db.Organizations.Include(o => o.Fields).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException("Organization", id);
        ExpectedVersion.Check(organization, expectedVersion, nameof(Organization), id);
        if (await db.Affiliations.AnyAsync(a => a.OrganizationId == id, cancellationToken))
        {
            throw new BusinessRuleException("Rule.OrganizationInUse", CoreMessages.Get("Rule.OrganizationInUse"));
        }

        if (await db.Equipment.AnyAsync(e => e.CenterId == id, cancellationToken)
            || await db.PublicTechnologies.AnyAsync(t => t.OwnerId == id, cancellationToken)
            || await db.TechnologyNeeds.AnyAsync(n => n.CompanyId == id, cancellationToken))
        {
            throw new BusinessRuleException("Rule.OrganizationHasListings", CoreMessages.Get("Rule.OrganizationHasListings"));
        }

        db.Organizations.Remove(organization);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Apply(Organization organization, OrganizationInput input, DateTimeOffset now)
    {
        organization.Kind = input.Kind;
        organization.NameKo = input.NameKo?.Trim() ?? string.Empty;
        organization.NameEn = input.NameEn?.Trim() ?? string.Empty;
        organization.CountryCode = input.CountryCode!.Trim().ToUpperInvariant();
        organization.City = TextInput.Blank(input.City);
        organization.Website = TextInput.Blank(input.Website);
        organization.SizeClass = input.SizeClass;
        organization.IndustryCode = TextInput.Blank(input.IndustryCode);
        organization.Description = TextInput.Blank(input.Description);
        organization.FoundedYear = input.FoundedYear;
        organization.UpdatedAt = now;
        var wanted = (input.Fields ?? []).Distinct(StringComparer.Ordinal).ToList();
        organization.Fields.RemoveAll(f => !wanted.Contains(f.FieldCode));
        organization.Fields.AddRange(wanted.Where(w => organization.Fields.All(f => f.FieldCode != w)).Select(w => new OrganizationField { FieldCode = w }));
    }

    private async Task ValidateAsync(OrganizationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var catalog = await taxonomy.GetAsync(cancellationToken);
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.NameKo) && string.IsNullOrWhiteSpace(input.NameEn))
        {
            errors.Add(nameof(input.NameKo), CoreMessages.Get("Validation.NameRequired"));
        }

        errors.MaxLength(nameof(input.NameKo), input.NameKo, "Field.NameKo", TaxonomyCodes.NameLength);
        errors.MaxLength(nameof(input.NameEn), input.NameEn, "Field.NameEn", TaxonomyCodes.NameLength);
        errors.MaxLength(nameof(input.City), input.City, "Field.City", 100);
        errors.MaxLength(nameof(input.Website), input.Website, "Field.Website", 300);
        errors.MaxLength(nameof(input.Description), input.Description, "Field.Description", 4000);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Kind"), input.Kind));
        }

        if (string.IsNullOrWhiteSpace(input.CountryCode))
        {
            errors.Add(nameof(input.CountryCode), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Country")));
        }
        else if (!catalog.Countries.ContainsKey(input.CountryCode.Trim().ToUpperInvariant()))
        {
            errors.Add(nameof(input.CountryCode), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Country"), input.CountryCode));
        }

        if (!string.IsNullOrWhiteSpace(input.IndustryCode) && !catalog.Industries.ContainsKey(input.IndustryCode))
        {
            errors.Add(nameof(input.IndustryCode), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Industry"), input.IndustryCode));
        }

        foreach (var field in (input.Fields ?? []).Where(f => !catalog.Fields.ContainsKey(f)))
        {
            errors.Add(nameof(input.Fields), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Fields"), field));
        }

        if (input.SizeClass is not null && input.Kind != OrganizationKind.Company)
        {
            errors.Add(nameof(input.SizeClass), CoreMessages.Get("Validation.SizeOnlyForCompanies"));
        }

        if (input.SizeClass is { } size && !Enum.IsDefined(size))
        {
            errors.Add(nameof(input.SizeClass), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.SizeClass"), size));
        }

        var thisYear = time.GetUtcNow().Year;
        if (input.FoundedYear is { } year && (year < 1800 || year > thisYear))
        {
            errors.Add(nameof(input.FoundedYear), CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.FoundedYear"), 1800, thisYear));
        }

        if (!string.IsNullOrWhiteSpace(input.Website)
            && !(Uri.TryCreate(input.Website.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add(nameof(input.Website), CoreMessages.Get("Validation.Url"));
        }

        errors.ThrowIfAny();
    }
}
