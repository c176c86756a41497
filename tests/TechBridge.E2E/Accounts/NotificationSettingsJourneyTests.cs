using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Accounts;

/// <summary>A person chooses the daily digest on the account page, in Korean and in English (an account of its own, not a demo one).</summary>
[Collection(InChromium.Name)]
public sealed class NotificationSettingsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task AccountPage_ChooseDailyDigest_SavesTheSettingAndShowsIt()
    {
        const string password = "Settings-pass-2026";
        var email = $"settings-{Guid.NewGuid():N}@example.com";
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(
                new NewAccount(email, "알림 설정 담당자", password, [Roles.Researcher], EmailConfirmed: true));
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync(email, password);
        await page.GotoAsync("/account/security");
        Assert.True(await page.IsCheckedAsync("[data-testid=delivery-Immediately]"));
        await page.CheckAsync("[data-testid=delivery-DailyDigest]");
        await page.ClickAsync("[data-testid=save-notification-settings]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("알림 설정을 저장했습니다.", (await page.TextContentAsync("[data-testid=notification-settings-message]"))?.Trim());
        Assert.True(await page.IsCheckedAsync("[data-testid=delivery-DailyDigest]"));
        await page.ScreenshotAsync("account-notification-settings-ko");
        await page.GotoAsync("/account/security?culture=en");
        Assert.Contains("One digest e-mail a day", await page.InnerTextAsync("#notifications"), StringComparison.Ordinal);
        await page.ScreenshotAsync("account-notification-settings-en");
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
            Assert.Equal(EmailDelivery.DailyDigest, await db.NotificationSettings.Where(s => db.Users.Any(u => u.Id == s.UserId && u.Email == email)).Select(s => s.EmailDelivery).SingleAsync());
        }

        await page.Context.CloseAsync();
    }
}
