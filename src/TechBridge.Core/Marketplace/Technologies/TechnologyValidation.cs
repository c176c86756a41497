using System.Text.RegularExpressions;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Marketplace.Technologies;

/// <summary>The rules a technology listing's values follow, whatever the source (form, API, import); field keys are the input's property names.</summary>
public static partial class TechnologyValidation
{
    public const int FirstTaskYear = 1980;

    public static void Check(ValidationErrors errors, TechnologyInput input, TaxonomySnapshot catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalog);
        if (string.IsNullOrWhiteSpace(input.TitleKo) && string.IsNullOrWhiteSpace(input.TitleEn))
        {
            errors.Add(nameof(input.TitleKo), CoreMessages.Get("Validation.TitleRequired"));
        }

        errors.MaxLength(nameof(input.TitleKo), input.TitleKo, "Field.TitleKo", MarketplaceLimits.TitleLength);
        errors.MaxLength(nameof(input.TitleEn), input.TitleEn, "Field.TitleEn", MarketplaceLimits.TitleLength);
        errors.RequireText(nameof(input.Summary), input.Summary, "Field.Summary", MarketplaceLimits.TextLength);
        errors.MaxLength(nameof(input.Keywords), input.Keywords, "Field.Keywords", MarketplaceLimits.KeywordsLength);
        foreach (var (field, value) in new[]
                 {
                     (nameof(input.TitleKo), input.TitleKo), (nameof(input.TitleEn), input.TitleEn), (nameof(input.Keywords), input.Keywords),
                     (nameof(input.RndAgency), input.RndAgency), (nameof(input.RndTaskTitle), input.RndTaskTitle),
                 })
        {
            errors.PlainText(field, value);
        }

        if (TextInput.Codes(input.Fields).Count == 0)
        {
            errors.Add(nameof(input.Fields), CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.Fields")));
        }

        errors.KnownCodes(nameof(input.Fields), input.Fields, "Field.Fields", catalog.Fields.ContainsKey);
        if (input.Trl is not (>= 1 and <= 9))
        {
            errors.Add(nameof(input.Trl), input.Trl is null
                ? CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.Trl"))
                : CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.Trl"), 1, 9));
        }

        if (!Enum.IsDefined(input.Status))
        {
            errors.Add(nameof(input.Status), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Status"), input.Status));
        }

        if (TextInput.Blank(input.ReferenceKey) is { } reference && !ReferenceKey().IsMatch(reference))
        {
            errors.Add(nameof(input.ReferenceKey), CoreMessages.Get("Validation.ReferenceKey"));
        }

        CheckTask(errors, input, today);
        CheckTerms(errors, input);
        CheckPatents(errors, input.Patents ?? [], catalog, today);
    }

    private static void CheckTask(ValidationErrors errors, TechnologyInput input, DateOnly today)
    {
        var number = TextInput.Blank(input.RndTaskNumber);
        if (number is not null && !TaskNumber().IsMatch(number))
        {
            errors.Add(nameof(input.RndTaskNumber), CoreMessages.Get("Validation.TaskNumber"));
        }
        else if (number is null && (TextInput.Blank(input.RndAgency) is not null || input.RndYear is not null))
        {
            errors.Add(nameof(input.RndTaskNumber), CoreMessages.Get("Validation.TaskNumberRequired"));
        }

        errors.MaxLength(nameof(input.RndAgency), input.RndAgency, "Field.RndAgency", MarketplaceLimits.RndAgencyLength);
        errors.MaxLength(nameof(input.RndTaskTitle), input.RndTaskTitle, "Field.RndTaskTitle", MarketplaceLimits.RndTaskLength);
        if (input.RndYear is { } year && (year < FirstTaskYear || year > today.Year + 1))
        {
            errors.Add(nameof(input.RndYear), CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.RndYear"), FirstTaskYear, today.Year + 1));
        }
    }

    private static void CheckTerms(ValidationErrors errors, TechnologyInput input)
    {
        var kinds = input.LicenceKinds ?? [];
        if (kinds.Count == 0)
        {
            errors.Add(nameof(input.LicenceKinds), CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.LicenceKinds")));
        }
        else if (kinds.Any(k => !Enum.IsDefined(k)))
        {
            errors.Add(nameof(input.LicenceKinds), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.LicenceKinds"), kinds.First(k => !Enum.IsDefined(k))));
        }

        errors.KrwAmount(nameof(input.FeeMinKrw), "Field.FeeMin", input.FeeMinKrw, MarketplaceLimits.MaxBudgetKrw);
        errors.KrwAmount(nameof(input.FeeMaxKrw), "Field.FeeMax", input.FeeMaxKrw, MarketplaceLimits.MaxBudgetKrw);

        if (input.FeeMinKrw is { } min && input.FeeMaxKrw is { } most && min > most && !errors.Has(nameof(input.FeeMaxKrw)))
        {
            errors.Add(nameof(input.FeeMaxKrw), CoreMessages.Get("Validation.FeeRange"));
        }

        errors.MaxLength(nameof(input.TermsConditions), input.TermsConditions, "Field.TermsConditions", MarketplaceLimits.TransferTermsLength);
    }

    private static void CheckPatents(ValidationErrors errors, IReadOnlyList<PatentInput> patents, TaxonomySnapshot catalog, DateOnly today)
    {
        if (patents.Count > MarketplaceLimits.MaxPatents)
        {
            errors.Add(nameof(TechnologyInput.Patents), CoreMessages.Get("Validation.TooManyPatents", MarketplaceLimits.MaxPatents));
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < patents.Count; i++)
        {
            var patent = patents[i];
            var key = $"Patents[{i}].";
            if (patent is null)
            {
                errors.Add(nameof(TechnologyInput.Patents), CoreMessages.Get("Validation.NullItem"));
                continue;
            }

            var application = TextInput.Blank(patent.ApplicationNumber);
            if (application is null)
            {
                errors.Add(key + nameof(patent.ApplicationNumber), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.ApplicationNumber")));
            }
            else if (!PatentNumbers.IsApplication(application))
            {
                errors.Add(key + nameof(patent.ApplicationNumber), CoreMessages.Get("Validation.PatentNumber", CoreMessages.Get("Field.ApplicationNumber")));
            }
            else if (!seen.Add(application))
            {
                errors.Add(key + nameof(patent.ApplicationNumber), CoreMessages.Get("Validation.DuplicatePatent"));
            }

            var registration = TextInput.Blank(patent.RegistrationNumber);
            if (registration is not null && !PatentNumbers.IsRegistration(registration))
            {
                errors.Add(key + nameof(patent.RegistrationNumber), CoreMessages.Get("Validation.PatentNumber", CoreMessages.Get("Field.RegistrationNumber")));
            }
            else if (registration is null && patent.Status == PatentStatus.Registered)
            {
                errors.Add(key + nameof(patent.RegistrationNumber), CoreMessages.Get("Validation.RegistrationRequired"));
            }

            if (!Enum.IsDefined(patent.Status))
            {
                errors.Add(key + nameof(patent.Status), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.PatentStatus"), patent.Status));
            }

            var countries = TechnologyListingService.Countries(patent.Countries);
            if (countries.Count == 0)
            {
                errors.Add(key + nameof(patent.Countries), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.PatentCountries")));
            }
            else if (countries.Count > MarketplaceLimits.MaxPatentCountries)
            {
                errors.Add(key + nameof(patent.Countries), CoreMessages.Get("Validation.TooMany", CoreMessages.Get("Field.PatentCountries"), MarketplaceLimits.MaxPatentCountries));
            }
            else
            {
                errors.KnownCodes(key + nameof(patent.Countries), countries, "Field.Country", catalog.Countries.ContainsKey);
            }

            if (patent.FilingDate is not { } filed)
            {
                errors.Add(key + nameof(patent.FilingDate), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.FilingDate")));
            }
            else if (filed > today)
            {
                errors.Add(key + nameof(patent.FilingDate), CoreMessages.Get("Validation.FilingInFuture"));
            }
            else if (patent.ExpiryDate is { } expires && expires <= filed)
            {
                errors.Add(key + nameof(patent.ExpiryDate), CoreMessages.Get("Validation.ExpiryAfterFiling"));
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceKey();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]{3,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex TaskNumber();
}
