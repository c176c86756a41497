using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Admin;

[Collection(InChromium.Name)]
public sealed class AdminScreensTests(BrowserFixture browser)
{
    [Fact]
    public async Task CreateUser_InvalidThenValid_ShowsFieldMessagesThenTheNewUser()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Administrator);
        await page.GotoAsync("/admin/users");
        await page.ScreenshotAsync("admin-users");
        await page.ClickAsync("[data-testid=new-user]");

        await page.FillAsync("#email", "company@demo.techbridge.kr");
        await page.FillAsync("#password", "short");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("이미 사용 중인 이메일입니다.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("비밀번호는 10자 이상", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("역할을 하나 이상 선택하세요.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync("admin-user-new-invalid");

        var email = $"e2e-{Guid.NewGuid():N}@example.com";
        await page.FillAsync("#email", email);
        await page.FillAsync("#name", "브라우저 테스트");
        await page.FillAsync("#password", "Browser-test-2026");
        await page.CheckAsync("input[name=Roles][value=Reviewer]");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("브라우저 테스트", (await page.TextContentAsync("[data-testid=detail-title]"))!.Trim());
        Assert.True(await page.IsCheckedAsync("input[name=Roles][value=Reviewer]"));
        await page.ScreenshotAsync("admin-user-detail");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Glossary_EmptyThenValidPair_ShowsFieldMessageThenTheNewPair()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Administrator);
        await page.GotoAsync("/admin/glossary");

        await page.ClickAsync("[data-testid=glossary-add]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.NotEmpty((await page.TextContentAsync("[data-field=Korean]"))!.Trim());
        Assert.NotEmpty((await page.TextContentAsync("[data-field=English]"))!.Trim());

        var korean = $"날갯짓 비행체 {Guid.NewGuid():N}"[..20];
        await page.FillAsync("#korean", korean);
        await page.FillAsync("#english", "entomopter");
        await page.ClickAsync("[data-testid=glossary-add]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("추가했습니다", await page.TextContentAsync("[data-testid=glossary-message]"), StringComparison.Ordinal);

        await page.GotoAsync("/admin/glossary?q=" + Uri.EscapeDataString(korean));
        Assert.Contains("entomopter", await page.InnerTextAsync("[data-testid=glossary-table]"), StringComparison.Ordinal);
        await page.ScreenshotAsync("admin-glossary");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OrganizationForm_Invalid_ShowsMessagesBesideTheFields()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.ProgramManager);
        await page.GotoAsync("/directory/organizations/new");

        await page.SelectOptionAsync("#kind", "University");
        await page.SelectOptionAsync("#size", "Large");
        await page.FillAsync("#website", "www.no-scheme.kr");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains("국문 또는 영문 이름 중 하나는 입력해야 합니다.", await page.TextContentAsync("[data-field=NameKo]"), StringComparison.Ordinal);
        Assert.Contains("기업 규모는 기업에만", await page.TextContentAsync("[data-field=SizeClass]"), StringComparison.Ordinal);
        Assert.Equal("www.no-scheme.kr", await page.InputValueAsync("#website"));
        await page.ScreenshotAsync("organization-form-invalid");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AuditTrail_Administrator_ShowsRecentChangesInKst()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Administrator);

        await page.GotoAsync("/admin/audit?entityType=UserAccount");

        Assert.True(await page.Locator("[data-testid=audit-table] tbody tr").CountAsync() >= 1);
        Assert.Contains("KST", await page.InnerTextAsync("[data-testid=audit-table]"), StringComparison.Ordinal);
        await page.ScreenshotAsync("admin-audit");
        await page.Context.CloseAsync();
    }
}
