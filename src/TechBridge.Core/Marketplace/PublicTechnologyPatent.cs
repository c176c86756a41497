namespace TechBridge.Core.Marketplace;

/// <summary>
/// One patent of a public technology, at its position in the listing (0, 1, …). Countries are ISO 3166-1 alpha-2 codes
/// separated by spaces ("KR US"). The filing date is missing only on rows migrated from the old free-text numbers.
/// </summary>
public sealed class PublicTechnologyPatent
{
    public Guid TechnologyId { get; init; }
    public int Position { get; init; }
    public string ApplicationNumber { get; set; } = string.Empty;
    public string? RegistrationNumber { get; set; }
    public PatentStatus Status { get; set; }
    public string Countries { get; set; } = string.Empty;
    public DateOnly? FilingDate { get; set; }
    public DateOnly? ExpiryDate { get; set; }
}
