namespace TechBridge.Core.Programs.Calls;

/// <summary>A call as a program manager writes it (the API's body and the form's values); everything is checked by <see cref="CallValidator"/>.</summary>
public sealed record CallInput
{
    public string? ProgramCode { get; init; }
    public string? TitleKo { get; init; }
    public string? TitleEn { get; init; }
    public string? SummaryKo { get; init; }
    public string? SummaryEn { get; init; }
    public CallKind? Kind { get; init; }
    public DateTimeOffset? OpensAt { get; init; }
    public DateTimeOffset? ClosesAt { get; init; }
    public long? TotalBudgetKrw { get; init; }
    public long? MaxGovernmentKrwPerTask { get; init; }
    public int? MaxGovernmentSharePercent { get; init; }
    public int? MaxMonths { get; init; }
    public bool RequiresDispatch { get; init; }
    public bool RequiresOverseasPartner { get; init; }

    /// <summary>Average the reviewers' totals as given, without normalising each reviewer's habit (see <see cref="ProgramCall.KeepsRawScores"/>).</summary>
    public bool KeepsRawScores { get; init; }
    public IReadOnlyList<string>? FieldCodes { get; init; }
    public IReadOnlyList<ApplicantType>? ApplicantTypes { get; init; }
    public IReadOnlyList<DocumentKind>? Documents { get; init; }
    public IReadOnlyList<CallTopicInput>? Topics { get; init; }
    public IReadOnlyList<CallStageInput>? Stages { get; init; }
}

public sealed record CallTopicInput(string? TitleKo, string? TitleEn, string? WhyKo, string? WhyEn, string? WhatKo, string? WhatEn);

public sealed record CallStageInput(StageKind? Kind, int? WeightPercent, int? CutOff, int? ReviewersPerProposal, DateTimeOffset? DueAt);
