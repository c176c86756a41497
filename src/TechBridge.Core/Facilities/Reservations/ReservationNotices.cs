using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// Tells the other side what happened to a reservation: the center's operators when a company books, confirms or
/// cancels; the company user who booked when the center (or the clock) acts. Added to the caller's unit of work.
/// </summary>
public sealed class ReservationNotices(TechBridgeDbContext db, INotifier notifier)
{
    public async Task CreatedAsync(Reservation reservation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        var facts = await FactsAsync(reservation, cancellationToken);
        await ToCenterAsync(reservation, facts, cancellationToken);
        await notifier.NotifyUserAsync(reservation.RequestedById, Notice(NoticeTemplates.ReservationUpdated, reservation, facts), cancellationToken);
    }

    public async Task ChangedAsync(Reservation reservation, ReservationAction action, bool actorIsCompany, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        var facts = await FactsAsync(reservation, cancellationToken);
        if (actorIsCompany)
        {
            await ToCenterAsync(reservation, facts, cancellationToken);
        }
        else if (action != ReservationAction.CheckIn)
        {
            await notifier.NotifyUserAsync(reservation.RequestedById, Notice(NoticeTemplates.ReservationUpdated, reservation, facts), cancellationToken);
        }
    }

    private async Task ToCenterAsync(Reservation reservation, Facts facts, CancellationToken cancellationToken)
    {
        var operators = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == facts.CenterId && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.CenterOperator))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var id in operators)
        {
            await notifier.NotifyUserAsync(id, Notice(NoticeTemplates.ReservationForCenter, reservation, facts), cancellationToken);
        }
    }

    private static Notice Notice(string template, Reservation r, Facts facts)
    {
        var values = new List<(string, string)>
        {
            ("equipment.ko", facts.EquipmentKo), ("equipment.en", facts.EquipmentEn),
            ("period", $"{Kst.Format(r.Start)} – {Kst.Format(r.End)}"),
            ("status.ko", Status(r.Status, "ko")), ("status.en", Status(r.Status, "en")),
            ("reason", r.Reason ?? "-"),
        };
        values.AddRange(template == NoticeTemplates.ReservationForCenter
            ? [("company.ko", facts.CompanyKo), ("company.en", facts.CompanyEn)]
            : [("fee", r.FeeKrw is { } fee ? (fee + (r.VatKrw ?? 0)).ToString("N0", CultureInfo.InvariantCulture) : "-")]);
        return Shared.Notifications.Notice.Of(template, $"/facilities/reservations/{r.Id}", [.. values]);
    }

    private static string Status(ReservationStatus status, string culture) =>
        CoreMessages.Find($"ReservationStatus.{status}", CultureInfo.GetCultureInfo(culture)) ?? status.ToString();

    private async Task<Facts> FactsAsync(Reservation r, CancellationToken cancellationToken)
    {
        var facts = await db.Equipment.AsNoTracking().Where(e => e.Id == r.EquipmentId)
            .Select(e => new
            {
                e.CenterId, e.NameKo, e.NameEn,
                CompanyKo = db.Organizations.Where(o => o.Id == r.CompanyId).Select(o => o.NameKo).FirstOrDefault(),
                CompanyEn = db.Organizations.Where(o => o.Id == r.CompanyId).Select(o => o.NameEn).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        return new Facts(facts.CenterId, Named(facts.NameKo, facts.NameEn), Named(facts.NameEn, facts.NameKo),
            Named(facts.CompanyKo, facts.CompanyEn), Named(facts.CompanyEn, facts.CompanyKo));
    }

    private static string Named(string? preferred, string? other) => string.IsNullOrWhiteSpace(preferred) ? other ?? string.Empty : preferred;

    private sealed record Facts(Guid CenterId, string EquipmentKo, string EquipmentEn, string CompanyKo, string CompanyEn);
}
