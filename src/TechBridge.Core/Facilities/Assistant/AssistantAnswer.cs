namespace TechBridge.Core.Facilities.Assistant;

/// <summary>
/// The assistant's reply: a short text in the asker's language, the intent it answered, up to
/// <see cref="EquipmentAssistant.MaxCards"/> equipment cards, and whether it suggests a support request (nothing matched).
/// </summary>
public sealed record AssistantAnswer(string Answer, AssistantIntent Intent, IReadOnlyList<AssistantCard> Cards, bool SuggestSupportRequest)
{
    public string SupportRequestUrl { get; init; } = EquipmentAssistant.SupportRequestUrl;
}

/// <summary>
/// One item of equipment in a reply: names in the asker's language, the unit fee and that fee with VAT (0 when the center
/// agrees fees case by case), the earliest free slot in KST when availability was asked, and links to the item and to book it.
/// </summary>
public sealed record AssistantCard(
    Guid EquipmentId, string Name, string Center, string? City, string IndustryCode, string Industry, long FeeKrw, FeeUnit FeeUnit,
    bool VatExempt, long FeeWithVatKrw, string Fee, DateTimeOffset? SlotStart, DateTimeOffset? SlotEnd, string? Slot, string EquipmentUrl,
    string BookUrl);

/// <summary>A question for the assistant; <paramref name="Language"/> "ko" or "en" (default: the current UI language).</summary>
public sealed record AssistantRequest(string? Question, string? Language = null);
