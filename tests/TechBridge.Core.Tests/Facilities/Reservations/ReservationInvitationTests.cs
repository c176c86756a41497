using System.Text;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Notifications;
using static TechBridge.Core.Tests.Facilities.Reservations.BookingWorld;

namespace TechBridge.Core.Tests.Facilities.Reservations;

/// <summary>The calendar file on reservation e-mails: an invitation when confirmed, a cancellation with the same UID after.</summary>
public sealed class ReservationInvitationTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_ConfirmedAtOnce_MailsCarryARequestInEachRecipientsLanguage(string provider)
    {
        await using var world = await StartAsync(provider, e => e.RequiresApproval = false);
        await world.Host.RunAsync<AccountService>(s => s.SetCultureAsync(world.Operator, "en"));

        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));

        var toCompany = await MailAsync(world, world.CompanyUser);
        var toOperator = await MailAsync(world, world.Operator);
        Assert.Equal(("reservation.ics", "text/calendar; method=REQUEST; charset=utf-8"), (toCompany.AttachmentFileName, toCompany.AttachmentContentType));
        var korean = Parse(toCompany);
        var english = Parse(toOperator);
        Assert.Equal("REQUEST", korean.Method);
        var e = Assert.Single(korean.Events);
        Assert.Equal(($"reservation-{id}@techbridge", ReservationCalendar.Uid(id)), (e.Uid, e.Uid));
        Assert.Equal(new DateTime(2026, 3, 4, 1, 0, 0, DateTimeKind.Utc), e.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 3, 4, 3, 0, 0, DateTimeKind.Utc), e.DtEnd!.AsUtc);
        Assert.Equal(("X선 회절 분석기(XRD)", "시험 소재분석센터", 0, "CONFIRMED"), (e.Summary, e.Location, e.Sequence, e.Status));
        Assert.Equal("mailto:no-reply@techbridge.local", e.Organizer?.Value?.ToString());
        Assert.Equal("X-ray diffractometer", Assert.Single(english.Events).Summary);
        var view = await world.Host.RunAsync<ReservationQueries, ReservationView>(async q => await q.GetAsync(await world.ActorAsync(world.CompanyUser), id));
        var feed = Calendar.Load(Encoding.UTF8.GetString(ReservationCalendar.ForReservations([view])))!;
        Assert.Equal(e.Uid, Assert.Single(feed.Events).Uid);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ApproveThenCancel_ConfirmedReservation_InvitationThenCancellationWithTheSameUidAndAHigherSequence(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));
        var requested = await MailAsync(world, world.CompanyUser);

        world.Time.Advance(TimeSpan.FromMinutes(1));
        await world.ActAsync(world.Operator, id, ReservationAction.Approve);
        var approved = await MailAsync(world, world.CompanyUser);
        world.Time.Advance(TimeSpan.FromMinutes(1));
        await world.ActAsync(world.CompanyUser, id, ReservationAction.Cancel);

        Assert.Null(requested.AttachmentContent);
        var invitation = Assert.Single(Parse(approved).Events);
        var toCompany = await MailAsync(world, world.CompanyUser);
        var toOperator = await MailAsync(world, world.Operator);
        Assert.Equal("text/calendar; method=CANCEL; charset=utf-8", toCompany.AttachmentContentType);
        foreach (var calendar in new[] { Parse(toCompany), Parse(toOperator) })
        {
            Assert.Equal("CANCEL", calendar.Method);
            var cancel = Assert.Single(calendar.Events);
            Assert.Equal(invitation.Uid, cancel.Uid);
            Assert.True(cancel.Sequence > invitation.Sequence);
            Assert.Equal("CANCELLED", cancel.Status);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Decline_RequestedReservation_MailHasNoCalendarFile(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));
        world.Time.Advance(TimeSpan.FromMinutes(1));

        await world.ActAsync(world.Operator, id, ReservationAction.Decline, new ReservationDecision("장비 점검 일정과 겹칩니다."));

        var declined = await MailAsync(world, world.CompanyUser);
        Assert.Contains("거절", declined.Subject, StringComparison.Ordinal);
        Assert.Null(declined.AttachmentContent);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Approve_CompanyUserOnDailyDigest_GetsNoMailButTheInboxMessage(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));
        await world.Host.RunAsync<NotificationSettingsService>(s => s.SetEmailDeliveryAsync(world.CompanyUser, nameof(EmailDelivery.DailyDigest)));
        var mails = await world.Host.QueryAsync(db => db.OutgoingEmails.CountAsync());
        world.Time.Advance(TimeSpan.FromMinutes(1));

        await world.ActAsync(world.Operator, id, ReservationAction.Approve);

        Assert.Equal(mails, await world.Host.QueryAsync(db => db.OutgoingEmails.CountAsync()));
        var latest = await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.UserId == world.CompanyUser)
            .OrderByDescending(m => m.CreatedAt).FirstAsync());
        Assert.Equal((true, $"/facilities/reservations/{id}"), (latest.AwaitsDigest, latest.Link));
    }

    /// <summary>The latest e-mail to the account.</summary>
    internal static async Task<OutgoingEmail> MailAsync(BookingWorld world, Guid user)
    {
        var address = await world.Host.QueryAsync(db => db.Users.Where(u => u.Id == user).Select(u => u.Email).SingleAsync());
        return await world.Host.QueryAsync(db => db.OutgoingEmails.AsNoTracking().Where(e => e.To == address)
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).FirstAsync());
    }

    internal static Calendar Parse(OutgoingEmail mail) =>
        Calendar.Load(Encoding.UTF8.GetString(mail.AttachmentContent ?? throw new InvalidOperationException($"'{mail.Subject}' has no attachment.")))!;
}
