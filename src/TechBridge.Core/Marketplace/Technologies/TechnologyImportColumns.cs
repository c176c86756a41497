namespace TechBridge.Core.Marketplace.Technologies;

/// <summary>
/// The columns of the import template (docs/technology-import.md): each has an English and a Korean header; either is
/// accepted, in any order, case and surrounding spaces ignored. Listing columns are read from the first row of a reference;
/// patent columns from every row.
/// </summary>
public static class TechnologyImportColumns
{
    public const string Reference = "reference";
    public const string TitleKo = "title_ko";
    public const string TitleEn = "title_en";
    public const string Summary = "summary";
    public const string Keywords = "keywords";
    public const string Fields = "fields";
    public const string Trl = "trl";
    public const string Status = "status";
    public const string ContactEmail = "contact_email";
    public const string TaskNumber = "rnd_task_number";
    public const string Agency = "rnd_agency";
    public const string TaskYear = "rnd_year";
    public const string TaskTitle = "rnd_task_title";
    public const string LicenceKinds = "licence_kinds";
    public const string FeeMin = "fee_min_krw";
    public const string FeeMax = "fee_max_krw";
    public const string Conditions = "conditions";
    public const string ApplicationNumber = "patent_application_number";
    public const string RegistrationNumber = "patent_registration_number";
    public const string PatentStatus = "patent_status";
    public const string Countries = "patent_countries";
    public const string FilingDate = "patent_filing_date";
    public const string ExpiryDate = "patent_expiry_date";

    /// <summary>Every column: its English name, Korean header, and whether it belongs to the patent on the row.</summary>
    public static readonly IReadOnlyList<(string En, string Ko, bool Patent)> All =
    [
        (Reference, "관리번호", false), (TitleKo, "기술명(국문)", false), (TitleEn, "기술명(영문)", false), (Summary, "요약", false),
        (Keywords, "키워드", false), (Fields, "기술분야", false), (Trl, "TRL", false), (Status, "상태", false), (ContactEmail, "담당자 이메일", false),
        (TaskNumber, "과제번호", false), (Agency, "전문기관", false), (TaskYear, "과제연도", false), (TaskTitle, "과제명", false),
        (LicenceKinds, "실시권 종류", false), (FeeMin, "최소 기술료(원)", false), (FeeMax, "최대 기술료(원)", false), (Conditions, "이전 조건", false),
        (ApplicationNumber, "출원번호", true), (RegistrationNumber, "등록번호", true), (PatentStatus, "특허 상태", true), (Countries, "출원국가", true),
        (FilingDate, "출원일", true), (ExpiryDate, "만료일", true),
    ];

    /// <summary>The input field (key of a validation error) each column fills.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(TechnologyInput.ReferenceKey)] = Reference, [nameof(TechnologyInput.TitleKo)] = TitleKo, [nameof(TechnologyInput.TitleEn)] = TitleEn,
        [nameof(TechnologyInput.Summary)] = Summary, [nameof(TechnologyInput.Keywords)] = Keywords, [nameof(TechnologyInput.Fields)] = Fields,
        [nameof(TechnologyInput.Trl)] = Trl, [nameof(TechnologyInput.Status)] = Status, [nameof(TechnologyInput.ContactPersonId)] = ContactEmail,
        [nameof(TechnologyInput.RndTaskNumber)] = TaskNumber, [nameof(TechnologyInput.RndAgency)] = Agency, [nameof(TechnologyInput.RndYear)] = TaskYear,
        [nameof(TechnologyInput.RndTaskTitle)] = TaskTitle, [nameof(TechnologyInput.LicenceKinds)] = LicenceKinds,
        [nameof(TechnologyInput.FeeMinKrw)] = FeeMin, [nameof(TechnologyInput.FeeMaxKrw)] = FeeMax, [nameof(TechnologyInput.TermsConditions)] = Conditions,
        [nameof(TechnologyInput.Patents)] = ApplicationNumber,
        ["Patent." + nameof(PatentInput.ApplicationNumber)] = ApplicationNumber, ["Patent." + nameof(PatentInput.RegistrationNumber)] = RegistrationNumber,
        ["Patent." + nameof(PatentInput.Status)] = PatentStatus, ["Patent." + nameof(PatentInput.Countries)] = Countries,
        ["Patent." + nameof(PatentInput.FilingDate)] = FilingDate, ["Patent." + nameof(PatentInput.ExpiryDate)] = ExpiryDate,
    };

    /// <summary>The column a header names, or null.</summary>
    public static string? Find(string header)
    {
        var h = header.Trim();
        return All.FirstOrDefault(c => string.Equals(c.En, h, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Ko, h, StringComparison.Ordinal)).En;
    }

    /// <summary>The template's header row in a language.</summary>
    public static IReadOnlyList<string> Headers(bool english) => [.. All.Select(c => english ? c.En : c.Ko)];
}
