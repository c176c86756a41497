using static TechBridge.Core.Shared.Formatting.KoreanParticles;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>Titles (as patent-style Korean and English pairs), summaries, R&amp;D programs and transfer terms of demo public technologies.</summary>
internal static class DemoTechnologyTemplates
{
    public static IReadOnlyList<Func<DemoMarketplaceTerms, (string Ko, string En)>> Titles { get; } =
    [
        t => ($"{Eul(t.Method.Ko)} 이용한 {t.Subject.Ko} 제조 방법", $"Method of manufacturing {t.Subject.En} using {t.Method.En}"),
        t => ($"{I(t.Property.Ko)} 향상된 {t.Subject.Ko} 및 이의 제조 방법", $"{Capital(t.Subject.En)} with improved {t.Property.En} and method of manufacturing the same"),
        t => ($"{t.Application.Ko}용 {t.Subject.Ko} 설계 및 공정 기술", $"Design and process technology of {t.Subject.En} for {t.Application.En}"),
        t => ($"{t.Analysis.Ko} 기반 {t.Subject.Ko} {t.Property.Ko} 예측 기술", $"Prediction of the {t.Property.En} of {t.Subject.En} based on {t.Analysis.En}"),
        t => ($"{t.Method.Ko} 공정을 적용한 고성능 {t.Subject.Ko}", $"High-performance {t.Subject.En} by {t.Method.En}"),
    ];

    public static string SummaryKo(DemoMarketplaceTerms t, int trl) =>
        $"본 기술은 {Eul(t.Method.Ko)} 적용하여 {t.Subject.Ko}의 {Eul(t.Property.Ko)} 개선한 기술로, 기존 기술 대비 {t.Metric.Ko} {Eul(t.Value)} 달성하였다. " +
        $"{t.Application.Ko} 분야에 적용할 수 있으며, 현재 TRL {trl} 수준의 검증을 마쳤다. {Euro(t.Analysis.Ko)} 성능을 확인하였다.";

    public static string SummaryEn(DemoMarketplaceTerms t, int trl) =>
        $"This technology improves the {t.Property.En} of {t.Subject.En} by {t.Method.En}, reaching a {t.Metric.En} of {t.Value}. " +
        $"It is applicable to {t.Application.En}, has been validated at TRL {trl} and was characterised by {t.Analysis.En}.";

    public static IReadOnlyList<string> Programs { get; } =
    [
        "산업기술혁신사업(소재부품기술개발)", "산업기술혁신사업(초격차 프로젝트)", "한국연구재단 중견연구자지원사업", "나노·소재기술개발사업",
        "글로벌산업기술협력센터사업", "알키미스트 프로젝트", "국제공동기술개발사업",
    ];

    public static IReadOnlyList<string> TransferTerms { get; } =
    [
        "통상실시권 허여, 정액기술료 {0}천만원 + 경상기술료 매출액의 {1}%",
        "전용실시권 협의 가능, 선급기술료 {0}억원 및 경상기술료 별도 협의",
        "통상실시권 허여, 기술이전 후 {1}개월간 연구진 기술지도 포함",
        "공동연구를 통한 후속 기술개발 후 이전 조건 협의",
        "통상실시권, 정액기술료 {0}천만원 (중소기업 30% 감면)",
    ];

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
