using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// Tells the other side what happened to a reservation: the center's operators when a company books, confirms or
/// cancels; the company user who booked when the center (or the clock) acts. Added to the caller's unit of work. When the
/// reservation becomes confirmed, or a confirmed one is cancelled, the e-mails carry a calendar invitation or cancellation
/// (<see cref="ReservationInvitation"/>), and the company user is told even of their own action so their calendar follows.
/// </summary>
public sealed class ReservationNotices(TechBridgeDbContext db, INotifier notifier, IOptions<EmailOptions> email)
{
    public async Task CreatedAsync(Reservation reservation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        var invites = reservation.Status == ReservationStatus.Confirmed;
        var names = await NamesAsync(reservation, withCenter: invites, cancellationToken);
        var invitation = invites ? Invitation(reservation, names, cancelled: false) : null;
        await ToCenterAsync(reservation, names, invitation, cancellationToken);
        await ToCompanyUserAsync(reservation, names, invitation, cancellationToken);
    }

    /// <param name="from">The status before <paramref name="action"/>; the reservation carries the status after it.</param>
    public async Task ChangedAsync(Reservation reservation, ReservationAction action, ReservationStatus from, bool actorIsCompany, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        bool? cancels = reservation.Status == ReservationStatus.Confirmed && from != ReservationStatus.Confirmed ? false
            : reservation.Status == ReservationStatus.Cancelled && from == ReservationStatus.Confirmed ? true
            : null;
        var names = await NamesAsync(reservation, withCenter: cancels is not null, cancellationToken);
        var invitation = cancels is { } cancelled ? Invitation(reservation, names, cancelled) : null;
        if (actorIsCompany)
        {
            await ToCenterAsync(reservation, names, invitation, cancellationToken);
        }

        if ((!actorIsCompany && action != ReservationAction.CheckIn) || invitation is not null)
        {
            await ToCompanyUserAsync(reservation, names, invitation, cancellationToken);
        }
    }

    private ReservationInvitation Invitation(Reservation reservation, ReservationNames names, bool cancelled) =>
        new(reservation, names, email.Value.From, cancelled);

    private Task ToCompanyUserAsync(Reservation reservation, ReservationNames names, INoticeAttachment? invitation, CancellationToken cancellationToken) =>
        notifier.NotifyUserAsync(reservation.RequestedById, Notice(NoticeTemplates.ReservationUpdated, reservation, names) with { Attachment = invitation }, cancellationToken);

    private async Task ToCenterAsync(Reservation reservation, ReservationNames names, INoticeAttachment? invitation, CancellationToken cancellationToken)
    {
        var operators = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == names.CenterId && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.CenterOperator))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var id in operators)
        {
            await notifier.NotifyUserAsync(id, Notice(NoticeTemplates.ReservationForCenter, reservation, names) with { Attachment = invitation }, cancellationToken);
        }
    }

    private static Notice Notice(string template, Reservation r, ReservationNames names)
    {
        var values = new List<(string, string)>
        {
            ("equipment.ko", names.EquipmentKo), ("equipment.en", names.EquipmentEn),
            ("period", $"{Kst.Format(r.Start)} – {Kst.Format(r.End)}"),
            ("status.ko", Status(r.Status, "ko")), ("status.en", Status(r.Status, "en")),
            ("reason", r.Reason ?? "-"),
        };
        values.AddRange(template == NoticeTemplates.ReservationForCenter
            ? [("company.ko", names.CompanyKo), ("company.en", names.CompanyEn)]
            : [("fee", r.FeeKrw is { } fee ? (fee + (r.VatKrw ?? 0)).ToString("N0", CultureInfo.InvariantCulture) : "-")]);
        return Shared.Notifications.Notice.Of(template, $"/facilities/reservations/{r.Id}", [.. values]);
    }

    private static string Status(ReservationStatus status, string culture) =>
        CoreMessages.Find($"ReservationStatus.{status}", CultureInfo.GetCultureInfo(culture)) ?? status.ToString();

    /// <param name="withCenter">Whether to read the center's names too: only a calendar invitation names the place.</param>
    private async Task<ReservationNames> NamesAsync(Reservation r, bool withCenter, CancellationToken cancellationToken)
    {
        var equipment = db.Equipment.AsNoTracking().Where(e => e.Id == r.EquipmentId);
        var company = db.Organizations.Where(o => o.Id == r.CompanyId);
        var names = withCenter
            ? await equipment.Select(e => new NameRow(e.CenterId, e.NameKo, e.NameEn, e.Center!.NameKo, e.Center.NameEn,
                company.Select(o => o.NameKo).FirstOrDefault(), company.Select(o => o.NameEn).FirstOrDefault())).SingleAsync(cancellationToken)
            : await equipment.Select(e => new NameRow(e.CenterId, e.NameKo, e.NameEn, null, null,
                company.Select(o => o.NameKo).FirstOrDefault(), company.Select(o => o.NameEn).FirstOrDefault())).SingleAsync(cancellationToken);
        return new ReservationNames(names.CenterId, Named(names.NameKo, names.NameEn), Named(names.NameEn, names.NameKo),
            Named(names.CompanyKo, names.CompanyEn), Named(names.CompanyEn, names.CompanyKo), Named(names.CenterKo, names.CenterEn),
            Named(names.CenterEn, names.CenterKo));
    }

    private sealed record NameRow(Guid CenterId, string? NameKo, string? NameEn, string? CenterKo, string? CenterEn, string? CompanyKo, string? CompanyEn);

    private static string Named(string? preferred, string? other) => string.IsNullOrWhiteSpace(preferred) ? other ?? string.Empty : preferred;
}
