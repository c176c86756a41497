using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// The selection through the API and its pages: run with quotas, adjustments with their justification and rules, verify,
/// publish, the applicant's decision without any trace of the reviewers, and the report's downloads.
/// </summary>
public abstract class SelectionApiTests(AppFixture fixture)
{
    private static string Api(ReviewedCall world) => $"/api/v1/programs/calls/{world.CallId}/selection";

    [Fact]
    public async Task Run_AfterTheStagesClosed_RanksAndSelectsWithinTheBudget()
    {
        var world = await fixture.ReviewedAsync();
        var manager = await fixture.SignedInAsAsync(Core.Accounts.Roles.ProgramManager);
        var before = await manager.GetFromJsonAsync<JsonElement>(Api(world));
        Assert.True(before.GetProperty("canRun").GetBoolean());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("report").ValueKind);

        using var run = await manager.PostAsJsonAsync($"{Api(world)}/run", new { quotas = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var report = (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report");
        var entries = report.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal([world.Receipts[1], world.Receipts[0], world.Receipts[2]], entries.Select(e => e.GetProperty("receiptNumber").GetString()));
        Assert.Equal(["Selected", "NotSelected", "RejectedAtScreening"], entries.Select(e => e.GetProperty("outcome").GetString()));
        Assert.Equal([92.0, 76.0], entries.Take(2).Select(e => e.GetProperty("finalScore").GetDouble()));
        Assert.Equal([1, 2], entries.Take(2).Select(e => e.GetProperty("rank").GetInt32()));
        Assert.Equal([80.0, 100.0], entries[0].GetProperty("stageScores").EnumerateArray().Select(s => s.GetProperty("score").GetDouble()));
        Assert.Equal((500_000_000L, 1_000_000_000L), (report.GetProperty("totalCostKrw").GetInt64(), report.GetProperty("budgetKrw").GetInt64()));
        Assert.Matches("^[0-9a-f]{64}$", report.GetProperty("inputsSha256").GetString());
        var again = await manager.GetFromJsonAsync<JsonElement>(Api(world));
        Assert.Equal(report.GetProperty("inputsSha256").GetString(), again.GetProperty("report").GetProperty("inputsSha256").GetString());
        var verified = await manager.GetFromJsonAsync<JsonElement>($"{Api(world)}/verify");
        Assert.True(verified.GetProperty("sameInputs").GetBoolean() && verified.GetProperty("sameResult").GetBoolean());
    }

    [Fact]
    public async Task Run_QuotasBrokenOrLimiting_Answers400PerFieldOrHonoursThem()
    {
        var world = await fixture.ReviewedAsync();
        var manager = await fixture.SignedInAsAsync(Core.Accounts.Roles.ProgramManager);

        using var invalid = await manager.PostAsJsonAsync($"{Api(world)}/run", new { quotas = new object[] { new { dimension = "city", value = "Seoul", min = 1 }, new { dimension = "field", value = "SECONDARY_BATTERY", min = 3, max = 1 } } });
        using var none = await manager.PostAsJsonAsync($"{Api(world)}/run", new { quotas = new[] { new { dimension = "field", value = "SECONDARY_BATTERY", max = 0 } } });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.ReadProblemAsync();
        Assert.Single(problem.FieldErrors("quotas[0].dimension"));
        Assert.Single(problem.FieldErrors("quotas[1].min"));
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        var report = (await none.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report");
        Assert.DoesNotContain(report.GetProperty("entries").EnumerateArray(), e => e.GetProperty("outcome").GetString() == "Selected");
        Assert.Equal("field", report.GetProperty("quotas")[0].GetProperty("dimension").GetString());
    }

    [Fact]
    public async Task Adjust_JustificationMissingOrUnranked_Answers400Or409AndAJustifiedOneChangesTheSelection()
    {
        var world = await fixture.RanAsync();
        var manager = await fixture.SignedInAsAsync(Core.Accounts.Roles.ProgramManager);

        using var bare = await manager.PostAsJsonAsync($"{Api(world)}/adjustments", new { proposalId = world.Proposals[0], kind = "ForceIn", justification = " " });
        using var unranked = await manager.PostAsJsonAsync($"{Api(world)}/adjustments", new { proposalId = world.Proposals[2], kind = "ForceIn", justification = "전략 분야" });
        using var forced = await manager.PostAsJsonAsync($"{Api(world)}/adjustments", new { proposalId = world.Proposals[0], kind = "ForceIn", justification = "국가전략기술 분야로 우선 지원" });

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Single((await bare.ReadProblemAsync()).FieldErrors("justification"));
        Assert.Equal(HttpStatusCode.Conflict, unranked.StatusCode);
        Assert.Equal("Selection.NotRanked", (await unranked.ReadProblemAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        var entries = (await forced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report").GetProperty("entries").EnumerateArray()
            .ToDictionary(e => e.GetProperty("proposalId").GetGuid());
        Assert.Equal("Selected", entries[world.Proposals[0]].GetProperty("outcome").GetString());
        Assert.Equal("NotSelected", entries[world.Proposals[1]].GetProperty("outcome").GetString());
        var adjustment = entries[world.Proposals[0]].GetProperty("adjustment");
        Assert.Equal(("ForceIn", "국가전략기술 분야로 우선 지원"), (adjustment.GetProperty("kind").GetString(), adjustment.GetProperty("justification").GetString()));

        using var lifted = await manager.PostAsJsonAsync($"{Api(world)}/adjustments", new { proposalId = world.Proposals[0], kind = (string?)null });
        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        var after = (await lifted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report").GetProperty("entries")[0];
        Assert.Equal((world.Receipts[1], "Selected"), (after.GetProperty("receiptNumber").GetString(), after.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task Publish_ThenTheApplicantReadsTheDecisionWithoutReviewersAndNothingChanges()
    {
        var world = await fixture.RanAsync();
        var manager = await fixture.SignedInAsAsync(Core.Accounts.Roles.ProgramManager);
        var applicant = await fixture.SignedInClientAsync(world.ApplicantEmail, ProposalWorld.Password);
        using var early = await applicant.GetAsync($"/api/v1/programs/proposals/{world.Proposals[1]}/decision");
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);

        using var published = await manager.PostAsync($"{Api(world)}/publish", null);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(3, (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("told").GetInt32());
        using var read = await applicant.GetAsync($"/api/v1/programs/proposals/{world.Proposals[1]}/decision");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var json = await read.Content.ReadAsStringAsync();
        var decision = JsonDocument.Parse(json).RootElement;
        Assert.Equal(("Selected", 1, 2, 92.0), (decision.GetProperty("outcome").GetString(), decision.GetProperty("rank").GetInt32(),
            decision.GetProperty("ranked").GetInt32(), decision.GetProperty("finalScore").GetDouble()));
        var stages = decision.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(["OverseasPeerReview", "DomesticPanel"], stages.Select(s => s.GetProperty("kind").GetString()));
        Assert.All(stages, s => Assert.Equal([SelectionWorld.CommentToApplicant, SelectionWorld.CommentToApplicant], s.GetProperty("comments").EnumerateArray().Select(c => c.GetString())));
        var rejected = await applicant.GetFromJsonAsync<JsonElement>($"/api/v1/programs/proposals/{world.Proposals[2]}/decision");
        Assert.Equal(("RejectedAtScreening", SelectionWorld.ScreeningNote), (rejected.GetProperty("outcome").GetString(), rejected.GetProperty("screeningNote").GetString()));

        var page = await applicant.GetStringAsync($"/programs/proposals/{world.Proposals[1]}?culture=ko");
        Assert.Contains("data-testid=\"proposal-decision\"", page, StringComparison.Ordinal);
        Assert.Contains("평가위원 2", page, StringComparison.Ordinal);
        var reachable = json + page + await ReachableByApplicantAsync(applicant, world);
        Assert.Contains(SelectionWorld.CommentToApplicant, reachable, StringComparison.Ordinal); // the search reads what the applicant reads
        foreach (var reviewer in world.Reviewers)
        {
            foreach (var secret in new[] { reviewer.NameEn, reviewer.NameKo, reviewer.Email, reviewer.UserId.ToString(), reviewer.ReviewerId.ToString() })
            {
                Assert.DoesNotContain(secret, reachable, StringComparison.OrdinalIgnoreCase);
            }
        }

        using var rerun = await manager.PostAsJsonAsync($"{Api(world)}/run", new { quotas = Array.Empty<object>() });
        using var adjust = await manager.PostAsJsonAsync($"{Api(world)}/adjustments", new { proposalId = world.Proposals[0], kind = "ForceIn", justification = "늦은 조정" });
        using var twice = await manager.PostAsync($"{Api(world)}/publish", null);
        Assert.All(new[] { rerun, adjust, twice }, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal("Selection.Published", (await rerun.ReadProblemAsync()).GetProperty("code").GetString());
        var managerPage = await manager.GetStringAsync($"/programs/calls/{world.CallId}/selection");
        Assert.Contains("data-testid=\"published-at\"", managerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"adjust-form\"", managerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"run-form\"", managerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_XlsxAndPdf_AnswerTheirContentTypesWithTheReport()
    {
        var world = await fixture.RanAsync();
        var manager = await fixture.SignedInAsAsync(Core.Accounts.Roles.ProgramManager);

        using var xlsx = await manager.GetAsync($"/programs/calls/{world.CallId}/selection/report.xlsx?culture=en");
        using var pdf = await manager.GetAsync($"/programs/calls/{world.CallId}/selection/report.pdf");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Rank", "Receipt", "Title"], rows[0].Take(3));
        Assert.Equal([world.Receipts[1], world.Receipts[0], world.Receipts[2]], rows.Skip(1).Select(r => r[1]));
        Assert.Equal("Selected", rows[1][^2]);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 1000);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task Export_BeforeTheSelectionRan_Answers409()
    {
        var world = await fixture.ReviewedAsync();
        var manager = await fixture.SignedInAsAsync(Core.Accounts.Roles.ProgramManager);

        using var xlsx = await manager.GetAsync($"/programs/calls/{world.CallId}/selection/report.xlsx");

        Assert.Equal(HttpStatusCode.Conflict, xlsx.StatusCode);
    }

    [Fact]
    public async Task SelectionPage_AdjustWithoutJustificationAndPublishUnconfirmed_ShowFieldMessages()
    {
        var world = await fixture.RanAsync();
        var manager = await fixture.SignedInAsAsync(Core.Accounts.Roles.ProgramManager);
        var path = $"/programs/calls/{world.CallId}/selection";

        var html = await manager.GetStringAsync(path + "?culture=ko");
        using var adjust = await manager.PostFormAsync(path, $"adjust-{world.Proposals[0]}", [new("Kind", "ForceOut"), new("Justification", "")]);
        using var publish = await manager.PostFormAsync(path, "publish", []);
        using var run = await manager.PostFormAsync(path, "run", [new("Action", "run"), new("Quotas[0].Target", "field:SECONDARY_BATTERY")]);

        Assert.Contains("선정 규칙", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("data-testid=\"selection-entry\"").Length - 1);
        Assert.Equal(2, html.Split("data-testid=\"adjust-form\"").Length - 1);
        Assert.Equal(HttpStatusCode.BadRequest, adjust.StatusCode);
        Assert.Contains("data-field=\"justification\"", await adjust.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Contains("data-field=\"confirm\"", await publish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, run.StatusCode);
        Assert.Contains("data-field=\"quotas[0].min\"", await run.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var view = await manager.GetFromJsonAsync<JsonElement>(Api(world));
        Assert.Null(view.GetProperty("report").GetProperty("publishedAt").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("report").GetProperty("entries")[1].GetProperty("adjustment").ValueKind);
    }

    [Fact]
    public async Task SelectionPage_RunAndVerifyForms_RunTheSelectionAndShowTheFingerprints()
    {
        var world = await fixture.ReviewedAsync();
        var manager = await fixture.SignedInAsAsync(Core.Accounts.Roles.ProgramManager);
        var path = $"/programs/calls/{world.CallId}/selection";

        using var run = await manager.PostFormAsync(path, "run", [new("Action", "run")]);
        var verified = await (await manager.PostFormAsync(path, "verify", [])).Content.ReadAsStringAsync();

        Assert.True(run.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, run.StatusCode.ToString());
        var view = await manager.GetFromJsonAsync<JsonElement>(Api(world));
        var sha = view.GetProperty("report").GetProperty("inputsSha256").GetString()!;
        Assert.Contains("data-testid=\"verification\" data-same=\"true\"", verified, StringComparison.Ordinal);
        Assert.Equal(3, verified.Split(sha).Length - 1); // the stored one, then stored and current in the verification
        Assert.Contains($"href=\"/programs/calls/{world.CallId}/selection\"", await manager.GetStringAsync($"/programs/calls/{world.CallId}"), StringComparison.Ordinal);
    }
    /// <summary>
    /// Everything the applicant can reach about their proposals once decided: the proposal list and each proposal (API and
    /// page), each decision, the exclusion requests, the inbox (list and every message, API and page) and every e-mail sent
    /// to them (subject and bodies, decoded).
    /// </summary>
    private async Task<string> ReachableByApplicantAsync(HttpClient applicant, ReviewedCall world)
    {
        var text = new System.Text.StringBuilder();
        text.Append(await applicant.GetStringAsync("/api/v1/programs/proposals")).Append(await applicant.GetStringAsync("/programs/proposals"));
        foreach (var proposal in world.Proposals)
        {
            text.Append(await applicant.GetStringAsync($"/api/v1/programs/proposals/{proposal}"))
                .Append(await applicant.GetStringAsync($"/api/v1/programs/proposals/{proposal}/decision"))
                .Append(await applicant.GetStringAsync($"/api/v1/programs/proposals/{proposal}/exclusions"))
                .Append(await applicant.GetStringAsync($"/programs/proposals/{proposal}?culture=en"));
        }

        var inbox = await applicant.GetStringAsync("/api/v1/inbox?pageSize=100");
        text.Append(inbox).Append(await applicant.GetStringAsync("/inbox"));
        var messages = JsonDocument.Parse(inbox).RootElement.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToList();
        Assert.True(messages.Count >= world.Proposals.Count, $"The applicant has {messages.Count} inbox messages.");
        foreach (var message in messages)
        {
            text.Append(await applicant.GetStringAsync($"/api/v1/inbox/{message}")).Append(await applicant.GetStringAsync($"/inbox/{message}"));
        }

        var mail = Path.Combine(fixture.App.Database.DataDirectory, "mail");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        List<MimeKit.MimeMessage> sent;
        while (true)
        {
            sent = [];
            foreach (var file in System.IO.Directory.Exists(mail) ? System.IO.Directory.GetFiles(mail, "*.eml") : [])
            {
                var message = await MimeKit.MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, world.ApplicantEmail, StringComparison.OrdinalIgnoreCase)))
                {
                    sent.Add(message);
                }
            }

            if (sent.Count(m => m.Subject?.Contains("선정", StringComparison.Ordinal) == true || m.Subject?.Contains("decision", StringComparison.OrdinalIgnoreCase) == true) >= world.Proposals.Count
                || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.NotEmpty(sent);
        foreach (var message in sent)
        {
            text.Append(message.Subject).Append(message.TextBody).Append(message.HtmlBody);
        }

        return text.ToString();
    }

}

[Collection(OnSqlite.Name)]
public sealed class SelectionApiSqliteTests(SqliteAppFixture fixture) : SelectionApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class SelectionApiPostgresTests(PostgresAppFixture fixture) : SelectionApiTests(fixture);
