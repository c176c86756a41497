using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Audit;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>One step in a reservation's history: when, who, and the status it reached.</summary>
public sealed record TimelineStep(DateTimeOffset At, string ActorName, ReservationStatus? Status, string? Reason);

/// <summary>A reservation's history read from the audit trail, which records every change in the same transaction.</summary>
public sealed class ReservationTimeline(TechBridgeDbContext db)
{
    public async Task<IReadOnlyList<TimelineStep>> ForAsync(Guid reservationId, CancellationToken cancellationToken = default)
    {
        var id = reservationId.ToString();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Reservation) && a.EntityId == id)
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => new { a.At, a.ActorName, a.After })
            .ToListAsync(cancellationToken);
        return entries.Select(e => new TimelineStep(e.At, e.ActorName, Read<ReservationStatus>(e.After, nameof(Reservation.Status)),
                ReadText(e.After, nameof(Reservation.Reason))))
            .Where(s => s.Status is not null)
            .ToList();
    }

    private static T? Read<T>(string? json, string property) where T : struct, Enum =>
        ReadText(json, property) is { } text && Enum.TryParse<T>(text, out var value) ? value : null;

    private static string? ReadText(string? json, string property)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
