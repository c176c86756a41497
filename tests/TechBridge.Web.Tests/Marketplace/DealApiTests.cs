using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// The deal API end to end: opened from an inquiry, a step as a multipart form with a document, another as JSON under
/// If-Match, the technology's status following, and problem details for bad values (400 with field keys), an illegal move
/// (409 Deal.IllegalTransition), a stale version (412) — never a 500.
/// </summary>
public abstract class DealApiTests(AppFixture fixture)
{
    private const string Api = DealWorld.Api;

    [Fact]
    public async Task OpenStepsAndProblems_TwoParties_FollowThePipeline()
    {
        var inquiry = await fixture.TechnologyInquiryAsync();
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var owner = await fixture.SignedInAsAsync(Roles.CenterOperator);

        var opened = await owner.PostAsJsonAsync(Api, new { inquiryId = inquiry, note = "거래를 시작합니다." });
        Assert.True(opened.StatusCode == HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var id = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var again = await owner.PostAsJsonAsync(Api, new { inquiryId = inquiry });
        Assert.Equal("Deal.AlreadyOpen", (await again.ReadProblemAsync()).GetProperty("code").GetString());

        using var form = new MultipartFormDataContent
        {
            { new StringContent(await company.TokenAsync($"/marketplace/deals/{id}")), "__RequestVerificationToken" },
            { new StringContent("Nda"), "stage" },
            { new StringContent(DealWorld.Today), "occurredOn" },
            { new StringContent("NDA 서명본을 첨부합니다."), "note" },
            { new ByteArrayContent("%PDF-1.7\nNDA"u8.ToArray()), "file", "NDA.pdf" },
        };
        Assert.Equal(HttpStatusCode.Created, (await company.PostAsync($"{Api}/{id}/steps", form)).StatusCode);

        var got = await owner.GetAsync($"{Api}/{id}");
        var etag = got.Headers.ETag!.Tag;
        var deal = await got.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Nda", deal.GetProperty("state").GetString());
        var document = Assert.Single(deal.GetProperty("steps")[1].GetProperty("documents").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/v1/attachments/{document.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.OtherCompanyClientAsync()).GetAsync($"/api/v1/attachments/{document.GetProperty("id").GetGuid()}")).StatusCode);

        var bad = await owner.PostAsJsonAsync($"{Api}/{id}/steps", new { stage = "Won", occurredOn = "2026-13-45", licenceKind = "Free" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["licenceKind", "occurredOn", "stage"], (await bad.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var illegal = await owner.PostAsJsonAsync($"{Api}/{id}/steps", new { stage = "Contract", occurredOn = DealWorld.Today, licenceKind = "Exclusive", upfrontFeeKrw = 1, royaltyPercent = 1 });
        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        Assert.Equal("Deal.IllegalTransition", (await illegal.ReadProblemAsync()).GetProperty("code").GetString());

        using (var meeting = new HttpRequestMessage(HttpMethod.Post, $"{Api}/{id}/steps") { Content = JsonContent.Create(new { stage = "TechnicalMeeting", occurredOn = DealWorld.Today }) })
        {
            meeting.Headers.TryAddWithoutValidation("If-Match", etag);
            Assert.Equal(HttpStatusCode.Created, (await owner.SendAsync(meeting)).StatusCode);
        }

        using (var stale = new HttpRequestMessage(HttpMethod.Post, $"{Api}/{id}/lose") { Content = JsonContent.Create(new { reason = "Price" }) })
        {
            stale.Headers.TryAddWithoutValidation("If-Match", etag);
            Assert.Equal(HttpStatusCode.PreconditionFailed, (await company.SendAsync(stale)).StatusCode);
        }

        var technology = (await owner.GetFromJsonAsync<JsonElement>($"{Api}/{id}")).GetProperty("technologyId").GetGuid();
        Assert.Equal(LicensingStatus.UnderNegotiation, await fixture.QueryAsync(db => db.PublicTechnologies.Where(t => t.Id == technology).Select(t => t.Status).SingleAsync()));
        var noReason = await company.PostAsJsonAsync($"{Api}/{id}/lose", new { reason = "" });
        Assert.Equal(["reason"], (await noReason.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.NoContent, (await company.PostAsJsonAsync($"{Api}/{id}/lose", new { reason = "Price" })).StatusCode);
        Assert.Equal(LicensingStatus.Available, await fixture.QueryAsync(db => db.PublicTechnologies.Where(t => t.Id == technology).Select(t => t.Status).SingleAsync()));
        var mine = await company.GetFromJsonAsync<JsonElement>($"{Api}?filter=lost&pageSize=200");
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id && r.GetProperty("side").GetString() == "Buyer");
    }
}

[Collection(OnSqlite.Name)]
public sealed class DealApiSqliteTests(SqliteAppFixture fixture) : DealApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class DealApiPostgresTests(PostgresAppFixture fixture) : DealApiTests(fixture);
