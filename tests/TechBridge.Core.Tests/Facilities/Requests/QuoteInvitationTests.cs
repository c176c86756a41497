using System.Text;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Core.Facilities.Reservations;
using static TechBridge.Core.Tests.Facilities.Requests.SupportWorld;

namespace TechBridge.Core.Tests.Facilities.Requests;

/// <summary>The booking made when a company accepts a quoted slot is confirmed at once, so its e-mails carry the invitation.</summary>
public sealed class QuoteInvitationTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_QuoteWithSlot_CompanyUserMailCarriesTheReservationsInvitation(string provider)
    {
        await using var world = await StartAsync(provider);
        var (_, partId) = await world.QuotedForAnswerAsync();

        await world.PartAsync(world.CompanyUser, partId, SupportAssignmentAction.Accept);

        var reservation = await world.Host.QueryAsync(db => db.Reservations.AsNoTracking().SingleAsync());
        var address = await world.Host.QueryAsync(db => db.Users.Where(u => u.Id == world.CompanyUser).Select(u => u.Email).SingleAsync());
        var mail = await world.Host.QueryAsync(db => db.OutgoingEmails.AsNoTracking()
            .SingleAsync(e => e.To == address && e.AttachmentContentType != null));
        var calendar = Calendar.Load(Encoding.UTF8.GetString(mail.AttachmentContent!))!;
        var invitation = Assert.Single(calendar.Events);
        Assert.Equal(("REQUEST", ReservationCalendar.Uid(reservation.Id)), (calendar.Method, invitation.Uid));
        Assert.Equal((reservation.Start.UtcDateTime, reservation.End.UtcDateTime), (invitation.DtStart!.AsUtc, invitation.DtEnd!.AsUtc));
        Assert.Equal(new DateTime(2026, 10, 7, 1, 0, 0, DateTimeKind.Utc), invitation.DtStart.AsUtc); // 10:00 KST
    }
}
