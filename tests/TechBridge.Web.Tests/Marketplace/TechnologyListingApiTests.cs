using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Marketplace.TechnologyListingWorld;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>The listing API as a client uses it: create, read with ETag, change with If-Match (stale → 412), field errors, import dry run then real, and the pages.</summary>
public abstract class TechnologyListingApiTests(AppFixture fixture)
{
    [Fact]
    public async Task CreateGetPut_CurrentThenStaleIfMatch_Returns204Then412()
    {
        var client = await fixture.MemberClientAsync();
        var id = await fixture.NewListingAsync();

        using var get = await client.GetAsync($"{TechnologiesApi}/{id}");
        var body = await get.Content.ReadFromJsonAsync<JsonElement>();
        using var put = await PutAsync(client, id, "\"1\"", "첫 수정");
        using var stale = await PutAsync(client, id, "\"1\"", "늦은 수정");

        Assert.Equal("\"1\"", get.Headers.ETag!.Tag);
        Assert.Equal("10-2023-0123456", body.GetProperty("patents")[0].GetProperty("applicationNumber").GetString());
        Assert.Equal("KEIT", body.GetProperty("rndTask").GetProperty("agency").GetString());
        Assert.Equal("NonExclusive", body.GetProperty("terms").GetProperty("licenceKinds")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("\"2\"", stale.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Create_BadPatentAndFees_Returns400WithFieldErrorsInTheCallersLanguage()
    {
        var client = await fixture.MemberClientAsync();
        var listing = JsonSerializer.SerializeToNode(Listing($"E-{Guid.NewGuid():N}"[..20]))!;
        listing["feeMinKrw"] = 90_000_000;
        listing["patents"]![0]!["applicationNumber"] = "10-23-1";
        listing["patents"]![0]!["expiryDate"] = "2020-01-01";

        using var response = await client.PostAsJsonAsync(TechnologiesApi, listing);
        var problem = await response.ReadProblemAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("형식이 올바르지 않습니다", Assert.Single(problem.FieldErrors("Patents[0].ApplicationNumber")), StringComparison.Ordinal);
        Assert.Single(problem.FieldErrors("FeeMaxKrw"));
        Assert.Single(problem.FieldErrors("Patents[0].ExpiryDate"));
    }

    [Fact]
    public async Task Import_DryRunThenReal_ReportsNewThenSavesAndTheListingIsFoundByItsPatent()
    {
        var client = await fixture.OtherMemberClientAsync();
        var reference = $"CSV-{Guid.NewGuid():N}"[..20];

        using var dry = await UploadAsync(client, "listings.csv", Csv(reference), dryRun: true);
        var dryReport = await dry.Content.ReadFromJsonAsync<JsonElement>();
        using var real = await UploadAsync(client, "listings.csv", Csv(reference), dryRun: false);
        var report = await real.Content.ReadFromJsonAsync<JsonElement>();
        using var mine = await client.GetAsync($"{TechnologiesApi}/mine");

        Assert.Equal((HttpStatusCode.OK, false, "New"), (dry.StatusCode, dryReport.GetProperty("saved").GetBoolean(), dryReport.GetProperty("listings")[0].GetProperty("action").GetString()));
        Assert.True(report.GetProperty("saved").GetBoolean());
        var id = report.GetProperty("listings")[0].GetProperty("technologyId").GetGuid();
        Assert.Contains(id.ToString(), await mine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_TechnologyAndEditForm_ShowPatentsTermsAndTheEditActionOnlyToTheOwnersMember()
    {
        var id = await fixture.NewListingAsync();
        var member = await fixture.MemberClientAsync();
        var other = await fixture.OtherMemberClientAsync();

        var page = await member.GetStringAsync($"/marketplace/technologies/{id}");
        var otherPage = await other.GetStringAsync($"/marketplace/technologies/{id}");
        var form = await member.GetStringAsync($"/marketplace/technologies/{id}/edit");

        Assert.Contains("data-testid=\"patents\"", page, StringComparison.Ordinal);
        Assert.Contains("10-2023-0123456", page, StringComparison.Ordinal);
        Assert.Contains("통상실시권", page, StringComparison.Ordinal);
        Assert.Contains("RS-2023-00123456", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"edit-technology\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-technology\"", otherPage, StringComparison.Ordinal);
        Assert.Contains("value=\"10-2023-0123456\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Patents[1].ApplicationNumber\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Materials_UploadedByTheMember_OthersListAndDownloadThemOnlyTheMemberMayChangeThem()
    {
        var id = await fixture.NewListingAsync();
        var member = await fixture.MemberClientAsync();
        var other = await fixture.OtherMemberClientAsync();
        using var upload = await UploadMaterialAsync(member, id, "기술소개서.pdf", Pdf);

        var list = await other.GetFromJsonAsync<JsonElement>($"{TechnologiesApi}/{id}/materials");
        var item = list.GetProperty("items")[0];
        using var download = await other.GetAsync(item.GetProperty("url").GetString());
        var otherPage = await other.GetStringAsync($"/marketplace/technologies/{id}");
        var form = await member.GetStringAsync($"/marketplace/technologies/{id}/edit");
        var englishForm = await member.GetStringAsync($"/marketplace/technologies/{id}/edit?culture=en");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(("기술소개서.pdf", false), (item.GetProperty("fileName").GetString(), list.GetProperty("canAdd").GetBoolean()));
        Assert.Equal([".pdf", ".png", ".jpg", ".jpeg", ".webp", ".pptx"], list.GetProperty("extensions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("홍보 자료", otherPage, StringComparison.Ordinal);
        Assert.Contains(">기술소개서.pdf</a>", otherPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"attachment-upload\"", otherPage, StringComparison.Ordinal);
        Assert.Contains("accept=\".pdf,.png,.jpg,.jpeg,.webp,.pptx\"", form, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"attachment-delete\"", form, StringComparison.Ordinal);
        Assert.Contains("Marketing material", englishForm, StringComparison.Ordinal);
        Assert.Contains("Uploaded files are saved at once", englishForm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Materials_WordFileInEnglish_Returns400NamingTheAcceptedFormats()
    {
        var id = await fixture.NewListingAsync();
        var member = await fixture.MemberClientAsync();

        using var response = await PostFileAsync(member, $"{TechnologiesApi}/{id}/materials?culture=en", "contract.docx", [0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9], "application/octet-stream");
        var problem = await response.ReadProblemAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(problem.FieldErrors("file"));
        Assert.Contains(".pdf, .png, .jpg, .jpeg, .webp, .pptx", message, StringComparison.Ordinal);
        Assert.DoesNotContain("허용", message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, string etag, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{TechnologiesApi}/{id}") { Content = JsonContent.Create(Listing($"R-{id:N}"[..20], title)) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }
}

[Collection(OnSqlite.Name)]
public sealed class TechnologyListingApiSqliteTests(SqliteAppFixture fixture) : TechnologyListingApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class TechnologyListingApiPostgresTests(PostgresAppFixture fixture) : TechnologyListingApiTests(fixture);
