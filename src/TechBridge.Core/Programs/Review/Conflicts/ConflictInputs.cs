namespace TechBridge.Core.Programs.Review.Conflicts;

/// <summary>What is known about a reviewer for conflict checks: names, organisations, publications, projects, declarations.</summary>
public sealed record ReviewerProfile(string Id, IReadOnlyList<string> Names, IReadOnlyCollection<string> OrganizationIds)
{
    public IReadOnlyList<ReviewerPublication> Publications { get; init; } = [];

    public IReadOnlyList<ReviewerProject> Projects { get; init; } = [];

    /// <summary>Proposals the reviewer said they are conflicted with.</summary>
    public IReadOnlyCollection<string> DeclaredProposalIds { get; init; } = [];

    /// <summary>Proposals hit by what the reviewer declared in advance (an organisation or a person), with the reason they gave.</summary>
    public IReadOnlyList<DeclaredConflict> DeclaredInAdvance { get; init; } = [];
}

public sealed record DeclaredConflict(string ProposalId, string Reason);

/// <param name="Authors">Every author as written on the publication (the reviewer among them).</param>
public sealed record ReviewerPublication(string Title, int Year, IReadOnlyList<string> Authors);

/// <summary>A research project the reviewer took part in, with the organisations in it.</summary>
public sealed record ReviewerProject(string Title, int Year, IReadOnlyCollection<string> OrganizationIds);

/// <summary>Who is behind a proposal: its organisations (lead, partners, overseas), its researchers, and the reviewers it asked to exclude.</summary>
public sealed record ProposalParties(string Id, IReadOnlyCollection<string> OrganizationIds, IReadOnlyList<string> ResearcherNames)
{
    public IReadOnlyList<ExclusionRequest> ExclusionRequests { get; init; } = [];
}

public sealed record ExclusionRequest(string ReviewerId, string Reason);

public enum ConflictSource
{
    /// <summary>The reviewer belongs to one of the proposal's organisations.</summary>
    SameOrganization,

    /// <summary>The reviewer is one of the proposal's researchers (by name, in any spelling).</summary>
    SamePerson,

    /// <summary>The reviewer published with one of the proposal's researchers within the window.</summary>
    Coauthorship,

    /// <summary>The reviewer worked on a project with one of the proposal's organisations within the window.</summary>
    JointProject,

    /// <summary>The reviewer declared it.</summary>
    DeclaredByReviewer,

    /// <summary>The applicant asked for the reviewer to be excluded, with a reason.</summary>
    RequestedByApplicant,
}

/// <param name="Evidence">What shows it, as recorded: the organisation id, the researcher's name as written, the publication or
/// project title and year, or the applicant's reason.</param>
public sealed record ConflictOfInterest(string ProposalId, string ReviewerId, ConflictSource Source, string Evidence);
