namespace TechBridge.Core.Marketplace.Events;

/// <summary>
/// A user registered for an event, with the profile others see: the organisation they come for, what they offer and what
/// they seek (free text), their fields (taxonomy codes, comma-separated) and the slots (indices, comma-separated) in which
/// they cannot meet.
/// </summary>
public sealed class EventParticipant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public Guid UserId { get; init; }
    public string Organization { get; set; } = string.Empty;
    public string Offers { get; set; } = string.Empty;
    public string Requests { get; set; } = string.Empty;
    public string FieldCodes { get; set; } = string.Empty;
    public string UnavailableSlots { get; set; } = string.Empty;
    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the day-before reminder was sent; set once, so a rerun of the job never sends a second one.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    public IReadOnlyList<string> Fields() => Split(FieldCodes);

    public IReadOnlyList<int> Unavailable() =>
        Split(UnavailableSlots).Select(s => int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : -1).Where(i => i >= 0).ToList();

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
