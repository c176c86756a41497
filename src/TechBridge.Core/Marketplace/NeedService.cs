using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace;

/// <summary>
/// Files and changes technology needs. Only a company user whose account belongs to a company may do so, and only for
/// that company; input is validated against the taxonomies first, so nothing is half-saved.
/// </summary>
public sealed class NeedService(TechBridgeDbContext db, TaxonomyCatalog taxonomy, TimeProvider time)
{
    public const int MaxCountries = 10;

    /// <summary>The company a user files needs for, or null when the account is no company user or belongs to no company.</summary>
    public async Task<Guid?> CompanyOfAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.Company) && u.OrganizationId != null)
            .Join(db.Organizations.Where(o => o.Kind == OrganizationKind.Company), u => u.OrganizationId, o => o.Id, (u, o) => (Guid?)o.Id)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Whether the user may change the need: a company user of the need's company.</summary>
    public async Task<bool> CanEditAsync(Guid userId, Guid needCompanyId, CancellationToken cancellationToken = default) =>
        await CompanyOfAsync(userId, cancellationToken) == needCompanyId;

    public async Task<Guid> CreateAsync(Guid userId, NeedInput input, CancellationToken cancellationToken = default)
    {
        var company = await CompanyOfAsync(userId, cancellationToken)
            ?? throw new ForbiddenException(CoreMessages.Get("Rule.NoCompanyAccount"));
        await ValidateAsync(input, cancellationToken);
        var now = Clock.UtcNow(time);
        var need = new TechnologyNeed
        {
            CompanyId = company, RndStageCode = input.RndStageCode!.Trim(), CooperationTypeCode = input.CooperationTypeCode!.Trim(),
            CreatedById = userId, CreatedAt = now,
        };
        Apply(need, input, now);
        db.TechnologyNeeds.Add(need);
        await db.SaveChangesAsync(cancellationToken);
        return need.Id;
    }

    /// <summary>Changes the need; <paramref name="expectedVersion"/> is the version the caller read (null: the one loaded now).</summary>
    public async Task UpdateAsync(Guid userId, Guid id, NeedInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var need = await db.TechnologyNeeds.Include(n => n.Fields).Include(n => n.Countries).SingleOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new NotFoundException("TechnologyNeed", id);
        if (await CompanyOfAsync(userId, cancellationToken) != need.CompanyId)
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NeedOfAnotherCompany"));
        }

        ExpectedVersion.Check(need, expectedVersion, nameof(TechnologyNeed), id);
        await ValidateAsync(input, cancellationToken);
        Apply(need, input, Clock.UtcNow(time));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Apply(TechnologyNeed need, NeedInput input, DateTimeOffset now)
    {
        need.Title = input.Title!.Trim();
        need.Description = input.Description!.Trim();
        need.RndStageCode = input.RndStageCode!.Trim();
        need.CooperationTypeCode = input.CooperationTypeCode!.Trim();
        need.TrlMin = input.TrlMin;
        need.TrlMax = input.TrlMax;
        need.BudgetKrw = input.BudgetKrw;
        need.TimelineMonths = input.TimelineMonths;
        need.Status = input.Status;
        need.UpdatedAt = now;
        var fields = TextInput.Codes(input.Fields);
        need.Fields.RemoveAll(f => !fields.Contains(f.FieldCode));
        need.Fields.AddRange(fields.Where(c => need.Fields.All(f => f.FieldCode != c)).Select(c => new TechnologyNeedField { FieldCode = c }));
        var countries = TextInput.Codes(input.Countries).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        need.Countries.RemoveAll(c => !countries.Contains(c.CountryCode));
        need.Countries.AddRange(countries.Where(c => need.Countries.All(x => x.CountryCode != c)).Select(c => new TechnologyNeedCountry { CountryCode = c }));
    }

    private async Task ValidateAsync(NeedInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var catalog = await taxonomy.GetAsync(cancellationToken);
        var errors = new ValidationErrors();
        errors.RequireText(nameof(input.Title), input.Title, "Field.Title", MarketplaceLimits.TitleLength);
        errors.RequireText(nameof(input.Description), input.Description, "Field.NeedDescription", MarketplaceLimits.TextLength);
        errors.RequireCode(nameof(input.RndStageCode), input.RndStageCode, "Field.RndStage", catalog.RndStages.ContainsKey);
        errors.RequireCode(nameof(input.CooperationTypeCode), input.CooperationTypeCode, "Field.CooperationType", catalog.CooperationTypes.ContainsKey);
        errors.KnownCodes(nameof(input.Fields), input.Fields, "Field.Fields", catalog.Fields.ContainsKey);
        var countries = TextInput.Codes(input.Countries).Select(c => c.ToUpperInvariant()).ToList();
        errors.KnownCodes(nameof(input.Countries), countries, "Field.Country", catalog.Countries.ContainsKey);
        if (countries.Distinct(StringComparer.Ordinal).Count() > MaxCountries)
        {
            errors.Add(nameof(input.Countries), CoreMessages.Get("Validation.TooMany", CoreMessages.Get("Field.Countries"), MaxCountries));
        }

        errors.TrlRange(nameof(input.TrlMin), input.TrlMin, input.TrlMax);
        errors.KrwAmount(nameof(input.BudgetKrw), "Field.Budget", input.BudgetKrw, MarketplaceLimits.MaxBudgetKrw);

        if (input.TimelineMonths is < 1 or > MarketplaceLimits.MaxTimelineMonths)
        {
            errors.Add(nameof(input.TimelineMonths), CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.Timeline"), 1, MarketplaceLimits.MaxTimelineMonths));
        }

        if (!Enum.IsDefined(input.Status))
        {
            errors.Add(nameof(input.Status), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Status"), input.Status));
        }

        errors.ThrowIfAny();
    }
}
