using TechBridge.Core.Directory;
using static TechBridge.Core.Shared.Formatting.KoreanParticles;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>A job title; senior people are more often listed as experts and write more papers.</summary>
internal sealed record DemoPosition(string Title, bool Senior, int Weight = 1, bool Head = false);

/// <summary>
/// The terms an organisation's or person's profile text is written from. <see cref="Name"/> is whatever the template
/// introduces its subject with: an organisation name, a company kind ("중소기업"), an industry, or "… is a Professor at …";
/// <see cref="Partner"/> is the founding university of a start-up or the country of an overseas Korean engineer.
/// </summary>
internal sealed record ProfileTerms(
    string Name,
    DemoTerm Field,
    DemoTerm Subject,
    DemoTerm OtherSubject,
    DemoTerm Method,
    DemoTerm Analysis,
    DemoTerm Property,
    DemoTerm Application,
    int Number,
    int Year,
    string Partner)
{
    /// <summary>Terms drawn from the first specialty; the second subject may come from another topic of the same field.</summary>
    public static ProfileTerms From(DemoRandom random, IReadOnlyList<Specialty> specialties, string name, int number, int year, string partner)
    {
        var main = specialties[0];
        var subject = random.Pick(main.Topic.Subjects);
        var others = specialties.Where(s => s.Field == main.Field).SelectMany(s => s.Topic.Subjects).Distinct().Where(s => s != subject).ToList();
        return new ProfileTerms(
            name,
            main.Field.Name,
            subject,
            others.Count > 0 ? random.Pick(others) : subject,
            random.Pick(main.Topic.Methods),
            random.Pick(main.Field.Analyses),
            random.Pick(main.Topic.Properties),
            random.Pick(main.Topic.Applications),
            number,
            year,
            partner);
    }
}

/// <summary>Job titles, unit names and sentence templates for organisation descriptions and personal bios.</summary>
internal static class DemoProfileTemplates
{
    public static IReadOnlyList<DemoPosition> CompanyPositions { get; } =
        [new("연구원", false, 3), new("선임연구원", false, 4), new("책임연구원", true, 3), new("수석연구원", true, 2), new("연구소장", true), new("기술이사(CTO)", true)];

    public static IReadOnlyList<DemoPosition> InstitutePositions { get; } =
        [new("박사후연구원", false, 2), new("연구원", false, 2), new("선임연구원", false, 4), new("책임연구원", true, 4), new("수석연구원", true), new("연구위원", true)];

    public static IReadOnlyList<DemoPosition> UniversityPositions { get; } =
        [new("박사후연구원", false, 2), new("연구교수", false, 2), new("조교수", false, 2), new("부교수", true, 2), new("교수", true, 3)];

    public static IReadOnlyList<DemoPosition> EquipmentCenterPositions { get; } =
        [new("연구원", false, 2), new("선임연구원", false, 3), new("책임연구원", true, 2), new("장비전문위원", true)];

    public static IReadOnlyList<DemoPosition> OverseasAcademicPositions { get; } =
    [
        new("Postdoctoral Researcher", false, 3), new("Research Scientist", false, 3), new("Assistant Professor", false, 2),
        new("Associate Professor", true, 2), new("Professor", true, 2), new("Senior Research Scientist", true, 2), new("Group Leader", true),
    ];

    public static IReadOnlyList<DemoPosition> OverseasCompanyPositions { get; } =
    [
        new("R&D Engineer", false, 2), new("Research Scientist", false, 3), new("Staff Engineer", false, 2),
        new("Senior Scientist", true, 2), new("Principal Engineer", true, 2), new("Director of Research", true),
    ];

    /// <summary>The head of the organisation or of its research unit, the first person created there.</summary>
    public static DemoPosition HeadPosition(OrganizationKind kind, CompanySize? size, bool overseasCompany) => kind switch
    {
        OrganizationKind.Company when size == CompanySize.Startup => new("대표이사", true, Head: true),
        OrganizationKind.Company => new("연구소장", true, Head: true),
        OrganizationKind.University => new("교수(센터장)", true, Head: true),
        OrganizationKind.ResearchInstitute => new("본부장", true, Head: true),
        OrganizationKind.EquipmentCenter => new("센터장", true, Head: true),
        _ when overseasCompany => new("Director of Research", true, Head: true),
        _ => new("Professor", true, Head: true),
    };

    public static IReadOnlyList<string> CompanyResearchUnits { get; } = ["기술연구소", "중앙연구소", "R&D센터"];

    /// <summary>Titles people typically held at an earlier organisation of the given kind.</summary>
    public static IReadOnlyList<string> EarlierRoles(OrganizationKind kind, bool overseasCompany) => kind switch
    {
        OrganizationKind.University => ["박사후연구원", "연구교수", "박사과정 연구원"],
        OrganizationKind.ResearchInstitute => ["박사후연구원", "위촉연구원", "선임연구원"],
        OrganizationKind.Company => ["연구원", "선임연구원", "책임연구원"],
        OrganizationKind.EquipmentCenter => ["연구원", "선임연구원"],
        _ when overseasCompany => ["Research Engineer", "Research Scientist", "Senior Engineer"],
        _ => ["Postdoctoral Researcher", "Doctoral Researcher", "Visiting Researcher", "Research Scientist"],
    };

    public static IReadOnlyList<string> CompanyUnits { get; } = ["기술연구소", "중앙연구소", "선행개발팀", "공정기술팀", "품질기술팀", "R&D센터"];

    public static IReadOnlyList<string> EquipmentCenterUnits { get; } = ["장비운영팀", "시험분석팀", "기업지원팀", "신뢰성평가팀"];

    public static IReadOnlyDictionary<string, string> DepartmentsKo { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SEMICONDUCTOR"] = "전자공학과",
        ["DISPLAY"] = "디스플레이공학과",
        ["SECONDARY_BATTERY"] = "화학공학과",
        ["FUTURE_MOBILITY"] = "미래자동차공학과",
        ["CORE_MATERIALS"] = "신소재공학과",
        ["INTELLIGENT_ROBOT"] = "로봇공학과",
        ["ADVANCED_MANUFACTURING"] = "기계공학과",
        ["AEROSPACE_DEFENSE"] = "항공우주공학과",
        ["NEXTGEN_NUCLEAR"] = "원자력공학과",
        ["ADVANCED_BIO"] = "생명공학과",
        ["NEW_ENERGY"] = "에너지공학과",
    };

    public static string CompanyKind(CompanySize size) => size switch
    {
        CompanySize.Startup => "기술창업 기업",
        CompanySize.Small => "중소기업",
        CompanySize.MidSize => "중견기업",
        _ => "기업",
    };

    public static IReadOnlyList<Func<ProfileTerms, string>> CompanyMain { get; } =
    [
        t => $"{Gwa(t.Subject.Ko)} {Eul(t.OtherSubject.Ko)} 개발·생산하는 {t.Name}이다.",
        t => $"{t.Subject.Ko} 및 {t.OtherSubject.Ko} 전문 {Euro(t.Name)}, {t.Method.Ko} 기반의 양산 기술을 보유하고 있다.",
        t => $"{t.Application.Ko} 분야에 {Eul(t.Subject.Ko)} 공급하는 {t.Name}이다.",
    ];

    public static Func<ProfileTerms, string> CompanyDetail(CompanySize size) => size switch
    {
        CompanySize.Startup => t => $"{t.Year}년 {t.Partner} 연구실에서 창업하였으며, {t.Property.Ko} 개선 기술로 시리즈A 투자를 유치하였다.",
        CompanySize.Small => t => $"{t.Method.Ko} 관련 특허 {t.Number}건을 보유하고 있으며, 정부 R&D 과제를 통해 {t.Subject.Ko} 국산화를 추진하고 있다.",
        CompanySize.MidSize => t => $"국내외 {t.Number}개 사업장을 운영하며 {t.Application.Ko} 분야 고객사에 제품을 공급하고 있다.",
        _ => t => $"{t.Field.Ko} 사업부를 중심으로 국내외 {t.Number}개 생산 거점을 운영하며, 차세대 {t.Subject.Ko} 개발에 투자를 확대하고 있다.",
    };

    public static Func<ProfileTerms, string> CompanyNews { get; } =
        t => $"최근 {Eul(t.Property.Ko)} 개선한 신제품으로 {t.Application.Ko} 시장 공략에 나서고 있다.";

    public static Func<ProfileTerms, string> InstituteDescription { get; } =
        t => $"{t.Field.Ko} 분야 정부출연 연구기관으로, {t.Subject.Ko}, {t.OtherSubject.Ko} 등 원천기술 개발과 중소·중견기업 기술지원을 수행한다. " +
             $"{t.Application.Ko} 관련 국가 R&D 과제와 국제공동연구를 주관하고 있다.";

    public static Func<ProfileTerms, string> UniversityCenterDescription { get; } =
        t => $"{Gwa(t.Subject.Ko)} {t.OtherSubject.Ko}의 {t.Property.Ko} 개선을 중심으로 연구하는 대학 연구센터로, 국내 기업과의 산학협력 과제를 다수 수행하고 있다. " +
             $"{t.Method.Ko} 및 {t.Analysis.Ko} 관련 공동활용 장비를 보유하고 있다.";

    public static Func<ProfileTerms, string> EquipmentCenterDescription { get; } =
        t => $"{t.Name} 분야 기업을 위한 공동활용 연구장비 센터로, {t.Analysis.Ko} 등 시험·분석 서비스와 {t.Subject.Ko} 시제품 평가를 지원한다. " +
             "연구개발 단계별 장비 활용 컨설팅과 장비·시험·컨설팅을 묶은 패키지형 지원 서비스를 운영한다.";

    public static Func<ProfileTerms, string> OverseasAcademicDescription { get; } =
        t => $"The {t.Name} studies {t.Subject.En} and {t.OtherSubject.En}, with a focus on {t.Property.En} for {t.Application.En}. " +
             $"It works with industrial partners on {t.Method.En} and has hosted visiting researchers from Korean companies and institutes.";

    public static Func<ProfileTerms, string> OverseasCompanyDescription { get; } =
        t => $"{t.Name} develops {t.Subject.En} for {t.Application.En}. " +
             $"Its research group focuses on {t.Method.En} and the {t.Property.En} of {t.OtherSubject.En}.";

    public static IReadOnlyList<Func<ProfileTerms, string>> ResearcherBiosKo { get; } =
    [
        t => $"{t.Name}에서 {Eul(t.Subject.Ko)} 중심으로 {t.Property.Ko} 개선 연구를 수행하고 있다. 주요 연구 주제는 {t.Method.Ko} 및 {t.Analysis.Ko}이다.",
        t => $"{t.Field.Ko} 분야 연구자로, {Gwa(t.Subject.Ko)} {t.OtherSubject.Ko} 관련 과제를 수행하고 있다.",
        t => $"{t.Name}에서 {t.Application.Ko}용 {t.Subject.Ko} 개발을 담당하고 있으며, {t.Method.Ko} 관련 실무 경험이 풍부하다.",
    ];

    public static Func<ProfileTerms, string> ExpertBioKo { get; } =
        t => $"{t.Field.Ko} 분야 {t.Number}년 경력의 전문가로, {t.Subject.Ko} 및 {t.Method.Ko} 기술 자문과 국가 R&D 과제 평가에 참여하고 있다.";

    public static Func<ProfileTerms, string> OverseasKoreanBio { get; } =
        t => $"{t.Partner} {t.Name}에서 근무하는 재외 한인 과학기술자로, {t.Subject.Ko} 분야에서 {t.Number}년간 연구해 왔다. " +
             $"국내 기업과의 {t.Application.Ko} 공동연구에 관심이 있다.";

    public static IReadOnlyList<Func<ProfileTerms, string>> ForeignBios { get; } =
    [
        t => $"{t.Name}, working on {t.Subject.En} and {t.Method.En} for {t.Application.En}.",
        t => $"{t.Name}, working on {t.Subject.En} and {t.Method.En}. Has collaborated with Korean partners on the {t.Property.En} of {t.OtherSubject.En}.",
        t => $"{t.Name}, specialising in {t.Analysis.En} of {t.Subject.En}. Interested in joint research with Korean industry on {t.Application.En}.",
    ];
}
