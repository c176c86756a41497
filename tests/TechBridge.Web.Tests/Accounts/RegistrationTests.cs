using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Accounts;

/// <summary>
/// Self-service accounts through the real pages: sign up, confirm the address from the e-mail, reset a forgotten password,
/// and ask to be linked to an organisation. E-mails are read from the outbox (<see cref="OutgoingEmail"/>) as a person
/// would read their mailbox.
/// </summary>
public abstract partial class RegistrationTests(AppFixture fixture)
{
    private const string Password = "Sign-up-pass-2026";

    // --- Sign-up and confirmation ------------------------------------------------------------------------------------

    [Fact]
    public async Task Register_CompanyUser_MustConfirmTheKoreanEmailLinkBeforeSigningIn()
    {
        var email = NewEmail();

        var registered = await RegisterAsync(fixture.CreateClient(), email);

        var registeredHtml = await registered.Content.ReadAsStringAsync();
        Assert.True(registered.StatusCode == HttpStatusCode.OK, registeredHtml);
        Assert.Contains("data-testid=\"register-sent\"", registeredHtml, StringComparison.Ordinal);
        var account = await WithDbAsync(db => db.Users.AsNoTracking().Include(u => u.Roles).SingleAsync(u => u.Email == email));
        Assert.False(account.EmailConfirmed);
        Assert.Equal([Roles.Company], account.Roles.Select(r => r.Role));
        Assert.Null(account.OrganizationId);

        // Before confirming: the right password is refused with the "confirm your address" hint (the wrong one gets the generic answer).
        var early = fixture.CreateClient();
        var beforeConfirm = await early.SignInAsync(email, Password);
        var beforeHtml = await beforeConfirm.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, beforeConfirm.StatusCode);
        Assert.Contains("이메일 주소를 아직 확인하지 않았습니다", beforeHtml, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"resend-confirmation\"", beforeHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await early.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        var wrongPassword = await fixture.CreateClient().SignInAsync(email, "Wrong-password-2026");
        Assert.Contains("이메일 또는 비밀번호가 올바르지 않습니다", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mail = Assert.Single(await EmailsToAsync(email));
        Assert.Equal(NoticeTemplates.AccountConfirmEmail, mail.Template);
        Assert.Equal("ko", mail.Culture);
        Assert.Equal("[TechBridge] 이메일 주소를 확인해 주세요", mail.Subject);
        Assert.Contains("가입해 주셔서 감사합니다", mail.TextBody, StringComparison.Ordinal);

        var confirmed = await fixture.CreateClient().GetAsync(LinkIn(mail, "/account/confirm-email"));

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("data-testid=\"email-confirmed\"", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));
        var client = await fixture.SignedInClientAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task Register_InEnglish_SendsTheConfirmationInEnglish()
    {
        var email = NewEmail();

        var registered = await RegisterAsync(fixture.CreateClient(), email, role: Roles.Researcher, path: "/account/register?culture=en");

        Assert.Contains("We sent a confirmation e-mail to", await registered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mail = Assert.Single(await EmailsToAsync(email));
        Assert.Equal("en", mail.Culture);
        Assert.Equal("[TechBridge] Please confirm your e-mail address", mail.Subject);
        Assert.Contains("thank you for signing up", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("en", await WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Culture).SingleAsync()));
    }

    [Fact]
    public async Task Register_EmailAlreadyRegistered_SamePageAndTheOwnerIsTold()
    {
        var owner = NewEmail();
        await RegisterAsync(fixture.CreateClient(), owner);
        await ConfirmAsync(owner);
        var stranger = NewEmail();

        var fresh = await RegisterAsync(fixture.CreateClient(), stranger);
        var again = await RegisterAsync(fixture.CreateClient(), owner.ToUpperInvariant(), name: "다른 사람");

        Assert.Equal(fresh.StatusCode, again.StatusCode);
        Assert.Equal(
            AuthCard(await fresh.Content.ReadAsStringAsync()).Replace(stranger, "ADDRESS", StringComparison.Ordinal),
            AuthCard(await again.Content.ReadAsStringAsync()).Replace(owner.ToUpperInvariant(), "ADDRESS", StringComparison.Ordinal));
        var normalized = UserAccount.Normalize(owner);
        Assert.Equal(1, await WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == normalized)));
        var mails = await EmailsToAsync(owner);
        Assert.Equal([NoticeTemplates.AccountConfirmEmail, NoticeTemplates.AccountAlreadyRegistered], mails.Select(m => m.Template));
        Assert.Equal("[TechBridge] 이미 가입된 이메일 주소입니다", mails[1].Subject);
        Assert.Contains("/account/forgot-password", mails[1].TextBody, StringComparison.Ordinal);
        await fixture.SignedInClientAsync(owner, Password); // the owner's password did not change
    }

    [Fact]
    public async Task Register_BadInput_FieldMessagesAndNothingSaved()
    {
        var email = "not-an-address";

        var refused = await fixture.CreateClient().PostFormAsync("/account/register", "register", new Dictionary<string, string>
        {
            ["Input.Role"] = Roles.Administrator,
            ["Input.Email"] = email,
            ["Input.DisplayName"] = " ",
            ["Input.Password"] = "short",
        });

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("data-testid=\"form-errors\"", html, StringComparison.Ordinal);
        foreach (var field in new[] { "Role", "Email", "DisplayName", "Password" })
        {
            Assert.Matches($"data-field=\"{field}\"[^>]*>[^<]*\\S", html);
        }

        Assert.Contains("value=\"not-an-address\"", html, StringComparison.Ordinal); // what was typed stays in the form
        Assert.False(await WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Empty(await EmailsToAsync(email));
    }

    [Fact]
    public async Task ConfirmEmail_TamperedCode_FailsWithAClearMessage()
    {
        var email = NewEmail();
        await RegisterAsync(fixture.CreateClient(), email);
        var link = LinkIn(Assert.Single(await EmailsToAsync(email)), "/account/confirm-email");
        var code = Regex.Match(link, "code=([^&]+)").Groups[1].Value;
        var tampered = link.Replace(code, code[..^4] + (code.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"), StringComparison.Ordinal);

        foreach (var bad in new[] { tampered, link.Replace(code, "not base64 !", StringComparison.Ordinal), link.Replace("code=" + code, "code=", StringComparison.Ordinal) })
        {
            var response = await fixture.CreateClient().GetAsync(bad);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("data-testid=\"email-not-confirmed\"", html, StringComparison.Ordinal);
            Assert.Contains("확인 링크가 올바르지 않거나 만료되었습니다", html, StringComparison.Ordinal);
        }

        Assert.False(await WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task ConfirmEmail_LinkOpenedAgain_SaysConfirmed_ButATamperedCodeStillFails()
    {
        var email = NewEmail();
        await RegisterAsync(fixture.CreateClient(), email);
        var link = LinkIn(Assert.Single(await EmailsToAsync(email)), "/account/confirm-email");
        Assert.Equal(HttpStatusCode.OK, (await fixture.CreateClient().GetAsync(link)).StatusCode);

        // Opening the same genuine link twice (mail scanners do) is harmless and answers the same.
        var reused = await fixture.CreateClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("data-testid=\"email-confirmed\"", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A made-up code for an account that is already confirmed is not a confirmation.
        var userId = Regex.Match(link, "userId=([^&]+)").Groups[1].Value;
        var madeUp = await fixture.CreateClient().GetAsync($"/account/confirm-email?userId={userId}&code=bm90LWEtdG9rZW4");
        Assert.Equal(HttpStatusCode.BadRequest, madeUp.StatusCode);
        Assert.Contains("data-testid=\"email-not-confirmed\"", await madeUp.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResendConfirmation_FromTheSignInPage_SendsANewLinkThatWorks()
    {
        var email = NewEmail();
        await RegisterAsync(fixture.CreateClient(), email);
        var client = fixture.CreateClient();
        await client.SignInAsync(email, Password);

        var resent = await client.PostFormAsync("/account/login", "resend-confirmation", new Dictionary<string, string> { ["ResendEmail"] = email });

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        var mails = await EmailsToAsync(email);
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal(NoticeTemplates.AccountConfirmEmail, m.Template));
        var confirmed = await fixture.CreateClient().GetAsync(LinkIn(mails[1], "/account/confirm-email"));
        Assert.Contains("data-testid=\"email-confirmed\"", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // --- Forgotten password ------------------------------------------------------------------------------------------

    [Fact]
    public async Task ForgotPassword_ResetLink_SetsTheNewPasswordAndEndsEverySession()
    {
        var email = NewEmail();
        await RegisterAsync(fixture.CreateClient(), email);
        await ConfirmAsync(email);
        var otherSession = await fixture.SignedInClientAsync(email, Password);

        var asked = await fixture.CreateClient().PostFormAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Email"] = email });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("data-testid=\"reset-sent\"", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mail = (await EmailsToAsync(email)).Single(m => m.Template == NoticeTemplates.AccountPasswordReset);
        Assert.Equal("[TechBridge] 비밀번호 재설정 안내", mail.Subject);
        var link = LinkIn(mail, "/account/reset-password");

        var reset = await ResetAsync(link, "Brand-new-pass-2026");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/account/login?notice=reset", reset.RedirectPath());
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherSession.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        var oldPassword = await fixture.CreateClient().SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Contains("data-testid=\"login-error\"", await oldPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await fixture.SignedInClientAsync(email, "Brand-new-pass-2026");
        var userId = await WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.True(await WithDbAsync(db => db.InboxMessages.AnyAsync(m => m.UserId == userId && m.Template == NoticeTemplates.AccountSecurityChanged)));

        // The link works once.
        var reused = await ResetAsync(link, "Another-pass-2026");
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("재설정 링크가 올바르지 않거나 만료되었습니다", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await fixture.SignedInClientAsync(email, "Brand-new-pass-2026");
    }

    [Fact]
    public async Task ForgotPassword_UnknownEmail_SameAnswerAndNoEmail()
    {
        var known = NewEmail();
        await RegisterAsync(fixture.CreateClient(), known);
        await ConfirmAsync(known);
        var unknown = NewEmail();

        var forKnown = await fixture.CreateClient().PostFormAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Email"] = known });
        var forUnknown = await fixture.CreateClient().PostFormAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Email"] = unknown });

        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(AuthCard(await forKnown.Content.ReadAsStringAsync()), AuthCard(await forUnknown.Content.ReadAsStringAsync()));
        Assert.Empty(await EmailsToAsync(unknown));
        Assert.Contains(await EmailsToAsync(known), m => m.Template == NoticeTemplates.AccountPasswordReset);
    }

    [Fact]
    public async Task ResetPassword_WeakPasswordOrTamperedCode_RefusedAndThePasswordStays()
    {
        var email = NewEmail();
        await RegisterAsync(fixture.CreateClient(), email);
        await ConfirmAsync(email);
        await fixture.CreateClient().PostFormAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var link = LinkIn((await EmailsToAsync(email)).Single(m => m.Template == NoticeTemplates.AccountPasswordReset), "/account/reset-password");

        var weak = await ResetAsync(link, "short");
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("data-field=\"NewPassword\"", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tampered = await ResetAsync(Regex.Replace(link, "code=[^&]{6}", "code=AAAAAA"), "Brand-new-pass-2026");
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Contains("data-testid=\"reset-error\"", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await fixture.SignedInClientAsync(email, Password);
    }

    // --- Organisation link requests ----------------------------------------------------------------------------------

    [Fact]
    public async Task LinkRequest_AdministratorApproves_TheAccountJoinsTheOrganisationAndIsTold()
    {
        var (email, user) = await ConfirmedUserAsync();
        var organization = await OrganizationWithoutManagerAsync();

        var requested = await user.PostFormAsync("/account/security", "link-request", new Dictionary<string, string>
        {
            ["OrganizationId"] = organization.ToString(),
            ["Message"] = "연구소 소속입니다.",
        });

        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        Assert.Contains("소속 요청을 보냈습니다", await requested.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var adminId = await IdOfAsync(DemoAccounts.All.Single(a => a.Roles.Contains(Roles.Administrator)).Email);
        Assert.True(await WithDbAsync(db => db.InboxMessages.AnyAsync(m => m.UserId == adminId && m.Template == NoticeTemplates.AccountLinkRequested && m.Body.Contains(email))));

        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        Assert.Contains(email, await admin.GetStringAsync("/account/link-requests"), StringComparison.Ordinal);
        var requestId = await PendingRequestOfAsync(email);

        var approved = await DecideAsync(admin, requestId, "approve");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("요청을 승인했습니다", await approved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var account = await WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Equal(organization, account.OrganizationId);
        Assert.False(account.ManagesOrganization);
        Assert.True(await WithDbAsync(db => db.InboxMessages.AnyAsync(m => m.UserId == account.Id && m.Template == NoticeTemplates.AccountLinkApproved)));
        Assert.Contains(await EmailsToAsync(email), m => m.Template == NoticeTemplates.AccountLinkApproved);
        Assert.DoesNotContain(email, await admin.GetStringAsync("/account/link-requests"), StringComparison.Ordinal);

        var twice = await DecideAsync(admin, requestId, "decline"); // e.g. from a page loaded before the approval
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("이미 처리된 소속 요청입니다", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(organization, await WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganizationId).SingleAsync()));
    }

    [Fact]
    public async Task LinkRequest_AtSignUp_TheOrganisationsManagerHearsAfterConfirmingAndDeclines_TheAccountStaysUnlinked()
    {
        var managerEmail = DemoAccounts.All.Single(a => a.Roles.Contains(Roles.Company)).Email;
        var organization = await WithDbAsync(db => db.Users.Where(u => u.Email == managerEmail).Select(u => u.OrganizationId!.Value).SingleAsync());
        var managerId = await IdOfAsync(managerEmail);
        var email = NewEmail();

        await RegisterAsync(fixture.CreateClient(), email, organization: organization, message: "이 회사 직원입니다.");

        var requestId = await PendingRequestOfAsync(email);
        Assert.False(await ManagerToldAboutAsync(managerId, email)); // not before the address is confirmed
        await ConfirmAsync(email);
        Assert.True(await ManagerToldAboutAsync(managerId, email));

        var manager = await fixture.SignedInClientAsync(managerEmail);
        var list = await manager.GetStringAsync("/account/link-requests");
        Assert.Contains(email, list, StringComparison.Ordinal);
        Assert.Contains("이 회사 직원입니다.", list, StringComparison.Ordinal);

        var declined = await DecideAsync(manager, requestId, "decline");

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Contains("요청을 거절했습니다", await declined.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var account = await WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Null(account.OrganizationId);
        Assert.True(await WithDbAsync(db => db.InboxMessages.AnyAsync(m => m.UserId == account.Id && m.Template == NoticeTemplates.AccountLinkDeclined)));
        var security = await (await fixture.SignedInClientAsync(email, Password)).GetStringAsync("/account/security");
        Assert.Contains("소속 요청이 거절되었습니다", security, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"request-link\"", security, StringComparison.Ordinal); // may ask again
    }

    [Fact]
    public async Task LinkRequestsPage_SeveralPending_ListsThemAllAndDecidesTheChosenOne()
    {
        // Each row used to be its own form named "decide"; with two or more rows Blazor refused the page (500).
        var organization = await OrganizationWithoutManagerAsync();
        var (first, firstUser) = await ConfirmedUserAsync();
        var (second, secondUser) = await ConfirmedUserAsync();
        foreach (var user in new[] { firstUser, secondUser })
        {
            await user.PostFormAsync("/account/security", "link-request", new Dictionary<string, string> { ["OrganizationId"] = organization.ToString() });
        }

        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var page = await admin.GetAsync("/account/link-requests");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(first, html, StringComparison.Ordinal);
        Assert.Contains(second, html, StringComparison.Ordinal);
        var approved = await DecideAsync(admin, await PendingRequestOfAsync(second), "approve");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Null(await WithDbAsync(db => db.Users.Where(u => u.Email == first).Select(u => u.OrganizationId).SingleAsync()));
        Assert.Equal(organization, await WithDbAsync(db => db.Users.Where(u => u.Email == second).Select(u => u.OrganizationId).SingleAsync()));
        Assert.Contains(first, await approved.Content.ReadAsStringAsync(), StringComparison.Ordinal); // still waiting
    }

    [Fact]
    public async Task LinkRequest_ManagerOfAnotherOrganisation_NeitherSeesNorDecidesIt()
    {
        var (email, user) = await ConfirmedUserAsync();
        await user.PostFormAsync("/account/security", "link-request", new Dictionary<string, string> { ["OrganizationId"] = (await OrganizationWithoutManagerAsync()).ToString() });
        var requestId = await PendingRequestOfAsync(email);
        var manager = await fixture.SignedInClientAsync(DemoAccounts.All.Single(a => a.Roles.Contains(Roles.Company)).Email);

        Assert.DoesNotContain(email, await manager.GetStringAsync("/account/link-requests"), StringComparison.Ordinal);
        var refused = await manager.PostAsJsonAsync($"/api/v1/account/link-requests/{requestId}/approve", new { });

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Null(await WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganizationId).SingleAsync()));
    }

    [Fact]
    public async Task LinkRequest_SecondWhileOneIsPending_RefusedWithAMessage()
    {
        var (email, user) = await ConfirmedUserAsync();
        var organization = await OrganizationWithoutManagerAsync();
        var form = new Dictionary<string, string> { ["OrganizationId"] = organization.ToString() };
        Assert.Equal(HttpStatusCode.OK, (await user.PostFormAsync("/account/security", "link-request", form)).StatusCode);
        var afterFirst = await user.GetStringAsync("/account/security");
        Assert.DoesNotContain("data-testid=\"request-link\"", afterFirst, StringComparison.Ordinal); // the page offers no second request

        // A second tab, opened before the first request was sent, still shows the form and posts it.
        var second = await user.PostFormAsync("/account/security", "link-request", form);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("검토 중인 소속 요청이 이미 있습니다", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var byApi = await user.PostAsJsonAsync("/api/v1/account/link-requests", new { organizationId = organization });
        Assert.Equal(HttpStatusCode.Conflict, byApi.StatusCode);
        Assert.Equal(1, await WithDbAsync(db => db.OrganizationLinkRequests.CountAsync(r => db.Users.Any(u => u.Id == r.UserId && u.Email == email))));
    }

    [Fact]
    public async Task LinkRequest_NoOrganisationChosen_FieldMessage()
    {
        var (email, user) = await ConfirmedUserAsync();

        var refused = await user.PostFormAsync("/account/security", "link-request", new Dictionary<string, string> { ["OrganizationId"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("data-field=\"OrganizationId\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.OrganizationLinkRequests.AnyAsync(r => db.Users.Any(u => u.Id == r.UserId && u.Email == email))));
    }

    // --- Helpers -----------------------------------------------------------------------------------------------------

    private static string NewEmail() => $"signup-{Guid.NewGuid():N}@example.com";

    private static Task<HttpResponseMessage> RegisterAsync(
        HttpClient client, string email, string name = "가입 확인", string role = Roles.Company, Guid? organization = null, string? message = null,
        string path = "/account/register")
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Role"] = role,
            ["Input.Email"] = email,
            ["Input.DisplayName"] = name,
            ["Input.Password"] = Password,
            ["Input.OrganizationId"] = organization?.ToString() ?? "",
            ["Input.Message"] = message ?? "",
        };
        return client.PostFormAsync(path, "register", fields);
    }

    private async Task ConfirmAsync(string email)
    {
        var mail = (await EmailsToAsync(email)).First(m => m.Template == NoticeTemplates.AccountConfirmEmail);
        var response = await fixture.CreateClient().GetAsync(LinkIn(mail, "/account/confirm-email"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<(string Email, HttpClient Client)> ConfirmedUserAsync()
    {
        var email = NewEmail();
        await RegisterAsync(fixture.CreateClient(), email);
        await ConfirmAsync(email);
        return (email, await fixture.SignedInClientAsync(email, Password));
    }

    /// <summary>Opens the reset link and posts the form with the values the page put in its hidden fields.</summary>
    private async Task<HttpResponseMessage> ResetAsync(string link, string newPassword)
    {
        var client = fixture.CreateClient();
        var page = await client.GetStringAsync(link);
        string Hidden(string name) => System.Net.WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);
        return await client.PostFormAsync(link, "reset-password", new Dictionary<string, string>
        {
            ["Input.UserId"] = Hidden("Input.UserId"),
            ["Input.Code"] = Hidden("Input.Code"),
            ["Input.NewPassword"] = newPassword,
        });
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient approver, Guid requestId, string decision) =>
        approver.PostFormAsync("/account/link-requests", "decide", new Dictionary<string, string>
        {
            ["Decision"] = $"{decision}:{requestId}",
        });

    private Task<List<OutgoingEmail>> EmailsToAsync(string email) =>
        WithDbAsync(db => db.OutgoingEmails.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync());

    private Task<Guid> IdOfAsync(string email) => WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<Guid> PendingRequestOfAsync(string email) =>
        WithDbAsync(db => db.OrganizationLinkRequests.Where(r => r.Status == LinkRequestStatus.Pending && db.Users.Any(u => u.Id == r.UserId && u.Email == email))
            .Select(r => r.Id).SingleAsync());

    private Task<bool> ManagerToldAboutAsync(Guid managerId, string email) =>
        WithDbAsync(db => db.InboxMessages.AnyAsync(m => m.UserId == managerId && m.Template == NoticeTemplates.AccountLinkRequested && m.Body.Contains(email)));

    /// <summary>An organisation nobody manages, so its requests go to the administrators.</summary>
    private Task<Guid> OrganizationWithoutManagerAsync() =>
        WithDbAsync(db => db.Organizations.Where(o => o.NameKo != "" && !db.Users.Any(u => u.OrganizationId == o.Id && u.ManagesOrganization))
            .OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());

    /// <summary>The path and query of the portal link in the e-mail's text body.</summary>
    private static string LinkIn(OutgoingEmail mail, string path)
    {
        var match = Regex.Match(mail.TextBody, "https?://[^/\\s]+(" + Regex.Escape(path) + "\\?\\S+)");
        Assert.True(match.Success, $"No {path} link in: {mail.TextBody}");
        return match.Groups[1].Value;
    }

    /// <summary>The page's main card: what the person sees, without per-request tokens.</summary>
    private static string AuthCard(string html) => Regex.Match(html, "<section class=\"auth-card[^\"]*\">.*?</section>", RegexOptions.Singleline).Value;

    private async Task<T> WithDbAsync<T>(Func<TechBridgeDbContext, Task<T>> action)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>());
    }
}

[Collection(OnSqlite.Name)]
public sealed class RegistrationTestsOnSqlite(SqliteAppFixture fixture) : RegistrationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class RegistrationTestsOnPostgres(PostgresAppFixture fixture) : RegistrationTests(fixture);
