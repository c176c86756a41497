using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Marketplace.Inquiries;

namespace TechBridge.Core.Tests.Marketplace.Deals;

/// <summary>
/// Deals: who opens them and from what; who sees them (parties, overseers read-only, everyone else 404); the steps'
/// validation (dates in KST, terms, documents), loss reasons, revenue reports, optimistic concurrency, the audit trail and
/// the technology's status following its deals.
/// </summary>
public sealed class DealServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Open_FromInquiryOrDirectly_OnlyTheRightSideOpensOneAtATime(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var inquiry = await world.StartAsync(world.Sender, InquirySubjectKind.Technology, world.Technology);
        var needInquiry = await world.StartAsync(world.Sender, InquirySubjectKind.Need, world.Need);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.OpenAsync(world.Sender, new DealOpenInput(inquiry, null, null, null, null)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.OpenAsync(world.Stranger, new DealOpenInput(inquiry, null, null, null, null)));
        var notTechnology = await Assert.ThrowsAsync<BusinessRuleException>(() => world.OpenAsync(world.NeedOwner, new DealOpenInput(needInquiry, null, null, null, null)));
        Assert.Equal("Deal.NotAboutATechnology", notTechnology.Code);

        var deal = await world.OpenAsync(world.InstituteEn, new DealOpenInput(inquiry, null, null, null, "Let us talk terms."));
        var view = await world.DealAsync(world.SenderColleague, deal);
        Assert.Equal((DealState.Inquiry, DealSide.Buyer, inquiry, DealWorld.Today), (view.State, view.Viewer, view.InquiryId, view.LastStepOn));
        Assert.Equal(("한국기계연구원", "이문의", "한빛소재"), (view.SellerName, view.BuyerName, view.BuyerOrganizationName));
        var first = Assert.Single(view.Steps);
        Assert.Equal((DealState.Inquiry, DealSide.Seller, "Alex Kim", "Let us talk terms."), (first.Stage, first.ActorSide, first.ActorName, first.Note));
        Assert.Equal((deal, true), await world.Host.RunAsync<DealQueries, (Guid, bool)?>(q => q.ForInquiryAsync(world.Sender, inquiry)));
        Assert.Null(await world.Host.RunAsync<DealQueries, (Guid, bool)?>(q => q.ForInquiryAsync(world.Stranger, inquiry)));

        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => world.OpenDirectAsync());
        Assert.Equal("Deal.AlreadyOpen", again.Code);
        var noBuyer = await Assert.ThrowsAsync<ValidationFailedException>(() => world.OpenAsync(world.InstituteKo, new DealOpenInput(null, world.Technology, null, null, null)));
        Assert.Equal(["buyerUserId"], noBuyer.Errors.Keys);
        var ownSide = await Assert.ThrowsAsync<BusinessRuleException>(() => world.OpenAsync(world.InstituteKo, new DealOpenInput(null, world.Technology, world.InstituteEn, null, null)));
        Assert.Equal("Deal.OwnSide", ownSide.Code);
        await Assert.ThrowsAsync<NotFoundException>(() => world.OpenAsync(world.Sender, new DealOpenInput(null, Guid.NewGuid(), null, null, null)));
        var future = await Assert.ThrowsAsync<ValidationFailedException>(() => world.OpenAsync(world.Stranger, new DealOpenInput(null, world.Technology, null, DealWorld.Today.AddDays(1), null)));
        Assert.Equal(["occurredOn"], future.Errors.Keys);

        var byOwner = await world.OpenAsync(world.InstituteKo, new DealOpenInput(null, world.Technology, world.Stranger, null, null));
        Assert.Equal(DealSide.Buyer, (await world.DealAsync(world.Stranger, byOwner)).Viewer);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Visibility_PartiesOverseersAndEveryoneElse_SeeActReadOrGetNotFound(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var (_, deal) = await world.OpenFromInquiryAsync();

        Assert.Equal(DealSide.Seller, (await world.DealAsync(world.InstituteEn, deal)).Viewer);
        Assert.Equal(DealSide.Buyer, (await world.DealAsync(world.Sender, deal)).Viewer);
        var overseen = await world.DealAsync(world.Manager, deal);
        Assert.Equal((DealSide.Overseer, (DealState?)null, false), (overseen.Viewer, overseen.NextStage, overseen.CanLose));
        Assert.Equal(DealSide.Overseer, (await world.DealAsync(world.Administrator, deal)).Viewer);
        await Assert.ThrowsAsync<NotFoundException>(() => world.DealAsync(world.Stranger, deal));
        await Assert.ThrowsAsync<NotFoundException>(() => world.DealAsync(world.NeedOwner, deal));
        await Assert.ThrowsAsync<NotFoundException>(() => world.DealAsync(world.ResearcherAccount, deal));
        await Assert.ThrowsAsync<NotFoundException>(() => world.RecordAsync(world.Stranger, deal, DealWorld.Step(DealState.Nda)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.LoseAsync(world.Stranger, deal));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.RecordAsync(world.Manager, deal, DealWorld.Step(DealState.Nda)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.LoseAsync(world.Administrator, deal));

        Assert.Equal([deal], (await world.DealsAsync(world.InstituteKo)).Items.Select(r => r.Id));
        Assert.Equal([deal], (await world.DealsAsync(world.SenderColleague)).Items.Select(r => r.Id));
        Assert.Equal([deal], (await world.DealsAsync(world.Manager)).Items.Select(r => r.Id));
        Assert.Empty((await world.DealsAsync(world.Stranger)).Items);
        var row = Assert.Single((await world.DealsAsync(world.InstituteKo)).Items);
        Assert.Equal((DealSide.Seller, "이문의 (한빛소재)", "이문의 (Hanbit Materials)", "고정밀 감속기"), (row.Side, row.CounterpartName, row.CounterpartNameEn, row.TechnologyTitle));
        Assert.Equal(("한국기계연구원", DealSide.Buyer), (Assert.Single((await world.DealsAsync(world.Sender)).Items).CounterpartName, Assert.Single((await world.DealsAsync(world.Sender)).Items).Side));
        Assert.Empty((await world.DealsAsync(world.Sender, DealFilter.Lost)).Items);
        await world.LoseAsync(world.Sender, deal, DealLossReason.Other, "예산이 동결되었습니다.");
        Assert.Empty((await world.DealsAsync(world.Sender, DealFilter.Open)).Items);
        Assert.Single((await world.DealsAsync(world.Sender, DealFilter.Lost)).Items);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RecordStep_BadInput_ReportsEachFieldAndChangesNothing(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var (_, deal) = await world.OpenFromInquiryAsync();
        world.Time.Advance(TimeSpan.FromDays(3));
        await world.RecordAsync(world.Sender, deal, DealWorld.Step(DealState.Nda, DealWorld.Today.AddDays(2)));

        async Task<string[]> FieldsAsync(DealStepInput input) =>
            [.. (await Assert.ThrowsAsync<ValidationFailedException>(() => world.RecordAsync(world.Sender, deal, input))).Errors.Keys.Order(StringComparer.Ordinal)];

        Assert.Equal(["occurredOn"], await FieldsAsync(new DealStepInput(DealState.TechnicalMeeting, DealWorld.Today.AddDays(4), null)));
        Assert.Equal(["occurredOn"], await FieldsAsync(new DealStepInput(DealState.TechnicalMeeting, DealWorld.Today.AddDays(1), null)));
        Assert.Equal(["occurredOn", "stage"], await FieldsAsync(new DealStepInput(null, null, null)));
        Assert.Equal(["stage"], await FieldsAsync(new DealStepInput((DealState)42, DealWorld.Today.AddDays(3), null)));
        Assert.Equal(["licenceKind", "note"], await FieldsAsync(new DealStepInput(DealState.TechnicalMeeting, DealWorld.Today.AddDays(3), "a\u0001b", LicenceKind.Exclusive)));
        Assert.Equal(["licenceKind", "royaltyPercent", "upfrontFeeKrw"], await FieldsAsync(new DealStepInput(DealState.TermSheet, DealWorld.Today.AddDays(3), null, null, -1, 2.555m)));
        Assert.Equal(["royaltyPercent", "upfrontFeeKrw"], await FieldsAsync(new DealStepInput(DealState.TermSheet, DealWorld.Today.AddDays(3), null, LicenceKind.Exclusive, null, 100.5m)));
        Assert.Equal(["file"], (await Assert.ThrowsAsync<ValidationFailedException>(() => world.RecordAsync(world.Sender, deal,
            DealWorld.Step(DealState.TechnicalMeeting, DealWorld.Today.AddDays(3)), files: [.. Enumerable.Range(0, 6).Select(i => new UploadedFile(new MemoryStream([1]), $"{i}.pdf", "application/pdf"))]))).Errors.Keys);
        var lose = await Assert.ThrowsAsync<ValidationFailedException>(() => world.LoseAsync(world.Sender, deal, null));
        Assert.Equal(["reason"], lose.Errors.Keys);
        var other = await Assert.ThrowsAsync<ValidationFailedException>(() => world.LoseAsync(world.Sender, deal, DealLossReason.Other, " "));
        Assert.Equal(["note"], other.Errors.Keys);
        var unchanged = await world.DealAsync(world.Sender, deal);
        Assert.Equal((DealState.Nda, 2, DealWorld.Today.AddDays(2)), (unchanged.State, unchanged.Steps.Count, unchanged.LastStepOn));

        // The same day as the previous step is fine; the term sheet keeps its terms.
        await world.RecordAsync(world.InstituteEn, deal, DealWorld.Step(DealState.TechnicalMeeting, DealWorld.Today.AddDays(2)));
        await world.RecordAsync(world.Sender, deal, new DealStepInput(DealState.TermSheet, DealWorld.Today.AddDays(3), "조건 합의", LicenceKind.Exclusive, 50_000_000, 3.25m));
        var sheet = (await world.DealAsync(world.InstituteKo, deal)).Steps[^1];
        Assert.Equal((LicenceKind.Exclusive, 50_000_000L, 3.25m, DealSide.Buyer), (sheet.LicenceKind, sheet.UpfrontFeeKrw, sheet.RoyaltyPercent, sheet.ActorSide));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Steps_DocumentsVersionsAndAudit_AreKeptWithTheStep(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var (_, deal) = await world.OpenFromInquiryAsync();
        var read = await world.DealAsync(world.Sender, deal);

        var step = await world.RecordAsync(world.Sender, deal, DealWorld.Step(DealState.Nda), read.Version,
            [new UploadedFile(new MemoryStream("%PDF-1.4 nda"u8.ToArray()), "nda.pdf", "application/pdf")]);
        await Assert.ThrowsAsync<PreconditionFailedException>(() => world.RecordAsync(world.InstituteKo, deal, DealWorld.Step(DealState.TechnicalMeeting), read.Version));
        await Assert.ThrowsAsync<PreconditionFailedException>(() => world.LoseAsync(world.InstituteKo, deal, DealLossReason.Price, null, read.Version));

        var after = await world.DealAsync(world.InstituteKo, deal);
        Assert.True(after.Version > read.Version);
        var document = Assert.Single(after.Steps[^1].Documents);
        Assert.Equal(("nda.pdf", step), (document.FileName, after.Steps[^1].Id));
        var folder = await world.Host.RunAsync<AttachmentService, AttachmentFolder>(s => s.ListAsync(world.InstituteEn, AttachmentOwner.DealStep(step)));
        Assert.Equal((true, false), (folder.Rights.CanRead, folder.Rights.CanAdd));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<AttachmentService, AttachmentFolder>(s => s.ListAsync(world.Stranger, AttachmentOwner.DealStep(step))));

        await world.LoseAsync(world.InstituteKo, deal, DealLossReason.WentElsewhere, null, after.Version);
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == nameof(Deal) && e.EntityId == deal.ToString()) || e.EntityType == nameof(DealStep)).ToListAsync());
        Assert.Contains(audit, e => e.EntityType == nameof(Deal) && e.Action == AuditAction.Added && e.ActorName == "문의 테스트");
        Assert.Contains(audit, e => e.EntityType == nameof(Deal) && e.Action == AuditAction.Modified && e.After!.Contains("\"Nda\"", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.EntityType == nameof(Deal) && e.Action == AuditAction.Modified && e.After!.Contains("WentElsewhere", StringComparison.Ordinal));
        Assert.Equal(2, audit.Count(e => e.EntityType == nameof(DealStep) && e.Action == AuditAction.Added && e.After!.Contains(deal.ToString(), StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TechnologyStatus_FollowsItsDeals(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        Task<LicensingStatus> StatusAsync() => world.Host.QueryAsync(db => db.PublicTechnologies.Where(t => t.Id == world.Technology).Select(t => t.Status).SingleAsync());
        var (_, deal) = await world.OpenFromInquiryAsync();

        await world.DriveToAsync(deal, DealState.Nda);
        Assert.Equal(LicensingStatus.Available, await StatusAsync());
        await world.DriveToAsync(deal, DealState.TechnicalMeeting);
        Assert.Equal(LicensingStatus.UnderNegotiation, await StatusAsync());
        await world.LoseAsync(world.Sender, deal, DealLossReason.Scope);
        Assert.Equal(LicensingStatus.Available, await StatusAsync());

        var second = await world.OpenDirectAsync();
        await world.DriveToAsync(second, DealState.TermSheet);
        Assert.Equal(LicensingStatus.UnderNegotiation, await StatusAsync());
        await world.DriveToAsync(second, DealState.Contract);
        Assert.Equal(LicensingStatus.Licensed, await StatusAsync());
        await world.DriveToAsync(second, DealState.FollowUp);
        Assert.Equal(LicensingStatus.Licensed, await StatusAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RevenueReports_InFollowUp_EitherSideOncePerQuarter(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var (_, deal) = await world.OpenFromInquiryAsync();
        Task<Guid> ReportAsync(Guid user, int? year, int? quarter, long? revenue = 100_000_000, long? royalty = 2_500_000) =>
            world.Host.RunAsync<DealService, Guid>(s => s.ReportRevenueAsync(user, deal, new DealRevenueInput(year, quarter, revenue, royalty)));

        var early = await Assert.ThrowsAsync<BusinessRuleException>(() => ReportAsync(world.Sender, 2025, 4));
        Assert.Equal("Deal.NotInFollowUp", early.Code);
        await world.DriveToAsync(deal, DealState.FollowUp);

        await ReportAsync(world.Sender, 2025, 4);
        await ReportAsync(world.InstituteEn, 2026, 1, 0, 0);
        var duplicate = await Assert.ThrowsAsync<BusinessRuleException>(() => ReportAsync(world.InstituteKo, 2025, 4));
        Assert.Equal("Deal.DuplicateReport", duplicate.Code);
        Assert.Equal(["quarter"], (await Assert.ThrowsAsync<ValidationFailedException>(() => ReportAsync(world.Sender, 2026, 2))).Errors.Keys);
        Assert.Equal(["quarter"], (await Assert.ThrowsAsync<ValidationFailedException>(() => ReportAsync(world.Sender, 2025, 5))).Errors.Keys);
        Assert.Equal(["year"], (await Assert.ThrowsAsync<ValidationFailedException>(() => ReportAsync(world.Sender, 2027, 1))).Errors.Keys);
        Assert.Equal(["revenueKrw", "royaltyPaidKrw"], (await Assert.ThrowsAsync<ValidationFailedException>(() => ReportAsync(world.Sender, 2025, 3, -1, null))).Errors.Keys.Order(StringComparer.Ordinal));
        await Assert.ThrowsAsync<ForbiddenException>(() => ReportAsync(world.Manager, 2025, 3));
        await Assert.ThrowsAsync<NotFoundException>(() => ReportAsync(world.Stranger, 2025, 3));

        var view = await world.DealAsync(world.Manager, deal);
        Assert.Equal([(2025, 4, 100_000_000L, DealSide.Buyer), (2026, 1, 0L, DealSide.Seller)],
            view.RevenueReports.Select(r => (r.Year, r.Quarter, r.RevenueKrw, r.ReportedBySide)));
        Assert.False(view.CanReportRevenue);
        Assert.True((await world.DealAsync(world.Sender, deal)).CanReportRevenue);
        Assert.Null((await world.DealAsync(world.Sender, deal)).NextStage);
    }
}
