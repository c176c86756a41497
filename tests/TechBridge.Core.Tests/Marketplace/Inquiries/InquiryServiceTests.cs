using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared.Attachments;

namespace TechBridge.Core.Tests.Marketplace.Inquiries;

/// <summary>
/// Inquiry threads: each kind of hit reaches its recipient side; only the parties take part (overseers read, strangers are
/// refused); replies, read receipts and closing; the anti-spam limits; abuse reports and hiding; files sent with a message.
/// </summary>
public sealed class InquiryServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_EachSubjectKind_ReachesItsRecipientSide(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);

        var technology = await world.StartAsync(world.Sender, InquirySubjectKind.Technology, world.Technology);
        var need = await world.StartAsync(world.Sender, InquirySubjectKind.Need, world.Need);
        var organization = await world.StartAsync(world.Sender, InquirySubjectKind.Organization, world.NeedCompany);
        var person = await world.StartAsync(world.Sender, InquirySubjectKind.Person, world.Researcher);

        Assert.Equal([technology], (await world.MineAsync(world.InstituteKo)).Items.Select(r => r.Id));
        Assert.Equal([technology], (await world.MineAsync(world.InstituteEn)).Items.Select(r => r.Id));
        Assert.Equal([organization, need], (await world.MineAsync(world.NeedOwner)).Items.Select(r => r.Id));
        Assert.Equal([person], (await world.MineAsync(world.ResearcherAccount)).Items.Select(r => r.Id));
        var sent = (await world.MineAsync(world.Sender)).Items;
        Assert.Equal([person, organization, need, technology], sent.Select(r => r.Id));
        Assert.All(sent, r => Assert.Equal(InquirySide.Sender, r.Side));
        Assert.Equal(
            [("정교수", "Jung Prof"), ("누리정밀", "Nuri Precision"), ("누리정밀", "Nuri Precision"), ("한국기계연구원", "Korea Institute of Machinery")],
            sent.Select(r => (r.OtherSideName, r.OtherSideNameEn)));
        var received = Assert.Single((await world.MineAsync(world.InstituteKo)).Items);
        Assert.Equal((InquirySide.Recipient, "이문의 (한빛소재)", "고정밀 감속기", 1), (received.Side, received.OtherSideName, received.SubjectTitle, received.Unread));
        Assert.Empty((await world.MineAsync(world.SenderColleague)).Items);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Thread_PartiesOverseersAndStrangers_ReadWriteOrAreRefused(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var id = await world.StartAsync(world.Sender, InquirySubjectKind.Technology, world.Technology);

        Assert.Equal(InquirySide.Sender, (await world.ThreadAsync(world.Sender, id)).Viewer);
        Assert.Equal(InquirySide.Recipient, (await world.ThreadAsync(world.InstituteEn, id)).Viewer);
        var overseen = await world.ThreadAsync(world.Manager, id);
        Assert.Equal((InquirySide.Overseer, false), (overseen.Viewer, overseen.CanPost));
        Assert.Equal(InquirySide.Overseer, (await world.ThreadAsync(world.Administrator, id)).Viewer);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ThreadAsync(world.Stranger, id));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ThreadAsync(world.SenderColleague, id));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ReplyAsync(world.Manager, id));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ReplyAsync(world.Stranger, id));
        await Assert.ThrowsAsync<NotFoundException>(() => world.ThreadAsync(world.Sender, Guid.NewGuid()));
        await Assert.ThrowsAsync<NotFoundException>(() => world.StartAsync(world.Sender, InquirySubjectKind.Need, world.Technology));
        var own = await Assert.ThrowsAsync<BusinessRuleException>(() => world.StartAsync(world.InstituteKo, InquirySubjectKind.Technology, world.Technology));
        var self = await Assert.ThrowsAsync<BusinessRuleException>(() => world.StartAsync(world.ResearcherAccount, InquirySubjectKind.Person, world.Researcher));
        Assert.Equal(("Inquiry.OwnSide", "Inquiry.OwnSide"), (own.Code, self.Code));
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.Host.RunAsync<InquiryService, Guid>(s => s.StartAsync(world.Sender, (InquirySubjectKind)42, world.Technology, " ", new string('가', InquiryLimits.BodyLength + 1))));
        Assert.Equal(["body", "kind", "subject"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ReplyReadClose_BothSides_ShowReceiptsUnreadCountsAndEmailsAfterTheReply(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var id = await world.StartAsync(world.Sender, InquirySubjectKind.Technology, world.Technology);

        var before = await world.ThreadAsync(world.Sender, id);
        Assert.All(before.Parties.Where(p => p.Side == InquirySide.Recipient), p => Assert.Null(p.Email));
        Assert.Equal(["Alex Kim", "김연구"], before.Parties.Where(p => p.Side == InquirySide.Recipient).Select(p => p.Name));
        Assert.False(Assert.Single(before.Messages).ReadByOtherSide);

        world.Time.Advance(TimeSpan.FromMinutes(5));
        await world.MarkReadAsync(world.InstituteKo, id);
        Assert.True(Assert.Single((await world.ThreadAsync(world.Sender, id)).Messages).ReadByOtherSide);
        Assert.Equal(0, Assert.Single((await world.MineAsync(world.InstituteKo)).Items).Unread);
        Assert.Equal(1, Assert.Single((await world.MineAsync(world.InstituteEn)).Items).Unread);

        world.Time.Advance(TimeSpan.FromMinutes(5));
        await world.ReplyAsync(world.InstituteEn, id, "Happy to talk.");
        var after = await world.ThreadAsync(world.Sender, id);
        Assert.All(after.Parties, p => Assert.NotNull(p.Email));
        Assert.Equal([(InquirySide.Sender, true, true), (InquirySide.Recipient, false, false)], after.Messages.Select(m => (m.AuthorSide, m.IsMine, m.ReadByOtherSide)));
        Assert.Equal(1, Assert.Single((await world.MineAsync(world.Sender)).Items).Unread);
        await world.MarkReadAsync(world.Sender, id);
        Assert.True((await world.ThreadAsync(world.InstituteEn, id)).Messages[1].ReadByOtherSide);
        Assert.Equal(0, Assert.Single((await world.MineAsync(world.Sender)).Items).Unread);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<InquiryService>(s => s.CloseAsync(world.Manager, id)));
        await world.Host.RunAsync<InquiryService>(s => s.CloseAsync(world.InstituteKo, id, after.Version));
        var closed = await world.ThreadAsync(world.Sender, id);
        Assert.Equal((InquiryStatus.Closed, false), (closed.Status, closed.CanPost));
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ReplyAsync(world.Sender, id));
        Assert.Equal("Inquiry.Closed", refused.Code);
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(Inquiry) && e.EntityId == id.ToString()).ToListAsync());
        Assert.Contains(audit, e => e.Action == AuditAction.Added);
        Assert.Contains(audit, e => e.Action == AuditAction.Modified && e.After!.Contains("Closed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Send_OverTheLimits_IsRefusedUntilTheWindowPasses(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var first = Guid.Empty;
        for (var i = 0; i < InquiryLimits.ThreadsPerDay; i++)
        {
            first = first == Guid.Empty ? await world.StartAsync(world.Sender, InquirySubjectKind.Technology, world.Technology) : first;
            if (i > 0)
            {
                await world.StartAsync(world.Sender, InquirySubjectKind.Need, world.Need);
            }
        }

        var threads = await Assert.ThrowsAsync<BusinessRuleException>(() => world.StartAsync(world.Sender, InquirySubjectKind.Need, world.Need));
        Assert.Equal("Inquiry.TooMany", threads.Code);
        for (var i = InquiryLimits.ThreadsPerDay; i < InquiryLimits.MessagesPerHour; i++)
        {
            await world.ReplyAsync(world.Sender, first, $"추가 질문 {i}");
        }

        var messages = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ReplyAsync(world.Sender, first));
        Assert.Equal("Inquiry.TooMany", messages.Code);
        await world.ReplyAsync(world.InstituteKo, first, "다른 사람은 보낼 수 있습니다.");

        world.Time.Advance(InquiryLimits.MessageWindow);
        await world.ReplyAsync(world.Sender, first);
        Assert.Equal("Inquiry.TooMany", (await Assert.ThrowsAsync<BusinessRuleException>(() => world.StartAsync(world.Sender, InquirySubjectKind.Need, world.Need))).Code);
        world.Time.Advance(InquiryLimits.ThreadWindow);
        await world.StartAsync(world.Sender, InquirySubjectKind.Need, world.Need);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ReportResolve_Administrator_DismissesOrHidesTheThread(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var spam = await world.StartAsync(world.Sender, InquirySubjectKind.Technology, world.Technology, "광고입니다.");
        var fine = await world.StartAsync(world.Sender, InquirySubjectKind.Need, world.Need);
        var spamReport = await world.Host.RunAsync<InquiryService, Guid>(s => s.ReportAsync(world.InstituteKo, spam, "광고성 스팸"));
        var fineReport = await world.Host.RunAsync<InquiryService, Guid>(s => s.ReportAsync(world.NeedOwner, fine, "잘못 눌렀어요"));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<InquiryService, Guid>(s => s.ReportAsync(world.Stranger, spam, "남의 문의")));
        Assert.Equal("Inquiry.AlreadyReported",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<InquiryService, Guid>(s => s.ReportAsync(world.InstituteKo, spam, "또")))).Code);
        Assert.Equal(["reason"], (await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.Host.RunAsync<InquiryService, Guid>(s => s.ReportAsync(world.InstituteEn, spam, " ")))).Errors.Keys);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<InquiryQueries, Core.Shared.PagedResult<InquiryReportRow>>(q => q.ReportsAsync(world.Manager, true, new(1, 20))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<InquiryService>(s => s.ResolveReportAsync(world.Manager, spamReport, InquiryReportResolution.Hide)));
        var open = await world.Host.RunAsync<InquiryQueries, Core.Shared.PagedResult<InquiryReportRow>>(q => q.ReportsAsync(world.Administrator, true, new(1, 20)));
        Assert.Equal([(spamReport, "광고성 스팸", "김연구"), (fineReport, "잘못 눌렀어요", "박수요")], open.Items.Select(r => (r.Id, r.Reason, r.ReporterName)));

        await world.Host.RunAsync<InquiryService>(s => s.ResolveReportAsync(world.Administrator, spamReport, InquiryReportResolution.Hide));
        await world.Host.RunAsync<InquiryService>(s => s.ResolveReportAsync(world.Administrator, fineReport, InquiryReportResolution.Dismiss));

        Assert.Equal("Inquiry.ReportResolved", (await Assert.ThrowsAsync<BusinessRuleException>(() =>
            world.Host.RunAsync<InquiryService>(s => s.ResolveReportAsync(world.Administrator, fineReport, InquiryReportResolution.Hide)))).Code);
        Assert.Empty((await world.Host.RunAsync<InquiryQueries, Core.Shared.PagedResult<InquiryReportRow>>(q => q.ReportsAsync(world.Administrator, true, new(1, 20)))).Items);
        Assert.Equal([fine], (await world.MineAsync(world.Sender)).Items.Select(r => r.Id));
        Assert.Empty((await world.MineAsync(world.InstituteKo)).Items);
        Assert.Equal(InquiryStatus.Hidden, (await world.ThreadAsync(world.Administrator, spam)).Status);
        Assert.Equal("Inquiry.Hidden", (await Assert.ThrowsAsync<BusinessRuleException>(() => world.ReplyAsync(world.Sender, spam))).Code);
        Assert.Equal("Inquiry.Hidden", (await Assert.ThrowsAsync<BusinessRuleException>(() => world.ReplyAsync(world.InstituteKo, spam))).Code);
        await world.ReplyAsync(world.NeedOwner, fine);
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(InquiryReport)).CountAsync());
        Assert.True(audit >= 4);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Send_WithFiles_PartiesOpenThemAndBadFilesStoreNothing(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        world.Time.Advance(TimeSpan.FromDays(3650 + Random.Shared.Next(3650)));
        using var pdf = new MemoryStream(TestFiles.Pdf());
        using var png = new MemoryStream(TestFiles.Png());
        var id = await world.StartAsync(world.Sender, InquirySubjectKind.Technology, world.Technology, files: [new(pdf, "사양서.pdf", "application/pdf"), new(png, "photo.png", null)]);

        var message = Assert.Single((await world.ThreadAsync(world.InstituteKo, id)).Messages);
        Assert.Equal(["사양서.pdf", "photo.png"], message.Attachments.Select(a => a.FileName));
        foreach (var reader in new[] { world.Sender, world.InstituteEn, world.Manager })
        {
            await using var opened = await world.Host.RunAsync<AttachmentService, AttachmentContent>(s => s.OpenAsync(reader, message.Attachments[0].Id));
            Assert.Equal("application/pdf", opened.Attachment.ContentType);
        }

        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<AttachmentService, AttachmentContent>(s => s.OpenAsync(world.Stranger, message.Attachments[0].Id)));
        using var late = new MemoryStream(TestFiles.Pdf());
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<AttachmentService, AttachmentView>(s =>
            s.AddAsync(AttachmentOwner.InquiryMessage(message.Id), late, "late.pdf", null, world.Sender)));

        var before = await CountsAsync(world);
        var six = Enumerable.Range(0, InquiryLimits.FilesPerMessage + 1).Select(i => new UploadedFile(new MemoryStream(TestFiles.Pdf()), $"f{i}.pdf", null)).ToList();
        Assert.Equal([AttachmentService.FileField], (await Assert.ThrowsAsync<ValidationFailedException>(() => world.ReplyAsync(world.Sender, id, files: six))).Errors.Keys);
        using var good = new MemoryStream(TestFiles.Pdf());
        using var exe = new MemoryStream(TestFiles.Exe());
        Assert.Equal([AttachmentService.FileField], (await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.ReplyAsync(world.Sender, id, files: [new(good, "ok.pdf", null), new(exe, "setup.pdf", null)]))).Errors.Keys);
        Assert.Equal(before, await CountsAsync(world));
    }

    /// <summary>
    /// Messages, attachment rows and the files in the attachment folder of the clock's month (the folder may be shared with
    /// other tests' databases, so the test compares counts before and after, in a month far from theirs).
    /// </summary>
    private static async Task<(int Messages, int Rows, int Files)> CountsAsync(InquiryWorld world)
    {
        var messages = await world.Host.QueryAsync(db => db.InquiryMessages.CountAsync());
        var rows = await world.Host.QueryAsync(db => db.Attachments.CountAsync());
        var store = (AttachmentStore)world.Host.Services.GetService(typeof(AttachmentStore))!;
        var month = Path.Combine(store.Root, world.Time.GetUtcNow().ToString("yyyy", CultureInfo.InvariantCulture), world.Time.GetUtcNow().ToString("MM", CultureInfo.InvariantCulture));
        var files = System.IO.Directory.Exists(month) ? System.IO.Directory.EnumerateFiles(month).Count() : 0;
        return (messages, rows, files);
    }
}
