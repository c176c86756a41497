using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Programs;

/// <summary>
/// A company applies to the open cooperation-center call: it writes the proposal in the autosaving editor (consortium with
/// an overseas institute, researcher, budget table, dispatch, criteria), invites the partner, who confirms through the
/// e-mailed link in English without an account, attaches the required documents, submits and gets a receipt; the program
/// manager finds it among the call's received proposals.
/// </summary>
[Collection(InChromium.Name)]
public sealed partial class ProposalJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Company_WritesInvitesAndSubmits_PartnerConfirmsAndManagerReceivesIt()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var partnerEmail = $"ikts-{suffix}@example.de";
        var callId = await browser.WithDbAsync(db => db.ProgramCalls.AsNoTracking()
            .Where(c => c.IsDemo && c.ProgramCode == "GLOBAL_COOP_CENTERS").Select(c => c.Id).SingleAsync());

        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        await company.GotoAsync($"/programs/calls/{callId}");
        await company.ClickAsync("[data-testid=apply]");
        await company.WaitForURLAsync(new Regex("/programs/proposals/[0-9a-f-]{36}/edit$"));
        var proposalId = Guid.Parse(new Uri(company.Url).AbsolutePath.Split('/')[^2]);
        await company.Locator("[data-testid=proposal-editor][data-interactive=true]").WaitForAsync();

        await company.FillAsync("[data-testid=title-ko]", $"전고체 배터리 계면 안정화 공동연구 {suffix}");
        await company.FillAsync("[data-testid=title-en]", $"Interface stabilisation for all-solid-state batteries {suffix}");
        await company.FillAsync("[data-testid=summary-ko]", "해외 협력센터와 함께 황화물계 고체전해질의 계면 저항을 낮춥니다.");
        await company.FillAsync("[data-testid=summary-en]", "With the overseas center we lower the interfacial resistance of sulfide solid electrolytes.");
        await company.SelectOptionAsync("[data-testid=field]", "SECONDARY_BATTERY");
        await company.FillAsync("[data-testid=months]", "24");
        await company.ClickAsync("[data-testid=add-overseas]");
        var partner = company.Locator("[data-testid=partner-row]").Nth(1);
        await partner.Locator("[data-testid=partner-name]").FillAsync($"Fraunhofer IKTS {suffix}");
        await partner.Locator("[data-testid=partner-country]").SelectOptionAsync("DE");
        await partner.Locator("[data-testid=partner-contact]").FillAsync("Dr. Anna Weber");
        await partner.Locator("[data-testid=partner-email]").FillAsync(partnerEmail);
        await company.ClickAsync("[data-testid=add-researcher]");
        var researcher = company.Locator("[data-testid=researcher-row]").First;
        await researcher.Locator("[data-testid=researcher-name]").FillAsync("김연구");
        await researcher.Locator("[data-testid=researcher-role]").SelectOptionAsync("PrincipalInvestigator");
        await researcher.Locator("[data-testid=researcher-effort]").FillAsync("50");
        var lead = company.Locator("[data-testid=budget-row]").First;
        for (var year = 0; year < 2; year++)
        {
            await lead.Locator("[data-testid=budget-government]").Nth(year).FillAsync("300000000");
            await lead.Locator("[data-testid=budget-private]").Nth(year).FillAsync("120000000");
        }

        await company.ClickAsync("[data-testid=add-dispatch]");
        await company.Locator("[data-testid=dispatch-row]").First.Locator("[data-testid=dispatch-months]").FillAsync("12");
        await company.CheckAsync("[data-testid=criterion-ip]");
        await company.FillAsync("[data-testid=evidence-technology]", "황화물 전해질 핵심 특허를 독일 연구소가 보유");
        await company.Locator("[data-testid=save-state][data-state=Saved]").WaitForAsync();
        Assert.Contains("600,000,000", await company.Locator("[data-testid=budget-government-total]").TextContentAsync(), StringComparison.Ordinal);
        await company.ScreenshotAsync("proposal-1-editor");

        await company.ClickAsync("[data-testid=editor-done]");
        await company.WaitForURLAsync($"**/programs/proposals/{proposalId}");
        Assert.Contains("Fraunhofer IKTS", await company.Locator("[data-testid=proposal-partners]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("false", await company.Locator("[data-testid=eligibility]").GetAttributeAsync("data-qualifies"));
        Assert.Equal("true", await company.Locator("[data-testid=eligibility-check][data-code=dispatch]").GetAttributeAsync("data-passed"));
        await company.ClickAsync("[data-testid=invite-partners]");
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await company.Locator("[data-testid=action-done]").WaitForAsync();
        await company.ScreenshotAsync("proposal-2-draft-invited");

        var mail = await browser.WithDbAsync(db => db.OutgoingEmails.AsNoTracking().SingleAsync(m => m.To == partnerEmail));
        Assert.Equal("en", mail.Culture);
        var link = new Uri(InvitationLink().Match(mail.TextBody).Value);
        var guest = await browser.NewPageAsync();
        await guest.GotoAsync(link.PathAndQuery); // the mail names the configured public address; the test portal listens elsewhere
        Assert.Contains($"Interface stabilisation for all-solid-state batteries {suffix}", await guest.Locator("[data-testid=invitation-title]").TextContentAsync(), StringComparison.Ordinal);
        await guest.ScreenshotAsync("proposal-3-invitation-english");
        await guest.ClickAsync("[data-testid=invitation-confirm]");
        await guest.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("Confirmed", await guest.Locator("[data-testid=invitation-response]").TextContentAsync(), StringComparison.Ordinal);
        await guest.Context.CloseAsync();

        await company.GotoAsync($"/programs/proposals/{proposalId}");
        Assert.Equal(2, await company.Locator("[data-testid=partner][data-response=Confirmed]").CountAsync());
        foreach (var kind in new[] { "ResearchPlan", "BudgetPlan", "PartnerCommitment", "DispatchPlan" })
        {
            await company.SelectOptionAsync("[data-testid=attachment-kind-select]", kind);
            await company.SetInputFilesAsync("[data-testid=attachment-upload] input[type=file]",
                new FilePayload { Name = $"{kind}.pdf", MimeType = "application/pdf", Buffer = [.. "%PDF-1.7\n"u8, .. new byte[2048]] });
            await company.ClickAsync("[data-testid=attachment-upload] button[type=submit]");
            await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Equal(4, await company.Locator("[data-testid=attachment-kind]").CountAsync());
        Assert.Equal("true", await company.Locator("[data-testid=eligibility-check][data-code=documents]").GetAttributeAsync("data-passed"));
        await company.CheckAsync("[data-testid=submit-confirm]");
        await company.ClickAsync("[data-testid=submit-proposal]");
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var receipt = (await company.Locator("[data-testid=receipt-number]").TextContentAsync())?.Trim();
        Assert.Matches(@"^\d{4}-\d{4}$", receipt);
        Assert.Equal(0, await company.Locator("[data-testid=submit-form]").CountAsync());
        await company.ScreenshotAsync("proposal-4-submitted");
        await company.Context.CloseAsync();

        var manager = await browser.NewPageAsync();
        await manager.SignInAsRoleAsync(Roles.ProgramManager);
        await manager.GotoAsync($"/programs/calls/{callId}/proposals");
        var row = manager.Locator("[data-testid=received-proposal]", new() { HasText = receipt! });
        Assert.Equal(1, await row.CountAsync());
        await manager.ScreenshotAsync("proposal-5-received-manager");
        await row.Locator("a").First.ClickAsync();
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(receipt, (await manager.Locator("[data-testid=receipt-number]").TextContentAsync())?.Trim());
        Assert.Equal(0, await manager.Locator("[data-testid=submit-form]").CountAsync());
        await manager.ScreenshotAsync("proposal-6-manager-reads");
        await manager.Context.CloseAsync();
    }

    [Fact]
    public async Task Manager_ScreensTheClosedCallsProposals_PassesOneAndRejectsOneWithItsReason()
    {
        // The demo call in review: the seeder screened it; its rejected proposals (which fail checks) wait for screening again here.
        var callId = await browser.WithDbAsync(db => db.ProgramCalls.AsNoTracking()
            .Where(c => c.IsDemo && c.Status == Core.Programs.Calls.CallStatus.Closed).OrderByDescending(c => c.ClosesAt).Select(c => c.Id).FirstAsync());
        await browser.WithDbAsync(db => db.Proposals.Where(p => p.CallId == callId && p.Screening == Core.Programs.Proposals.ScreeningOutcome.Rejected)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Screening, (Core.Programs.Proposals.ScreeningOutcome?)null).SetProperty(x => x.ScreeningNote, (string?)null)));
        var manager = await browser.NewPageAsync();
        await manager.SignInAsRoleAsync(Roles.ProgramManager);
        await manager.GotoAsync($"/programs/calls/{callId}/proposals?show=failing");
        var failing = manager.Locator("[data-testid=received-proposal]");
        Assert.True(await failing.CountAsync() > 0);
        await manager.ScreenshotAsync("screening-1-failing-list");
        await failing.First.Locator("a").First.ClickAsync();
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var rejected = new Uri(manager.Url).AbsolutePath;
        Assert.True(await manager.Locator("[data-testid=eligibility-check][data-passed=false]").CountAsync() > 0);
        await manager.CheckAsync("[data-testid=screening-reject]");
        await manager.ClickAsync("[data-testid=screening-save]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await manager.Locator("[data-testid=screening] .field-error").CountAsync() > 0);
        await manager.FillAsync("[data-testid=screening-note]", "연구자 파견 기간이 전체 연구기간의 절반에 못 미칩니다.");
        await manager.CheckAsync("[data-testid=screening-reject]");
        await manager.ClickAsync("[data-testid=screening-save]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("Rejected", await manager.Locator("[data-testid=screening-outcome]").GetAttributeAsync("data-outcome"));
        await manager.ScreenshotAsync("screening-2-rejected");

        await manager.GotoAsync($"/programs/calls/{callId}/proposals?show=pending");
        var pending = manager.Locator("[data-testid=received-proposal]");
        await pending.First.Locator("a").First.ClickAsync();
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.NotEqual(rejected, new Uri(manager.Url).AbsolutePath);
        await manager.CheckAsync("[data-testid=screening-pass]");
        await manager.ClickAsync("[data-testid=screening-save]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("Passed", await manager.Locator("[data-testid=screening-outcome]").GetAttributeAsync("data-outcome"));

        await manager.GotoAsync($"/programs/calls/{callId}/proposals?show=rejected&culture=en");
        Assert.True(await manager.Locator("[data-testid=received-proposal]").CountAsync() >= 1);
        Assert.Contains("Rejected", await manager.Locator("[data-testid=received-proposals]").TextContentAsync(), StringComparison.Ordinal);
        await manager.ScreenshotAsync("screening-3-rejected-list-english");

        await manager.GotoAsync($"/programs/calls/{callId}/proposals");
        await manager.ClickAsync("[data-testid=conflicts-link]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await manager.Locator("[data-testid=conflict]").CountAsync() > 0);
        Assert.True(await manager.Locator("[data-testid=conflict][data-source=SameOrganization]").CountAsync() > 0);
        await manager.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "screening-4-conflicts.png") }); // the first screen: the list is long
        await manager.SelectOptionAsync("[data-testid=conflicts-proposal]", new SelectOptionValue { Index = 1 });
        await manager.ClickAsync("[data-testid=conflicts-filter] button[type=submit]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var receipts = await manager.Locator("[data-testid=conflict] td:first-child").AllTextContentsAsync();
        Assert.NotEmpty(receipts);
        Assert.Single(receipts.Select(r => r.Trim()).Distinct());
        await manager.ScreenshotAsync("screening-5-conflicts-of-one-proposal");
        await manager.Context.CloseAsync();
    }

    [GeneratedRegex(@"https?://[^\s]+/programs/invitations/[A-Za-z0-9_-]+(\?culture=en)?")]
    private static partial Regex InvitationLink();
}
