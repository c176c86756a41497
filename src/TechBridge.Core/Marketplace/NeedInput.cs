namespace TechBridge.Core.Marketplace;

/// <summary>What a company user enters to file or change a technology need (the company is the user's own).</summary>
public sealed record NeedInput(
    string? Title,
    string? Description,
    string? RndStageCode,
    string? CooperationTypeCode,
    IReadOnlyCollection<string>? Fields = null,
    int? TrlMin = null,
    int? TrlMax = null,
    long? BudgetKrw = null,
    int? TimelineMonths = null,
    IReadOnlyCollection<string>? Countries = null,
    NeedStatus Status = NeedStatus.Open);
