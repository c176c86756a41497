using TechBridge.Testing;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Accounts;

/// <summary>A new company user signs up, confirms the address from the e-mail, asks to join an organisation, and an administrator approves.</summary>
[Collection(InChromium.Name)]
public sealed partial class AccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task NewCompanyUser_RegistersConfirmsAndIsLinkedByTheAdministrator()
    {
        const string password = "Journey-pass-2026";
        var email = $"journey-{Guid.NewGuid():N}@example.com";
        var organization = await WithDbAsync(db => db.Organizations
            .Where(o => o.NameKo != "" && !db.Users.Any(u => u.OrganizationId == o.Id && u.ManagesOrganization))
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.NameKo }).FirstAsync());

        // Sign up.
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/register");
        Assert.True(await page.IsCheckedAsync("[data-testid=role-Company]"));
        await page.FillAsync("#email", email);
        await page.FillAsync("#name", "여정 테스트 담당자");
        await page.FillAsync("#password", password);
        await page.ScreenshotAsync("account-register");
        await page.ClickAsync("[data-testid=register-submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains(email, await page.TextContentAsync("[data-testid=register-sent]"), StringComparison.Ordinal);

        // Confirm from the e-mail.
        var mail = await WithDbAsync(db => db.OutgoingEmails.AsNoTracking()
            .SingleAsync(m => m.To == email && m.Template == NoticeTemplates.AccountConfirmEmail));
        Assert.Equal("ko", mail.Culture);
        var link = ConfirmLink().Match(mail.TextBody);
        Assert.True(link.Success, mail.TextBody);
        await page.GotoAsync(link.Groups[1].Value);
        Assert.NotNull(await page.QuerySelectorAsync("[data-testid=email-confirmed]"));

        // Sign in and ask to join the organisation.
        await page.SignInAsync(email, password);
        Assert.DoesNotContain("/account/login", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.GotoAsync("/account/security");
        await page.SelectOptionAsync("#organization", organization.Id.ToString());
        await page.FillAsync("#message", "기술이전 담당 부서 소속입니다.");
        await page.ClickAsync("[data-testid=request-link]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("소속 요청을 보냈습니다", await page.TextContentAsync("[data-testid=security-message]"), StringComparison.Ordinal);
        Assert.Contains(organization.NameKo, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync("account-security");

        // The administrator signs in with the second factor and approves.
        var admin = await browser.NewPageAsync();
        await admin.GotoAsync("/account/login");
        await admin.FillAsync("#email", DemoAccounts.All.Single(a => a.Roles.Contains(Roles.Administrator)).Email);
        await admin.FillAsync("#password", DemoAccounts.Password);
        await admin.ClickAsync("[data-testid=login-submit]");
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("/account/login/two-factor", new Uri(admin.Url).AbsolutePath);
        await admin.ScreenshotAsync("account-two-factor");
        await admin.FillAsync("[data-testid=two-factor-code]", AuthenticatorCodes.Current(DemoAccounts.AuthenticatorKey));
        await admin.ClickAsync("[data-testid=two-factor-submit]");
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await admin.GotoAsync("/account/link-requests");
        var row = admin.Locator("[data-testid=link-requests] tbody tr", new() { HasText = email });
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("기술이전 담당 부서 소속입니다.", await row.InnerTextAsync(), StringComparison.Ordinal);
        await admin.ScreenshotAsync("account-link-requests");
        await row.Locator("[data-testid=approve]").ClickAsync();
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("요청을 승인했습니다", await admin.TextContentAsync("[data-testid=link-message]"), StringComparison.Ordinal);
        Assert.Equal(0, await admin.Locator("[data-testid=link-requests] tbody tr", new() { HasText = email }).CountAsync());

        // The new user now acts for the organisation.
        Assert.Equal(organization.Id, await WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganizationId).SingleAsync()));
        await page.GotoAsync("/account/security");
        Assert.Contains(organization.NameKo, await page.TextContentAsync("[data-testid=organization-status]"), StringComparison.Ordinal);

        await admin.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    private async Task<T> WithDbAsync<T>(Func<TechBridgeDbContext, Task<T>> action)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>());
    }

    [GeneratedRegex(@"https?://[^/\s]+(/account/confirm-email\?\S+)")]
    private static partial Regex ConfirmLink();
}
