using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Search;

/// <summary>
/// Expertise affinity on one scale: a reviewer's scores for two submissions keep their order even when the reviewer is the
/// best match of both (a per-submission rescaling would give both 1.0), every score lies in [0, 1], and recency and
/// authorship weigh papers only when asked.
/// </summary>
public sealed class ExpertiseAffinityTests
{
    private static readonly ExpertPublication[] Papers =
    [
        new("kim", "Sulfide solid electrolyte interface stability in all-solid-state lithium batteries",
            "Interfacial degradation between sulfide solid electrolytes and layered oxide cathodes, coating strategies."),
        new("kim", "Air-stable argyrodite sulfide electrolytes", "Moisture tolerance of Li6PS5Cl electrolytes for solid-state cells."),
        new("lee", "Battery pack recycling logistics", "Collection networks for spent electric vehicle battery packs."),
    ];

    [Fact]
    public void Score_OneReviewerBestOnTwoSubmissions_KeepsTheOrderOfHowWellEachFits()
    {
        var affinity = new ExpertiseAffinity(Papers, new BilingualAnalyzer());

        var close = affinity.Score("Coating sulfide solid electrolyte interfaces with oxide cathodes",
            "Stabilising the sulfide solid electrolyte and cathode interface in all-solid-state lithium batteries.");
        var loose = affinity.Score("Solid-state lithium batteries for drones", "Light solid-state cells for delivery drones, flight endurance and charging.");

        Assert.True(close["kim"] > close["lee"]);
        Assert.True(loose["kim"] >= loose["lee"]);
        Assert.True(close["kim"] > loose["kim"], $"close {close["kim"]:0.000} should exceed loose {loose["kim"]:0.000}");
        Assert.All(close.Values.Concat(loose.Values), s => Assert.InRange(s, 0, 1));
        Assert.True(close["kim"] < 1, "a score is a share of the submission's evidence, not a rank");
    }

    [Fact]
    public void Score_PaperThatSaysWhatTheSubmissionSays_HoldsAllOfItsEvidence()
    {
        var affinity = new ExpertiseAffinity(Papers, new BilingualAnalyzer());

        var same = affinity.Score(Papers[0].Title, Papers[0].Abstract, AffinityAggregation.Max);

        Assert.Equal(1, same["kim"], 3);
        Assert.InRange(same["lee"], 0, 0.5);
    }

    [Fact]
    public void Score_RecencyHalfLife_OldPaperCountsLessOnlyWhenAsked()
    {
        const string Title = "Sulfide solid electrolyte interface stability";
        ExpertPublication[] papers =
        [
            new("old", Title, null) { Year = 2011 },
            new("new", Title, null) { Year = 2025 },
        ];
        var affinity = new ExpertiseAffinity(papers, new BilingualAnalyzer());

        var plain = affinity.Score(Title, null, new AffinityOptions(AffinityAggregation.Max));
        var recent = affinity.Score(Title, null, new AffinityOptions(AffinityAggregation.Max) { RecencyHalfLifeYears = 7, ReferenceYear = 2025 });

        Assert.Equal(plain["old"], plain["new"], 9);
        Assert.Equal(recent["new"] / 4, recent["old"], 9); // 14 years = two half-lives
        Assert.Equal(plain["new"], recent["new"], 9);
    }

    [Fact]
    public void Score_CoAuthorWeight_SecondAuthorCountsThatShare()
    {
        const string Title = "Argyrodite sulfide electrolytes with high moisture tolerance";
        ExpertPublication[] papers =
        [
            new("first", Title, null) { AuthorPosition = 1 },
            new("second", Title, null) { AuthorPosition = 2 },
        ];
        var affinity = new ExpertiseAffinity(papers, new BilingualAnalyzer());

        var scores = affinity.Score(Title, null, new AffinityOptions(AffinityAggregation.Max) { CoAuthorWeight = 0.5 });

        Assert.Equal(scores["first"] / 2, scores["second"], 9);
        Assert.True(scores["first"] > 0);
    }
}
