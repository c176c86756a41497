namespace TechBridge.Core.Programs.Calls;

/// <summary>Where a call stands for applicants at a moment: not yet open, open, or over (closed, or its deadline passed).</summary>
public enum CallPhase
{
    Draft,
    Upcoming,
    Open,
    Over,
}

public sealed record CallSummary(
    Guid Id, string ProgramCode, string ProgramNameKo, string ProgramNameEn, string TitleKo, string TitleEn, CallKind Kind, CallStatus Status,
    CallPhase Phase, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, long TotalBudgetKrw, IReadOnlyList<string> FieldCodes, bool IsDemo);

public sealed record CallTopicView(int Position, string TitleKo, string TitleEn, string WhyKo, string WhyEn, string WhatKo, string WhatEn);

public sealed record CallStageView(int Position, StageKind Kind, int WeightPercent, int? CutOff, int ReviewersPerProposal, DateTimeOffset? DueAt);

public sealed record CallView(
    Guid Id, string ProgramCode, string ProgramNameKo, string ProgramNameEn, string TitleKo, string TitleEn, string? SummaryKo, string? SummaryEn,
    CallKind Kind, CallStatus Status, CallPhase Phase, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, long TotalBudgetKrw,
    long MaxGovernmentKrwPerTask, int MaxGovernmentSharePercent, int MaxMonths, bool RequiresDispatch, bool RequiresOverseasPartner,
    IReadOnlyList<string> FieldCodes, IReadOnlyList<ApplicantType> ApplicantTypes, IReadOnlyList<DocumentKind> Documents,
    IReadOnlyList<CallTopicView> Topics, IReadOnlyList<CallStageView> Stages, DateTimeOffset? PublishedAt, DateTimeOffset? ClosedAt,
    DateTimeOffset UpdatedAt, bool IsDemo, long Version)
{
    /// <summary>Reviewers' totals are averaged as given rather than normalised per reviewer.</summary>
    public bool KeepsRawScores { get; init; }
}

/// <summary>Which calls to list: text in the titles, a program, a field, a phase.</summary>
public sealed record CallFilter(string? Query = null, string? ProgramCode = null, string? FieldCode = null, CallPhase? Phase = null);
