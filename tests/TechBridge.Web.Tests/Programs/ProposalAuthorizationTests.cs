using System.Net.Http.Json;
using TechBridge.Core.Accounts;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// Every proposal endpoint and the proposal attachment endpoints × every demo role, another company, another center and
/// anonymous. The proposal of each row is the demo company user's. API: anonymous 401 (but for the invitation link, which
/// needs no account); the applicant reads and changes their own; a draft does not exist for anyone else (404); program
/// managers and administrators read a submitted proposal and change nothing (403); a call's submissions are for them
/// alone. The demo researcher has no organisation, so may not start a proposal (409, a rule with its message).
/// </summary>
public abstract class ProposalAuthorizationTests(AppFixture fixture)
{
    private const string Api = "/api/v1/programs";

    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                          anon comp othCo res cent othCe coord  pm  rev admin
        ["POST calls/{id}/proposals"] =           [401, 201, 201, 409, 403, 403, 403, 403, 403, 403],
        ["GET calls/{id}/proposals"] =            [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["GET proposals"] =                       [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET proposal (draft)"] =                [401, 200, 404, 404, 404, 404, 404, 404, 404, 404],
        ["GET proposal (submitted)"] =            [401, 200, 404, 404, 404, 404, 404, 200, 404, 200],
        ["PUT proposal (draft)"] =                [401, 200, 404, 404, 404, 404, 404, 404, 404, 404],
        ["PUT proposal (submitted)"] =            [401, 409, 404, 404, 404, 404, 404, 403, 404, 403],
        ["POST invitations (draft)"] =            [401, 200, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST invitations (submitted)"] =        [401, 409, 404, 404, 404, 404, 404, 403, 404, 403],
        ["POST submit (draft)"] =                 [401, 200, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST submit (submitted)"] =             [401, 409, 404, 404, 404, 404, 404, 403, 404, 403],
        ["POST withdraw (draft)"] =               [401, 204, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST withdraw (submitted)"] =           [401, 204, 404, 404, 404, 404, 404, 403, 404, 403],
        ["GET invitation"] =                      [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET invitation (unknown)"] =            [404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST confirm"] =                        [204, 204, 204, 204, 204, 204, 204, 204, 204, 204],
        ["POST decline"] =                        [204, 204, 204, 204, 204, 204, 204, 204, 204, 204],
        ["POST confirm (unknown)"] =              [404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST decline (submitted)"] =            [409, 409, 409, 409, 409, 409, 409, 409, 409, 409],
        ["GET attachments (draft)"] =             [401, 200, 404, 404, 404, 404, 404, 404, 404, 404],
        ["GET attachments (submitted)"] =         [401, 200, 404, 404, 404, 404, 404, 200, 404, 200],
        ["POST attachment (draft)"] =             [401, 201, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST attachment (submitted)"] =         [401, 403, 404, 404, 404, 404, 404, 403, 404, 403],
        ["GET attachment (draft)"] =              [401, 200, 404, 404, 404, 404, 404, 404, 404, 404],
        ["GET attachment (submitted)"] =          [401, 200, 404, 404, 404, 404, 404, 200, 404, 200],
        ["DELETE attachment (draft)"] =           [401, 204, 404, 404, 404, 404, 404, 404, 404, 404],
        ["DELETE attachment (submitted)"] =       [401, 403, 404, 404, 404, 404, 404, 403, 404, 403],
        ["POST screening (closed call)"] =        [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
    };

    /// <summary>The portal's pages: anonymous visitors go to the login (302), callers without the policy to the denied page.</summary>
    private static readonly Dictionary<string, int[]> Pages = new(StringComparer.Ordinal)
    {
        //                                          anon comp othCo res cent othCe coord  pm  rev admin
        ["PAGE /programs/proposals"] =            [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE proposal (draft)"] =               [302, 200, 404, 404, 404, 404, 404, 404, 404, 404],
        ["PAGE proposal (submitted)"] =           [302, 200, 404, 404, 404, 404, 404, 200, 404, 200],
        ["PAGE edit (draft)"] =                   [302, 200, 404, 404, 404, 404, 404, 404, 404, 404],
        ["PAGE received"] =                       [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
        ["PAGE conflicts"] =                      [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
        ["PAGE invitation"] =                     [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE invitation (unknown)"] =           [404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    public static TheoryData<string> PageRows() => [.. Pages.Keys];

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Page_EveryCaller_AnswersTheExpectedStatus(string page)
    {
        await CallerMatrix.AssertRowAsync(fixture, page, Pages[page], (_, _, client) => OpenAsync(page, client), "/account/denied");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint], (_, _, client) => SendAsync(endpoint, client));
    }

    [Fact]
    public async Task ReceivedProposals_Manager_SeesSubmittedOnesOnly()
    {
        var call = await fixture.NewCallAsync(title: "접수 목록 확인 공고");
        var submitted = await fixture.SubmittedAsync(call);
        var draft = await fixture.NewDraftAsync(call);
        var manager = await fixture.SignedInAsAsync(Roles.ProgramManager);

        var received = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>($"{Api}/calls/{call}/proposals");

        var only = Assert.Single(received.EnumerateArray());
        Assert.Equal(submitted, only.GetProperty("id").GetGuid());
        Assert.NotEqual(draft, only.GetProperty("id").GetGuid());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await manager.GetAsync($"{Api}/calls/{Guid.NewGuid()}/proposals")).StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string endpoint, HttpClient client)
    {
        switch (endpoint)
        {
            case "POST calls/{id}/proposals":
                return await client.PostAsync($"{Api}/calls/{await fixture.NewCallAsync()}/proposals", null);
            case "GET calls/{id}/proposals":
                return await client.GetAsync($"{Api}/calls/{await fixture.NewCallAsync()}/proposals");
            case "GET proposals":
                return await client.GetAsync($"{Api}/proposals");
            case "GET proposal (draft)":
                return await client.GetAsync($"{Api}/proposals/{await fixture.NewDraftAsync()}");
            case "GET proposal (submitted)":
                return await client.GetAsync($"{Api}/proposals/{await fixture.SubmittedAsync()}");
            case "PUT proposal (draft)":
                return await client.PutAsJsonAsync($"{Api}/proposals/{await fixture.NewDraftAsync()}", new { titleKo = "권한 확인" });
            case "PUT proposal (submitted)":
                return await client.PutAsJsonAsync($"{Api}/proposals/{await fixture.SubmittedAsync()}", new { titleKo = "권한 확인" });
            case "POST invitations (draft)":
                return await client.PostAsync($"{Api}/proposals/{(await fixture.InvitedAsync()).Proposal}/invitations", null);
            case "POST invitations (submitted)":
                return await client.PostAsync($"{Api}/proposals/{await fixture.SubmittedAsync()}/invitations", null);
            case "POST submit (draft)":
                return await client.PostAsync($"{Api}/proposals/{await fixture.CompleteDraftAsync()}/submit", null);
            case "POST submit (submitted)":
                return await client.PostAsync($"{Api}/proposals/{await fixture.SubmittedAsync()}/submit", null);
            case "POST withdraw (draft)":
                return await client.PostAsync($"{Api}/proposals/{await fixture.NewDraftAsync()}/withdraw", null);
            case "POST withdraw (submitted)":
                return await client.PostAsync($"{Api}/proposals/{await fixture.SubmittedAsync()}/withdraw", null);
            case "GET invitation":
                return await client.GetAsync($"{Api}/invitations/{(await fixture.InvitedAsync()).Token}");
            case "GET invitation (unknown)":
                return await client.GetAsync($"{Api}/invitations/{UnknownToken()}");
            case "POST confirm":
                return await client.PostAsync($"{Api}/invitations/{(await fixture.InvitedAsync()).Token}/confirm", null);
            case "POST decline":
                return await client.PostAsync($"{Api}/invitations/{(await fixture.InvitedAsync()).Token}/decline", null);
            case "POST confirm (unknown)":
                return await client.PostAsync($"{Api}/invitations/{UnknownToken()}/confirm", null);
            case "POST decline (submitted)":
                return await client.PostAsync($"{Api}/invitations/{await SubmittedInvitationAsync()}/decline", null);
            case "GET attachments (draft)":
                return await client.GetAsync($"{Api}/proposals/{await fixture.NewDraftAsync()}/attachments");
            case "GET attachments (submitted)":
                return await client.GetAsync($"{Api}/proposals/{(await WithDocumentAsync(submit: true)).Proposal}/attachments");
            case "POST attachment (draft)":
                return await ProposalApiTests.UploadAsync(client, await fixture.NewDraftAsync(), "권한 확인.pdf", "ResearchPlan",
                    await ProposalApiTests.AntiforgeryTokenAsync(client));
            case "POST attachment (submitted)":
                return await ProposalApiTests.UploadAsync(client, (await WithDocumentAsync(submit: true)).Proposal, "권한 확인.pdf", "ResearchPlan",
                    await ProposalApiTests.AntiforgeryTokenAsync(client));
            case "GET attachment (draft)":
                return await client.GetAsync($"/api/v1/attachments/{(await WithDocumentAsync(submit: false)).Attachment}");
            case "GET attachment (submitted)":
                return await client.GetAsync($"/api/v1/attachments/{(await WithDocumentAsync(submit: true)).Attachment}");
            case "DELETE attachment (draft)":
                return await client.DeleteAsync($"/api/v1/attachments/{(await WithDocumentAsync(submit: false)).Attachment}");
            case "DELETE attachment (submitted)":
                return await client.DeleteAsync($"/api/v1/attachments/{(await WithDocumentAsync(submit: true)).Attachment}");
            case "POST screening (closed call)":
                return await client.PostAsJsonAsync($"{Api}/proposals/{await ScreenableAsync()}/screening", new { outcome = "Rejected", note = "권한 확인" });
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);
        }
    }

    private async Task<HttpResponseMessage> OpenAsync(string page, HttpClient client) => page switch
    {
        "PAGE /programs/proposals" => await client.GetAsync("/programs/proposals"),
        "PAGE proposal (draft)" => await client.GetAsync($"/programs/proposals/{await fixture.NewDraftAsync()}"),
        "PAGE proposal (submitted)" => await client.GetAsync($"/programs/proposals/{await fixture.SubmittedAsync()}"),
        "PAGE edit (draft)" => await client.GetAsync($"/programs/proposals/{await fixture.NewDraftAsync()}/edit"),
        "PAGE received" => await client.GetAsync($"/programs/calls/{await fixture.NewCallAsync()}/proposals"),
        "PAGE conflicts" => await client.GetAsync($"/programs/calls/{await fixture.NewCallAsync()}/conflicts"),
        "PAGE invitation" => await client.GetAsync($"/programs/invitations/{(await fixture.InvitedAsync()).Token}"),
        "PAGE invitation (unknown)" => await client.GetAsync($"/programs/invitations/{UnknownToken()}"),
        _ => throw new ArgumentOutOfRangeException(nameof(page), page, null),
    };

    /// <summary>A link token of the same shape as a real one that no partner was sent.</summary>
    private static string UnknownToken() => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray());

    /// <summary>The token of a partner who confirmed a proposal that was then submitted.</summary>
    private async Task<string> SubmittedInvitationAsync()
    {
        var (proposal, token) = await fixture.InvitedAsync();
        await fixture.RunAsync<Core.Programs.Proposals.PartnerInvitations, bool>(async s =>
        {
            await s.RespondAsync(token, confirm: true);
            return true;
        });
        var user = await fixture.UserIdAsync(Email(Roles.Company));
        var lead = await fixture.RunAsync<Core.Programs.Proposals.ProposalQueries, Core.Programs.Proposals.ProposalInput>(async q =>
            (await q.EditableAsync(user, proposal)).Input);
        await fixture.RunAsync<Core.Programs.Proposals.ProposalService, long>(s => s.SaveAsync(user, proposal, lead with
        {
            TitleEn = "Invitation check task", SummaryKo = "초대를 확인합니다.", SummaryEn = "Checks the invitation.", FieldCode = "SECONDARY_BATTERY", Months = 12,
            Researchers = [new(0, "김연구", null, Core.Programs.Proposals.ResearcherRole.PrincipalInvestigator, 50)],
            Budget = [new(0, 1, 100_000_000, 40_000_000)],
        }));
        await fixture.RunAsync<Core.Programs.Proposals.ProposalService, string>(s => s.SubmitAsync(user, proposal));
        return token;
    }

    /// <summary>A submitted proposal of a call that has since been closed, so it can be screened.</summary>
    private async Task<Guid> ScreenableAsync()
    {
        var call = await fixture.NewCallAsync(title: "접수 검토 권한 확인 공고");
        var proposal = await fixture.SubmittedAsync(call);
        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
        await fixture.RunAsync<Core.Programs.Calls.CallService, bool>(async s =>
        {
            await s.CloseAsync(manager, call);
            return true;
        });
        return proposal;
    }

    /// <summary>A proposal of the demo company user with one document, submitted when asked.</summary>
    private async Task<(Guid Proposal, Guid Attachment)> WithDocumentAsync(bool submit)
    {
        var user = await fixture.UserIdAsync(Email(Roles.Company));
        var proposal = await fixture.CompleteDraftAsync();
        var bytes = new byte[400];
        "%PDF-1.7"u8.ToArray().CopyTo(bytes, 0);
        var added = await fixture.RunAsync<AttachmentService, AttachmentView>(async s =>
        {
            await using var content = new MemoryStream(bytes);
            return await s.AddAsync(new AttachmentOwner(AttachmentOwnerTypes.Proposal, proposal), content, "연구계획서.pdf", "application/pdf", user, "ResearchPlan");
        });
        if (submit)
        {
            await fixture.RunAsync<Core.Programs.Proposals.ProposalService, string>(s => s.SubmitAsync(user, proposal));
        }

        return (proposal, added.Id);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ProposalAuthorizationSqliteTests(SqliteAppFixture fixture) : ProposalAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ProposalAuthorizationPostgresTests(PostgresAppFixture fixture) : ProposalAuthorizationTests(fixture);
