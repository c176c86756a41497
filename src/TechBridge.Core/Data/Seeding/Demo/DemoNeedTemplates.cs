using static TechBridge.Core.Shared.Formatting.KoreanParticles;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>Titles and descriptions of demo technology needs, as companies write them (mostly Korean, some English).</summary>
internal static class DemoNeedTemplates
{
    public static IReadOnlyList<Func<DemoMarketplaceTerms, string>> TitlesKo { get; } =
    [
        t => $"{t.Subject.Ko}의 {t.Property.Ko} 향상을 위한 {t.Method.Ko} 기술 확보",
        t => $"{t.Application.Ko}용 {t.Subject.Ko} 양산 공정 개발 파트너 모집",
        t => $"{t.Analysis.Ko} 기반 {t.Subject.Ko} 품질 평가 체계 구축",
        t => $"{t.Subject.Ko} 국산화를 위한 {t.Method.Ko} 공동연구",
    ];

    public static IReadOnlyList<Func<DemoMarketplaceTerms, string>> TitlesEn { get; } =
    [
        t => $"Partner wanted: {t.Method.En} for {t.Subject.En}",
        t => $"Improving the {t.Property.En} of {t.Subject.En} for {t.Application.En}",
    ];

    public static string DescriptionKo(DemoMarketplaceTerms t, string company, string stage, string cooperation, bool overseas) =>
        $"{Eun(company)} {t.Application.Ko} 분야에 {Eul(t.Subject.Ko)} 공급하고 있습니다. " +
        $"현재 {t.Subject.Ko}의 {I(t.Property.Ko)} 목표 수준에 미치지 못해 {t.Method.Ko} 관련 외부 기술 도입을 검토하고 있습니다. " +
        $"{t.Metric.Ko} {t.Value} 이상을 목표로 하며, {stage} 단계에서 {cooperation} 형태로 협력할 연구기관·기업을 찾습니다. " +
        (overseas ? "해외 연구기관과의 국제공동연구도 적극 검토합니다." : "시험·분석 장비 활용과 전문가 자문도 필요합니다.");

    public static string DescriptionEn(DemoMarketplaceTerms t, string company, string stage, string cooperation, bool overseas) =>
        $"{company} supplies {t.Subject.En} for {t.Application.En}. We are looking for {t.Method.En} to improve the {t.Property.En} " +
        $"and target a {t.Metric.En} of at least {t.Value}. We seek a partner for {cooperation.ToLowerInvariant()} at the {stage.ToLowerInvariant()} stage" +
        (overseas ? ", and welcome overseas research institutes." : ", including access to test and analysis equipment.");
}
