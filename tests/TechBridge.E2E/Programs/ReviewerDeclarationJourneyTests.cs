using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Programs;

/// <summary>
/// A reviewer declares a conflict of interest before being asked: the form refuses a declaration naming nobody with its field
/// messages (keeping the reason typed), takes one naming an organisation of a proposal in the demo call under review, and the program manager finds
/// it on the call's conflicts page as declared by the reviewer, with the reason; the reviewer then withdraws it.
/// </summary>
[Collection(InChromium.Name)]
public sealed class ReviewerDeclarationJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Reviewer_DeclaresAnOrganisationInAdvance_ManagerSeesTheConflictWithItsReason()
    {
        var callId = await browser.WithDbAsync(db => db.ProgramCalls.AsNoTracking()
            .Where(c => c.IsDemo && c.Status == CallStatus.Closed).OrderByDescending(c => c.ClosesAt).Select(c => c.Id).FirstAsync());
        var snapshot = await browser.WithDbAsync(db => db.Proposals.AsNoTracking()
            .Where(p => p.CallId == callId && p.Status == ProposalStatus.Submitted && p.Screening == ScreeningOutcome.Passed)
            .OrderBy(p => p.ReceiptNumber).Select(p => p.SnapshotJson!).FirstAsync());
        var partner = ProposalSnapshots.Deserialize(snapshot).Content.Partners.First(p => p.Role == PartnerRole.Overseas).Name;
        const string Reason = "I advise this institute's battery group.";

        var reviewer = await browser.NewPageAsync();
        await reviewer.SignInAsRoleAsync(Roles.Reviewer);
        await reviewer.GotoAsync("/programs/reviews");
        await reviewer.FillAsync("[data-testid=declaration-reason]", Reason);
        await reviewer.ClickAsync("[data-testid=declaration-add]");
        await reviewer.Locator("[data-testid=declarations] .field-error").First.WaitForAsync();
        await reviewer.ScreenshotAsync("declaration-1-empty-refused");

        Assert.Equal(Reason, await reviewer.InputValueAsync("[data-testid=declaration-reason]"));
        await reviewer.FillAsync("[data-testid=declaration-organization]", partner);
        await reviewer.ClickAsync("[data-testid=declaration-add]");
        var row = reviewer.Locator("[data-testid=declaration]", new() { HasText = partner });
        await row.WaitForAsync();
        await reviewer.ScreenshotAsync("declaration-2-listed");

        var manager = await browser.NewPageAsync();
        await manager.SignInAsRoleAsync(Roles.ProgramManager);
        await manager.GotoAsync($"/programs/calls/{callId}/conflicts?years=3&source=DeclaredByReviewer");
        var declared = manager.Locator("[data-testid=conflict][data-source=DeclaredByReviewer]", new() { HasText = Reason });
        Assert.True(await declared.CountAsync() >= 1);
        await manager.ScreenshotAsync("declaration-3-manager-conflicts");

        await row.Locator("[data-testid=declaration-remove]").ClickAsync();
        await reviewer.Locator("[data-testid=declarations-empty]").WaitForAsync();
    }
}
