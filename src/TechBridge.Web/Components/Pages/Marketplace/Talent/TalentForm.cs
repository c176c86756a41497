using System.Globalization;
using TechBridge.Core.Marketplace.Talent;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Components.Shared;

namespace TechBridge.Web.Components.Pages.Marketplace.Talent;

/// <summary>The talent form as posted: text for every value, parsed into <see cref="TalentProfileInput"/> with field messages.</summary>
public sealed class TalentForm
{
    public string? Stage { get; set; }
    public string? PhdYear { get; set; }
    public string? CountryCode { get; set; }
    public string? Employer { get; set; }
    public bool IsKtagMember { get; set; }
    public string? Availability { get; set; } = nameof(TalentAvailability.FullTime);
    public string? AvailableFrom { get; set; }
    public bool WillingToConsult { get; set; }
    public string? Skills { get; set; }
    public string? Version { get; set; }

    public static TalentForm From(TalentProfileView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new TalentForm
        {
            Stage = view.Stage.ToString(), PhdYear = view.PhdYear?.ToString(CultureInfo.InvariantCulture), CountryCode = view.CountryCode,
            Employer = view.Employer, IsKtagMember = view.IsKtagMember, Availability = view.Availability.ToString(),
            AvailableFrom = view.AvailableFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), WillingToConsult = view.WillingToConsult,
            Skills = view.Skills, Version = view.Version.ToString(CultureInfo.InvariantCulture),
        };
    }

    public long? ExpectedVersion() => long.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    public TalentProfileInput ToInput(IReadOnlyList<string> fields, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        DateOnly? from = null;
        if (!string.IsNullOrWhiteSpace(AvailableFrom))
        {
            if (DateOnly.TryParseExact(AvailableFrom.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                from = day;
            }
            else
            {
                errors.Add("availableFrom", Core.Shared.Resources.CoreMessages.Get("Validation.NotADate", Core.Shared.Resources.CoreMessages.Get("Talent.Field.AvailableFrom")));
            }
        }

        return new TalentProfileInput(
            Enum.TryParse<CareerStage>(Stage, out var stage) && Enum.IsDefined(stage) ? stage : null,
            FormNumbers.Number(errors, "phdYear", PhdYear, "Talent.Field.PhdYear"),
            CountryCode, Employer, IsKtagMember,
            Enum.TryParse<TalentAvailability>(Availability, out var availability) && Enum.IsDefined(availability) ? availability : null,
            from, WillingToConsult, Skills, fields);
    }
}
