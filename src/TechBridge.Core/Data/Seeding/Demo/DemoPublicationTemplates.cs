using static TechBridge.Core.Shared.Formatting.KoreanParticles;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>The terms and numbers one generated paper is written from; all come from a single research topic.</summary>
internal sealed record PaperTerms(
    DemoTerm Subject,
    DemoTerm OtherSubject,
    DemoTerm Method,
    DemoTerm OtherMethod,
    DemoTerm Analysis,
    DemoTerm Property,
    DemoTerm OtherProperty,
    DemoTerm Application,
    DemoMetric Metric,
    string Value,
    DemoMetric OtherMetric,
    string OtherValue,
    int Percent,
    int Samples,
    int Repeats,
    int Retention,
    int Hours);

/// <summary>Title and abstract sentence templates in Korean and English.</summary>
internal static class DemoPublicationTemplates
{
    public static IReadOnlyList<Func<PaperTerms, string>> KoTitles { get; } =
    [
        t => $"{t.Subject.Ko}의 {t.Property.Ko} 개선을 위한 {t.Method.Ko} 연구",
        t => $"{Eul(t.Method.Ko)} 이용한 {t.Application.Ko}용 {t.Subject.Ko} 개발",
        t => $"{t.Application.Ko}용 {t.Subject.Ko}의 {t.Property.Ko} 평가 및 최적화",
        t => $"{t.Method.Ko} 조건이 {t.Subject.Ko}의 {t.Property.Ko}에 미치는 영향",
        t => $"{Eul(t.Analysis.Ko)} 통한 {t.Subject.Ko}의 {t.Property.Ko} 저하 요인 규명",
        t => $"{t.Method.Ko} 기반 {t.Subject.Ko}의 {t.Property.Ko} 향상",
        t => $"{Eul(t.Application.Ko)} 위한 {t.Subject.Ko} 설계 및 실증",
        t => $"머신러닝을 활용한 {t.Subject.Ko}의 {t.Property.Ko} 예측 모델",
        t => $"{Gwa(t.Subject.Ko)} {t.OtherSubject.Ko}의 비교를 통한 {t.Application.Ko} 적용성 평가",
        t => $"{t.Metric.Ko} {t.Value} 수준의 {t.Application.Ko}용 {t.Subject.Ko} 개발",
        t => $"{t.Subject.Ko}의 {t.Property.Ko} 및 {t.OtherProperty.Ko} 동시 향상 연구",
        t => $"{Gwa(t.Method.Ko)} {Eul(t.OtherMethod.Ko)} 결합한 {t.Subject.Ko} 고도화",
        t => $"{t.Application.Ko} 적용을 위한 {t.Subject.Ko}의 {t.Property.Ko} 검증",
        t => $"{t.Subject.Ko} 국산화를 위한 {t.Method.Ko} 기술 개발",
        t => $"{t.Analysis.Ko}에 기반한 {t.Subject.Ko}의 {t.Property.Ko} 정량 평가",
        t => $"{Eul(t.Application.Ko)} 위한 {t.Subject.Ko}의 {t.Property.Ko} 향상 전략",
    ];

    public static IReadOnlyList<Func<PaperTerms, string>> EnTitles { get; } =
    [
        t => $"Improving the {t.Property.En} of {t.Subject.En} through {t.Method.En}",
        t => $"Development of {t.Subject.En} for {t.Application.En} using {t.Method.En}",
        t => $"Evaluation and optimisation of the {t.Property.En} of {t.Subject.En} for {t.Application.En}",
        t => $"Effect of {t.Method.En} conditions on the {t.Property.En} of {t.Subject.En}",
        t => $"Identifying factors that limit the {t.Property.En} of {t.Subject.En} by {t.Analysis.En}",
        t => $"{t.Method.En}-based enhancement of {t.Property.En} in {t.Subject.En}",
        t => $"Design and field demonstration of {t.Subject.En} for {t.Application.En}",
        t => $"Machine-learning prediction of the {t.Property.En} of {t.Subject.En}",
        t => $"Comparative assessment of {t.Subject.En} and {t.OtherSubject.En} for {t.Application.En}",
        t => $"{t.Subject.En} with {t.Metric.En} of {t.Value} for {t.Application.En}",
        t => $"Simultaneous improvement of {t.Property.En} and {t.OtherProperty.En} in {t.Subject.En}",
        t => $"Combining {t.Method.En} and {t.OtherMethod.En} to advance {t.Subject.En}",
        t => $"Validating the {t.Property.En} of {t.Subject.En} for {t.Application.En}",
        t => $"Process development for {t.Subject.En} using {t.Method.En}",
        t => $"Quantitative {t.Analysis.En} study of the {t.Property.En} in {t.Subject.En}",
        t => $"Strategies for enhancing the {t.Property.En} of {t.Subject.En} in {t.Application.En}",
    ];

    public static IReadOnlyList<Func<PaperTerms, string>> KoBackground { get; } =
    [
        t => $"{t.Application.Ko}의 성능과 신뢰성을 높이기 위해서는 {t.Subject.Ko}의 {t.Property.Ko} 확보가 핵심 과제이다.",
        t => $"{Eun(t.Subject.Ko)} {t.Application.Ko}의 핵심 요소이지만, {t.Property.Ko} 측면의 한계로 상용화에 어려움을 겪고 있다.",
        t => $"최근 {t.Application.Ko} 수요가 빠르게 늘면서 {t.Subject.Ko}의 {t.Property.Ko} 개선에 대한 산업계의 요구가 커지고 있다.",
        t => $"{t.Subject.Ko}의 {Eun(t.Property.Ko)} {t.Application.Ko}의 성능과 수명을 좌우하는 주요 인자이다.",
        t => $"해외 의존도가 높은 {t.Subject.Ko}의 국산화를 위해서는 {t.Property.Ko} 개선 기술의 확보가 시급하다.",
    ];

    public static IReadOnlyList<Func<PaperTerms, string>> KoMethod { get; } =
    [
        t => $"본 연구에서는 {Eul(t.Method.Ko)} 적용하여 {Eul(t.Subject.Ko)} 개발하고, {Euro(t.Analysis.Ko)} 그 특성을 평가하였다.",
        t => $"{t.Method.Ko} 조건을 {t.Samples}가지로 달리하여 시료를 준비하고, {Euro(t.Analysis.Ko)} {t.Property.Ko} 변화를 체계적으로 평가하였다.",
        t => $"{Gwa(t.Method.Ko)} {Eul(t.OtherMethod.Ko)} 결합한 공정을 제안하고, {t.Samples}종의 시제품에 대해 {Eul(t.Property.Ko)} 비교하였다.",
        t => $"{Eul(t.OtherSubject.Ko)} 함께 고려한 설계안을 도출한 뒤 {Euro(t.Analysis.Ko)} 최적 조건을 선정하였다.",
        t => $"{t.Subject.Ko}의 {Eul(t.Property.Ko)} 정량화하기 위해 {Eul(t.Analysis.Ko)} 활용한 평가 절차를 수립하고 {t.Samples}개 시료에 적용하였다.",
    ];

    public static IReadOnlyList<Func<PaperTerms, string>> KoResult { get; } =
    [
        t => $"그 결과 {I(t.Metric.Ko)} 기준 시료 대비 {t.Percent}% 개선된 {t.Value}에 도달하였다.",
        t => $"최적 조건에서 {t.Metric.Ko} {t.Value}, {t.OtherMetric.Ko} {t.OtherValue}의 우수한 특성을 확인하였다.",
        t => $"개발된 시료는 {t.Metric.Ko} {t.Value} 수준을 나타내어 기존 상용 제품 대비 {t.Percent}% 향상된 성능을 보였다.",
        t => $"특히 {t.Property.Ko} 측면에서 {I(t.Metric.Ko)} {t.Value}까지 개선되었으며, {t.OtherMetric.Ko}도 {t.OtherValue} 수준으로 유지되었다.",
    ];

    public static IReadOnlyList<Func<PaperTerms, string>> KoClosing { get; } =
    [
        t => $"또한 {t.Repeats}회 반복 시험 후에도 초기 성능의 {t.Retention}% 이상을 유지하였다.",
        t => $"이러한 성능은 {t.Hours}시간 연속 운전 조건에서도 안정적으로 유지되었다.",
        t => $"이러한 결과는 {t.Application.Ko}의 상용화와 핵심 기술 국산화에 기여할 것으로 기대된다.",
        t => $"제안한 기술은 {t.Application.Ko} 분야의 공급망 안정화와 원가 절감에 활용될 수 있다.",
        t => $"향후 {t.Application.Ko} 현장 실증을 통해 양산 적용 가능성을 검증할 계획이다.",
        t => $"본 연구 결과는 {t.Subject.Ko} 설계의 실용적인 지침으로 활용될 수 있을 것이다.",
    ];

    public static IReadOnlyList<Func<PaperTerms, string>> EnBackground { get; } =
    [
        t => $"Achieving high {t.Property.En} in {t.Subject.En} remains a key challenge for {t.Application.En}, where conventional designs are approaching their practical limits.",
        t => $"The {t.Property.En} of {t.Subject.En} is a critical bottleneck for the commercial deployment of {t.Application.En}, yet its controlling factors are not fully understood.",
        t => $"Growing demand for {t.Application.En} calls for {t.Subject.En} with substantially improved {t.Property.En} that can be produced at industrial scale.",
        t => $"The {t.Property.En} of {t.Subject.En} largely determines the performance and service life of {t.Application.En}, but reported values vary widely between laboratories.",
        t => $"Reducing dependence on imported {t.Subject.En} requires reliable ways to improve their {t.Property.En} at industrial scale.",
    ];

    public static IReadOnlyList<Func<PaperTerms, string>> EnMethod { get; } =
    [
        t => $"Here, we applied {t.Method.En} to develop {t.Subject.En} and characterised the resulting samples by {t.Analysis.En} to link process conditions with {t.Property.En}.",
        t => $"{t.Method.En} conditions were varied across {t.Samples} sample sets, and the {t.Property.En} was evaluated systematically by {t.Analysis.En}.",
        t => $"We propose a process that combines {t.Method.En} with {t.OtherMethod.En} and compare the {t.Property.En} of {t.Samples} prototypes.",
        t => $"A design that also accounts for {t.OtherSubject.En} was derived, and optimal {t.Method.En} conditions were selected using {t.Analysis.En}.",
        t => $"To quantify the {t.Property.En} of {t.Subject.En}, we established an evaluation protocol based on {t.Analysis.En} and applied it to {t.Samples} samples.",
    ];

    public static IReadOnlyList<Func<PaperTerms, string>> EnResult { get; } =
    [
        t => $"The {t.Metric.En} reached {t.Value}, a {t.Percent}% improvement over the reference sample.",
        t => $"Under optimal conditions, {t.Metric.En} of {t.Value} and {t.OtherMetric.En} of {t.OtherValue} were obtained.",
        t => $"The developed samples showed {t.Metric.En} of {t.Value}, outperforming commercial benchmarks by {t.Percent}%.",
        t => $"In terms of {t.Property.En}, the {t.Metric.En} improved to {t.Value}, while the {t.OtherMetric.En} was maintained at {t.OtherValue}.",
    ];

    public static IReadOnlyList<Func<PaperTerms, string>> EnClosing { get; } =
    [
        t => $"More than {t.Retention}% of the initial performance was retained after {t.Repeats} repeated test cycles.",
        t => $"This performance remained stable during {t.Hours} h of continuous operation.",
        t => $"These results offer a practical route toward cost-effective {t.Application.En} and support technology transfer to domestic manufacturers.",
        t => $"The approach is compatible with existing production lines and can strengthen supply chains for {t.Application.En}.",
        t => $"Pilot-scale validation in {t.Application.En} is planned as the next step, together with industrial partners.",
        t => $"The findings provide practical design guidelines for {t.Subject.En} and for their qualification in {t.Application.En}.",
    ];
}
