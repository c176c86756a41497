namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>The terms a technology listing or a need is written from: one topic of one field, and a measured value.</summary>
internal sealed record DemoMarketplaceTerms(
    DemoFieldVocabulary Field, DemoTerm Subject, DemoTerm Method, DemoTerm Property, DemoTerm Application, DemoTerm Analysis, DemoMetric Metric, string Value)
{
    public static DemoMarketplaceTerms From(DemoRandom random, DemoFieldVocabulary field)
    {
        var topic = random.Pick(field.Topics);
        var metric = random.Pick(topic.Metrics);
        return new DemoMarketplaceTerms(
            field, random.Pick(topic.Subjects), random.Pick(topic.Methods), random.Pick(topic.Properties), random.Pick(topic.Applications),
            random.Pick(field.Analyses), metric, random.MetricValue(metric));
    }
}
