using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// What the listing tests set up in the shared app: a member of a demo university (the owner) and a member of another demo
/// university, both researchers by role (listing is a capability of the organisation's members, not a role), and listings.
/// </summary>
public static partial class TechnologyListingWorld
{
    public const string TechnologiesApi = "/api/v1/marketplace/technologies";
    public const string MemberEmail = "tlo-member@test.techbridge.kr";
    public const string OtherMemberEmail = "tlo-other@test.techbridge.kr";

    public static object Listing(string reference, string title = "황화물계 고체전해질 제조 기술") => new
    {
        titleKo = title, titleEn = "Sulfide solid electrolyte", summary = "대기 안정성이 높은 고체전해질 공정", fields = new[] { "SECONDARY_BATTERY" }, trl = 4,
        referenceKey = reference, rndTaskNumber = "RS-2023-00123456", rndAgency = "KEIT", rndYear = 2023, licenceKinds = new[] { "NonExclusive" },
        feeMinKrw = 10_000_000, feeMaxKrw = 50_000_000, termsConditions = "경상기술료 2%",
        patents = new[] { new { applicationNumber = "10-2023-0123456", registrationNumber = (string?)null, status = "Filed", countries = new[] { "KR" }, filingDate = "2023-03-15", expiryDate = (string?)null } },
    };

    public static Task<HttpClient> MemberClientAsync(this AppFixture fixture) => fixture.InstituteClientAsync(MemberEmail, 0);

    public static Task<HttpClient> OtherMemberClientAsync(this AppFixture fixture) => fixture.InstituteClientAsync(OtherMemberEmail, 1);

    /// <summary>The university the member belongs to.</summary>
    public static async Task<Guid> MemberUniversityAsync(this AppFixture fixture)
    {
        await fixture.MemberClientAsync();
        return await fixture.QueryAsync(db => db.Users.Where(u => u.Email == MemberEmail).Select(u => u.OrganizationId!.Value).SingleAsync());
    }

    /// <summary>A new listing of the member's university; returns its id.</summary>
    public static async Task<Guid> NewListingAsync(this AppFixture fixture)
    {
        var client = await fixture.MemberClientAsync();
        using var response = await client.PostAsJsonAsync(TechnologiesApi, Listing($"W-{Guid.NewGuid():N}"[..20]));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>Posts a file as the import page's script would, with the caller's antiforgery token when it has one.</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, bool dryRun) =>
        PostFileAsync(client, $"{TechnologiesApi}/import?dryRun={(dryRun ? "true" : "false")}", fileName, content, "text/csv");

    /// <summary>Uploads a file to the technology's marketing material as the portal's form would.</summary>
    public static Task<HttpResponseMessage> UploadMaterialAsync(HttpClient client, Guid technologyId, string fileName, byte[] content) =>
        PostFileAsync(client, $"{TechnologiesApi}/{technologyId}/materials", fileName, content, "application/octet-stream");

    /// <summary>A new listing of the member's university with one brochure (a PDF); returns the brochure's attachment id.</summary>
    public static async Task<Guid> NewMaterialAsync(this AppFixture fixture)
    {
        var technology = await fixture.NewListingAsync();
        using var response = await UploadMaterialAsync(await fixture.MemberClientAsync(), technology, "기술소개서.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>A small file that starts as a PDF does.</summary>
    public static byte[] Pdf => [.. "%PDF-1.7\n"u8, .. Encoding.ASCII.GetBytes(new string('x', 200))];

    /// <summary>Posts a file as field <c>file</c> with the caller's antiforgery token when it has one.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, string fileName, byte[] content, string contentType)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var home = await client.GetAsync("/");
        var token = TokenPattern().Match(await home.Content.ReadAsStringAsync()).Groups[1].Value;
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        if (token.Length > 0)
        {
            form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        }

        return await client.PostAsync(url, form);
    }

    public static byte[] Csv(string reference) => Encoding.UTF8.GetBytes(
        "reference,title_ko,summary,fields,trl,licence_kinds,patent_application_number,patent_status,patent_countries,patent_filing_date\r\n" +
        $"{reference},가져온 기술,가져오기 확인,SECONDARY_BATTERY,3,NonExclusive,10-2022-0111111,Filed,KR,2022-05-01\r\n");

    private static async Task<HttpClient> InstituteClientAsync(this AppFixture fixture, string email, int index)
    {
        if (!await fixture.QueryAsync(db => db.Users.AnyAsync(u => u.Email == email)))
        {
            var university = await fixture.QueryAsync(db => db.Organizations.AsNoTracking().Where(o => o.Kind == OrganizationKind.University)
                .OrderBy(o => o.Id).Select(o => o.Id).Skip(index).FirstAsync());
            await fixture.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
                new NewAccount(email, index == 0 ? "기술이전 담당자" : "다른 대학 담당자", ReservationWorld.OtherPassword, [Roles.Researcher], OrganizationId: university)));
        }

        return await fixture.SignedInClientAsync(email, ReservationWorld.OtherPassword);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
