namespace TechBridge.Core.Marketplace.Deals;

/// <summary>
/// One recorded step of a deal: the stage reached, the KST date it happened, a note, who acted and for which side; a term
/// sheet or contract also records the licence kind and the agreed fee. Its documents are attachments of owner type <c>DealStep</c>.
/// </summary>
public sealed class DealStep
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid DealId { get; init; }
    public DealState Stage { get; init; }
    public DateOnly OccurredOn { get; init; }
    public string Note { get; init; } = string.Empty;
    public Guid ActorId { get; init; }
    public DealSide ActorSide { get; init; }
    public LicenceKind? LicenceKind { get; init; }
    public long? UpfrontFeeKrw { get; init; }

    /// <summary>Running royalty in hundredths of a percent (250 = 2.5 %).</summary>
    public int? RoyaltyBasisPoints { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}
