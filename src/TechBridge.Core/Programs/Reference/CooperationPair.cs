namespace TechBridge.Core.Programs.Reference;

/// <summary>A published example of a domestic party cooperating with an overseas partner toward a goal (2024).</summary>
public sealed class CooperationPair
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public int SortOrder { get; set; }
    public required string DomesticKo { get; set; }
    public required string DomesticEn { get; set; }
    public required string PartnerKo { get; set; }
    public required string PartnerEn { get; set; }
    public string? CountryCode { get; set; }
    public required string GoalKo { get; set; }
    public required string GoalEn { get; set; }
    public string? FieldCode { get; set; }
}
