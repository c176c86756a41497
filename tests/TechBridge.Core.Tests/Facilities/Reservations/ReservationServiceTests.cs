using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Notifications;
using static TechBridge.Core.Tests.Facilities.Reservations.BookingWorld;

namespace TechBridge.Core.Tests.Facilities.Reservations;

/// <summary>The clock stands at Monday 2 March 2026, 10:02 KST; bookings are for Wednesday 4 March unless said.</summary>
public sealed class ReservationServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_ApprovalNeeded_IsRequestedForTheCompanyInUtc(string provider)
    {
        await using var world = await StartAsync(provider);

        var (id, replayed) = await world.BookAsync(world.CompanyUser, world.Equipment, Input(Kst(4, 10), Kst(4, 12)));

        Assert.False(replayed);
        var r = await world.ReservationAsync(id);
        Assert.Equal((ReservationStatus.Requested, world.Company, world.CompanyUser), (r.Status, r.CompanyId, r.RequestedById));
        Assert.Equal((Kst(4, 10), Kst(4, 12)), (r.Start, r.End));
        Assert.Equal(TimeSpan.Zero, r.Start.Offset);
        Assert.Equal((world.Time.GetUtcNow(), 1L, (DateTimeOffset?)null), (r.CreatedAt, r.Version, r.HoldExpiresAt));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_NoApprovalNeeded_IsConfirmed(string provider)
    {
        await using var world = await StartAsync(provider, e => e.RequiresApproval = false);

        Assert.Equal(ReservationStatus.Confirmed, (await world.ReservationAsync(await world.BookAsync(Kst(4, 10), Kst(4, 12)))).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_OverlappingAnActiveReservation_ThrowsConflictWithItsInterval(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.BookAsync(Kst(4, 10), Kst(4, 12));
        var (_, other) = await world.CompanyUserAsync("경쟁기업");

        var conflict = await Assert.ThrowsAsync<ReservationConflictException>(() => world.BookAsync(other, world.Equipment, Input(Kst(4, 11), Kst(4, 15))));

        Assert.Equal((Kst(4, 10), Kst(4, 12)), (conflict.ConflictStart, conflict.ConflictEnd));
        Assert.Contains("2026-03-04 10:00 KST", conflict.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ReservationConflictException>(() => world.BookAsync(other, world.Equipment, Input(Kst(4, 9), Kst(4, 18))));
        Assert.Equal(1, await world.Host.QueryAsync(db => db.Reservations.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_TouchingIntervals_AreBothBooked(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.BookAsync(Kst(4, 10), Kst(4, 12));

        await world.BookAsync(Kst(4, 12), Kst(4, 14));
        await world.BookAsync(Kst(4, 9), Kst(4, 10));

        Assert.Equal(3, await world.Host.QueryAsync(db => db.Reservations.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_OverlappingAFinishedReservation_IsBooked(string provider)
    {
        await using var world = await StartAsync(provider);
        var first = await world.BookAsync(Kst(4, 10), Kst(4, 12));
        await world.ActAsync(world.CompanyUser, first, ReservationAction.Cancel);

        await world.BookAsync(Kst(4, 10), Kst(4, 12));

        Assert.Equal(2, await world.Host.QueryAsync(db => db.Reservations.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_DuringABlackout_ThrowsValidationFailed(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.BlackoutAsync(world.Equipment, Kst(4, 11), Kst(4, 13), "정기 점검");

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => world.BookAsync(Kst(4, 12), Kst(4, 14)));

        Assert.Contains("정기 점검", Assert.Single(error.Errors["Start"]), StringComparison.Ordinal);
        await world.BookAsync(Kst(4, 13), Kst(4, 15)); // touching the blackout is fine
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_UserWithoutACompany_ThrowsForbidden(string provider)
    {
        await using var world = await StartAsync(provider);
        var researcher = await world.AccountAsync(Roles.Researcher, world.Company);
        var companyRoleAtACenter = await world.AccountAsync(Roles.Company, world.Center);
        var companyRoleAlone = await world.AccountAsync(Roles.Company, null);

        foreach (var user in new[] { researcher, companyRoleAtACenter, companyRoleAlone, world.Operator, Guid.CreateVersion7() })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => world.BookAsync(user, world.Equipment, Input(Kst(4, 10), Kst(4, 12))));
        }

        Assert.Equal(0, await world.Host.QueryAsync(db => db.Reservations.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_UnknownEquipment_ThrowsNotFound(string provider)
    {
        await using var world = await StartAsync(provider);

        await Assert.ThrowsAsync<NotFoundException>(() => world.BookAsync(world.CompanyUser, Guid.CreateVersion7(), Input(Kst(4, 10), Kst(4, 12))));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_SameKeySameRequest_ReturnsTheFirstReservationReplayed(string provider)
    {
        await using var world = await StartAsync(provider);
        var input = Input(Kst(4, 10), Kst(4, 12));

        var first = await world.BookAsync(world.CompanyUser, world.Equipment, input, "key-1");
        var again = await world.BookAsync(world.CompanyUser, world.Equipment, input with { Purpose = $"  {input.Purpose} ", Start = Kst(4, 10).ToUniversalTime() }, "key-1");

        Assert.Equal((first.Id, false), first);
        Assert.Equal((first.Id, true), again);
        Assert.Equal(1, await world.Host.QueryAsync(db => db.Reservations.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_SameKeyDifferentRequest_ThrowsKeyReused(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.BookAsync(world.CompanyUser, world.Equipment, Input(Kst(4, 10), Kst(4, 12)), "key-2");

        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => world.BookAsync(world.CompanyUser, world.Equipment, Input(Kst(4, 13), Kst(4, 14)), "key-2"));

        // Another user's key is their own.
        var (_, other) = await world.CompanyUserAsync("다른키기업");
        Assert.False((await world.BookAsync(other, world.Equipment, Input(Kst(4, 13), Kst(4, 14)), "key-2")).Replayed);
        await Assert.ThrowsAsync<ValidationFailedException>(() => world.BookAsync(other, world.Equipment, Input(Kst(4, 15), Kst(4, 16)), "with space"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_OverAnExpiredHold_BooksAndExpiresTheHold(string provider)
    {
        await using var world = await StartAsync(provider);
        var hold = await world.BookAsync(Kst(11, 10), Kst(11, 12), hold: true);
        var held = await world.ReservationAsync(hold);
        Assert.Equal((ReservationStatus.Held, world.Time.GetUtcNow() + ReservationLimits.DefaultHold), (held.Status, held.HoldExpiresAt!.Value));
        var (_, other) = await world.CompanyUserAsync("대기기업");
        await Assert.ThrowsAsync<ReservationConflictException>(() => world.BookAsync(other, world.Equipment, Input(Kst(11, 11), Kst(11, 13))));

        world.Time.Advance(ReservationLimits.DefaultHold);
        var (id, _) = await world.BookAsync(other, world.Equipment, Input(Kst(11, 11), Kst(11, 13)));

        Assert.Equal(ReservationStatus.Requested, (await world.ReservationAsync(id)).Status);
        Assert.Equal(ReservationStatus.Expired, (await world.ReservationAsync(hold)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ExpireHolds_TimeRunOut_ExpiresOnlyThoseAndTellsTheCompany(string provider)
    {
        await using var world = await StartAsync(provider);
        var early = await world.BookAsync(Kst(11, 10), Kst(11, 12), hold: true);
        world.Time.Advance(TimeSpan.FromHours(1));
        var late = await world.BookAsync(Kst(11, 13), Kst(11, 15), hold: true);
        var requested = await world.BookAsync(Kst(11, 15), Kst(11, 17));
        world.Time.Advance(ReservationLimits.DefaultHold - TimeSpan.FromHours(1));
        var inbox = await InboxAsync(world, world.CompanyUser);

        Assert.Equal(1, await world.Host.RunAsync<ReservationService, int>(s => s.ExpireHoldsAsync()));

        Assert.Equal(ReservationStatus.Expired, (await world.ReservationAsync(early)).Status);
        Assert.Equal(ReservationStatus.Held, (await world.ReservationAsync(late)).Status);
        Assert.Equal(ReservationStatus.Requested, (await world.ReservationAsync(requested)).Status);
        Assert.Equal(inbox.Count + 1, (await InboxAsync(world, world.CompanyUser)).Count);
        Assert.Equal(0, await world.Host.RunAsync<ReservationService, int>(s => s.ExpireHoldsAsync()));
        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ActAsync(world.CompanyUser, early, ReservationAction.Confirm));
        Assert.Equal("Reservation.Transition", error.Code);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Confirm_Hold_CompanyMakesItARequestOrConfirmedWithoutApproval(string provider)
    {
        await using var world = await StartAsync(provider);
        var open = await world.EquipmentAsync(world.Center, e => e.RequiresApproval = false);
        var hold = await world.BookAsync(Kst(4, 10), Kst(4, 12), hold: true);
        var openHold = (await world.BookAsync(world.CompanyUser, open, Input(Kst(4, 10), Kst(4, 12), hold: true))).Id;

        await world.ActAsync(world.CompanyUser, hold, ReservationAction.Confirm);
        await world.ActAsync(world.CompanyUser, openHold, ReservationAction.Confirm);

        var r = await world.ReservationAsync(hold);
        Assert.Equal((ReservationStatus.Requested, (DateTimeOffset?)null, 2L), (r.Status, r.HoldExpiresAt, r.Version));
        Assert.Equal(ReservationStatus.Confirmed, (await world.ReservationAsync(openHold)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Confirm_HoldWhoseTimeRanOut_ThrowsHoldExpired(string provider)
    {
        await using var world = await StartAsync(provider);
        var hold = await world.BookAsync(Kst(11, 10), Kst(11, 12), hold: true);
        world.Time.Advance(ReservationLimits.DefaultHold);

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ActAsync(world.CompanyUser, hold, ReservationAction.Confirm));

        Assert.Equal("Reservation.HoldExpired", error.Code);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Act_Company_MayCancelItsOwnButNotApproveOrCheckIn(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));

        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(world.CompanyUser, id, ReservationAction.Approve));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(world.CompanyUser, id, ReservationAction.Decline, new ReservationDecision("싫어요")));
        var colleague = await world.AccountAsync(Roles.Company, world.Company);
        await world.ActAsync(colleague, id, ReservationAction.Cancel);

        Assert.Equal(ReservationStatus.Cancelled, (await world.ReservationAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Act_OtherCompanyOrOtherCenter_ThrowsNotFound_SeeingCoordinatorForbidden(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));
        var (_, stranger) = await world.CompanyUserAsync("남의기업");
        var otherCenter = await world.OrganizationAsync(OrganizationKind.EquipmentCenter, "다른 센터", "MATERIALS");
        var otherOperator = await world.AccountAsync(Roles.CenterOperator, otherCenter);
        var institution = await world.OrganizationAsync(OrganizationKind.Agency, "소재 대표기관");
        await world.Host.RunAsync<TechBridgeDbContext>(async db =>
        {
            (await db.Industries.SingleAsync(i => i.Code == "MATERIALS")).RepresentativeInstitutionId = institution;
            await db.SaveChangesAsync();
        });
        var coordinator = await world.AccountAsync(Roles.Coordinator, institution);

        await Assert.ThrowsAsync<NotFoundException>(() => world.ActAsync(stranger, id, ReservationAction.Cancel));
        await Assert.ThrowsAsync<NotFoundException>(() => world.ActAsync(otherOperator, id, ReservationAction.Approve));
        await Assert.ThrowsAsync<NotFoundException>(() => world.ActAsync(otherOperator, id, ReservationAction.Cancel, new ReservationDecision("x")));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(coordinator, id, ReservationAction.Approve));
        await Assert.ThrowsAsync<NotFoundException>(() => world.ActAsync(world.Operator, Guid.CreateVersion7(), ReservationAction.Approve));
        Assert.Equal(ReservationStatus.Requested, (await world.ReservationAsync(id)).Status);

        var manager = await world.AccountAsync(Roles.ProgramManager, null);
        await world.ActAsync(manager, id, ReservationAction.Approve);
        Assert.Equal(ReservationStatus.Confirmed, (await world.ReservationAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Decline_WithoutReason_ThrowsValidation_WithReasonDeclinesAndFreesTheSlot(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ActAsync(world.Operator, id, ReservationAction.Decline, new ReservationDecision(" ")));
        Assert.Equal(["Reason"], error.Errors.Keys);
        await world.ActAsync(world.Operator, id, ReservationAction.Decline, new ReservationDecision("장비 교정 일정과 겹칩니다."));

        var r = await world.ReservationAsync(id);
        Assert.Equal((ReservationStatus.Declined, "장비 교정 일정과 겹칩니다."), (r.Status, r.Reason));
        await world.BookAsync(Kst(4, 10), Kst(4, 12));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Cancel_ConfirmedWithinCancelHours_CompanyIsRefusedButTheOperatorMayWithReason(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));
        await world.ActAsync(world.Operator, id, ReservationAction.Approve);
        world.Time.Advance(TimeSpan.FromHours(24)); // Tuesday 10:02, 23 hours 58 minutes before the start

        var late = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ActAsync(world.CompanyUser, id, ReservationAction.Cancel));
        Assert.Equal("Reservation.CancelTooLate", late.Code);
        await Assert.ThrowsAsync<ValidationFailedException>(() => world.ActAsync(world.Operator, id, ReservationAction.Cancel));
        await world.ActAsync(world.Operator, id, ReservationAction.Cancel, new ReservationDecision("장비 고장"));

        Assert.Equal(ReservationStatus.Cancelled, (await world.ReservationAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Cancel_ConfirmedBeforeCancelHours_CompanyMay(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));
        await world.ActAsync(world.Operator, id, ReservationAction.Approve);
        world.Time.Advance(TimeSpan.FromHours(23)); // 24 hours 58 minutes before the start

        await world.ActAsync(world.CompanyUser, id, ReservationAction.Cancel);

        Assert.Equal(ReservationStatus.Cancelled, (await world.ReservationAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckInCheckOut_Operator_RecordsTimesAndFeeWithVat(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));
        await world.ActAsync(world.Operator, id, ReservationAction.Approve);
        world.Time.Advance(Kst(4, 9) - world.Time.GetUtcNow() - TimeSpan.FromMinutes(1)); // a minute before 09:00, an hour before the start

        var early = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ActAsync(world.Operator, id, ReservationAction.CheckIn));
        Assert.Equal("Reservation.CheckInTooEarly", early.Code);
        world.Time.Advance(TimeSpan.FromMinutes(1));
        await world.ActAsync(world.Operator, id, ReservationAction.CheckIn);
        var checkedIn = world.Time.GetUtcNow();
        world.Time.Advance(TimeSpan.FromMinutes(150));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(world.CompanyUser, id, ReservationAction.CheckOut));
        await world.ActAsync(world.Operator, id, ReservationAction.CheckOut);

        var r = await world.ReservationAsync(id);
        Assert.Equal(ReservationStatus.Completed, r.Status);
        Assert.Equal((checkedIn, world.Time.GetUtcNow()), (r.CheckedInAt!.Value, r.CheckedOutAt!.Value));
        Assert.Equal((30_000L, 3_000L), (r.FeeKrw!.Value, r.VatKrw!.Value)); // 2.5 hours used: 3 started hours
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckOut_PerSampleWithoutSamples_ThrowsValidation(string provider)
    {
        await using var world = await StartAsync(provider, e => (e.FeeUnit, e.FeeKrw, e.VatExempt) = (FeeUnit.PerSample, 15_000, true));
        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));
        await world.ActAsync(world.Operator, id, ReservationAction.Approve);
        world.Time.Advance(Kst(4, 10) - world.Time.GetUtcNow());
        await world.ActAsync(world.Operator, id, ReservationAction.CheckIn);

        await Assert.ThrowsAsync<ValidationFailedException>(() => world.ActAsync(world.Operator, id, ReservationAction.CheckOut));
        await world.ActAsync(world.Operator, id, ReservationAction.CheckOut, new ReservationDecision(Samples: 4));

        var r = await world.ReservationAsync(id);
        Assert.Equal((4, 60_000L, 0L), (r.Samples!.Value, r.FeeKrw!.Value, r.VatKrw!.Value));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Act_IllegalTransition_ThrowsBusinessRuleAndChangesNothing(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));

        foreach (var action in new[] { ReservationAction.Confirm, ReservationAction.CheckIn, ReservationAction.CheckOut, ReservationAction.NoShow })
        {
            var actor = action == ReservationAction.Confirm ? world.CompanyUser : world.Operator;
            var error = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ActAsync(actor, id, action));
            Assert.Equal("Reservation.Transition", error.Code);
        }

        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(world.Operator, id, ReservationAction.Confirm));

        await world.ActAsync(world.Operator, id, ReservationAction.Approve);
        Assert.Equal("Reservation.Transition", (await Assert.ThrowsAsync<BusinessRuleException>(() => world.ActAsync(world.Operator, id, ReservationAction.Approve))).Code);
        var noShow = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ActAsync(world.Operator, id, ReservationAction.NoShow));
        Assert.Equal("Reservation.NoShowTooEarly", noShow.Code);
        world.Time.Advance(Kst(4, 10) - world.Time.GetUtcNow());
        await world.ActAsync(world.Operator, id, ReservationAction.NoShow);
        Assert.Equal("Reservation.Transition", (await Assert.ThrowsAsync<BusinessRuleException>(() => world.ActAsync(world.CompanyUser, id, ReservationAction.Cancel))).Code);
        var r = await world.ReservationAsync(id);
        Assert.Equal((ReservationStatus.NoShow, 3L), (r.Status, r.Version));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_Booking_AuditsAndNotifiesOperatorsAndTheCompanyUserInOneTransaction(string provider)
    {
        await using var world = await StartAsync(provider);
        var secondOperator = await world.AccountAsync(Roles.CenterOperator, world.Center);
        var (_, rival) = await world.CompanyUserAsync("경쟁기업");
        var emails = await world.Host.QueryAsync(db => db.OutgoingEmails.CountAsync());

        var id = await world.BookAsync(Kst(4, 10), Kst(4, 12));

        var added = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Reservation) && e.EntityId == id.ToString()).ToListAsync());
        var entry = Assert.Single(added);
        Assert.Equal((AuditAction.Added, Actor.ActorId, Actor.RequestId), (entry.Action, entry.ActorId, entry.RequestId));
        Assert.Equal(["ReservationForCenter"], (await InboxAsync(world, world.Operator)).Select(m => m.Template));
        Assert.Equal(["ReservationForCenter"], (await InboxAsync(world, secondOperator)).Select(m => m.Template));
        var toCompany = Assert.Single(await InboxAsync(world, world.CompanyUser));
        Assert.Equal((NoticeTemplates.ReservationUpdated, $"/facilities/reservations/{id}"), (toCompany.Template, toCompany.Link));
        Assert.Equal(emails + 3, await world.Host.QueryAsync(db => db.OutgoingEmails.CountAsync()));
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.CountAsync());

        // A refused booking writes nothing: no reservation, audit entry, inbox message or e-mail.
        await Assert.ThrowsAsync<ReservationConflictException>(() => world.BookAsync(rival, world.Equipment, Input(Kst(4, 11), Kst(4, 12))));
        Assert.Equal(emails + 3, await world.Host.QueryAsync(db => db.OutgoingEmails.CountAsync()));
        Assert.Equal(audit, await world.Host.QueryAsync(db => db.AuditEntries.CountAsync()));
        Assert.Empty(await InboxAsync(world, rival));

        // The operator's approval tells the company user, the company's cancellation tells the operators, and the company
        // user too: the cancellation of a confirmed reservation carries the calendar cancel their earlier invitation needs.
        world.Time.Advance(TimeSpan.FromMinutes(1));
        await world.ActAsync(world.Operator, id, ReservationAction.Approve);
        Assert.Equal(2, (await InboxAsync(world, world.CompanyUser)).Count);
        Assert.Single(await InboxAsync(world, world.Operator));
        world.Time.Advance(TimeSpan.FromMinutes(1));
        await world.ActAsync(world.CompanyUser, id, ReservationAction.Cancel);
        Assert.Equal(2, (await InboxAsync(world, world.Operator)).Count);
        Assert.Equal(3, (await InboxAsync(world, world.CompanyUser)).Count);
        Assert.Equal(
            [AuditAction.Added, AuditAction.Modified, AuditAction.Modified],
            await world.Host.QueryAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Reservation) && e.EntityId == id.ToString())
                .OrderBy(e => e.At).Select(e => e.Action).ToListAsync()));
    }

    private static Task<List<InboxMessage>> InboxAsync(BookingWorld world, Guid user) =>
        world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.UserId == user).OrderBy(m => m.CreatedAt).ToListAsync());
}
