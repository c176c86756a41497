using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Programs;

/// <summary>
/// The second half of a global joint R&amp;D call, in the browser: the program manager screens a small closed call's two
/// proposals, assigns and asks the overseas reviewer, who reviews both in English; closes the stage, assigns and asks the
/// domestic panel, whose reviewer scores both in Korean; closes it, runs the selection within the budget, verifies it,
/// downloads the report and publishes; the applicant reads the decision with the scores and numbered comments, and nowhere
/// on the proposal page or in the inbox a reviewer's name, e-mail address or id.
/// </summary>
[Collection(InChromium.Name)]
public sealed class ReviewJourneyTests(BrowserFixture browser)
{
    private const string ReviewerPassword = "Review-journey-password-2026";

    [Fact]
    public async Task Manager_ReviewsAndSelectsInBothLanguages_ApplicantSeesTheDecisionWithoutReviewers()
    {
        var world = await SetUpAsync();
        var (first, second) = (world.Proposals[0], world.Proposals[1]);

        // 1. Screening: the manager passes both proposals on the received-proposals page.
        var manager = await browser.NewPageAsync();
        await manager.SignInAsRoleAsync(Roles.ProgramManager);
        await manager.GotoAsync($"/programs/calls/{world.CallId}/proposals");
        Assert.Equal(2, await manager.Locator("[data-testid=received-proposal]").CountAsync());
        foreach (var proposal in world.Proposals)
        {
            await manager.GotoAsync($"/programs/calls/{world.CallId}/proposals");
            await manager.Locator("[data-testid=received-proposal]", new() { HasText = proposal.Receipt }).Locator("a").First.ClickAsync();
            await manager.WaitForURLAsync($"**/programs/proposals/{proposal.Id}");
            await manager.CheckAsync("[data-testid=screening-pass]");
            await manager.ClickAsync("[data-testid=screening-save]");
            await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal("Passed", await manager.Locator("[data-testid=screening-outcome]").GetAttributeAsync("data-outcome"));
        }

        await manager.GotoAsync($"/programs/calls/{world.CallId}/proposals");
        Assert.Equal(["통과", "통과"], (await manager.Locator("[data-testid=screening-cell]").AllTextContentsAsync()).Select(t => t.Trim()));
        await ShotAsync(manager, "review-1-screened");

        // 2. The overseas peer review: run the assignment (the reviewer was locked on both), read the report, release.
        await manager.GotoAsync($"/programs/calls/{world.CallId}");
        await manager.ClickAsync("[data-testid=review-stages-link]");
        await manager.WaitForURLAsync($"**/programs/calls/{world.CallId}/review");
        Assert.Equal("Assigning", await manager.Locator("[data-testid=review-stage][data-position='1']").GetAttributeAsync("data-state"));
        Assert.Equal("Waiting", await manager.Locator("[data-testid=review-stage][data-position='2']").GetAttributeAsync("data-state"));
        await manager.Locator("[data-testid=review-stage][data-position='1'] [data-testid=stage-link]").ClickAsync();
        await manager.WaitForURLAsync($"**/programs/calls/{world.CallId}/review/1");
        Assert.Equal("해외 전문가 평가", (await manager.Locator("[data-testid=stage-title]").TextContentAsync())?.Trim());
        await manager.ClickAsync("[data-testid=run-assignment]");
        await manager.WaitForURLAsync($"**/review/1?done=run");
        Assert.Equal("최소 비용 흐름 (정확해)", (await manager.Locator("[data-testid=run-method]").TextContentAsync())?.Trim());
        Assert.Equal("2", (await manager.Locator("[data-testid=run-pairs]").TextContentAsync())?.Trim());
        Assert.Equal(1, await manager.Locator("[data-testid=run-all-filled]").CountAsync());
        await AssertPairsAsync(manager, world.Overseas.ReviewerId, "Proposed", locked: true);
        await ShotAsync(manager, "review-2-overseas-assignment", manager.Locator("[data-testid=assignment]"));
        await ReleaseAsync(manager);
        await AssertPairsAsync(manager, world.Overseas.ReviewerId, "Released", locked: false);

        // 3. The overseas reviewer, whose account is in English, reviews both proposals in English.
        var overseas = await browser.NewPageAsync();
        await overseas.SignInAsync(world.Overseas.Email, ReviewerPassword);
        Assert.Equal("My reviews", (await overseas.Locator("[data-testid=nav-reviews]").TextContentAsync())?.Trim());
        await overseas.ClickAsync("[data-testid=nav-reviews]");
        await overseas.WaitForURLAsync("**/programs/reviews");
        Assert.Equal(2, await overseas.Locator("[data-testid=my-review][data-status=Released]").CountAsync());
        await ShotAsync(overseas, "review-3-overseas-my-reviews");
        await ReviewAsync(overseas, first, "en", score: 5, "Innovation and technical excellence", "Excellent: the partner's magnetocaloric alloys are world class.", "review-4-overseas-form-english");
        await ReviewAsync(overseas, second, "en", score: 3, "Innovation and technical excellence", "Sound but incremental; the vitrification plan needs detail.", null);
        await overseas.GotoAsync("/programs/reviews");
        Assert.Equal(2, await overseas.Locator("[data-testid=my-review][data-status=Submitted]").CountAsync());
        Assert.Equal(["100", "60"], await TotalsAsync(overseas, first, second));
        await ShotAsync(overseas, "review-5-overseas-submitted");
        await overseas.Context.CloseAsync();

        // 4. The manager closes the overseas peer review (both reach the cut-off of 50) and assigns and asks the domestic panel.
        await manager.GotoAsync($"/programs/calls/{world.CallId}/review/1");
        await manager.CheckAsync("[data-testid=close-confirm]");
        await manager.ClickAsync("[data-testid=close-stage]");
        await manager.WaitForURLAsync($"**/review/1?done=closed");
        Assert.Equal(["true", "true"], await manager.Locator("[data-testid=result]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.advanced)"));
        Assert.Equal(["100.0", "60.0"], (await manager.Locator("[data-testid=result-score]").AllTextContentsAsync()).Select(t => t.Trim()));
        await ShotAsync(manager, "review-6-overseas-results", manager.Locator("[data-testid=results]"));

        await LockAsync(world, 2, world.Domestic.ReviewerId);
        await manager.GotoAsync($"/programs/calls/{world.CallId}/review");
        Assert.Equal("Closed", await manager.Locator("[data-testid=review-stage][data-position='1']").GetAttributeAsync("data-state"));
        await manager.Locator("[data-testid=review-stage][data-position='2'] [data-testid=stage-link]").ClickAsync();
        await manager.WaitForURLAsync($"**/programs/calls/{world.CallId}/review/2");
        Assert.Equal("국내 전문가 패널 평가", (await manager.Locator("[data-testid=stage-title]").TextContentAsync())?.Trim());
        await manager.ClickAsync("[data-testid=run-assignment]");
        await manager.WaitForURLAsync($"**/review/2?done=run");
        await AssertPairsAsync(manager, world.Domestic.ReviewerId, "Proposed", locked: true);
        // A lock taken off and put back by hand on the page stays with the same reviewer.
        await manager.Locator("[data-testid=pair] [data-testid=pair-Unlock]").First.ClickAsync();
        await manager.WaitForURLAsync($"**/review/2?done=pair");
        Assert.Equal(1, await manager.Locator("[data-testid=pair][data-locked=false]").CountAsync());
        await manager.Locator("[data-testid=pair][data-locked=false] [data-testid=pair-Lock]").ClickAsync();
        await manager.WaitForURLAsync($"**/review/2?done=pair");
        await AssertPairsAsync(manager, world.Domestic.ReviewerId, "Proposed", locked: true);
        await ShotAsync(manager, "review-7-panel-assignment", manager.Locator("[data-testid=pairs]"));
        // Any pool reviewer can be put on a proposal by hand from its candidates, best fit first, conflicts shown.
        await manager.Locator("[data-testid=add-reviewer]").First.ClickAsync();
        await manager.WaitForURLAsync($"**/review/2/proposals/**");
        var chosen = manager.Locator($"[data-testid=candidate][data-reviewer='{world.Domestic.ReviewerId}']");
        Assert.Equal(1, await chosen.CountAsync());
        Assert.Equal(0, await chosen.Locator("[data-testid=candidate-lock]").CountAsync()); // locked already
        await ShotAsync(manager, "review-7b-panel-candidates");
        await manager.GotoAsync($"/programs/calls/{world.CallId}/review/2");
        await ReleaseAsync(manager);

        // 5. The domestic reviewer, whose account is in Korean, scores both proposals in Korean.
        var domestic = await browser.NewPageAsync();
        await domestic.SignInAsync(world.Domestic.Email, ReviewerPassword);
        Assert.Equal("내 평가", (await domestic.Locator("[data-testid=nav-reviews]").TextContentAsync())?.Trim());
        // The request reached each reviewer in the stage's language, its subject naming the stage once.
        var requests = await browser.WithDbAsync(db => db.InboxMessages.AsNoTracking()
            .Where(m => m.Template == NoticeTemplates.ReviewAssigned && (m.UserId == world.Overseas.UserId || m.UserId == world.Domestic.UserId))
            .OrderBy(m => m.CreatedAt).Select(m => m.Subject).ToListAsync());
        Assert.Equal([$"[TechBridge] Review request (overseas peer review): {world.CallTitleEn}", $"[TechBridge] 국내 전문가 패널 평가 요청: {world.CallTitleKo}"], requests);
        await domestic.ClickAsync("[data-testid=nav-reviews]");
        await domestic.WaitForURLAsync("**/programs/reviews");
        Assert.Equal(2, await domestic.Locator("[data-testid=my-review][data-status=Released]").CountAsync());
        await ReviewAsync(domestic, first, "ko", score: 4, "협력 필요성과 기술 확보 효과", "해외 협력으로 개발 기간을 크게 줄일 수 있습니다.", "review-8-panel-form-korean");
        await ReviewAsync(domestic, second, "ko", score: 4, "협력 필요성과 기술 확보 효과", "사업화 계획이 구체적이나 예산 근거를 보완해야 합니다.", null);
        await domestic.GotoAsync("/programs/reviews");
        Assert.Equal(["80", "80"], await TotalsAsync(domestic, first, second));
        await domestic.Context.CloseAsync();

        // 6. The manager closes the panel, runs the selection (only the first fits the budget), verifies it, downloads the report and publishes.
        await manager.GotoAsync($"/programs/calls/{world.CallId}/review/2");
        await manager.CheckAsync("[data-testid=close-confirm]");
        await manager.ClickAsync("[data-testid=close-stage]");
        await manager.WaitForURLAsync($"**/review/2?done=closed");
        Assert.Equal(2, await manager.Locator("[data-testid=result][data-advanced=true]").CountAsync());
        await manager.GotoAsync($"/programs/calls/{world.CallId}");
        await manager.ClickAsync("[data-testid=selection-link]");
        await manager.WaitForURLAsync($"**/programs/calls/{world.CallId}/selection");
        Assert.Equal(1, await manager.Locator("[data-testid=not-run]").CountAsync());
        // A quota row names its dimension and value in one choice: at most two battery projects (binding nothing here).
        await manager.ClickAsync("[data-testid=add-quota]");
        await manager.Locator("[data-testid=quota-target]").SelectOptionAsync("field:SECONDARY_BATTERY");
        await manager.Locator("[data-testid=quota-row] input[name$='.Max']").FillAsync("2");
        await ShotAsync(manager, "review-8b-selection-quota", manager.Locator("[data-testid=selection-quotas]"));
        await manager.ClickAsync("[data-testid=run-selection]");
        await manager.WaitForURLAsync("**/selection?done=run");
        Assert.Contains("2", await manager.Locator("[data-testid=quota-row] input[name$='.Max']").InputValueAsync(), StringComparison.Ordinal);
        var entries = manager.Locator("[data-testid=selection-entry]");
        Assert.Equal([first.Receipt, second.Receipt], await entries.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.receipt)"));
        Assert.Equal(["Selected", "NotSelected"], await entries.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.outcome)"));
        // Final = 40% of the overseas score + 60% of the panel's: 0.4 × 100 + 0.6 × 80 = 88 and 0.4 × 60 + 0.6 × 80 = 72.
        var firstRow = await entries.Nth(0).TextContentAsync();
        Assert.Contains("88.00", firstRow, StringComparison.Ordinal);
        Assert.Contains("72.00", await entries.Nth(1).TextContentAsync(), StringComparison.Ordinal);
        await manager.ClickAsync("[data-testid=verify-selection]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("true", await manager.Locator("[data-testid=verification]").GetAttributeAsync("data-same"));
        Assert.Contains("다시 계산한 결과가 저장된 보고서와 같습니다.", await manager.Locator("[data-testid=verification]").TextContentAsync(), StringComparison.Ordinal);

        var download = await manager.RunAndWaitForDownloadAsync(() => manager.ClickAsync("[data-testid=selection-xlsx]"));
        var file = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.True(file.Length > 1000, $"The .xlsx has {file.Length} bytes.");
        Assert.Equal("PK"u8.ToArray(), file[..2]);
        var response = await manager.APIRequest.GetAsync($"/programs/calls/{world.CallId}/selection/report.xlsx");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Headers["content-type"]);
        Assert.Equal("PK"u8.ToArray(), (await response.BodyAsync())[..2]);

        await manager.CheckAsync("[data-testid=publish-confirm]");
        await manager.ClickAsync("[data-testid=publish-selection]");
        await manager.WaitForURLAsync("**/selection?done=published");
        Assert.Contains("발표한 뒤에는 바꿀 수 없습니다.", await manager.Locator("[data-testid=published-at]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await manager.Locator("[data-testid=adjust-form]").CountAsync());
        await ShotAsync(manager, "review-9-selection-ranking", manager.Locator("[data-testid=selection-report]"));
        await manager.GotoAsync($"/programs/calls/{world.CallId}/selection?culture=en");
        Assert.Contains("Published decisions can no longer change.", await manager.Locator("[data-testid=published-at]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Overseas peer review", await manager.Locator("[data-testid=selection-table] thead").TextContentAsync(), StringComparison.Ordinal);
        await ShotAsync(manager, "review-10-selection-ranking-english", manager.Locator("[data-testid=selection-report]"));
        await manager.Context.CloseAsync();

        // 7. The applicant reads the decision on the proposal page and in the inbox: scores and numbered comments, no reviewer.
        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        await company.GotoAsync($"/programs/proposals/{first.Id}");
        var decision = company.Locator("[data-testid=proposal-decision]");
        Assert.Equal("Selected", await decision.GetAttributeAsync("data-outcome"));
        Assert.Contains("88.00", await company.Locator("[data-testid=decision-final]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await company.Locator("[data-testid=decision-stage]").CountAsync());
        var comments = (await company.Locator("[data-testid=decision-comment]").AllTextContentsAsync()).Select(c => c.Trim()).ToList();
        Assert.Equal(2, comments.Count);
        Assert.StartsWith("평가위원 1", comments[0], StringComparison.Ordinal);
        Assert.Contains("Overall for the applicant (5)", comments[0], StringComparison.Ordinal);
        Assert.Contains("신청자에게 드리는 종합 의견 (4)", comments[1], StringComparison.Ordinal);
        AssertNoReviewer(await company.ContentAsync(), world);
        await ShotAsync(company, "review-11-applicant-decision", decision);

        await company.GotoAsync($"/programs/proposals/{second.Id}?culture=en");
        Assert.Equal("NotSelected", await decision.GetAttributeAsync("data-outcome"));
        Assert.Equal(["Reviewer 1", "Reviewer 1"], await company.Locator("[data-testid=decision-comment] strong").AllTextContentsAsync());
        AssertNoReviewer(await company.ContentAsync(), world);
        await ShotAsync(company, "review-12-applicant-decision-english", decision);

        await company.GotoAsync("/inbox?culture=ko");
        var message = company.Locator("[data-testid=inbox-row]", new() { HasText = first.TitleKo });
        Assert.Equal(1, await message.CountAsync());
        await message.Locator("a").First.ClickAsync();
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var body = await company.Locator("[data-testid=inbox-body]").TextContentAsync();
        Assert.Contains("88", body, StringComparison.Ordinal);
        AssertNoReviewer(await company.ContentAsync(), world);
        await ShotAsync(company, "review-13-applicant-inbox");
        // What was sent: both decisions in the inbox, and any e-mail of them (now or in the digest), without a reviewer either.
        var links = new[] { $"/programs/proposals/{first.Id}", $"/programs/proposals/{second.Id}" };
        var sent = await browser.WithDbAsync(async db =>
        {
            var inbox = await db.InboxMessages.AsNoTracking().Where(m => links.Contains(m.Link)).Select(m => m.Subject + "\n" + m.Body).ToListAsync();
            var mails = await db.OutgoingEmails.AsNoTracking()
                .Where(m => m.Template == NoticeTemplates.ProposalDecision && (m.Subject.Contains(world.Suffix) || m.TextBody.Contains(world.Suffix)))
                .Select(m => m.Subject + "\n" + m.TextBody + "\n" + m.HtmlBody).ToListAsync();
            return (inbox, mails);
        });
        Assert.Equal(2, sent.inbox.Count);
        Assert.All(sent.inbox.Concat(sent.mails), m => AssertNoReviewer(m, world));
        await company.Context.CloseAsync();
    }

    /// <summary>Nothing that identifies either reviewer: names, e-mail addresses, pool, person or account ids.</summary>
    private static void AssertNoReviewer(string html, World world)
    {
        foreach (var reviewer in new[] { world.Overseas, world.Domestic })
        {
            foreach (var secret in new[] { reviewer.NameKo, reviewer.NameEn, reviewer.Email }.Where(s => s.Length > 0)
                .Concat(new[] { reviewer.ReviewerId, reviewer.PersonId, reviewer.UserId }.Select(id => id.ToString())))
            {
                Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>Every pair of the stage is the expected reviewer's, with the status and lock.</summary>
    private static async Task AssertPairsAsync(IPage manager, Guid reviewer, string status, bool locked)
    {
        var pairs = manager.Locator("[data-testid=pair]");
        Assert.Equal(2, await pairs.CountAsync());
        Assert.Equal([reviewer.ToString(), reviewer.ToString()], await pairs.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.reviewer)"));
        Assert.Equal(2, await manager.Locator($"[data-testid=pair][data-status={status}][data-locked={(locked ? "true" : "false")}]").CountAsync());
    }

    /// <summary>Asks the stage's reviewers with a due date two weeks ahead (KST, as the form takes it).</summary>
    private static async Task ReleaseAsync(IPage manager)
    {
        var due = Kst.ToKst(DateTimeOffset.UtcNow.AddDays(14)).ToString("yyyy-MM-dd'T'18:00", CultureInfo.InvariantCulture);
        await manager.FillAsync("[data-testid=release-due]", due);
        await manager.CheckAsync("[data-testid=release-confirm]");
        await manager.ClickAsync("[data-testid=release-stage]");
        await manager.WaitForURLAsync("**?done=released&asked=1");
        Assert.Contains("평가위원 1명에게 평가를 요청했습니다.", await manager.Locator("[data-testid=action-done]").TextContentAsync(), StringComparison.Ordinal);
    }

    /// <summary>Opens the proposal's review from My reviews, checks its language, gives every criterion the score with a comment, saves a draft, then submits.</summary>
    private static async Task ReviewAsync(IPage reviewer, SeededProposal proposal, string culture, int score, string firstCriterion, string comment, string? screenshot)
    {
        await reviewer.GotoAsync("/programs/reviews");
        await reviewer.Locator("[data-testid=my-review]", new() { HasText = proposal.Receipt }).Locator("[data-testid=review-link]").ClickAsync();
        await reviewer.WaitForURLAsync("**/programs/reviews/*");
        Assert.Equal(culture, await reviewer.Locator("[data-testid=review-page]").GetAttributeAsync("data-culture"));
        Assert.Equal(culture == "en" ? proposal.TitleEn : proposal.TitleKo, (await reviewer.Locator("[data-testid=review-title]").TextContentAsync())?.Trim());
        var criteria = reviewer.Locator("[data-testid=criterion]");
        Assert.Equal(4, await criteria.CountAsync());
        Assert.Contains(firstCriterion, await criteria.First.Locator("legend").TextContentAsync(), StringComparison.Ordinal);
        for (var i = 0; i < 4; i++)
        {
            await criteria.Nth(i).Locator($"[data-testid=score][value='{score}']").CheckAsync();
            await criteria.Nth(i).Locator("textarea").FillAsync($"{comment} ({i + 1})");
        }

        var overall = culture == "en" ? "Overall for the applicant" : "신청자에게 드리는 종합 의견";
        await reviewer.FillAsync("[data-testid=comment-to-applicant]", $"{overall} ({score})");
        await reviewer.FillAsync("[data-testid=comment-to-managers]", culture == "en" ? "Confidential: no concerns." : "비공개: 특이사항 없음.");
        await reviewer.ClickAsync("[data-testid=review-save]");
        await reviewer.WaitForURLAsync("**?done=saved");
        Assert.Equal(culture == "en" ? "Your draft review has been saved." : "평가를 임시 저장했습니다.", (await reviewer.Locator("[data-testid=review-done]").TextContentAsync())?.Trim());
        if (screenshot is not null)
        {
            await ShotAsync(reviewer, screenshot, reviewer.Locator("[data-testid=review-form-panel]"));
            await ShotAsync(reviewer, screenshot + "-comments", reviewer.Locator("label[for=commentToApplicant]"));
        }

        await reviewer.CheckAsync("[data-testid=review-confirm]");
        await reviewer.ClickAsync("[data-testid=review-submit]");
        await reviewer.WaitForURLAsync("**?done=submitted");
        Assert.Equal(culture == "en" ? "Your review has been submitted. Thank you." : "평가를 제출했습니다. 감사합니다.",
            (await reviewer.Locator("[data-testid=review-done]").TextContentAsync())?.Trim());
        Assert.Equal(1, await reviewer.Locator("[data-testid=review-readonly]").CountAsync());
        if (screenshot is not null)
        {
            await ShotAsync(reviewer, screenshot + "-submitted", reviewer.Locator("[data-testid=review-readonly]"));
        }
    }

    private static async Task<string[]> TotalsAsync(IPage reviewer, SeededProposal first, SeededProposal second) =>
    [
        .. await Task.WhenAll(new[] { first, second }.Select(async p =>
            (await reviewer.Locator("[data-testid=my-review]", new() { HasText = p.Receipt }).Locator("[data-testid=review-total]").TextContentAsync())?.Trim() ?? "")),
    ];

    /// <summary>A viewport screenshot (artifacts/screenshots/NAME.png), with <paramref name="at"/> at the top (below the sticky top bar) when given.</summary>
    private static async Task ShotAsync(IPage page, string name, ILocator? at = null)
    {
        if (at is not null)
        {
            await at.EvaluateAsync("e => { e.scrollIntoView({ block: 'start' }); window.scrollBy(0, -64); }");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png") });
    }

    private Task<bool> LockAsync(World world, int position, Guid reviewer) =>
        browser.WithScopeAsync(async (_, services) =>
        {
            foreach (var proposal in world.Proposals)
            {
                await services.GetRequiredService<StageAssignmentService>().SetPairAsync(world.ManagerId, world.CallId, position, proposal.Id, reviewer, PairAction.Lock);
            }

            return true;
        });

    /// <summary>
    /// A small call of the cooperation-center program by the demo program manager, closed yesterday: screening, the overseas
    /// peer review (40%, cut-off 50, one reviewer each) and the domestic panel (60%, one reviewer each), a budget of one
    /// billion won; two proposals of the demo company submitted (600 and 500 million won, so only one fits), not screened
    /// yet, on topics no demo reviewer published on; one overseas reviewer (account in English) and one domestic reviewer
    /// (account in Korean) who published on exactly those topics, put in the pool, and the overseas one locked on both
    /// proposals of the overseas peer review.
    /// </summary>
    private async Task<World> SetUpAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var applicantEmail = DemoLookups.DemoEmail(Roles.Company);
        var managerEmail = DemoLookups.DemoEmail(Roles.ProgramManager);
        var (manager, applicant, applicantName) = await browser.WithDbAsync(async db =>
        {
            var users = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == managerEmail || u.NormalizedEmail == applicantEmail)
                .Select(u => new { u.Id, u.NormalizedEmail, u.DisplayName }).ToListAsync();
            var company = users.Single(u => u.NormalizedEmail == applicantEmail);
            return (users.Single(u => u.NormalizedEmail == managerEmail).Id, company.Id, company.DisplayName);
        });
        var now = DateTimeOffset.UtcNow;
        var callId = await browser.WithScopeAsync(async (db, services) =>
        {
            var calls = services.GetRequiredService<CallService>();
            var id = await calls.CreateAsync(manager, new CallInput
            {
                ProgramCode = "GLOBAL_COOP_CENTERS", TitleKo = CallTitleKo(suffix), TitleEn = CallTitleEn(suffix),
                Kind = CallKind.Open, OpensAt = now.AddMinutes(-1), ClosesAt = now.AddDays(30), TotalBudgetKrw = 1_000_000_000,
                MaxGovernmentKrwPerTask = 700_000_000, MaxGovernmentSharePercent = 75, MaxMonths = 36, RequiresOverseasPartner = true,
                FieldCodes = ["SECONDARY_BATTERY"], ApplicantTypes = [ApplicantType.SmallBusiness], Documents = [DocumentKind.ResearchPlan],
                Stages =
                [
                    new CallStageInput(StageKind.Screening, 0, null, 0, null),
                    new CallStageInput(StageKind.OverseasPeerReview, 40, 50, 1, null),
                    new CallStageInput(StageKind.DomesticPanel, 60, null, 1, null),
                ],
            });
            await calls.PublishAsync(manager, id);
            await calls.CloseAsync(manager, id);
            // As if it had run its course: opened three weeks ago, closed yesterday.
            var call = await db.ProgramCalls.SingleAsync(c => c.Id == id);
            (call.OpensAt, call.ClosesAt) = (now.AddDays(-21), now.AddDays(-1));
            await db.SaveChangesAsync();
            return id;
        });

        var year = Kst.ToKst(now).Year;
        var number = 9000 + Random.Shared.Next(0, 900);
        var topics = new (string Ko, string En, long Cost)[]
        {
            ("자기열량 냉각용 가돌리늄 합금 공동연구", "Magnetocaloric refrigeration with gadolinium alloys", 600_000_000),
            ("지르코놀라이트 유리화 세라믹 공동연구", "Zirconolite vitrification ceramics", 500_000_000),
        };
        var proposals = await browser.WithDbAsync(async db =>
        {
            var seeded = new List<SeededProposal>();
            for (var i = 0; i < topics.Length; i++)
            {
                var (ko, en, cost) = topics[i];
                var submitted = now.AddDays(-3).AddMinutes(i);
                var proposal = new Proposal
                {
                    CallId = callId, ApplicantId = applicant, Status = ProposalStatus.Submitted, TitleKo = $"{ko} {suffix}", TitleEn = $"{en} {suffix}",
                    SummaryKo = $"{ko}를 해외 연구소와 수행합니다.", SummaryEn = $"{en} with a partner institute abroad.", FieldCode = "SECONDARY_BATTERY", Months = 24,
                    CreatedAt = now.AddDays(-10), UpdatedAt = submitted, SubmittedAt = submitted, ReceiptNumber = $"{year}-{number + i:0000}",
                };
                var content = new ProposalContent(
                    proposal.TitleKo, proposal.TitleEn, proposal.SummaryKo, proposal.SummaryEn, "SECONDARY_BATTERY", null, 24,
                    [
                        new PartnerContent(Guid.NewGuid(), 0, PartnerRole.Lead, null, applicantName, "KR", null, null, PartnerResponse.Confirmed, null, null),
                        new PartnerContent(Guid.NewGuid(), 1, PartnerRole.Overseas, null, "Institut für Materialforschung", "DE", "Dr. Klara Feld", null, PartnerResponse.Confirmed, submitted, submitted),
                    ],
                    [new ResearcherContent(0, 0, "김연구", null, ResearcherRole.PrincipalInvestigator, 50)],
                    [new BudgetContent(0, 1, cost / 2, cost / 4), new BudgetContent(0, 2, cost / 2, cost / 4)], [],
                    new QualifyingAnswers(true, true, "핵심 원천특허를 독일 연구소가 보유", 0, 0, null, false, null), [],
                    new CallRulesContent(36, 700_000_000, 75, false, true, [DocumentKind.ResearchPlan], [ApplicantType.SmallBusiness], ApplicantType.SmallBusiness));
                (proposal.SnapshotJson, proposal.SnapshotSha256) = ProposalSnapshots.Serialize(
                    new ProposalSnapshot(proposal.Id, callId, proposal.ReceiptNumber, submitted, applicant, applicantName, content));
                db.Proposals.Add(proposal);
                seeded.Add(new SeededProposal(proposal.Id, proposal.ReceiptNumber, proposal.TitleKo, proposal.TitleEn));
            }

            await db.SaveChangesAsync();
            return seeded;
        });

        var overseas = await ReviewerAsync(manager, $"ingrid-{suffix}@materials.example.de", "", "Ingrid Halvorsen", "DE", "en", topics, english: true);
        var domestic = await ReviewerAsync(manager, $"seojin-{suffix}@kimm.example.kr", "한서진", "Seojin Han", "KR", "ko", topics, english: false);
        var world = new World(suffix, callId, CallTitleKo(suffix), CallTitleEn(suffix), manager, proposals, overseas, domestic);
        await LockAsync(world, 1, overseas.ReviewerId);
        return world;
    }

    /// <summary>A directory person with publications on the call's topics and an account of the same address, put in the pool (which links the account).</summary>
    private Task<SeededReviewer> ReviewerAsync(Guid manager, string email, string nameKo, string nameEn, string country, string culture, (string Ko, string En, long Cost)[] topics, bool english) =>
        browser.WithScopeAsync(async (db, services) =>
        {
            var account = await services.GetRequiredService<AccountService>().CreateAsync(new NewAccount(email, nameEn, ReviewerPassword, [Roles.Researcher], culture));
            var now = DateTimeOffset.UtcNow;
            var person = new Person { NameKo = nameKo, NameEn = nameEn, Email = email, CountryCode = country, CreatedAt = now, UpdatedAt = now };
            db.People.Add(person);
            foreach (var (ko, en, _) in topics)
            {
                var publication = new Publication
                {
                    Title = english ? en : ko, Abstract = english ? $"A study of {en.ToLowerInvariant()}." : $"{ko}에 관한 연구", Year = 2025, Language = english ? "en" : "ko",
                };
                db.Publications.Add(publication);
                db.Add(new PublicationAuthor { PublicationId = publication.Id, PersonId = person.Id, AuthorOrder = 1 });
            }

            await db.SaveChangesAsync();
            await services.GetRequiredService<ReviewerPoolService>().AddFromDirectoryAsync(manager, [person.Id]);
            var reviewer = await db.Reviewers.AsNoTracking().Where(r => r.PersonId == person.Id).Select(r => new { r.Id, r.UserId, r.Group }).SingleAsync();
            Assert.Equal(account.Id, reviewer.UserId);
            Assert.Equal(english ? ReviewerGroup.Overseas : ReviewerGroup.Domestic, reviewer.Group);
            return new SeededReviewer(reviewer.Id, person.Id, account.Id, email, nameKo, nameEn);
        });

    private sealed record SeededProposal(Guid Id, string Receipt, string TitleKo, string TitleEn);

    private sealed record SeededReviewer(Guid ReviewerId, Guid PersonId, Guid UserId, string Email, string NameKo, string NameEn);

    private static string CallTitleKo(string suffix) => $"협력센터 평가 확인 공고 {suffix}";

    private static string CallTitleEn(string suffix) => $"Cooperation center review check call {suffix}";

    private sealed record World(string Suffix, Guid CallId, string CallTitleKo, string CallTitleEn, Guid ManagerId, IReadOnlyList<SeededProposal> Proposals, SeededReviewer Overseas, SeededReviewer Domestic);
}
