using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TechBridge.Web.Tests.Fuzz;

/// <summary>
/// Issue 7: no input gives a 5xx. Every operation of the live OpenAPI document, as every demo role and anonymously, with
/// bad parameters and bodies; every portal page with bad route and query values. A new endpoint or page is covered
/// without changing this test.
/// </summary>
public abstract class FuzzTests(AppFixture fixture, ITestOutputHelper output)
{
    /// <summary>Operations that would end the role's session for the rest of the run.</summary>
    private static readonly string[] SessionEnders = ["logout", "sign-out", "signout"];

    [Fact]
    public async Task EveryOperation_EveryRoleWithBadInputs_NeverAnswers5xx()
    {
        var anonymous = fixture.CreateClient();
        var document = (await anonymous.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var operations = ApiOperation.Read(document)
            .Where(o => !SessionEnders.Any(s => o.Path.Contains(s, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        Assert.True(operations.Count >= 30, $"only {operations.Count} operations in the OpenAPI document");
        IReadOnlyList<IReadOnlyList<FuzzRequest>> groups = [.. operations.Select(o => (IReadOnlyList<FuzzRequest>)[.. BadInputs.For(o)])];

        await RunAndAssertAsync(await RolesAsync(anonymous), groups);
    }

    [Fact]
    public async Task EveryPage_BadRouteAndQueryValues_NeverAnswers5xx()
    {
        var pages = PageRoutes.Templates();
        Assert.Contains(pages, p => p.Template == "/directory/organizations");
        IReadOnlyList<IReadOnlyList<FuzzRequest>> groups = [.. pages.Select(p => (IReadOnlyList<FuzzRequest>)[.. PageRoutes.For(p.Page, p.Template)])];

        // Pages differ per role only in what they show; the administrator reaches every page, anonymous callers the public ones.
        IReadOnlyList<(string, HttpClient)> roles =
        [
            ("anonymous", fixture.CreateClient()),
            (Roles.Administrator, await fixture.SignedInAsAsync(Roles.Administrator)),
        ];
        await RunAndAssertAsync(roles, groups);
    }

    private async Task<IReadOnlyList<(string, HttpClient)>> RolesAsync(HttpClient anonymous)
    {
        var roles = new List<(string, HttpClient)> { ("anonymous", anonymous) };
        foreach (var account in DemoAccounts.All)
        {
            roles.Add((string.Join(',', account.Roles), await fixture.SignedInClientAsync(account.Email)));
        }

        return roles;
    }

    private async Task RunAndAssertAsync(IReadOnlyList<(string Role, HttpClient Client)> roles, IReadOnlyList<IReadOnlyList<FuzzRequest>> groups)
    {
        var clock = Stopwatch.StartNew();
        var (failures, sent) = await FuzzRunner.RunAsync(roles, groups);
        output.WriteLine($"{fixture.Provider}: {sent} requests in {clock.Elapsed.TotalSeconds:0.0} s, {failures.Count} answered 5xx");
        Assert.True(failures.Count == 0, $"{failures.Count} requests answered 5xx on {fixture.Provider}:\n" + string.Join('\n', failures.Take(200)));
    }
}

[Collection(OnSqlite.Name)]
public sealed class FuzzSqliteTests(SqliteAppFixture fixture, ITestOutputHelper output) : FuzzTests(fixture, output);

[Collection(OnPostgres.Name)]
public sealed class FuzzPostgresTests(PostgresAppFixture fixture, ITestOutputHelper output) : FuzzTests(fixture, output);
