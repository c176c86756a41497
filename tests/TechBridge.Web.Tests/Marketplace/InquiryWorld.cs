using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// Threads for the web tests: the demo company user asks the demo equipment center (whose operator is the demo center
/// account). Threads made here are written straight to the database, so the tests do not spend the sender's anti-spam
/// allowance (they are dated two days back; the API and page tests that send through the service stay well under it).
/// </summary>
internal static partial class InquiryWorld
{
    public const string Api = "/api/v1/marketplace/inquiries";

    public static async Task<Guid> ThreadAsync(this AppFixture fixture, string body = "장비 공동활용이 가능한지 문의드립니다.")
    {
        var sender = await fixture.UserIdAsync(Email(Roles.Company));
        var center = await fixture.DemoCenterAsync();
        var company = await fixture.DemoCompanyAsync();
        // Two days ago: these threads and messages do not count against the sender's anti-spam limits.
        var now = DateTimeOffset.UtcNow.AddDays(-2);
        var inquiry = new Inquiry
        {
            SubjectKind = InquirySubjectKind.Organization, SubjectId = center, SubjectTitle = "데모 장비센터", RecipientOrganizationId = center,
            SenderId = sender, SenderOrganizationId = company, Subject = "장비 활용 문의", Status = InquiryStatus.Open, CreatedAt = now, LastMessageAt = now,
        };
        await fixture.QueryAsync(db =>
        {
            db.Inquiries.Add(inquiry);
            db.InquiryMessages.Add(new InquiryMessage { InquiryId = inquiry.Id, AuthorUserId = sender, Body = body, SentAt = now });
            return db.SaveChangesAsync();
        });
        return inquiry.Id;
    }

    /// <summary>An open report of a fresh thread, by the demo company user.</summary>
    public static async Task<Guid> ReportAsync(this AppFixture fixture)
    {
        var thread = await fixture.ThreadAsync();
        var reporter = await fixture.UserIdAsync(Email(Roles.Company));
        var report = new InquiryReport { InquiryId = thread, ReporterId = reporter, Reason = "스팸", ReportedAt = DateTimeOffset.UtcNow.AddDays(-1), Status = InquiryReportStatus.Open };
        await fixture.QueryAsync(db =>
        {
            db.InquiryReports.Add(report);
            return db.SaveChangesAsync();
        });
        return report.Id;
    }

    /// <summary>The antiforgery token of a page the client loads (the portal's forms carry it).</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path);
        return WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static Task<int> CountAsync(this AppFixture fixture, Guid thread) =>
        fixture.QueryAsync(db => db.InquiryMessages.CountAsync(m => m.InquiryId == thread));
}
