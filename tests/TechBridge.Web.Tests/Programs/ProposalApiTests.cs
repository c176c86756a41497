using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// The proposal API from the applicant's side: a draft under an open call, saved with its consortium, researchers, budget,
/// dispatch and answers (If-Match, field errors by camelCase path), partners invited by e-mail and answering through the
/// anonymous link, documents of a kind, the final submission with its receipt number and frozen content, and the call's
/// close. Business rules answer 409 with their code, as everywhere in the API.
/// </summary>
public abstract partial class ProposalApiTests(AppFixture fixture)
{
    private const string Api = "/api/v1/programs";

    [Fact]
    public async Task DraftInviteConfirmSubmit_CompanyApplicant_FollowsTheContract()
    {
        var leadName = $"시험 신청 기업 {Guid.NewGuid():N}"[..20];
        var (email, _, organization) = await fixture.NewApplicantAsync(leadName);
        var client = await fixture.SignedInClientAsync(email, ProposalWorld.Password);
        var call = await fixture.NewCallAsync(title: "제안서 API 공고");
        var university = await fixture.QueryAsync(db => db.Organizations.AsNoTracking().Where(o => o.Kind == OrganizationKind.University && o.NameKo != "")
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.NameKo, o.CountryCode }).FirstAsync());
        var domesticEmail = $"domestic-{Guid.NewGuid():N}@example.ac.kr";
        var overseasEmail = $"overseas-{Guid.NewGuid():N}@example.de";

        // Create: 201 with the draft, where it lives and its version.
        using var created = await client.PostAsync($"{Api}/calls/{call}/proposals", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal($"{Api}/proposals/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal($"\"{draft.GetProperty("version").GetInt64()}\"", created.Headers.ETag!.Tag);
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.True(draft.GetProperty("canEdit").GetBoolean());
        var lead = Assert.Single(draft.GetProperty("content").GetProperty("partners").EnumerateArray());
        Assert.Equal((leadName, "Lead", "Confirmed"), (lead.GetProperty("name").GetString(), lead.GetProperty("role").GetString(), lead.GetProperty("response").GetString()));
        var leadId = lead.GetProperty("id").GetGuid();

        var mine = await client.GetFromJsonAsync<JsonElement>($"{Api}/proposals");
        Assert.Equal([id], mine.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));

        // Save the whole draft against the version it was read at: 200 with the new version, which is the new ETag.
        var body = Draft(leadId, organization, university.Id, domesticEmail, overseasEmail);
        using var saved = await PutAsync(client, id, body, created.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        Assert.Equal($"\"{version}\"", saved.Headers.ETag!.Tag);
        Assert.NotEqual(created.Headers.ETag.Tag, saved.Headers.ETag.Tag);

        using var read = await client.GetAsync($"{Api}/proposals/{id}");
        Assert.Equal(saved.Headers.ETag.Tag, read.Headers.ETag!.Tag);
        var content = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("content");
        Assert.Equal(("배터리 재활용 공동연구", "Joint research on battery recycling", "SECONDARY_BATTERY", 24),
            (content.GetProperty("titleKo").GetString(), content.GetProperty("titleEn").GetString(), content.GetProperty("fieldCode").GetString(),
                content.GetProperty("months").GetInt32()));
        Assert.Equal(
            [(leadName, "Lead", "KR", (string?)null), (university.NameKo, "DomesticPartner", university.CountryCode, domesticEmail), ("Institut Beispiel", "Overseas", "DE", overseasEmail)],
            content.GetProperty("partners").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("role").GetString(),
                p.GetProperty("countryCode").GetString(), p.GetProperty("contactEmail").GetString())));
        Assert.Equal([("김책임", 0, "PrincipalInvestigator", 50), ("이참여", 1, "CoInvestigator", 30), ("Anna Schmidt", 2, "Researcher", 40)],
            content.GetProperty("researchers").EnumerateArray().Select(r => (r.GetProperty("name").GetString(), r.GetProperty("partnerPosition").GetInt32(),
                r.GetProperty("role").GetString(), r.GetProperty("effortPercent").GetInt32())));
        Assert.Equal([(1, 0, 300_000_000L, 100_000_000L), (1, 1, 100_000_000L, 0L), (2, 0, 300_000_000L, 100_000_000L)],
            content.GetProperty("budget").EnumerateArray().Select(b => (b.GetProperty("year").GetInt32(), b.GetProperty("partnerPosition").GetInt32(),
                b.GetProperty("governmentKrw").GetInt64(), b.GetProperty("privateKrw").GetInt64())));
        var dispatch = Assert.Single(content.GetProperty("dispatch").EnumerateArray());
        Assert.Equal((0, "Institut Beispiel", "DE", 3, 6), (dispatch.GetProperty("researcherPosition").GetInt32(), dispatch.GetProperty("institution").GetString(),
            dispatch.GetProperty("countryCode").GetString(), dispatch.GetProperty("fromMonth").GetInt32(), dispatch.GetProperty("months").GetInt32()));
        var answers = content.GetProperty("answers");
        Assert.True(answers.GetProperty("keySourceIpHeldAbroad").GetBoolean());
        Assert.Equal("핵심 원천특허를 독일 연구소가 보유하고 있습니다.", answers.GetProperty("technologyEvidence").GetString());
        Assert.Equal(12, answers.GetProperty("monthsSaved").GetInt32());

        // A save against the old version is refused with 412 and the current version; a malformed one with the fields.
        using var stale = await PutAsync(client, id, body, created.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(saved.Headers.ETag.Tag, stale.Headers.ETag!.Tag);
        var wrong = Draft(leadId, organization, university.Id, "not-an-address", overseasEmail, researcherPartner: 7);
        using var invalid = await PutAsync(client, id, wrong, saved.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.ReadProblemAsync();
        Assert.Equal(["partners[1].contactEmail", "researchers[0].partner"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        // Invitations go out by e-mail, in Korean to the domestic partner and in English to the overseas one.
        using var invited = await client.PostAsync($"{Api}/proposals/{id}/invitations", null);
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        Assert.Equal(2, (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sent").GetInt32());
        var mails = await fixture.QueryAsync(db => db.OutgoingEmails.AsNoTracking().Where(e => e.To == domesticEmail || e.To == overseasEmail)
            .Select(e => new { e.To, e.Culture }).ToListAsync());
        Assert.Equal([(domesticEmail, "ko"), (overseasEmail, "en")], mails.Select(m => (m.To, m.Culture)).Order());

        // Documents of a kind; then a submission before the partners confirmed names each of them.
        var token = await AntiforgeryTokenAsync(client);
        using (var plan = await UploadAsync(client, id, "연구계획서.pdf", "ResearchPlan", token))
        {
            Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
            Assert.Equal("ResearchPlan", (await plan.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());
        }

        using (var commitment = await UploadAsync(client, id, "참여확약서.pdf", "PartnerCommitment", token))
        {
            Assert.Equal(HttpStatusCode.Created, commitment.StatusCode);
        }

        var current = (await client.GetAsync($"{Api}/proposals/{id}")).Headers.ETag!.Tag;
        using var early = await SubmitAsync(client, id, current);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var missing = await early.ReadProblemAsync();
        Assert.Contains(university.NameKo, Assert.Single(missing.FieldErrors("partners[1]")), StringComparison.Ordinal);
        Assert.Contains("Institut Beispiel", Assert.Single(missing.FieldErrors("partners[2]")), StringComparison.Ordinal);

        // Each partner answers through its link, without signing in.
        var anonymous = fixture.CreateClient();
        var overseasToken = await fixture.InvitationTokenAsync(overseasEmail);
        var view = await anonymous.GetFromJsonAsync<JsonElement>($"{Api}/invitations/{overseasToken}");
        Assert.Equal(("Institut Beispiel", "Overseas", leadName, true), (view.GetProperty("partnerName").GetString(), view.GetProperty("role").GetString(),
            view.GetProperty("leadName").GetString(), view.GetProperty("canRespond").GetBoolean()));
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsync($"{Api}/invitations/{overseasToken}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsync($"{Api}/invitations/{await fixture.InvitationTokenAsync(domesticEmail)}/confirm", null)).StatusCode);
        var confirmed = await client.GetFromJsonAsync<JsonElement>($"{Api}/proposals/{id}");
        Assert.All(confirmed.GetProperty("content").GetProperty("partners").EnumerateArray(), p => Assert.Equal("Confirmed", p.GetProperty("response").GetString()));

        // Submission: the receipt number is the next of the year, the proposal is final and reads as submitted.
        current = (await client.GetAsync($"{Api}/proposals/{id}")).Headers.ETag!.Tag;
        using var submitted = await SubmitAsync(client, id, current);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var receipt = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
        var submittedAt = await fixture.QueryAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.SubmittedAt!.Value).SingleAsync());
        var prefix = $"{submittedAt.ToOffset(Kst).Year}-";
        var others = await fixture.QueryAsync(db => db.Proposals.AsNoTracking().Where(p => p.Id != id && p.ReceiptNumber != null && p.ReceiptNumber.StartsWith(prefix))
            .Select(p => p.ReceiptNumber!).ToListAsync());
        Assert.Equal($"{prefix}{others.Select(n => int.Parse(n.AsSpan(prefix.Length), CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1:0000}", receipt);
        Assert.Matches(ReceiptPattern(), receipt);

        var final = await client.GetFromJsonAsync<JsonElement>($"{Api}/proposals/{id}");
        Assert.Equal(("Submitted", receipt, false), (final.GetProperty("status").GetString(), final.GetProperty("receiptNumber").GetString(), final.GetProperty("canEdit").GetBoolean()));
        Assert.Equal(["PartnerCommitment", "ResearchPlan"], final.GetProperty("content").GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(64, final.GetProperty("snapshotSha256").GetString()!.Length);
        var summary = Assert.Single((await client.GetFromJsonAsync<JsonElement>($"{Api}/proposals")).EnumerateArray());
        Assert.Equal(("Submitted", receipt), (summary.GetProperty("status").GetString(), summary.GetProperty("receiptNumber").GetString()));

        using var late = await PutAsync(client, id, body, $"\"{final.GetProperty("version").GetInt64()}\"");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("Proposal.Final", (await late.ReadProblemAsync()).GetProperty("code").GetString());
        var after = await anonymous.GetFromJsonAsync<JsonElement>($"{Api}/invitations/{overseasToken}");
        Assert.False(after.GetProperty("canRespond").GetBoolean());
        using var lateAnswer = await anonymous.PostAsync($"{Api}/invitations/{overseasToken}/decline", null);
        Assert.Equal(HttpStatusCode.Conflict, lateAnswer.StatusCode);

        // The directory changes afterwards; the submitted proposal still says what it said.
        await fixture.QueryAsync(db => db.Organizations.Where(o => o.Id == organization)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.NameKo, "바뀐 이름의 기업").SetProperty(o => o.SizeClass, CompanySize.Large)));
        await fixture.QueryAsync(db => db.Set<ProposalPartner>().Where(p => p.ProposalId == id && p.Role == PartnerRole.Lead)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "바뀐 이름의 기업")));
        var frozen = (await client.GetFromJsonAsync<JsonElement>($"{Api}/proposals/{id}")).GetProperty("content");
        Assert.Equal(leadName, frozen.GetProperty("partners")[0].GetProperty("name").GetString());
        Assert.Equal("SmallBusiness", frozen.GetProperty("rules").GetProperty("leadApplicantType").GetString());
    }

    [Fact]
    public async Task Submit_AfterTheCallsCloseInstantOrItsClosing_Answers409AndStaysADraft()
    {
        var pastInstant = await fixture.NewCallAsync(title: "마감 시각 확인 공고");
        var closedEarly = await fixture.NewCallAsync(title: "조기 마감 확인 공고");
        var first = await fixture.CompleteDraftAsync(pastInstant);
        var second = await fixture.CompleteDraftAsync(closedEarly);
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var manager = await fixture.SignedInAsAsync(Roles.ProgramManager);
        await fixture.QueryAsync(db => db.ProgramCalls.Where(c => c.Id == pastInstant)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosesAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PostAsync($"{Api}/calls/{closedEarly}/close", null)).StatusCode);

        foreach (var id in new[] { first, second })
        {
            using var response = await SubmitAsync(client, id, null);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("Proposal.CallClosed", (await response.ReadProblemAsync()).GetProperty("code").GetString());
            var proposal = await client.GetFromJsonAsync<JsonElement>($"{Api}/proposals/{id}");
            Assert.Equal(("Draft", false), (proposal.GetProperty("status").GetString(), proposal.GetProperty("canEdit").GetBoolean()));
        }

        using var save = await client.PutAsJsonAsync($"{Api}/proposals/{first}", new { titleKo = "마감 후 수정" });
        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);
    }

    [Fact]
    public async Task Create_CallNotOpenYetOrUnknown_Answers409Or404()
    {
        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
        var upcoming = await fixture.RunAsync<Core.Programs.Calls.CallService, Guid>(async s =>
        {
            var id = await s.CreateAsync(manager, PublishedCalls.Input("접수 전 공고") with { OpensAt = DateTimeOffset.UtcNow.AddDays(3) });
            await s.PublishAsync(manager, id);
            return id;
        });
        var client = await fixture.SignedInAsAsync(Roles.Company);

        using var early = await client.PostAsync($"{Api}/calls/{upcoming}/proposals", null);
        using var unknown = await client.PostAsync($"{Api}/calls/{Guid.NewGuid()}/proposals", null);
        using var draftCall = await client.PostAsync($"{Api}/calls/{await fixture.NewCallAsync(published: false)}/proposals", null);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("Proposal.CallNotOpen", (await early.ReadProblemAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, draftCall.StatusCode);
    }

    [Fact]
    public async Task Upload_BadOrMissingKind_Answers400KindOrStoresWithoutKind()
    {
        var id = await fixture.NewDraftAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var token = await AntiforgeryTokenAsync(client);

        using var unknownKind = await UploadAsync(client, id, "계획서.pdf", "Brochure", token);
        using var wrongCase = await UploadAsync(client, id, "계획서.pdf", "researchplan", token);
        using var noKind = await UploadAsync(client, id, "참고자료.pdf", null, token);

        foreach (var refused in new[] { unknownKind, wrongCase })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Single((await refused.ReadProblemAsync()).FieldErrors("kind"));
        }

        Assert.Equal(HttpStatusCode.Created, noKind.StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>($"{Api}/proposals/{id}/attachments");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("kind").ValueKind);
        Assert.True(list.GetProperty("canAdd").GetBoolean());
    }

    [Fact]
    public async Task Withdraw_Draft_Answers204AndVoidsTheInvitationLinks()
    {
        var (id, token) = await fixture.InvitedAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var etag = (await client.GetAsync($"{Api}/proposals/{id}")).Headers.ETag!.Tag;

        using var stale = await PostWithIfMatchAsync(client, $"{Api}/proposals/{id}/withdraw", "\"999999\"");
        using var withdrawn = await PostWithIfMatchAsync(client, $"{Api}/proposals/{id}/withdraw", etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal("Withdrawn", (await client.GetFromJsonAsync<JsonElement>($"{Api}/proposals/{id}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.CreateClient().GetAsync($"{Api}/invitations/{token}")).StatusCode);
    }

    [Fact]
    public async Task Invite_OnePartnerOrNobodyLeft_SendsToThatOneOr409()
    {
        var (id, _) = await fixture.InvitedAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var partner = (await client.GetFromJsonAsync<JsonElement>($"{Api}/proposals/{id}")).GetProperty("content").GetProperty("partners")[1].GetProperty("id").GetGuid();

        using var again = await client.PostAsJsonAsync($"{Api}/proposals/{id}/invitations", new { partnerId = partner });
        using var nobody = await client.PostAsJsonAsync($"{Api}/proposals/{id}/invitations", new { partnerId = Guid.NewGuid() });

        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sent").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, nobody.StatusCode);
        Assert.Equal("Proposal.NothingToInvite", (await nobody.ReadProblemAsync()).GetProperty("code").GetString());
    }

    /// <summary>The draft's body: the lead, a university from the directory and a new overseas institute; three researchers, three budget lines, one dispatch.</summary>
    private static object Draft(Guid leadId, Guid leadOrganization, Guid university, string domesticEmail, string overseasEmail, int researcherPartner = 0) => new
    {
        titleKo = "배터리 재활용 공동연구", titleEn = "Joint research on battery recycling", summaryKo = "폐배터리에서 리튬을 회수하는 공정을 함께 개발합니다.",
        summaryEn = "We develop a lithium recovery process together.", fieldCode = "SECONDARY_BATTERY", months = 24,
        partners = new object[]
        {
            new { id = leadId, role = "Lead", organizationId = leadOrganization },
            new { role = "DomesticPartner", organizationId = university, contactName = "박교수", contactEmail = domesticEmail },
            new { role = "Overseas", name = "Institut Beispiel", countryCode = "de", contactName = "Dr. Beispiel", contactEmail = overseasEmail },
        },
        researchers = new object[]
        {
            new { partner = researcherPartner, name = "김책임", email = "pi@example.com", role = "PrincipalInvestigator", effortPercent = 50 },
            new { partner = 1, name = "이참여", role = "CoInvestigator", effortPercent = 30 },
            new { partner = 2, name = "Anna Schmidt", role = "Researcher", effortPercent = 40 },
        },
        budget = new object[]
        {
            new { partner = 0, year = 1, governmentKrw = 300_000_000L, privateKrw = 100_000_000L },
            new { partner = 1, year = 1, governmentKrw = 100_000_000L, privateKrw = 0L },
            new { partner = 0, year = 2, governmentKrw = 300_000_000L, privateKrw = 100_000_000L },
        },
        dispatch = new object[] { new { researcher = 0, institution = "Institut Beispiel", countryCode = "DE", fromMonth = 3, months = 6 } },
        answers = new
        {
            cannotDevelopDomestically = true, keySourceIpHeldAbroad = true, technologyEvidence = "핵심 원천특허를 독일 연구소가 보유하고 있습니다.",
            monthsSaved = 12, costReductionPercent = 20, timeAndCostEvidence = "공동 실험으로 1년을 줄입니다.", certificationEssential = false,
        },
    };

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{Api}/proposals/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return await client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid id, string? ifMatch) =>
        PostWithIfMatchAsync(client, $"{Api}/proposals/{id}/submit", ifMatch);

    private static async Task<HttpResponseMessage> PostWithIfMatchAsync(HttpClient client, string path, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return await client.SendAsync(request);
    }

    /// <summary>An antiforgery token for a cookie-signed-in upload, from the home page.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync("/");
        return WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
    }

    /// <summary>Uploads a small PDF as a proposal document of <paramref name="kind"/> (none when null).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid proposal, string name, string? kind, string? token)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = new MultipartFormDataContent();
        var bytes = new byte[600];
        RandomNumberGenerator.Fill(bytes);
        "%PDF-1.7"u8.ToArray().CopyTo(bytes, 0);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        return await client.PostAsync($"{Api}/proposals/{proposal}/attachments", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^\d{4}-\d{4}$")]
    private static partial Regex ReceiptPattern();
}

[Collection(OnSqlite.Name)]
public sealed class ProposalApiSqliteTests(SqliteAppFixture fixture) : ProposalApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ProposalApiPostgresTests(PostgresAppFixture fixture) : ProposalApiTests(fixture);
