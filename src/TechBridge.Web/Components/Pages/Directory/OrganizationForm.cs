using System.Globalization;
using TechBridge.Core.Directory;

namespace TechBridge.Web.Components.Pages.Directory;

/// <summary>The organisation form as posted (all text); Core validates the converted input.</summary>
public sealed class OrganizationForm
{
    public string Kind { get; set; } = nameof(OrganizationKind.Company);
    public string? NameKo { get; set; }
    public string? NameEn { get; set; }
    public string? CountryCode { get; set; } = "KR";
    public string? City { get; set; }
    public string? Website { get; set; }
    public string? SizeClass { get; set; }
    public string? IndustryCode { get; set; }
    public string? Description { get; set; }
    public string? FoundedYear { get; set; }

    /// <summary>The version the form was filled from (a hidden field), so a save over someone else's change is refused.</summary>
    public string? Version { get; set; }

    public static OrganizationForm From(OrganizationDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return new OrganizationForm
        {
            Kind = detail.Kind.ToString(),
            NameKo = detail.NameKo,
            NameEn = detail.NameEn,
            CountryCode = detail.CountryCode,
            City = detail.City,
            Website = detail.Website,
            SizeClass = detail.SizeClass?.ToString(),
            IndustryCode = detail.IndustryCode,
            Description = detail.Description,
            FoundedYear = detail.FoundedYear?.ToString(CultureInfo.InvariantCulture),
            Version = detail.Version.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The version the form was filled from; null when absent (a new organisation) or not a number (then the loaded version guards the save).</summary>
    public long? ExpectedVersion() =>
        long.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;

    /// <summary>Converts to Core input; text that is not a number or a known option is reported in <paramref name="errors"/>.</summary>
    public OrganizationInput ToInput(IReadOnlyCollection<string> fields, Core.Shared.Errors.ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var kind = Api.QueryValues.Enum<OrganizationKind>(errors, nameof(Kind), Kind, "Field.Kind") ?? OrganizationKind.Company;
        var size = Api.QueryValues.Enum<CompanySize>(errors, nameof(SizeClass), SizeClass, "Field.SizeClass");
        int? year = null;
        if (!string.IsNullOrWhiteSpace(FoundedYear))
        {
            if (int.TryParse(FoundedYear, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                year = parsed;
            }
            else
            {
                errors.Add(nameof(FoundedYear), Core.Shared.Resources.CoreMessages.Get("Validation.Range", Core.Shared.Resources.CoreMessages.Get("Field.FoundedYear"), 1800, DateTime.UtcNow.Year));
            }
        }

        return new OrganizationInput(kind, NameKo, NameEn, CountryCode, City, Website, size, IndustryCode, Description, year, fields);
    }
}
