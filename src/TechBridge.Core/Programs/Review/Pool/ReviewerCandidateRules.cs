using System.Net.Mail;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Programs.Review.Pool;

/// <summary>The rules every imported reviewer meets, whatever the file: a name, a known country and fields, sensible lengths and numbers.</summary>
public sealed class ReviewerCandidateRules(Func<string, bool> fieldExists, Func<string, bool> countryExists, int thisYear)
{
    public const int EmailLength = 256;
    public const int KeywordsLength = 1000;
    public const int TitleLength = 500;
    public const int AbstractLength = 8000;
    public const int FirstYear = 1900;

    /// <summary>The problems of one candidate, in the caller's language; empty when it may be imported.</summary>
    public IReadOnlyList<string> Check(ReviewerCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(candidate.NameKo) && string.IsNullOrWhiteSpace(candidate.NameEn))
        {
            problems.Add(CoreMessages.Get("Validation.NameRequired"));
        }

        Length(problems, candidate.NameKo, "Field.NameKo", TaxonomyCodes.NameLength);
        Length(problems, candidate.NameEn, "Field.NameEn", TaxonomyCodes.NameLength);
        Length(problems, candidate.Organization, "ReviewerPool.Field.Organization", TaxonomyCodes.NameLength);
        Length(problems, candidate.Keywords, "ReviewerPool.Field.Keywords", KeywordsLength);
        if (candidate.Email is { } email && (email.Length > EmailLength || !MailAddress.TryCreate(email, out var address) || address.Address != email))
        {
            problems.Add(CoreMessages.Get("Validation.Email"));
        }

        if (string.IsNullOrWhiteSpace(candidate.CountryCode))
        {
            problems.Add(CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Country")));
        }
        else if (!countryExists(candidate.CountryCode))
        {
            problems.Add(CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Country"), candidate.CountryCode));
        }

        problems.AddRange(candidate.FieldCodes.Where(f => !fieldExists(f))
            .Select(f => CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Fields"), f)));
        if (candidate.MaxLoad is < ReviewerPoolLimits.MinLoad or > ReviewerPoolLimits.MaxLoad)
        {
            problems.Add(CoreMessages.Get("Validation.Range", CoreMessages.Get("ReviewerPool.Field.MaxLoad"), ReviewerPoolLimits.MinLoad, ReviewerPoolLimits.MaxLoad));
        }

        foreach (var publication in candidate.Publications)
        {
            if (string.IsNullOrWhiteSpace(publication.Title) || publication.Title.Length > TitleLength)
            {
                problems.Add(CoreMessages.Get("ReviewerPool.Import.PublicationTitle", TitleLength));
            }

            if (publication.Year is { } year && (year < FirstYear || year > thisYear + 1))
            {
                problems.Add(CoreMessages.Get("ReviewerPool.Import.PublicationYear", year));
            }
        }

        string?[] texts = [candidate.NameKo, candidate.NameEn, candidate.Email, candidate.Organization, candidate.Keywords,
            .. candidate.Publications.SelectMany(p => new[] { p.Title, p.Abstract })];
        if (texts.Any(TextInput.HasForbiddenCharacters))
        {
            problems.Add(CoreMessages.Get("Validation.ControlCharacters"));
        }

        return problems;
    }

    /// <summary>Throws the collected problems, at most <see cref="ReviewerPoolLimits.MaxReportedErrors"/> of them and a line saying how many more there are.</summary>
    public static void ThrowIfAny(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!errors.HasErrors)
        {
            return;
        }

        var messages = errors.Messages().ToList();
        if (messages.Count > ReviewerPoolLimits.MaxReportedErrors)
        {
            messages = [.. messages.Take(ReviewerPoolLimits.MaxReportedErrors), CoreMessages.Get("ReviewerPool.Import.MoreErrors", messages.Count - ReviewerPoolLimits.MaxReportedErrors)];
        }

        throw new ValidationFailedException(new Dictionary<string, string[]> { ["file"] = [.. messages] });
    }

    private static void Length(List<string> problems, string? value, string labelKey, int max)
    {
        if (value is not null && value.Length > max)
        {
            problems.Add(CoreMessages.Get("Validation.MaxLength", CoreMessages.Get(labelKey), max));
        }
    }
}
