using TechBridge.Core.Programs.Review.Conflicts;

namespace TechBridge.Core.Tests.Programs.Review.Conflicts;

public sealed class ConflictFinderTests
{
    private static readonly ProposalParties Battery = new("P-1", ["org-kaist", "org-fraunhofer"], ["이민준", "Anna Schmidt"])
    {
        ExclusionRequests = [new ExclusionRequest("R-rival", "경쟁 과제를 수행 중인 연구자입니다.")],
    };

    private static readonly ProposalParties Sensors = new("P-2", ["org-etri"], ["박지훈"]);

    [Fact]
    public void Find_EachSource_IsFoundWithItsEvidence()
    {
        ReviewerProfile[] reviewers =
        [
            new("R-colleague", ["Kim Dong-hyun"], ["org-kaist"]),
            new("R-self", ["Yi Minjun"], ["org-snu"]),
            new("R-coauthor", ["Choi Kyung-soo"], ["org-postech"])
            {
                Publications = [new ReviewerPublication("Solid electrolytes", 2024, ["Choi Kyung-soo", "Rhee Min Joon"])],
            },
            new("R-project", ["Jane Doe"], ["org-mit"]) { Projects = [new ReviewerProject("Grid storage", 2023, ["org-fraunhofer"])] },
            new("R-declared", ["Song Ji-eun"], ["org-kist"]) { DeclaredProposalIds = ["P-2"] },
            new("R-rival", ["Han Se-hoon"], ["org-kier"]),
        ];

        var conflicts = ConflictFinder.Find(reviewers, [Battery, Sensors], currentYear: 2026, years: 3);

        Assert.Equal(
        [
            new ConflictOfInterest("P-1", "R-colleague", ConflictSource.SameOrganization, "org-kaist"),
            new ConflictOfInterest("P-1", "R-self", ConflictSource.SamePerson, "이민준"),
            new ConflictOfInterest("P-1", "R-coauthor", ConflictSource.Coauthorship, "이민준 · Solid electrolytes (2024)"),
            new ConflictOfInterest("P-1", "R-project", ConflictSource.JointProject, "org-fraunhofer · Grid storage (2023)"),
            new ConflictOfInterest("P-2", "R-declared", ConflictSource.DeclaredByReviewer, ""),
            new ConflictOfInterest("P-1", "R-rival", ConflictSource.RequestedByApplicant, "경쟁 과제를 수행 중인 연구자입니다."),
        ], conflicts);
    }

    [Fact]
    public void Find_CoauthorshipOrProjectOutsideTheWindow_IsNotAConflict()
    {
        var reviewer = new ReviewerProfile("R-old", ["Choi Kyung-soo"], ["org-postech"])
        {
            Publications = [new ReviewerPublication("Old paper", 2019, ["Choi Kyung-soo", "Park Ji-hoon"])],
            Projects = [new ReviewerProject("Old project", 2020, ["org-etri"])],
        };

        Assert.Empty(ConflictFinder.Find([reviewer], [Sensors], currentYear: 2026, years: 5));
        Assert.Equal(2, ConflictFinder.Find([reviewer], [Sensors], currentYear: 2026, years: 7).Count);
    }

    [Fact]
    public void Find_ReviewerAsAuthorOfTheirOwnPaper_IsNotACoauthorOfThemself()
    {
        var reviewer = new ReviewerProfile("R", ["박지훈"], ["org-x"]) { Publications = [new ReviewerPublication("Own", 2025, ["Park Ji-hoon"])] };

        var conflicts = ConflictFinder.Find([reviewer], [Sensors], 2026, 3);

        Assert.Equal([ConflictSource.SamePerson], conflicts.Select(c => c.Source));
    }

    [Fact]
    public void Find_UnknownIds_AreIgnored()
    {
        var reviewer = new ReviewerProfile("R", ["Nobody Here"], []) { DeclaredProposalIds = ["P-unknown"] };
        var proposal = Sensors with { ExclusionRequests = [new ExclusionRequest("R-unknown", "이유")] };

        Assert.Empty(ConflictFinder.Find([reviewer], [proposal], 2026, 3));
    }
}
