using System.Text;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Technologies;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Export;
using TechBridge.Core.Tests.Shared;
using static TechBridge.Core.Tests.Marketplace.Technologies.TechnologyListingServiceTests;

namespace TechBridge.Core.Tests.Marketplace.Technologies;

public sealed class TechnologyImportServiceTests
{
    /// <summary>Two listings, the first with two patents on two rows (Korean headers, quoted comma, BOM added by the test).</summary>
    public const string Csv =
        "관리번호,기술명(국문),기술명(영문),요약,키워드,기술분야,TRL,상태,실시권 종류,최소 기술료(원),최대 기술료(원),이전 조건,과제번호,전문기관,과제연도,출원번호,등록번호,특허 상태,출원국가,출원일,만료일\r\n" +
        "IMP-1,고체전해질 코팅 기술,Coating of solid electrolytes,\"대기 안정성, 수분 차단\",전고체,SECONDARY_BATTERY,4,Available,통상실시권;Exclusive,\"30,000,000\",100000000,\"경상기술료 \"\"2%\"\"\",RS-2023-00123456,KEIT,2023,10-2023-0123456,10-2456789,Registered,KR,2023-03-15,2043-03-15\r\n" +
        "IMP-1,,,,,,,,,,,,,,,PCT/KR2024/012345,,출원,KR US,2024-02-10,\r\n" +
        "IMP-2,수소 저장 합금,,금속수소화물 기반 저장 합금,,NEW_ENERGY,3,,NonExclusive,,,,,,,,,,,,\r\n";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Import_DryRun_ReportsNewListingsAndSavesNothing(string provider)
    {
        await using var host = await StartAsync(provider);
        var (_, user) = await MemberAsync(host, OrganizationKind.University, "가져오기대학교");

        var report = await ImportAsync(host, user, Csv, dryRun: true);

        Assert.True(report.Errors.Count == 0, string.Join("\n", report.Errors));
        Assert.False(report.Saved);
        Assert.Equal([("IMP-1", 2, 3, 2, ImportAction.New), ("IMP-2", 4, 4, 0, ImportAction.New)],
            report.Listings.Select(l => (l.Reference, l.FirstRow, l.LastRow, l.Patents, l.Action)));
        Assert.Equal(0, await host.QueryAsync(db => db.PublicTechnologies.CountAsync(t => !t.IsDemo)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Import_RealThenAgainWithOneChange_CreatesThenUpdatesByReferenceAndAudits(string provider)
    {
        await using var host = await StartAsync(provider);
        var (owner, user) = await MemberAsync(host, OrganizationKind.ResearchInstitute, "가져오기연구원");

        var first = await ImportAsync(host, user, Csv, dryRun: false);
        var changed = Csv.Replace("NEW_ENERGY,3,", "NEW_ENERGY,5,", StringComparison.Ordinal);
        var dry = await ImportAsync(host, user, changed, dryRun: true);
        var second = await ImportAsync(host, user, changed, dryRun: false);

        Assert.True(first.Saved, string.Join("\n", first.Errors));
        Assert.Equal([ImportAction.Unchanged, ImportAction.Updated], dry.Listings.Select(l => l.Action));
        Assert.True(second.Saved);
        var saved = await host.QueryAsync(db => db.PublicTechnologies.AsNoTracking().Include(t => t.Patents).Where(t => t.OwnerId == owner)
            .OrderBy(t => t.ReferenceKey).ToListAsync());
        Assert.Equal(["IMP-1", "IMP-2"], saved.Select(t => t.ReferenceKey));
        Assert.Equal(5, saved[1].Trl);
        Assert.Equal("대기 안정성, 수분 차단", saved[0].Summary);
        Assert.Equal("경상기술료 \"2%\"", saved[0].TermsConditions);
        Assert.Equal((30_000_000L, true, true), (saved[0].FeeMinKrw!.Value, saved[0].OffersExclusive, saved[0].OffersNonExclusive));
        Assert.Equal(["10-2023-0123456", "PCT/KR2024/012345"], saved[0].Patents.OrderBy(p => p.Position).Select(p => p.ApplicationNumber));
        Assert.Equal("KR US", saved[0].Patents.Single(p => p.Position == 1).Countries);
        var audit = await EntriesAsync(host, saved[1].Id);
        Assert.Single(audit, e => e.EntityType == nameof(PublicTechnology) && e.Action == AuditAction.Added);
        Assert.Single(audit, e => e.EntityType == nameof(PublicTechnology) && e.Action == AuditAction.Modified);
        Assert.Empty(await EntriesAsync(host, saved[0].Id).ContinueWith(t => t.Result.Where(e => e.Action == AuditAction.Modified).ToList()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Import_OneBadRow_SavesNothingAndNamesRowColumnAndMessage(string provider)
    {
        await using var host = await StartAsync(provider);
        var (_, user) = await MemberAsync(host, OrganizationKind.University, "오류대학교");
        var bad = Csv.Replace("PCT/KR2024/012345", "PCT-12", StringComparison.Ordinal).Replace("NEW_ENERGY,3,", "NEW_ENERGY,ten,", StringComparison.Ordinal);

        var report = await ImportAsync(host, user, bad, dryRun: false);

        Assert.False(report.Saved);
        Assert.Equal([(3, "출원번호"), (4, "TRL"), (4, "TRL")], report.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("10-2023-0123456", report.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.PublicTechnologies.CountAsync(t => !t.IsDemo)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Import_RepeatedListingDetailsOrUnknownColumn_AreRowErrors(string provider)
    {
        await using var host = await StartAsync(provider);
        var (_, user) = await MemberAsync(host, OrganizationKind.University, "반복대학교");

        var repeated = await ImportAsync(host, user, Csv.Replace("IMP-1,,,,", "IMP-1,다른 제목,,,", StringComparison.Ordinal), dryRun: true);
        var unknown = await ImportAsync(host, user, "관리번호,색깔\r\nX-1,파랑\r\n", dryRun: true);

        Assert.Equal((3, "기술명(국문)"), (repeated.Errors.Single().Row, repeated.Errors.Single().Column));
        Assert.Equal((1, "색깔"), (unknown.Errors.Single().Row, unknown.Errors.Single().Column));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Import_XlsxWithEnglishHeaders_ImportsLikeCsv(string provider)
    {
        await using var host = await StartAsync(provider);
        var (owner, user) = await MemberAsync(host, OrganizationKind.University, "엑셀대학교");
        var rows = ImportTable.Csv(new MemoryStream(Encoding.UTF8.GetBytes(Csv)));
        var table = new Table("import", TechnologyImportColumns.Headers(english: false).Count == 0 ? [] : [.. rows[0].Select(h => EnglishOf(h))],
            [.. rows.Skip(1).Select(r => (IReadOnlyList<string?>)[.. r])]);
        using var xlsx = new MemoryStream();
        XlsxTableWriter.Write(table, xlsx);
        xlsx.Position = 0;

        var report = await host.RunAsync<TechnologyImportService, ImportReport>(s => s.ImportAsync(user, "listings.xlsx", xlsx, dryRun: false));

        Assert.True(report.Saved, string.Join("\n", report.Errors));
        Assert.Equal(2, await host.QueryAsync(db => db.PublicTechnologies.CountAsync(t => t.OwnerId == owner)));
        Assert.Equal(2, await host.QueryAsync(db => db.PublicTechnologyPatents.CountAsync(p => db.PublicTechnologies.Any(t => t.Id == p.TechnologyId && t.OwnerId == owner))));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Import_NotAnInstituteMemberOrUnreadableFile_IsRefused(string provider)
    {
        await using var host = await StartAsync(provider);
        var (_, company) = await MemberAsync(host, OrganizationKind.Company, "가져오기기업");
        var (_, user) = await MemberAsync(host, OrganizationKind.University, "파일대학교");

        await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync(host, company, Csv, dryRun: true));
        var unreadable = await Assert.ThrowsAsync<ValidationFailedException>(
            () => host.RunAsync<TechnologyImportService, ImportReport>(s => s.ImportAsync(user, "listings.xlsx", new MemoryStream([1, 2, 3]), dryRun: true)));
        Assert.Equal(["file"], unreadable.Errors.Keys);
    }

    [Fact]
    public void Csv_QuotedFieldsBomAndLineBreaks_FollowRfc4180()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("a,\"b,1\",\"c\"\"d\"\r\n\"line\nbreak\",,x\ny")).ToArray();

        var rows = ImportTable.Csv(new MemoryStream(bytes));

        Assert.Equal(["a", "b,1", "c\"d"], rows[0]);
        Assert.Equal(["line\nbreak", "", "x"], rows[1]);
        Assert.Equal(["y"], rows[2]);
    }

    private static string EnglishOf(string header) => TechnologyImportColumns.Find(header) ?? header;

    private static Task<ImportReport> ImportAsync(CoreHost host, Guid user, string csv, bool dryRun) =>
        host.RunAsync<TechnologyImportService, ImportReport>(s =>
            s.ImportAsync(user, "listings.csv", new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]), dryRun));
}
