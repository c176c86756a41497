using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Disposals;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>The HTTP contract of disposal cases: 201 with Location and ETag, 400 field errors in Korean and English, 404, 409, 412; and the pages' forms.</summary>
public abstract class DisposalApiTests(AppFixture fixture)
{
    private const string Disposals = "/api/v1/facilities/disposals";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task ProposeApproveTransferAccept_OverTheApi_MovesTheItemToTheReceivingCenter()
    {
        var item = await fixture.NewEquipmentAsync();
        var other = await fixture.OtherCenterAsync();
        var operatorClient = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var pm = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var receiving = await fixture.OtherCenterClientAsync();

        var proposed = await PostAsync(operatorClient, $"/api/v1/facilities/equipment/{item}/disposals", new { reasonKind = "Idle", text = "  이용 실적이 없습니다.  " });

        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var body = await proposed.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"{Disposals}/{id}", proposed.Headers.Location!.OriginalString);
        Assert.Equal($"\"{body.GetProperty("version").GetInt64()}\"", proposed.Headers.ETag!.Tag);
        Assert.Equal(("Proposed", "이용 실적이 없습니다.", "DisposalCandidate"),
            (body.GetProperty("status").GetString(), body.GetProperty("reasonText").GetString(), body.GetProperty("equipmentStatus").GetString()));
        Assert.Equal(JsonValueKind.Number, body.GetProperty("evidence").GetProperty("rate").ValueKind);

        var approved = await PostAsync(pm, $"{Disposals}/{id}/approve-transfer", new { reason = "수요가 있는 센터로", receivingCenterId = other }, proposed.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var accepted = await PostAsync(receiving, $"{Disposals}/{id}/accept-transfer");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("TransferAccepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var moved = await fixture.ItemAsync(item);
        Assert.Equal((other, EquipmentStatus.Available), (moved.CenterId, moved.Status));
        var list = await receiving.GetFromJsonAsync<JsonElement>($"{Disposals}?status=TransferAccepted&pageSize=100");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task BadInput_Returns400FieldErrorsInKoreanAndEnglish()
    {
        var item = await fixture.NewEquipmentAsync();
        var operatorClient = await fixture.SignedInAsAsync(Roles.CenterOperator);

        var korean = await PostAsync(operatorClient, $"/api/v1/facilities/equipment/{item}/disposals", new { reasonKind = "Bored", text = "" });
        var english = await PostAsync(operatorClient, $"/api/v1/facilities/equipment/{item}/disposals?culture=en", new { reasonKind = "", text = "" });

        Assert.Equal(HttpStatusCode.BadRequest, korean.StatusCode);
        Assert.Contains("처분 사유 구분", Assert.Single((await korean.ReadProblemAsync()).FieldErrors("reasonKind")), StringComparison.Ordinal);
        var problem = await english.ReadProblemAsync();
        Assert.Contains("Select kind of reason.", problem.FieldErrors("reasonKind"), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Explanation is required.", problem.FieldErrors("text"));
        Assert.Equal(EquipmentStatus.Available, (await fixture.ItemAsync(item)).Status);
        var pm = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var (id, _) = await fixture.ProposedAsync();
        var noReason = await PostAsync(pm, $"{Disposals}/{id}/approve-disposal?culture=en", new { reason = " " });
        Assert.Contains("Reason is required.", (await noReason.ReadProblemAsync()).FieldErrors("reason"));
        var badMethod = await PostAsync(pm, $"{Disposals}/{id}/record-disposal", new { method = "Burn" });
        Assert.Equal(HttpStatusCode.BadRequest, badMethod.StatusCode);
    }

    [Fact]
    public async Task RuleBroken_Returns409NamingTheStateAndStaleVersion412()
    {
        var (id, item) = await fixture.ProposedAsync();
        var operatorClient = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var pm = await fixture.SignedInAsAsync(Roles.ProgramManager);

        var again = await PostAsync(operatorClient, $"/api/v1/facilities/equipment/{item}/disposals", new { reasonKind = "Idle", text = "다시" });
        var stale = await PostAsync(pm, $"{Disposals}/{id}/reject", new { reason = "검토" }, "\"999\"");
        var record = await PostAsync(operatorClient, $"{Disposals}/{id}/record-disposal?culture=en", new { disposedOn = Day(0), method = "Scrap" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, record.StatusCode);
        Assert.Contains("A disposal case that is proposed cannot be recorded as disposed.", (await record.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(DisposalStatus.Proposed, (await fixture.DisposalAsync(id)).Status);
    }

    [Fact]
    public async Task ComingReservation_BlocksApprovalWith409UntilCancelled()
    {
        var (id, item) = await fixture.ProposedAsync();
        var reservation = await fixture.BookAsync(item, At(Day(30), 10), At(Day(30), 12));
        var pm = await fixture.SignedInAsAsync(Roles.ProgramManager);

        var refused = await PostAsync(pm, $"{Disposals}/{id}/approve-disposal", new { reason = "처분" });
        var page = await pm.GetStringAsync($"/facilities/disposals/{id}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("data-testid=\"coming-reservations\"", page, StringComparison.Ordinal);
        Assert.Contains($"/facilities/reservations/{reservation}", page, StringComparison.Ordinal);
        await fixture.ActAsync(Email(Roles.Company), reservation, Core.Facilities.Reservations.ReservationAction.Cancel, "장비 처분");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(pm, $"{Disposals}/{id}/approve-disposal", new { reason = "처분" })).StatusCode);
    }

    [Fact]
    public async Task UnknownIds_Return404Problems()
    {
        var pm = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var unknown = Guid.NewGuid();

        foreach (var response in new[]
                 {
                     await pm.GetAsync($"{Disposals}/{unknown}"),
                     await PostAsync(pm, $"{Disposals}/{unknown}/reject", new { reason = "?" }),
                     await PostAsync(pm, $"/api/v1/facilities/equipment/{unknown}/disposals", new { reasonKind = "Idle", text = "?" }),
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            await response.ReadProblemAsync();
        }
    }

    [Fact]
    public async Task StepForm_MissingReason_Returns400WithFieldMessageAndChangesNothing()
    {
        var (id, _) = await fixture.ProposedAsync();
        var pm = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var page = $"/facilities/disposals/{id}";

        var response = await pm.PostFormAsync(page, "step", new Dictionary<string, string> { ["Input.Action"] = "Reject", ["Input.Reason"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("사유를 입력하세요.", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"action-error\"", html, StringComparison.Ordinal);
        Assert.Equal(DisposalStatus.Proposed, (await fixture.DisposalAsync(id)).Status);

        var done = await pm.PostFormAsync(page, "step", new Dictionary<string, string> { ["Input.Action"] = "Reject", ["Input.Reason"] = "계속 사용합니다." });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(page, done.RedirectPath());
        Assert.Equal(DisposalStatus.Rejected, (await fixture.DisposalAsync(id)).Status);
    }

    [Fact]
    public async Task ProposeForm_Valid_RedirectsToTheCaseAndDeniedRolesGoToTheDeniedPage()
    {
        var item = await fixture.NewEquipmentAsync();
        var operatorClient = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var path = $"/facilities/equipment/{item}/propose-disposal";

        var denied = await company.GetAsync(path);
        var invalid = await operatorClient.PostFormAsync(path, "propose", new Dictionary<string, string> { ["Input.ReasonKind"] = "", ["Input.Text"] = "설명" });
        var response = await operatorClient.PostFormAsync(path, "propose", new Dictionary<string, string> { ["Input.ReasonKind"] = "Obsolete", ["Input.Text"] = "단종" });

        Assert.StartsWith("/account/denied", denied.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("처분 사유 구분을 고르세요.", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/facilities/disposals/", response.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(EquipmentStatus.DisposalCandidate, (await fixture.ItemAsync(item)).Status);
        Assert.Contains("data-testid=\"open-case\"", await operatorClient.GetStringAsync(path), StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class DisposalApiSqliteTests(SqliteAppFixture fixture) : DisposalApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class DisposalApiPostgresTests(PostgresAppFixture fixture) : DisposalApiTests(fixture);
