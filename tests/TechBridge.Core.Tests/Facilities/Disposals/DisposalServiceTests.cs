using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Disposals;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Notifications;
using static TechBridge.Core.Tests.Facilities.Disposals.DisposalWorld;

namespace TechBridge.Core.Tests.Facilities.Disposals;

/// <summary>The disposal steps on both providers: what each changes on the case and the item, who is told, and what is refused.</summary>
public sealed class DisposalServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Propose_Operator_MakesACandidateWithFrozenEvidenceTimelineAuditAndNoticeToProgramManagers(string provider)
    {
        await using var world = await StartAsync(provider);
        // Two booked hours in March 2026 (within the evidence months), one in September 2026 (after them).
        await world.ReservationAsync(Kst(2026, 3, 10, 10), Kst(2026, 3, 10, 12), ReservationStatus.Completed);
        await world.ReservationAsync(Kst(2026, 9, 1, 10), Kst(2026, 9, 1, 11), ReservationStatus.Completed);

        var id = await world.ProposeAsync(input: Proposal(DisposalReasonKind.Obsolete, "  부품 단종  "));

        var c = await world.CaseAsync(id);
        Assert.Equal((DisposalStatus.Proposed, DisposalReasonKind.Obsolete, "부품 단종", EquipmentStatus.Aged, world.Center, Industry, world.Operator),
            (c.Status, c.ReasonKind, c.ReasonText, c.PreviousStatus, c.CenterId, c.IndustryCode, c.ProposedById));
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 1), 2.0, (int?)2012), (c.Evidence.FirstMonth, c.Evidence.LastMonth, c.Evidence.BookedHours, c.Evidence.YearAcquired));
        Assert.True(c.Evidence.OpenHours > 2000 && c.Evidence.Rate > 0 && c.Evidence.Rate < 0.01, $"{c.Evidence.OpenHours} h, {c.Evidence.Rate}");
        Assert.Equal(EquipmentStatus.DisposalCandidate, (await world.ItemAsync()).Status);
        var e = Assert.Single(await world.EventsAsync(id));
        Assert.Equal((DisposalEventKind.Proposed, "이운영", world.Operator, "부품 단종"), (e.Kind, e.ActorName, e.ActorId, e.Text));
        Assert.Equal([world.ProgramManager], await world.NoticedAsync());
        var notice = await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().SingleAsync(m => m.Template == NoticeTemplates.DisposalUpdated));
        Assert.Equal($"/facilities/disposals/{id}", notice.Link);
        Assert.Contains("구형 X선 회절 분석기", notice.Subject, StringComparison.Ordinal);
        var audited = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id.ToString() || a.EntityId == world.Equipment.ToString())
            .Select(a => a.EntityType).ToListAsync());
        Assert.Contains(nameof(DisposalCase), audited);
        Assert.Contains(nameof(Equipment), audited);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Propose_LaterBookings_DoNotChangeTheFrozenEvidence(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.ProposeAsync();
        var before = (await world.CaseAsync(id)).Evidence;

        await world.ReservationAsync(Kst(2026, 4, 6, 9), Kst(2026, 4, 6, 17), ReservationStatus.Completed);

        Assert.Equal(before, (await world.CaseAsync(id)).Evidence);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Propose_OpenCaseOrDisposedItem_IsRefusedAndSavesNothing(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.ProposeAsync();

        var open = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ProposeAsync(user: world.ProgramManager));
        Assert.Equal("Disposal.AlreadyOpen", open.Code);
        var disposed = await world.EquipmentAsync(world.Center, "이미 처분된 장비", EquipmentStatus.Disposed);
        var gone = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ProposeAsync(equipment: disposed));
        Assert.Equal("Disposal.AlreadyDisposed", gone.Code);
        Assert.Equal(1, await world.Host.QueryAsync(db => db.DisposalCases.CountAsync()));
        Assert.Equal(EquipmentStatus.Disposed, (await world.ItemAsync(disposed)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Propose_NotTheItemsCenter_IsForbiddenAndUnknownItemIsNotFound(string provider)
    {
        await using var world = await StartAsync(provider);

        foreach (var user in new[] { world.OtherOperator, world.Coordinator, world.CompanyUser, world.Researcher })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => world.ProposeAsync(user: user));
        }

        await Assert.ThrowsAsync<NotFoundException>(() => world.ProposeAsync(equipment: Guid.NewGuid()));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ProposeAsync(user: Guid.NewGuid()));
        Assert.Equal(0, await world.Host.QueryAsync(db => db.DisposalCases.CountAsync()));
        Assert.Equal(EquipmentStatus.Aged, (await world.ItemAsync()).Status);
        await world.ProposeAsync(user: world.Administrator);
    }

    public static TheoryData<string, DisposalProposalInput, string> InvalidProposals() => new()
    {
        { "no kind", Proposal(kind: null), "reasonKind" },
        { "undefined kind", Proposal(kind: (DisposalReasonKind)42), "reasonKind" },
        { "no text", Proposal(text: "  "), "text" },
        { "text too long", Proposal(text: new string('가', DisposalLimits.TextLength + 1)), "text" },
        { "control character", Proposal(text: "사유\u0007"), "text" },
    };

    [Theory]
    [MemberData(nameof(InvalidProposals))]
    public async Task Propose_InvalidInput_ThrowsTheFieldErrorAndSavesNothing(string reason, DisposalProposalInput input, string field)
    {
        await using var world = await StartAsync("sqlite");

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ProposeAsync(input: input));

        Assert.True(e.Errors.ContainsKey(field), $"{reason}: errors on {string.Join(", ", e.Errors.Keys)}");
        Assert.Equal(0, await world.Host.QueryAsync(db => db.DisposalCases.CountAsync()));
        Assert.Equal(EquipmentStatus.Aged, (await world.ItemAsync()).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ApproveTransferThenAccept_ReceivingOperator_MovesTheItemAvailableKeepingPastReservations(string provider)
    {
        await using var world = await StartAsync(provider);
        var past = await world.ReservationAsync(Kst(2026, 3, 10, 10), Kst(2026, 3, 10, 12), ReservationStatus.Completed);
        var id = await world.ProposeAsync();
        await world.ClearNoticesAsync();

        await world.ActAsync(world.ProgramManager, id, DisposalAction.ApproveTransfer);

        var approved = await world.CaseAsync(id);
        Assert.Equal((DisposalStatus.ApprovedForTransfer, (Guid?)world.OtherCenter, "수요가 있는 센터로 이전합니다."), (approved.Status, approved.ReceivingCenterId, approved.DecisionReason));
        Assert.Equal(new[] { world.OtherOperator, world.Operator }.Order(), (await world.NoticedAsync()).Order());
        await world.ClearNoticesAsync();

        await world.ActAsync(world.OtherOperator, id, DisposalAction.AcceptTransfer, new DisposalStepInput());

        Assert.Equal(DisposalStatus.TransferAccepted, (await world.CaseAsync(id)).Status);
        var item = await world.ItemAsync();
        Assert.Equal((world.OtherCenter, EquipmentStatus.Available, Industry), (item.CenterId, item.Status, item.IndustryCode));
        Assert.Equal(world.Equipment, await world.Host.QueryAsync(db => db.Reservations.Where(r => r.Id == past).Select(r => r.EquipmentId).SingleAsync()));
        Assert.Equal(new[] { world.Operator, world.ProgramManager }.Order(), (await world.NoticedAsync()).Order());
        var events = await world.EventsAsync(id);
        Assert.Equal([DisposalEventKind.Proposed, DisposalEventKind.ApprovedForTransfer, DisposalEventKind.TransferAccepted], events.Select(e => e.Kind));
        Assert.Equal([null, world.OtherCenter, world.OtherCenter], events.Select(e => e.CenterId));
        Assert.Equal(["이운영", "박사업", "정바이오"], events.Select(e => e.ActorName));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DeclineTransfer_ReceivingOperator_ReturnsTheCaseToTheProgramManagerForANewDecision(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.ProposeAsync();
        await world.StepsAsync(id, DisposalAction.ApproveTransfer);
        await world.ClearNoticesAsync();

        await world.ActAsync(world.OtherOperator, id, DisposalAction.DeclineTransfer, new DisposalStepInput("설치 공간이 없습니다."));

        var c = await world.CaseAsync(id);
        Assert.Equal((DisposalStatus.Proposed, "설치 공간이 없습니다."), (c.Status, c.DecisionReason));
        Assert.Equal((world.Center, EquipmentStatus.DisposalCandidate), ((await world.ItemAsync()).CenterId, (await world.ItemAsync()).Status));
        Assert.Equal(new[] { world.Operator, world.ProgramManager }.Order(), (await world.NoticedAsync()).Order());
        await world.StepsAsync(id, DisposalAction.ApproveDisposal, DisposalAction.RecordDisposal);
        Assert.Equal(DisposalStatus.Disposed, (await world.CaseAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RejectOrWithdraw_ReturnsTheItemToItsPreviousStatus(string provider)
    {
        await using var world = await StartAsync(provider);
        var rejected = await world.ProposeAsync();

        await world.ActAsync(world.ProgramManager, rejected, DisposalAction.Reject, new DisposalStepInput("내년 이용 계획이 있습니다."));

        Assert.Equal((DisposalStatus.Rejected, "내년 이용 계획이 있습니다."), ((await world.CaseAsync(rejected)).Status, (await world.CaseAsync(rejected)).DecisionReason));
        Assert.Equal(EquipmentStatus.Aged, (await world.ItemAsync()).Status);
        var withdrawn = await world.ProposeAsync();
        await world.ActAsync(world.Operator, withdrawn, DisposalAction.Withdraw, new DisposalStepInput());
        Assert.Equal(DisposalStatus.Withdrawn, (await world.CaseAsync(withdrawn)).Status);
        Assert.Equal(EquipmentStatus.Aged, (await world.ItemAsync()).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ApproveDisposalThenRecord_Operator_DisposesTheItemWithDateAndMethod(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.ProposeAsync();
        await world.StepsAsync(id, DisposalAction.ApproveDisposal);

        await world.ActAsync(world.Operator, id, DisposalAction.RecordDisposal,
            new DisposalStepInput("장비 매각 완료", DisposedOn: new DateOnly(2026, 9, 23), Method: DisposalMethod.Sale));

        var c = await world.CaseAsync(id);
        Assert.Equal((DisposalStatus.Disposed, (DateOnly?)new DateOnly(2026, 9, 23), (DisposalMethod?)DisposalMethod.Sale), (c.Status, c.DisposedOn, c.DisposalMethod));
        Assert.Equal(EquipmentStatus.Disposed, (await world.ItemAsync()).Status);
        Assert.Equal("장비 매각 완료", (await world.EventsAsync(id))[^1].Text);
        await Assert.ThrowsAsync<BusinessRuleException>(() => world.ProposeAsync());
    }

    public static TheoryData<string, DisposalStepInput, string> InvalidRecords() => new()
    {
        { "no date", new DisposalStepInput(Method: DisposalMethod.Scrap), "disposedOn" },
        { "tomorrow", new DisposalStepInput(DisposedOn: new DateOnly(2026, 9, 24), Method: DisposalMethod.Scrap), "disposedOn" },
        { "before the proposal", new DisposalStepInput(DisposedOn: new DateOnly(2026, 9, 22), Method: DisposalMethod.Scrap), "disposedOn" },
        { "no method", new DisposalStepInput(DisposedOn: new DateOnly(2026, 9, 23)), "method" },
        { "note too long", new DisposalStepInput(new string('가', DisposalLimits.ReasonLength + 1), DisposedOn: new DateOnly(2026, 9, 23), Method: DisposalMethod.Scrap), "reason" },
    };

    [Theory]
    [MemberData(nameof(InvalidRecords))]
    public async Task RecordDisposal_InvalidInput_ThrowsTheFieldErrorAndChangesNothing(string reason, DisposalStepInput input, string field)
    {
        await using var world = await StartAsync("sqlite");
        // Proposed today, 23 September 2026 (KST).
        var id = await world.ProposeAsync();
        await world.StepsAsync(id, DisposalAction.ApproveDisposal);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ActAsync(world.Operator, id, DisposalAction.RecordDisposal, input));

        Assert.True(e.Errors.ContainsKey(field), $"{reason}: errors on {string.Join(", ", e.Errors.Keys)}");
        Assert.Equal(DisposalStatus.ApprovedForDisposal, (await world.CaseAsync(id)).Status);
        Assert.Equal(EquipmentStatus.DisposalCandidate, (await world.ItemAsync()).Status);
    }

    public static TheoryData<string, DisposalAction, DisposalStepInput, string> InvalidDecisions() => new()
    {
        { "approve without reason", DisposalAction.ApproveDisposal, new DisposalStepInput(" "), "reason" },
        { "reject without reason", DisposalAction.Reject, new DisposalStepInput(), "reason" },
        { "transfer without center", DisposalAction.ApproveTransfer, new DisposalStepInput("이전"), "receivingCenterId" },
        { "transfer to a company", DisposalAction.ApproveTransfer, new DisposalStepInput("이전", Guid.Empty), "receivingCenterId" },
    };

    [Theory]
    [MemberData(nameof(InvalidDecisions))]
    public async Task Decide_InvalidInput_ThrowsTheFieldErrorAndChangesNothing(string reason, DisposalAction action, DisposalStepInput input, string field)
    {
        await using var world = await StartAsync("sqlite");
        var id = await world.ProposeAsync();
        if (input.ReceivingCenterId == Guid.Empty)
        {
            input = input with { ReceivingCenterId = world.Company };
        }

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ActAsync(world.ProgramManager, id, action, input));

        Assert.True(e.Errors.ContainsKey(field), $"{reason}: errors on {string.Join(", ", e.Errors.Keys)}");
        Assert.Equal(DisposalStatus.Proposed, (await world.CaseAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ApproveTransfer_ToTheCenterThatHoldsIt_IsAFieldError(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.ProposeAsync();

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.ActAsync(world.ProgramManager, id, DisposalAction.ApproveTransfer, new DisposalStepInput("이전", world.Center)));

        Assert.Contains("receivingCenterId", e.Errors.Keys);
    }

    [Theory]
    [InlineData("sqlite", DisposalAction.ApproveDisposal)]
    [InlineData("postgres", DisposalAction.ApproveDisposal)]
    [InlineData("sqlite", DisposalAction.AcceptTransfer)]
    [InlineData("postgres", DisposalAction.AcceptTransfer)]
    [InlineData("sqlite", DisposalAction.RecordDisposal)]
    public async Task ItemLeaving_ComingReservation_IsRefusedUntilCancelledNeverCancelledSilently(string provider, DisposalAction action)
    {
        await using var world = await StartAsync(provider);
        var id = await world.ProposeAsync();
        var before = action switch
        {
            DisposalAction.AcceptTransfer => new[] { DisposalAction.ApproveTransfer },
            DisposalAction.RecordDisposal => [DisposalAction.ApproveDisposal],
            _ => [],
        };
        await world.StepsAsync(id, before);
        var coming = await world.ReservationAsync(Kst(2026, 10, 7, 10), Kst(2026, 10, 7, 12), ReservationStatus.Confirmed);
        var status = (await world.CaseAsync(id)).Status;

        var e = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ActAsync(world.ActorFor(action), id, action));

        Assert.Equal("Disposal.Reserved", e.Code);
        Assert.Contains("2026-10-07 10:00", e.Message, StringComparison.Ordinal);
        Assert.Equal(status, (await world.CaseAsync(id)).Status);
        Assert.Equal(ReservationStatus.Confirmed, await world.Host.QueryAsync(db => db.Reservations.Where(r => r.Id == coming).Select(r => r.Status).SingleAsync()));
        await world.Host.RunAsync<Core.Data.TechBridgeDbContext>(db => db.Reservations.Where(r => r.Id == coming)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReservationStatus.Cancelled)));
        await world.ActAsync(world.ActorFor(action), id, action);
        Assert.Equal(DisposalTransitionsTests.Legal[(status, action)], (await world.CaseAsync(id)).Status);
    }

    public static TheoryData<string, DisposalAction, string> WrongActors() => new()
    {
        { "operator approves", DisposalAction.ApproveDisposal, "operator" },
        { "coordinator rejects", DisposalAction.Reject, "coordinator" },
        { "receiving operator withdraws", DisposalAction.Withdraw, "other" },
        { "reviewer withdraws an operator's proposal", DisposalAction.Withdraw, "pm" },
        { "proposing operator accepts", DisposalAction.AcceptTransfer, "operator" },
        { "coordinator accepts", DisposalAction.AcceptTransfer, "coordinator" },
    };

    [Theory]
    [MemberData(nameof(WrongActors))]
    public async Task Act_WrongParty_IsForbiddenAndOutsidersDoNotSeeTheCase(string reason, DisposalAction action, string who)
    {
        await using var world = await StartAsync("sqlite");
        var id = await world.ProposeAsync();
        if (action == DisposalAction.AcceptTransfer || who == "other")
        {
            await world.StepsAsync(id, DisposalAction.ApproveTransfer);
        }

        var user = who switch { "operator" => world.Operator, "coordinator" => world.Coordinator, "pm" => world.ProgramManager, _ => world.OtherOperator };
        var status = (await world.CaseAsync(id)).Status;

        await Assert.ThrowsAsync<ForbiddenException>(() => world.ActAsync(user, id, action));

        Assert.True(status == (await world.CaseAsync(id)).Status, reason);
        foreach (var outsider in new[] { world.CompanyUser, world.Researcher })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => world.ActAsync(outsider, id, action));
        }

        await Assert.ThrowsAsync<NotFoundException>(() => world.ActAsync(world.ProgramManager, Guid.NewGuid(), action));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Act_EveryIllegalTransitionFromEveryStatus_IsRefusedNamingTheStatusAndChangesNothing(string provider)
    {
        await using var world = await StartAsync(provider);
        var paths = new Dictionary<DisposalStatus, DisposalAction[]>
        {
            [DisposalStatus.Proposed] = [],
            [DisposalStatus.ApprovedForTransfer] = [DisposalAction.ApproveTransfer],
            [DisposalStatus.ApprovedForDisposal] = [DisposalAction.ApproveDisposal],
            [DisposalStatus.Rejected] = [DisposalAction.Reject],
            [DisposalStatus.Withdrawn] = [DisposalAction.Withdraw],
            [DisposalStatus.TransferAccepted] = [DisposalAction.ApproveTransfer, DisposalAction.AcceptTransfer],
            [DisposalStatus.Disposed] = [DisposalAction.ApproveDisposal, DisposalAction.RecordDisposal],
        };
        Assert.Equal(Enum.GetValues<DisposalStatus>().Length, paths.Count);
        foreach (var (status, path) in paths)
        {
            var item = await world.EquipmentAsync(world.Center, $"장비 {status}");
            var id = await world.ProposeAsync(equipment: item);
            await world.StepsAsync(id, path);
            var before = await world.CaseAsync(id);
            Assert.Equal(status, before.Status);
            foreach (var action in Enum.GetValues<DisposalAction>().Where(a => !DisposalTransitionsTests.Legal.ContainsKey((status, a))))
            {
                // The administrator is every party at once except the withdrawing one (the center or the proposer), so only
                // the transition can refuse.
                var actor = action == DisposalAction.Withdraw ? world.Operator : world.Administrator;
                var e = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ActAsync(actor, id, action));
                Assert.Equal("Disposal.Transition", e.Code);
                Assert.Contains(Core.Shared.Resources.CoreMessages.Get($"DisposalStatus.{status}"), e.Message, StringComparison.Ordinal);
            }

            var after = await world.CaseAsync(id);
            Assert.Equal((before.Status, before.Version, before.UpdatedAt), (after.Status, after.Version, after.UpdatedAt));
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Act_StaleVersion_IsRefused(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.ProposeAsync();
        var version = (await world.CaseAsync(id)).Version;
        await world.ActAsync(world.ProgramManager, id, DisposalAction.ApproveTransfer, version: version);
        await world.ActAsync(world.OtherOperator, id, DisposalAction.DeclineTransfer);

        await Assert.ThrowsAsync<PreconditionFailedException>(() => world.ActAsync(world.ProgramManager, id, DisposalAction.Reject, version: version));

        Assert.Equal(DisposalStatus.Proposed, (await world.CaseAsync(id)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task UpdateEquipment_OpenCase_KeepsStatusAndCenterToTheWorkflow(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.ProposeAsync();
        var item = await world.ItemAsync();
        EquipmentInput Input(EquipmentStatus status, Guid center) => new(
            center, item.NameKo, item.NameEn, Industry, 2, 6, item.DescriptionKo, Stages: ["DEVELOPMENT"], Services: [EquipmentServiceKind.EquipmentUse],
            Fields: ["CORE_MATERIALS"], YearAcquired: 2012, Status: status, FeeKrw: 10_000, FeeUnit: FeeUnit.PerHour);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Host.RunAsync<CenterEquipmentService>(s =>
            s.UpdateAsync(world.Operator, world.Equipment, Input(EquipmentStatus.Available, world.Center), null)));

        Assert.Contains("Status", e.Errors.Keys);
        await world.Host.RunAsync<CenterEquipmentService>(s =>
            s.UpdateAsync(world.Operator, world.Equipment, Input(EquipmentStatus.DisposalCandidate, world.Center) with { FeeKrw = 5_000 }, null));
        Assert.Equal((EquipmentStatus.DisposalCandidate, 5_000L), ((await world.ItemAsync()).Status, (await world.ItemAsync()).FeeKrw));
    }
}
