using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Programs;

/// <summary>A program manager browses the reviewer pool, narrows it to overseas reviewers, and reads one reviewer's profile with publications, in Korean and English.</summary>
[Collection(InChromium.Name)]
public sealed class ReviewerPoolTests(BrowserFixture browser)
{
    [Fact]
    public async Task Manager_FiltersThePoolAndReadsAProfile_InBothLanguages()
    {
        var manager = await browser.NewPageAsync();
        await manager.SignInAsRoleAsync(Roles.ProgramManager);
        await manager.GotoAsync("/programs/reviewers");
        Assert.True(await manager.Locator("[data-testid=reviewer]").CountAsync() > 0);
        await manager.ScreenshotAsync("pool-1-list");

        await manager.GotoAsync("/programs/reviewers?group=Overseas");
        var overseas = manager.Locator("[data-testid=reviewer]");
        Assert.True(await overseas.CountAsync() > 0);
        var published = await browser.WithDbAsync(db => db.Reviewers.AsNoTracking()
            .Where(r => r.IsDemo && r.Group == Core.Programs.Review.Pool.ReviewerGroup.Overseas && r.Person!.Publications.Any())
            .OrderBy(r => r.Id).Select(r => new { r.Id, Name = r.Person!.NameKo != "" ? r.Person.NameKo : r.Person.NameEn }).FirstAsync());
        await manager.GotoAsync($"/programs/reviewers/{published.Id}");
        Assert.Contains(published.Name, await manager.Locator("[data-testid=reviewer-name]").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await manager.Locator("[data-testid=publication]").CountAsync() > 0);
        await manager.ScreenshotAsync("pool-2-profile");

        await manager.GotoAsync(new Uri(manager.Url).AbsolutePath + "?culture=en");
        Assert.True(await manager.Locator("[data-testid=reviewer-publications]").CountAsync() == 1);
        await manager.ScreenshotAsync("pool-3-profile-english");
        await manager.Context.CloseAsync();
    }
}
