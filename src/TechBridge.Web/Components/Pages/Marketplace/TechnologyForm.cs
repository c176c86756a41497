using System.Globalization;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Technologies;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Components.Shared;

namespace TechBridge.Web.Components.Pages.Marketplace;

/// <summary>
/// The technology form as posted (all text). Fees are typed in 만원 (10,000 KRW) like a need's budget; patent rows with
/// every cell blank are ignored; dates as yyyy-MM-dd (the browser's date input). Core validates the converted input.
/// </summary>
public sealed class TechnologyForm
{
    public const long FeeUnit = 10_000;
    public const int BlankPatentRows = 2;

    public string? ReferenceKey { get; set; }
    public string? TitleKo { get; set; }
    public string? TitleEn { get; set; }
    public string? Summary { get; set; }
    public string? Keywords { get; set; }
    public string? Trl { get; set; }
    public string Status { get; set; } = nameof(LicensingStatus.Available);
    public string? ContactPersonId { get; set; }
    public string? RndTaskNumber { get; set; }
    public string? RndAgency { get; set; }
    public string? RndYear { get; set; }
    public string? RndTaskTitle { get; set; }
    public string? FeeMinManwon { get; set; }
    public string? FeeMaxManwon { get; set; }
    public string? TermsConditions { get; set; }
    public List<PatentForm> Patents { get; set; } = [];
    public string? Version { get; set; }

    public static TechnologyForm From(TechnologyDetail t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new TechnologyForm
        {
            ReferenceKey = t.ReferenceKey, TitleKo = t.TitleKo, TitleEn = t.TitleEn, Summary = t.Summary, Keywords = t.Keywords,
            Trl = t.Trl.ToString(CultureInfo.InvariantCulture), Status = t.Status.ToString(), ContactPersonId = t.Contact?.Id.ToString(),
            RndTaskNumber = t.RndTask.Number, RndAgency = t.RndTask.Agency, RndYear = t.RndTask.Year?.ToString(CultureInfo.InvariantCulture),
            RndTaskTitle = t.RndTask.Title,
            FeeMinManwon = t.Terms.FeeMinKrw is { } min ? (min / FeeUnit).ToString(CultureInfo.InvariantCulture) : null,
            FeeMaxManwon = t.Terms.FeeMaxKrw is { } max ? (max / FeeUnit).ToString(CultureInfo.InvariantCulture) : null,
            TermsConditions = t.Terms.Conditions,
            Patents = [.. t.Patents.Select(p => new PatentForm
            {
                ApplicationNumber = p.ApplicationNumber, RegistrationNumber = p.RegistrationNumber, Status = p.Status.ToString(),
                Countries = string.Join(" ", p.Countries), FilingDate = Iso(p.FilingDate), ExpiryDate = Iso(p.ExpiryDate),
            })],
            Version = t.Version.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Adds blank patent rows up to the limit, so a new patent can be typed in.</summary>
    public void PadPatents()
    {
        while (Patents.Count < MarketplaceLimits.MaxPatents && Patents.Count(p => p.IsBlank) < BlankPatentRows)
        {
            Patents.Add(new PatentForm());
        }
    }

    public long? ExpectedVersion() =>
        long.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;

    public TechnologyInput ToInput(IReadOnlyCollection<string> fields, IReadOnlyCollection<string> kinds, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var status = Api.QueryValues.Enum<LicensingStatus>(errors, nameof(Status), Status, "Field.Status") ?? LicensingStatus.Available;
        var licenceKinds = new List<LicenceKind>();
        foreach (var kind in kinds)
        {
            if (Enum.TryParse<LicenceKind>(kind, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(kind[0]))
            {
                licenceKinds.Add(parsed);
            }
        }

        Guid? contact = Guid.TryParse(ContactPersonId, out var person) ? person : null;
        var patents = new List<PatentInput>();
        var rows = Patents.Where(p => !p.IsBlank).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var p = rows[i];
            var key = $"Patents[{i}].";
            var patentStatus = Api.QueryValues.Enum<PatentStatus>(errors, key + nameof(PatentInput.Status), p.Status, "Field.PatentStatus") ?? PatentStatus.Filed;
            patents.Add(new PatentInput(p.ApplicationNumber, p.RegistrationNumber, patentStatus,
                (p.Countries ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Date(errors, key + nameof(PatentInput.FilingDate), p.FilingDate, "Field.FilingDate"),
                Date(errors, key + nameof(PatentInput.ExpiryDate), p.ExpiryDate, "Field.ExpiryDate")));
        }

        return new TechnologyInput(
            TitleKo, TitleEn, Summary, fields, FormNumbers.Number(errors, nameof(TechnologyInput.Trl), Trl, "Field.Trl"), Keywords, status, contact,
            ReferenceKey, RndTaskNumber, RndAgency, FormNumbers.Number(errors, nameof(TechnologyInput.RndYear), RndYear, "Field.RndYear"), RndTaskTitle,
            licenceKinds, Manwon(FormNumbers.Amount(errors, nameof(TechnologyInput.FeeMinKrw), FeeMinManwon, "Field.FeeMin")),
            Manwon(FormNumbers.Amount(errors, nameof(TechnologyInput.FeeMaxKrw), FeeMaxManwon, "Field.FeeMax")), TermsConditions, patents);
    }

    private static long? Manwon(long? value) => value switch
    {
        null => null,
        > long.MaxValue / FeeUnit => long.MaxValue,
        < long.MinValue / FeeUnit => long.MinValue,
        { } manwon => manwon * FeeUnit,
    };

    private static DateOnly? Date(ValidationErrors errors, string field, string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, Core.Shared.Resources.CoreMessages.Get("Validation.NotADate", Core.Shared.Resources.CoreMessages.Get(label)));
        return null;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One patent row of the form.</summary>
public sealed class PatentForm
{
    public string? ApplicationNumber { get; set; }
    public string? RegistrationNumber { get; set; }
    public string Status { get; set; } = nameof(PatentStatus.Filed);
    public string? Countries { get; set; }
    public string? FilingDate { get; set; }
    public string? ExpiryDate { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(ApplicationNumber) && string.IsNullOrWhiteSpace(RegistrationNumber)
        && string.IsNullOrWhiteSpace(Countries) && string.IsNullOrWhiteSpace(FilingDate) && string.IsNullOrWhiteSpace(ExpiryDate);
}
