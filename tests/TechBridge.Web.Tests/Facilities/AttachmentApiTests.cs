using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// The attachment API over real equipment and support requests: upload, list, download and delete; a refused file is 400
/// with the <c>file</c> field, an oversized one 413; who may do what per role, and 404 for those who may not see a request.
/// </summary>
public abstract partial class AttachmentApiTests(AppFixture fixture)
{
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task UploadListDownloadDelete_OperatorsPhoto_FollowsTheContract()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var operatorClient = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var png = Bytes(PngHeader, 3000);

        using var created = await UploadAsync(operatorClient, EquipmentPath(equipment), png, "장비 사진.png", token: await TokenAsync(operatorClient, equipment));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/attachments/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(("장비 사진.png", "image/png", 3000, true), (body.GetProperty("fileName").GetString(), body.GetProperty("contentType").GetString(),
            body.GetProperty("size").GetInt32(), body.GetProperty("isImage").GetBoolean()));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(png)), body.GetProperty("sha256").GetString());

        var company = await fixture.SignedInAsAsync(Roles.Company);
        var list = await company.GetFromJsonAsync<JsonElement>(EquipmentPath(equipment));
        Assert.Equal([id], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.False(list.GetProperty("canAdd").GetBoolean());

        using var download = await company.GetAsync($"/api/v1/attachments/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("장비 사진.png", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        using var pdf = await UploadAsync(operatorClient, EquipmentPath(equipment), Bytes("%PDF-1.7"u8.ToArray(), 500), "manual.pdf",
            token: await TokenAsync(operatorClient, equipment));
        var pdfId = (await pdf.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var pdfDownload = await company.GetAsync($"/api/v1/attachments/{pdfId}");
        Assert.Equal("attachment", pdfDownload.Content.Headers.ContentDisposition!.DispositionType);

        Assert.Equal(HttpStatusCode.Forbidden, (await company.DeleteAsync($"/api/v1/attachments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await operatorClient.DeleteAsync($"/api/v1/attachments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await company.GetAsync($"/api/v1/attachments/{id}")).StatusCode);
        Assert.Equal(2, await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Attachment" && e.EntityId == id.ToString())));
    }

    [Fact]
    public async Task Upload_RefusedOrOversizedOrWithoutToken_Answers400Or413AndStoresNothing()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var token = await TokenAsync(client, equipment);

        using var renamedExe = await UploadAsync(client, EquipmentPath(equipment), Bytes([0x4D, 0x5A, 0x90, 0x00], 400), "photo.png", token);
        Assert.Equal(HttpStatusCode.BadRequest, renamedExe.StatusCode);
        Assert.Single((await renamedExe.ReadProblemAsync()).FieldErrors("file"));

        using var exe = await UploadAsync(client, EquipmentPath(equipment), Bytes([0x4D, 0x5A, 0x90, 0x00], 400), "setup.exe", token);
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Single((await exe.ReadProblemAsync()).FieldErrors("file"));

        using var tooLarge = await UploadAsync(client, EquipmentPath(equipment), Bytes(PngHeader, 20 * 1024 * 1024 + 1), "huge.png", token);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Single((await tooLarge.ReadProblemAsync()).FieldErrors("file"));

        using var noToken = await UploadAsync(client, EquipmentPath(equipment), Bytes(PngHeader, 400), "photo.png", token: null);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        Assert.Equal(0, await fixture.QueryAsync(db => db.Attachments.CountAsync(a => a.OwnerId == equipment)));
    }

    [Fact]
    public async Task Upload_EquipmentByRole_OnlyThoseWhoRunTheCenterMayAdd()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var expected = new Dictionary<string, HttpStatusCode>
        {
            [Roles.CenterOperator] = HttpStatusCode.Created,
            [Roles.ProgramManager] = HttpStatusCode.Created,
            [Roles.Administrator] = HttpStatusCode.Created,
            [Roles.Company] = HttpStatusCode.Forbidden,
            [Roles.Coordinator] = HttpStatusCode.Forbidden,
            [Roles.Researcher] = HttpStatusCode.Forbidden,
        };
        var actual = new Dictionary<string, HttpStatusCode>();
        foreach (var role in expected.Keys)
        {
            var client = await fixture.SignedInAsAsync(role);
            using var response = await UploadAsync(client, EquipmentPath(equipment), Bytes(PngHeader, 300), $"{role}.png", await TokenAsync(client, equipment));
            actual[role] = response.StatusCode;
        }

        var otherCenter = await fixture.OtherCenterClientAsync();
        using (var response = await UploadAsync(otherCenter, EquipmentPath(equipment), Bytes(PngHeader, 300), "other.png", await TokenAsync(otherCenter, equipment)))
        {
            actual["other center"] = response.StatusCode;
        }

        expected["other center"] = HttpStatusCode.Forbidden;
        Assert.Equal(expected, actual);
        Assert.Equal(HttpStatusCode.OK, (await otherCenter.GetAsync(EquipmentPath(equipment))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.CreateClient().GetAsync(EquipmentPath(equipment))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCenter.GetAsync(EquipmentPath(Guid.NewGuid()))).StatusCode);
    }

    [Fact]
    public async Task Attachments_SupportRequest_CompanyAddsWhileOpenOthersWhoSeeItReadOutsidersGet404()
    {
        var request = await SubmitRequestAsync();
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var path = $"/api/v1/facilities/requests/{request}/attachments";

        using var created = await UploadAsync(company, path, Bytes("%PDF-1.4"u8.ToArray(), 800), "요구사항.pdf", await TokenAsync(company, null));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var coordinator = await fixture.SignedInAsAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/attachments/{id}")).StatusCode);
        using (var refused = await UploadAsync(coordinator, path, Bytes("%PDF-1.4"u8.ToArray(), 800), "c.pdf", await TokenAsync(coordinator, null)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        foreach (var outsider in new[] { await fixture.OtherCompanyClientAsync(), await fixture.SignedInAsAsync(Roles.CenterOperator), await fixture.SignedInAsAsync(Roles.Researcher) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/attachments/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.DeleteAsync($"/api/v1/attachments/{id}")).StatusCode);
            using var upload = await UploadAsync(outsider, path, Bytes("%PDF-1.4"u8.ToArray(), 800), "x.pdf", await TokenAsync(outsider, null));
            Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        }

        var companyId = await fixture.UserIdAsync(Email(Roles.Company));
        await fixture.RunAsync<SupportRequestService, bool>(async s =>
        {
            await s.ActAsync(companyId, request, SupportRequestAction.Cancel, new SupportMessage("첨부 시험 종료"));
            return true;
        });
        using (var closed = await UploadAsync(company, path, Bytes("%PDF-1.4"u8.ToArray(), 800), "late.pdf", await TokenAsync(company, null)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, closed.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await company.DeleteAsync($"/api/v1/attachments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await company.GetAsync($"/api/v1/attachments/{id}")).StatusCode);
    }

    [Fact]
    public async Task UploadForm_FromTheEquipmentPage_RedirectsBackAndThePageShowsThePhoto()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var page = $"/facilities/equipment/{equipment}";

        using var posted = await UploadAsync(client, EquipmentPath(equipment), Bytes(PngHeader, 500), "thumb.png", await TokenAsync(client, equipment), returnUrl: page);
        using var refused = await UploadAsync(client, EquipmentPath(equipment), Bytes(PngHeader, 500), "thumb.exe", await TokenAsync(client, equipment), returnUrl: page);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(page + "#attachments", posted.RedirectPath());
        Assert.Equal(page + "?attachment=refused#attachments", refused.RedirectPath());
        var html = await client.GetStringAsync(page);
        Assert.Contains("thumb.png", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"attachment-thumbnail\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"attachment-error\"", await client.GetStringAsync(page + "?attachment=refused"), StringComparison.Ordinal);
    }

    private static string EquipmentPath(Guid equipment) => $"/api/v1/facilities/equipment/{equipment}/attachments";

    private static byte[] Bytes(byte[] header, int size)
    {
        var bytes = new byte[size];
        RandomNumberGenerator.Fill(bytes);
        header.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>An antiforgery token for the client, from the equipment page (or the home page).</summary>
    private static async Task<string> TokenAsync(HttpClient client, Guid? equipment)
    {
        var html = await client.GetStringAsync(equipment is { } id ? $"/facilities/equipment/{id}" : "/");
        return WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, byte[] bytes, string name, string? token, string? returnUrl = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        if (returnUrl is not null)
        {
            form.Add(new StringContent(returnUrl), "returnUrl");
        }

        return await client.PostAsync(path, form);
    }

    private async Task<Guid> SubmitRequestAsync()
    {
        var coordinatorOrg = await fixture.QueryAsync(db => db.Users.AsNoTracking().Where(u => u.Email == Email(Roles.Coordinator)).Select(u => u.OrganizationId!.Value).SingleAsync());
        var industry = await fixture.QueryAsync(db => db.Industries.AsNoTracking().Where(i => i.RepresentativeInstitutionId == coordinatorOrg)
            .OrderBy(i => i.SortOrder).Select(i => i.Code).FirstAsync());
        var company = await fixture.UserIdAsync(Email(Roles.Company));
        return await fixture.RunAsync<SupportRequestService, Guid>(s => s.SubmitAsync(company, new SupportRequestInput(
            "첨부 시험 요청", industry, "시제품", "시험 분석이 필요합니다.", ["DEVELOPMENT"], 4, Day(10), Day(40))));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

[Collection(OnSqlite.Name)]
public sealed class AttachmentApiSqliteTests(SqliteAppFixture fixture) : AttachmentApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class AttachmentApiPostgresTests(PostgresAppFixture fixture) : AttachmentApiTests(fixture);
