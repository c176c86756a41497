using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// The calendar file a reservation e-mail carries: an invitation when the reservation is confirmed, a cancellation when a
/// confirmed one is cancelled; summary (equipment) and location (center) in the recipient's language.
/// </summary>
internal sealed class ReservationInvitation(Reservation reservation, ReservationNames names, string organizerEmail, bool cancelled) : INoticeAttachment
{
    public const string FileName = "reservation.ics";

    public EmailAttachment For(string culture)
    {
        var english = culture == NoticeCulture.English;
        var invite = new ReservationInvite(
            reservation.Id, reservation.Start, reservation.End,
            english ? names.EquipmentEn : names.EquipmentKo,
            $"{(english ? names.CompanyEn : names.CompanyKo)} · {reservation.Purpose}",
            english ? names.CenterEn : names.CenterKo,
            organizerEmail, reservation.UpdatedAt, cancelled);
        return new EmailAttachment(FileName, $"text/calendar; method={(cancelled ? "CANCEL" : "REQUEST")}; charset=utf-8", ReservationCalendar.Invitation(invite));
    }
}

/// <summary>The names a reservation's notices use, in Korean and English (each falls back to the other when missing).</summary>
internal sealed record ReservationNames(
    Guid CenterId, string EquipmentKo, string EquipmentEn, string CompanyKo, string CompanyEn, string CenterKo, string CenterEn);
