using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities;

/// <summary>
/// An idle old item leaves its center: the demo operator proposes it for disposal from the equipment edit page, the program
/// manager approves a transfer to a center of another industry, and that center's operator (an account made for this
/// test) accepts it; the item then belongs to the receiving center and is available again.
/// </summary>
[Collection(InChromium.Name)]
public sealed class DisposalJourneyTests(BrowserFixture browser)
{
    private const string Password = "Disposal-journey-password-123";

    [Fact]
    public async Task Disposal_OperatorProposesPmApprovesTransferReceivingOperatorAccepts_MovesTheItem()
    {
        var (item, receivingCenter, receivingEmail) = await SetUpAsync();

        // The operator proposes the item from its edit page.
        var center = await browser.NewPageAsync();
        await center.SignInAsRoleAsync(Roles.CenterOperator);
        await center.GotoAsync($"/facilities/equipment/{item}/edit");
        await center.ClickAsync("[data-testid=propose-disposal]");
        await center.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(1, await center.Locator("[data-testid=evidence-preview]").CountAsync());
        await center.ClickAsync("[data-testid=propose]");
        await center.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("처분 사유 구분을 고르세요.", await center.Locator("form.form-grid").TextContentAsync() ?? "", StringComparison.Ordinal);
        await center.SelectOptionAsync("[data-testid=reason-kind-select]", "Idle");
        await center.FillAsync("[data-testid=reason-text-input]", "최근 1년 이용 실적이 없고 같은 분석을 하는 신형 장비가 있습니다.");
        await center.ScreenshotAsync("disposal-1-propose");
        await center.ClickAsync("[data-testid=propose]");
        await center.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Matches("/facilities/disposals/[0-9a-f-]{36}$", center.Url);
        var caseUrl = new Uri(center.Url).AbsolutePath;
        Assert.Equal("제안", (await center.TextContentAsync(".page-actions [data-testid=status]"))!.Trim());
        Assert.Equal(1, await center.Locator("[data-testid=timeline-Proposed]").CountAsync());
        Assert.Equal(1, await center.Locator("[data-testid=action-Withdraw]").CountAsync());
        await center.ScreenshotAsync("disposal-2-proposed");

        // The program manager finds it on the home page and approves a transfer to the other industry's center.
        var pm = await browser.NewPageAsync();
        await pm.SignInAsRoleAsync(Roles.ProgramManager);
        await pm.GotoAsync("/");
        Assert.Equal(1, await pm.Locator($"[data-testid=disposal-workspace-items] a[href='{caseUrl}']").CountAsync());
        await pm.GotoAsync(caseUrl);
        await pm.ClickAsync("[data-testid=action-ApproveTransfer]");
        await pm.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(1, await pm.Locator("[data-testid=action-error]").CountAsync());
        await pm.SelectOptionAsync("[data-testid=receiving-center-select]", receivingCenter.ToString());
        await pm.FillAsync("[data-testid=reason-input]", "이 장비를 찾는 기업이 많은 센터로 이전합니다.");
        await pm.ScreenshotAsync("disposal-3-pm-decides");
        await pm.ClickAsync("[data-testid=action-ApproveTransfer]");
        await pm.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(1, await pm.Locator("[data-testid=timeline-ApprovedForTransfer]").CountAsync());
        Assert.Equal("이전 승인", (await pm.TextContentAsync(".page-actions [data-testid=status]"))!.Trim());
        await pm.ScreenshotAsync("disposal-4-approved");

        // The receiving center's operator accepts the transfer.
        var receiving = await browser.NewPageAsync();
        await receiving.SignInAsync(receivingEmail, Password);
        await receiving.GotoAsync("/facilities/disposals?open=true");
        Assert.Equal(1, await receiving.Locator($"[data-testid=disposal-row] a[href='{caseUrl}']").CountAsync());
        await receiving.ScreenshotAsync("disposal-5-receiving-list");
        await receiving.GotoAsync(caseUrl);
        await receiving.ClickAsync("[data-testid=action-AcceptTransfer]");
        await receiving.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("이전 완료", (await receiving.TextContentAsync(".page-actions [data-testid=status]"))!.Trim());
        Assert.Equal(1, await receiving.Locator("[data-testid=timeline-TransferAccepted]").CountAsync());
        await receiving.ScreenshotAsync("disposal-6-accepted");

        var moved = await WithDbAsync(db => db.Equipment.AsNoTracking().SingleAsync(e => e.Id == item));
        Assert.Equal((receivingCenter, EquipmentStatus.Available), (moved.CenterId, moved.Status));
        Assert.True(await WithDbAsync(db => db.InboxMessages.AnyAsync(m => m.Link == caseUrl && m.UserId == db.Users.Where(u => u.Email == receivingEmail).Select(u => u.Id).First())));
    }

    /// <summary>An old item at the demo center, and an operator account for an equipment center of another industry.</summary>
    private async Task<(Guid Item, Guid ReceivingCenter, string ReceivingEmail)> SetUpAsync()
    {
        using var scope = browser.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var operatorEmail = UserAccount.Normalize(DemoAccounts.All.Single(a => a.Roles.Contains(Roles.CenterOperator)).Email);
        var demoCenter = (await db.Users.Where(u => u.NormalizedEmail == operatorEmail).Select(u => u.OrganizationId).SingleAsync())!.Value;
        var industry = await db.Organizations.Where(o => o.Id == demoCenter).Select(o => o.IndustryCode).SingleAsync()
                       ?? await db.Equipment.Where(e => e.CenterId == demoCenter).Select(e => e.IndustryCode).FirstAsync();
        var receivingCenter = await db.Organizations.AsNoTracking()
            .Where(o => o.Kind == OrganizationKind.EquipmentCenter && o.Id != demoCenter && o.IndustryCode != null && o.IndustryCode != industry)
            .OrderBy(o => o.NameKo).Select(o => o.Id).FirstAsync();
        var item = await scope.ServiceProvider.GetRequiredService<EquipmentService>().CreateAsync(new EquipmentInput(
            demoCenter, $"처분 시험용 구형 분광기 {Guid.NewGuid():N}"[..22], "Old spectrometer", industry, 3, 6, "오래되어 거의 쓰지 않는 분광기입니다.",
            Stages: ["DEVELOPMENT"], Services: [EquipmentServiceKind.EquipmentUse], YearAcquired: 2011, Status: EquipmentStatus.Aged, FeeKrw: 20_000));
        var email = $"receiving-{Guid.NewGuid():N}@test.techbridge.kr";
        await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(
            new NewAccount(email, "인수 센터 운영자", Password, [Roles.CenterOperator], OrganizationId: receivingCenter));
        return (item, receivingCenter, email);
    }

    private async Task<T> WithDbAsync<T>(Func<TechBridgeDbContext, Task<T>> query)
    {
        using var scope = browser.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>());
    }
}
