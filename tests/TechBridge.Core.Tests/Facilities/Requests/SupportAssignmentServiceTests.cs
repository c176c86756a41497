using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Errors;
using static TechBridge.Core.Tests.Facilities.Requests.SupportWorld;

namespace TechBridge.Core.Tests.Facilities.Requests;

/// <summary>
/// The parts of a request: assign (coordinators), quote or decline (the part's center), accept or reject (the company).
/// The clock stands at Wednesday 23 September 2026, 15:30 KST; quotes are for Wednesday 7 October unless said.
/// </summary>
public sealed class SupportAssignmentServiceTests
{
    private static readonly DateTimeOffset ThreeBusinessDaysLater = Kst(9, 30, 15, 30);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Assign_Coordinator_PartWithTheCenterRequestInProgressCenterTold(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        await world.ClearNoticesAsync();

        var partId = await world.AssignAsync(id);

        var part = await world.PartOfAsync(partId);
        Assert.Equal((SupportAssignmentStatus.Assigned, world.Center, world.Equipment, "DEVELOPMENT", world.Coordinator),
            (part.Status, part.CenterId, part.EquipmentId, part.StageCode, part.AssignedById));
        Assert.Equal(ThreeBusinessDaysLater, part.DueAt);
        var r = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.InProgress, (DateTimeOffset?)null), (r.Status, r.DueAt));
        var e = (await world.EventsAsync(id)).Last();
        Assert.Equal((SupportRequestEventKind.Assigned, "김코디", (Guid?)partId, "XRD로 분석 부탁드립니다."), (e.Kind, e.ActorName, e.AssignmentId, e.Text));
        Assert.Equal([world.Operator], await world.NoticedAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Assign_WhileAwaitingCompany_KeepsWaitingForTheCompany(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        await world.ActAsync(world.Coordinator, id, SupportRequestAction.Ask, "질문");

        await world.AssignAsync(id);

        Assert.Equal(SupportRequestStatus.AwaitingCompany, (await world.RequestAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Assign_InvalidInput_ThrowsFieldErrors(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync(Input(stages: ["DEVELOPMENT"]));

        async Task<IReadOnlyDictionary<string, string[]>> Errors(AssignmentInput input) =>
            (await Assert.ThrowsAsync<ValidationFailedException>(() =>
                world.Host.RunAsync<SupportAssignmentService, Guid>(s => s.AssignAsync(world.Coordinator, id, input)))).Errors;

        Assert.Contains("CenterId", (await Errors(new AssignmentInput(null, EquipmentServiceKind.EquipmentUse))).Keys);
        Assert.Contains("CenterId", (await Errors(new AssignmentInput(world.Company, EquipmentServiceKind.EquipmentUse))).Keys);
        Assert.Contains("CenterId", (await Errors(new AssignmentInput(Guid.NewGuid(), EquipmentServiceKind.EquipmentUse))).Keys);
        Assert.Contains("Service", (await Errors(new AssignmentInput(world.Center, null))).Keys);
        Assert.Contains("StageCode", (await Errors(new AssignmentInput(world.Center, EquipmentServiceKind.EquipmentUse, "APPLIED_RESEARCH"))).Keys);
        Assert.Contains("EquipmentId", (await Errors(new AssignmentInput(world.Center, EquipmentServiceKind.EquipmentUse, EquipmentId: world.OtherEquipment))).Keys);
        Assert.Contains("Note", (await Errors(new AssignmentInput(world.Center, EquipmentServiceKind.Consulting, Note: new string('가', SupportRequestLimits.NoteLength + 1)))).Keys);
        Assert.Equal(0, await world.Host.QueryAsync(db => db.SupportAssignments.CountAsync()));
        Assert.Equal(SupportRequestStatus.Submitted, (await world.RequestAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Assign_WrongPartyOrEndedRequest_IsRefused(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => world.AssignAsync(id, user: world.CompanyUser));
        await Assert.ThrowsAsync<NotFoundException>(() => world.AssignAsync(id, user: world.Operator));
        await Assert.ThrowsAsync<NotFoundException>(() => world.AssignAsync(id, user: world.OtherCompanyUser));
        await Assert.ThrowsAsync<NotFoundException>(() => world.AssignAsync(Guid.NewGuid()));
        await world.AssignAsync(id, user: world.ProgramManager);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.AssignAsync(id, user: world.Operator));
        await world.ActAsync(world.CompanyUser, id, SupportRequestAction.Cancel);

        var e = await Assert.ThrowsAsync<BusinessRuleException>(() => world.AssignAsync(id));

        Assert.Equal("SupportRequest.NotOpen", e.Code);
        Assert.Equal(1, await world.Host.QueryAsync(db => db.SupportAssignments.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Quote_PartsCenter_QuotedWithVatSlotDueAndTheCompanyTold(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var partId = await world.AssignAsync(id);
        await world.ClearNoticesAsync();

        await world.QuoteAsync(partId);

        var part = await world.PartOfAsync(partId);
        Assert.Equal((SupportAssignmentStatus.Quoted, 200_000L, 20_000L, "시료 5개 기준"), (part.Status, part.PriceKrw!.Value, part.VatKrw!.Value, part.QuoteNote));
        Assert.Equal((Kst(10, 7, 10), Kst(10, 7, 12)), (part.SlotStart!.Value, part.SlotEnd!.Value));
        Assert.Equal(ThreeBusinessDaysLater, part.DueAt);
        Assert.Equal([world.CompanyUser], await world.NoticedAsync());
        var e = (await world.EventsAsync(id)).Last();
        Assert.Equal((SupportRequestEventKind.Quoted, "이운영", (Guid?)partId), (e.Kind, e.ActorName, e.AssignmentId));
        Assert.Equal(0, await world.Host.QueryAsync(db => db.Reservations.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Quote_ConsultingWithoutEquipment_HasNoSlotAndAcceptCompletesWithoutReservation(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var partId = await world.AssignAsync(id, world.OtherCenter, service: EquipmentServiceKind.Consulting);

        await world.QuoteAsync(partId, new QuoteInput(500_000), world.OtherOperator);
        await world.PartAsync(world.CompanyUser, partId, SupportAssignmentAction.Accept);

        var part = await world.PartOfAsync(partId);
        Assert.Equal((SupportAssignmentStatus.Accepted, (DateTimeOffset?)null, (Guid?)null), (part.Status, part.SlotStart, part.ReservationId));
        Assert.Equal(SupportRequestStatus.Completed, (await world.RequestAsync(id)).Status);
        Assert.Equal(0, await world.Host.QueryAsync(db => db.Reservations.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Quote_InvalidPriceOrSlotOrEquipment_ThrowsFieldErrorsAndStaysAssigned(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var partId = await world.AssignAsync(id);

        async Task<IReadOnlyDictionary<string, string[]>> Errors(QuoteInput quote) =>
            (await Assert.ThrowsAsync<ValidationFailedException>(() => world.QuoteAsync(partId, quote))).Errors;

        Assert.Contains("PriceKrw", (await Errors(new QuoteInput(null, Start: Kst(10, 7, 10), End: Kst(10, 7, 12)))).Keys);
        Assert.Contains("PriceKrw", (await Errors(Quote(price: -1))).Keys);
        Assert.Contains("PriceKrw", (await Errors(Quote(price: SupportRequestLimits.MaxPriceKrw + 1))).Keys);
        var outside = await Errors(Quote(start: Kst(10, 7, 7), end: Kst(10, 7, 10)));
        Assert.NotEmpty(outside.Values.SelectMany(v => v));
        Assert.DoesNotContain("PriceKrw", outside.Keys);
        Assert.NotEmpty((await Errors(Quote(start: Kst(10, 10, 10), end: Kst(10, 10, 12)))).Keys); // Saturday
        Assert.NotEmpty((await Errors(Quote(start: Kst(10, 7, 12), end: Kst(10, 7, 10)))).Keys); // reversed
        Assert.NotEmpty((await Errors(new QuoteInput(100, Start: null, End: null))).Keys);
        Assert.Contains("EquipmentId", (await Errors(Quote(equipment: world.OtherEquipment))).Keys);
        Assert.Contains("Note", (await Errors(Quote() with { Note = new string('가', SupportRequestLimits.NoteLength + 1) })).Keys);

        var part = await world.PartOfAsync(partId);
        Assert.Equal((SupportAssignmentStatus.Assigned, world.Equipment, (long?)null), (part.Status, part.EquipmentId!.Value, part.PriceKrw));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Quote_BoundaryPrices_AreAccepted(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var partId = await world.AssignAsync(id);

        await world.QuoteAsync(partId, Quote(price: 0));
        await world.QuoteAsync(partId, Quote(price: SupportRequestLimits.MaxPriceKrw));

        Assert.Equal(SupportRequestLimits.MaxPriceKrw, (await world.PartOfAsync(partId)).PriceKrw);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Quote_TakenSlot_ThrowsConflictAndStaysAssigned(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var partId = await world.AssignAsync(id);
        await world.Host.RunAsync<ReservationService, (Guid, bool)>(s =>
            s.CreateAsync(world.OtherCompanyUser, world.Equipment, new ReservationInput(Kst(10, 7, 11), Kst(10, 7, 13), "경쟁 예약")));

        var conflict = await Assert.ThrowsAsync<ReservationConflictException>(() => world.QuoteAsync(partId));

        Assert.Equal((Kst(10, 7, 11), Kst(10, 7, 13)), (conflict.ConflictStart, conflict.ConflictEnd));
        Assert.Equal(SupportAssignmentStatus.Assigned, (await world.PartOfAsync(partId)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_QuoteWithSlot_BooksConfirmedReservationLinkedToThePartAndCompletes(string provider)
    {
        await using var world = await StartAsync(provider);
        var (id, partId) = await world.QuotedForAnswerAsync();

        await world.PartAsync(world.CompanyUser, partId, SupportAssignmentAction.Accept);

        var part = await world.PartOfAsync(partId);
        Assert.Equal((SupportAssignmentStatus.Accepted, (DateTimeOffset?)null), (part.Status, part.DueAt));
        var reservation = await world.Host.QueryAsync(db => db.Reservations.AsNoTracking().SingleAsync());
        Assert.Equal(part.ReservationId, reservation.Id);
        Assert.Equal((ReservationStatus.Confirmed, world.Company, world.CompanyUser, world.Equipment, Kst(10, 7, 10), Kst(10, 7, 12), "전고체 전지 전해질 분석"),
            (reservation.Status, reservation.CompanyId, reservation.RequestedById, reservation.EquipmentId, reservation.Start, reservation.End, reservation.Purpose));
        var r = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.Completed, (DateTimeOffset?)null), (r.Status, r.DueAt));
        var events = await world.EventsAsync(id);
        Assert.Equal(
            [SupportRequestEventKind.Submitted, SupportRequestEventKind.Assigned, SupportRequestEventKind.Quoted, SupportRequestEventKind.Accepted, SupportRequestEventKind.Completed],
            events.Select(e => e.Kind));
        Assert.Equal(["한기업", "김코디", "이운영", "한기업", "한기업"], events.Select(e => e.ActorName));
        Assert.Equal([(Guid?)partId, null], events.TakeLast(2).Select(e => e.AssignmentId));
        Assert.All(events.TakeLast(2), e => Assert.Equal(Kst(9, 28, 11, 0), e.At));
        var noticed = await world.NoticedAsync();
        Assert.Contains(world.Operator, noticed);
        Assert.Contains(world.Coordinator, noticed);
        Assert.DoesNotContain(world.OtherOperator, noticed);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_OnePartOfTwo_RequestStaysInProgress(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var first = await world.AssignAsync(id);
        await world.AssignAsync(id, world.OtherCenter, world.OtherEquipment);
        await world.QuoteAsync(first);

        await world.PartAsync(world.CompanyUser, first, SupportAssignmentAction.Accept);

        Assert.Equal(SupportRequestStatus.InProgress, (await world.RequestAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_SlotTakenMeanwhile_ThrowsConflictAndSavesNothing(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var partId = await world.AssignAsync(id);
        await world.QuoteAsync(partId);
        var quoted = await world.PartOfAsync(partId);
        var eventsBefore = (await world.EventsAsync(id)).Count;
        var (taken, _) = await world.Host.RunAsync<ReservationService, (Guid, bool)>(s =>
            s.CreateAsync(world.OtherCompanyUser, world.Equipment, new ReservationInput(Kst(10, 7, 9), Kst(10, 7, 11), "먼저 온 예약")));

        var conflict = await Assert.ThrowsAsync<ReservationConflictException>(() => world.PartAsync(world.CompanyUser, partId, SupportAssignmentAction.Accept));

        Assert.Equal((Kst(10, 7, 9), Kst(10, 7, 11)), (conflict.ConflictStart, conflict.ConflictEnd));
        var part = await world.PartOfAsync(partId);
        Assert.Equal((SupportAssignmentStatus.Quoted, (Guid?)null, quoted.Version), (part.Status, part.ReservationId, part.Version));
        Assert.Equal([taken], await world.Host.QueryAsync(db => db.Reservations.Select(r => r.Id).ToListAsync()));
        Assert.Equal(eventsBefore, (await world.EventsAsync(id)).Count);
        Assert.Equal(SupportRequestStatus.InProgress, (await world.RequestAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DeclineAndReject_LastOpenPart_ReturnTheRequestToRoutingWithANewDue(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var declined = await world.AssignAsync(id);
        await world.ClearNoticesAsync();
        world.SetNow(Kst(9, 28, 10, 0));

        await world.PartAsync(world.Operator, declined, SupportAssignmentAction.Decline, text: "장비 점검 중입니다.");

        Assert.Equal((SupportAssignmentStatus.Declined, "장비 점검 중입니다."), ((await world.PartOfAsync(declined)).Status, (await world.PartOfAsync(declined)).Reason));
        var afterDecline = await world.RequestAsync(id);
        Assert.Equal((SupportRequestStatus.Submitted, (DateTimeOffset?)Kst(10, 1, 10, 0)), (afterDecline.Status, afterDecline.DueAt));
        Assert.Equal([world.Coordinator], await world.NoticedAsync());

        var rejected = await world.AssignAsync(id, world.OtherCenter, world.OtherEquipment);
        await world.QuoteAsync(rejected, Quote(equipment: world.OtherEquipment), world.OtherOperator);
        await world.ClearNoticesAsync();
        world.SetNow(Kst(10, 2, 16, 0));

        await world.PartAsync(world.CompanyUser, rejected, SupportAssignmentAction.Reject, text: "예산 초과");

        Assert.Equal(SupportAssignmentStatus.Rejected, (await world.PartOfAsync(rejected)).Status);
        var afterReject = await world.RequestAsync(id);
        // Friday 2 October + 3: Saturday 3 (개천절), Monday 5 (its substitute) skipped → Tuesday 6, Wednesday 7, Thursday 8.
        Assert.Equal((SupportRequestStatus.Submitted, (DateTimeOffset?)Kst(10, 8, 16, 0)), (afterReject.Status, afterReject.DueAt));
        Assert.Equal([world.Coordinator, world.OtherOperator], (await world.NoticedAsync()).OrderBy(u => u == world.Coordinator ? 0 : 1));
        Assert.Equal(0, await world.Host.QueryAsync(db => db.Reservations.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Decline_WithoutReason_ThrowsTheFieldError(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var partId = await world.AssignAsync(id);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => world.PartAsync(world.Operator, partId, SupportAssignmentAction.Decline, text: "  "));

        Assert.True(e.Errors.ContainsKey("text"));
        Assert.Equal(SupportAssignmentStatus.Assigned, (await world.PartOfAsync(partId)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task PartActions_WrongParty_ForbiddenOrNotFound(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var partId = await world.AssignAsync(id);
        var otherPart = await world.AssignAsync(id, world.OtherCenter, world.OtherEquipment);

        // The other center has its own part of the request but does not see this one.
        await Assert.ThrowsAsync<NotFoundException>(() => world.QuoteAsync(partId, user: world.OtherOperator));
        await Assert.ThrowsAsync<NotFoundException>(() => world.PartAsync(world.OtherOperator, partId, SupportAssignmentAction.Decline, text: "x"));
        // The company and the coordinators see the part but are not its center.
        await Assert.ThrowsAsync<ForbiddenException>(() => world.QuoteAsync(partId, user: world.CompanyUser));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.QuoteAsync(partId, user: world.Coordinator));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.PartAsync(world.Coordinator, partId, SupportAssignmentAction.Decline, text: "x"));
        // Outsiders do not see the request.
        await Assert.ThrowsAsync<NotFoundException>(() => world.QuoteAsync(partId, user: world.OtherCompanyUser));
        await Assert.ThrowsAsync<NotFoundException>(() => world.QuoteAsync(partId, user: world.Outsider));
        await Assert.ThrowsAsync<NotFoundException>(() => world.QuoteAsync(Guid.NewGuid()));

        await world.QuoteAsync(partId);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.PartAsync(world.Operator, partId, SupportAssignmentAction.Accept));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.PartAsync(world.Coordinator, partId, SupportAssignmentAction.Accept));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.PartAsync(world.ProgramManager, partId, SupportAssignmentAction.Reject));
        await Assert.ThrowsAsync<NotFoundException>(() => world.PartAsync(world.OtherOperator, partId, SupportAssignmentAction.Accept));
        await Assert.ThrowsAsync<NotFoundException>(() => world.PartAsync(world.OtherCompanyUser, partId, SupportAssignmentAction.Accept));

        Assert.Equal(SupportAssignmentStatus.Quoted, (await world.PartOfAsync(partId)).Status);
        Assert.Equal(SupportAssignmentStatus.Assigned, (await world.PartOfAsync(otherPart)).Status);
    }

    public static TheoryData<SupportAssignmentAction> AllActions() => [.. Enum.GetValues<SupportAssignmentAction>()];

    [Theory]
    [MemberData(nameof(AllActions))]
    public async Task PartAct_IllegalFromEveryStatus_ThrowsBusinessRuleAndChangesNothing(SupportAssignmentAction action)
    {
        await using var world = await StartAsync("sqlite");
        var id = await world.SubmitAsync();
        var assigned = await world.AssignAsync(id, service: EquipmentServiceKind.Consulting, equipment: null);
        var quoted = await world.AssignAsync(id, service: EquipmentServiceKind.Consulting);
        await world.QuoteAsync(quoted, new QuoteInput(1));
        var declined = await world.AssignAsync(id, service: EquipmentServiceKind.Consulting);
        await world.PartAsync(world.Operator, declined, SupportAssignmentAction.Decline, text: "불가");
        var accepted = await world.AssignAsync(id, service: EquipmentServiceKind.Consulting);
        await world.QuoteAsync(accepted, new QuoteInput(1));
        await world.PartAsync(world.CompanyUser, accepted, SupportAssignmentAction.Accept);
        var rejected = await world.AssignAsync(id, service: EquipmentServiceKind.Consulting);
        await world.QuoteAsync(rejected, new QuoteInput(1));
        await world.PartAsync(world.CompanyUser, rejected, SupportAssignmentAction.Reject);
        var other = await world.SubmitAsync();
        var withdrawn = await world.AssignAsync(other, service: EquipmentServiceKind.Consulting);
        await world.ActAsync(world.CompanyUser, other, SupportRequestAction.Cancel);
        var byStatus = new Dictionary<SupportAssignmentStatus, Guid>
        {
            [SupportAssignmentStatus.Assigned] = assigned, [SupportAssignmentStatus.Quoted] = quoted, [SupportAssignmentStatus.Declined] = declined,
            [SupportAssignmentStatus.Accepted] = accepted, [SupportAssignmentStatus.Rejected] = rejected, [SupportAssignmentStatus.Withdrawn] = withdrawn,
        };
        var user = action is SupportAssignmentAction.Quote or SupportAssignmentAction.Decline ? world.Operator : world.CompanyUser;

        foreach (var (status, partId) in byStatus)
        {
            Assert.Equal(status, (await world.PartOfAsync(partId)).Status);
            if (SupportAssignmentService.Next(status, action) is not null)
            {
                continue;
            }

            var before = await world.PartOfAsync(partId);
            var e = await Assert.ThrowsAsync<BusinessRuleException>(() => world.PartAsync(user, partId, action, new QuoteInput(1), "사유"));
            Assert.Equal("SupportAssignment.Transition", e.Code);
            Assert.Equal((before.Status, before.Version), ((await world.PartOfAsync(partId)).Status, (await world.PartOfAsync(partId)).Version));
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task PartAct_StaleExpectedVersion_ThrowsPreconditionFailed(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var partId = await world.AssignAsync(id);
        var version = (await world.PartOfAsync(partId)).Version;

        await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            world.PartAsync(world.Operator, partId, SupportAssignmentAction.Quote, Quote(), version: version + 1));
        await world.PartAsync(world.Operator, partId, SupportAssignmentAction.Quote, Quote(), version: version);

        Assert.Equal(SupportAssignmentStatus.Quoted, (await world.PartOfAsync(partId)).Status);
    }
}
