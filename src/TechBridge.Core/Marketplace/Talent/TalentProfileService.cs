using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Talent;

/// <summary>
/// A researcher keeps the talent side of their own directory entry (the entry carrying their e-mail, created from the
/// account when there is none yet): career stage, PhD year, employer and K-TAG membership abroad, availability,
/// willingness to consult, skills and fields. Only researchers have one; the change is audited through the DbContext.
/// </summary>
public sealed class TalentProfileService(TechBridgeDbContext db, TalentAccounts accounts, TalentQueries queries, TaxonomyCatalog taxonomy, TimeProvider time)
{
    public const int MaxFields = 5;

    public async Task<TalentProfileView?> MineAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var me = await ResearcherAsync(userId, cancellationToken);
        return me.PersonIds.Count == 0 ? null : await queries.ProfileAsync(me.PersonIds[0], cancellationToken);
    }

    /// <summary>Saves the caller's talent side; returns its new version.</summary>
    public async Task<long> SaveMineAsync(Guid userId, TalentProfileInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var me = await ResearcherAsync(userId, cancellationToken);
        var now = Clock.UtcNow(time);
        await ValidateAsync(input, now.ToOffset(Shared.Formatting.Kst.Offset).Year, cancellationToken);
        var person = me.PersonIds.Count == 0 ? null
            : await db.People.Include(p => p.Fields).SingleAsync(p => p.Id == me.PersonIds[0], cancellationToken);
        var country = string.IsNullOrWhiteSpace(input.CountryCode) ? person?.CountryCode ?? "KR" : input.CountryCode.Trim().ToUpperInvariant();
        if (person is null)
        {
            person = new Person
            {
                NameKo = me.DisplayName, NameEn = me.DisplayName, Email = me.Email, CountryCode = country, CreatedAt = now, UpdatedAt = now,
            };
            db.People.Add(person);
            if (me.OrganizationId is { } organizationId)
            {
                db.Affiliations.Add(new Affiliation { PersonId = person.Id, OrganizationId = organizationId, StartDate = DateOnly.FromDateTime(now.UtcDateTime) });
            }
        }

        var profile = await db.TalentProfiles.SingleOrDefaultAsync(t => t.PersonId == person.Id, cancellationToken);
        if (profile is null)
        {
            if (expectedVersion is not null)
            {
                throw new PreconditionFailedException(nameof(TalentProfile), person.Id, 0);
            }

            profile = new TalentProfile { PersonId = person.Id };
            db.TalentProfiles.Add(profile);
        }
        else
        {
            ExpectedVersion.Check(profile, expectedVersion, nameof(TalentProfile), person.Id);
        }

        var stage = input.Stage!.Value;
        profile.Stage = stage;
        profile.PhdYear = input.PhdYear;
        profile.Employer = stage == CareerStage.OverseasKoreanEngineer ? input.Employer!.Trim() : Trimmed(input.Employer);
        profile.IsKtagMember = stage == CareerStage.OverseasKoreanEngineer && input.IsKtagMember;
        profile.Availability = input.Availability!.Value;
        profile.AvailableFrom = input.AvailableFrom;
        profile.WillingToConsult = input.WillingToConsult;
        profile.UpdatedAt = now;

        person.Kind = stage == CareerStage.OverseasKoreanEngineer ? PersonKind.OverseasKoreanEngineer
            : person.Kind == PersonKind.OverseasKoreanEngineer ? PersonKind.Researcher : person.Kind;
        person.CountryCode = country;
        person.Keywords = Trimmed(input.Skills);
        person.UpdatedAt = now;
        var fields = (input.Fields ?? []).Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).Distinct(StringComparer.Ordinal).ToList();
        person.Fields.RemoveAll(f => !fields.Contains(f.FieldCode));
        foreach (var code in fields.Where(c => !person.Fields.Exists(f => f.FieldCode == c)))
        {
            person.Fields.Add(new PersonField { PersonId = person.Id, FieldCode = code });
        }

        await db.SaveChangesAsync(cancellationToken);
        return profile.Version;
    }

    private async Task<TalentCaller> ResearcherAsync(Guid userId, CancellationToken cancellationToken)
    {
        var me = await accounts.CallerAsync(userId, cancellationToken);
        return me.IsResearcher ? me : throw new ForbiddenException(CoreMessages.Get("Talent.ResearchersOnly"));
    }

    private async Task ValidateAsync(TalentProfileInput input, int year, CancellationToken cancellationToken)
    {
        var catalog = await taxonomy.GetAsync(cancellationToken);
        var errors = new ValidationErrors();
        if (input.Stage is not { } stage || !Enum.IsDefined(stage))
        {
            errors.Add("stage", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Talent.Field.Stage")));
        }

        if (input.Availability is not { } availability || !Enum.IsDefined(availability))
        {
            errors.Add("availability", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Talent.Field.Availability")));
        }

        if (input.PhdYear is { } phd && (phd < 1950 || phd > year))
        {
            errors.Add("phdYear", CoreMessages.Get("Validation.Range", CoreMessages.Get("Talent.Field.PhdYear"), 1950, year));
        }
        else if (input.Stage == CareerStage.YoungResearcher && input.PhdYear is null)
        {
            errors.Add("phdYear", CoreMessages.Get("Talent.PhdYearRequired"));
        }
        else if (input.Stage == CareerStage.YoungResearcher && !TalentRules.IsYoung(input.PhdYear, year))
        {
            errors.Add("phdYear", CoreMessages.Get("Talent.NotYoung", TalentRules.YoungResearcherYears));
        }

        var country = input.CountryCode?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(country) && !catalog.Countries.ContainsKey(country))
        {
            errors.Add("countryCode", CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Country"), country));
        }

        if (input.Stage == CareerStage.OverseasKoreanEngineer)
        {
            if (string.IsNullOrEmpty(country) || country == "KR")
            {
                errors.Add("countryCode", CoreMessages.Get("Talent.CountryAbroad"));
            }

            errors.RequireText("employer", input.Employer, "Talent.Field.Employer", TalentRules.EmployerLength);
        }
        else
        {
            errors.MaxLength("employer", input.Employer, "Talent.Field.Employer", TalentRules.EmployerLength);
            if (input.IsKtagMember)
            {
                errors.Add("isKtagMember", CoreMessages.Get("Talent.KtagAbroadOnly"));
            }
        }

        errors.PlainText("employer", input.Employer);
        errors.OptionalText("skills", input.Skills, "Talent.Field.Skills", TalentRules.SkillsLength);
        errors.KnownCodes("fields", input.Fields, "Field.Fields", catalog.Fields.ContainsKey);
        if ((input.Fields ?? []).Distinct(StringComparer.Ordinal).Count() > MaxFields)
        {
            errors.Add("fields", CoreMessages.Get("Validation.TooMany", CoreMessages.Get("Field.Fields"), MaxFields));
        }

        errors.ThrowIfAny();
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
