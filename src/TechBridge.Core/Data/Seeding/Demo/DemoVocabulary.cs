namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>A technical term in Korean and English.</summary>
public sealed record DemoTerm(string Ko, string En);

/// <summary>A measurable result with its unit and a plausible range; an empty unit means a dimensionless value.</summary>
public sealed record DemoMetric(string Ko, string En, string Unit, double Min, double Max, int Decimals);

/// <summary>
/// A coherent research topic inside a field: the things studied, how they are made or controlled, which
/// properties matter, where they are used and how results are measured.
/// </summary>
public sealed record DemoTopic(
    IReadOnlyList<DemoTerm> Subjects,
    IReadOnlyList<DemoTerm> Methods,
    IReadOnlyList<DemoTerm> Properties,
    IReadOnlyList<DemoTerm> Applications,
    IReadOnlyList<DemoMetric> Metrics);

/// <summary>The demo vocabulary of one super-gap field: shared analysis techniques plus its research topics.</summary>
public sealed record DemoFieldVocabulary(string FieldCode, DemoTerm Name, IReadOnlyList<DemoTerm> Analyses, IReadOnlyList<DemoTopic> Topics)
{
    public IEnumerable<DemoTerm> Terms =>
        Analyses.Concat(Topics.SelectMany(t => t.Subjects.Concat(t.Methods).Concat(t.Properties).Concat(t.Applications))).Distinct();
}

/// <summary>Technical vocabulary of the 11 super-gap fields, used to write realistic demo profiles and papers.</summary>
public static partial class DemoVocabulary
{
    public static IReadOnlyList<DemoFieldVocabulary> All { get; } =
    [
        Semiconductor(),
        Display(),
        SecondaryBattery(),
        FutureMobility(),
        CoreMaterials(),
        IntelligentRobot(),
        AdvancedManufacturing(),
        AerospaceDefense(),
        NextGenNuclear(),
        AdvancedBio(),
        NewEnergy(),
    ];

    public static DemoFieldVocabulary? Find(string fieldCode) =>
        All.FirstOrDefault(v => string.Equals(v.FieldCode, fieldCode, StringComparison.Ordinal));

    private static DemoTerm T(string ko, string en) => new(ko, en);

    private static DemoMetric M(string ko, string en, string unit, double min, double max, int decimals) =>
        new(ko, en, unit, min, max, decimals);

    private static DemoTopic Topic(
        DemoTerm[] subjects, DemoTerm[] methods, DemoTerm[] properties, DemoTerm[] applications, DemoMetric[] metrics) =>
        new(subjects, methods, properties, applications, metrics);
}
