using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Accounts;

public abstract class AuthorizationTests(AppFixture fixture)
{
    /// <summary>Endpoints that are deliberately public; anything else must demand a signed-in user.</summary>
    private static readonly string[] PublicRoutes =
    [
        "/", "/account/login", "/account/login/two-factor", "/account/two-factor/setup", "/account/register", "/account/confirm-email",
        "/account/forgot-password", "/account/reset-password", "/account/denied", "/account/deleted", "/account/culture", "/not-found", "/error", "/healthz", "/readyz", "/openapi/{documentName}.json",
        "/facilities/assistant", "/api/v1/facilities/assistant", // the equipment assistant answers from the public catalogue, rate-limited
        "/programs/invitations/{Token}", // a proposal partner answers through the e-mailed link; its 256-bit token is the proof
        // a proposal partner answers the e-mailed invitation without an account: the link's token is the credential, rate-limited per client
        "/api/v1/programs/invitations/{token}", "/api/v1/programs/invitations/{token}/confirm", "/api/v1/programs/invitations/{token}/decline",
    ];

    public static TheoryData<string> NonAdministratorRoles => [.. Roles.All.Where(r => r != Roles.Administrator)];

    public static TheoryData<string> AllRoles => [.. Roles.All];

    [Fact]
    public void Endpoints_All_RequireSignInUnlessDeliberatelyPublic()
    {
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        var anonymous = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => !IsStaticFile(route))
            .Distinct()
            .ToList();

        Assert.All(anonymous, route => Assert.Contains(route, PublicRoutes));
    }

    private static bool IsStaticFile(string route) =>
        !route.StartsWith("/api", StringComparison.Ordinal) && !route.StartsWith("/openapi", StringComparison.Ordinal) && route.Contains('.', StringComparison.Ordinal);

    [Fact]
    public async Task DirectoryApi_Anonymous_Returns401Problem()
    {
        var response = await fixture.CreateClient().GetAsync("/api/v1/organizations");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("로그인이 필요합니다.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task DirectoryPage_Anonymous_RedirectsToLogin()
    {
        var response = await fixture.CreateClient().GetAsync("/directory/organizations");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task DirectoryApi_AnySignedInRole_Returns200(string role)
    {
        var client = await fixture.SignedInAsAsync(role);

        var response = await client.GetAsync("/api/v1/organizations?pageSize=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(NonAdministratorRoles))]
    public async Task AdminApi_NonAdministrator_Returns403Problem(string role)
    {
        var client = await fixture.SignedInAsAsync(role);

        var response = await client.GetAsync("/api/v1/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Theory]
    [MemberData(nameof(NonAdministratorRoles))]
    public async Task AdminPage_NonAdministrator_RedirectsToAccessDenied(string role)
    {
        var client = await fixture.SignedInAsAsync(role);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminApiAndPage_Administrator_Return200()
    {
        var client = await fixture.SignedInAsAsync(Roles.Administrator);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/audit")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Company, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Researcher, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Reviewer, HttpStatusCode.Forbidden)]
    [InlineData(Roles.CenterOperator, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Coordinator, HttpStatusCode.OK)]
    [InlineData(Roles.ProgramManager, HttpStatusCode.OK)]
    [InlineData(Roles.Administrator, HttpStatusCode.OK)]
    public async Task OrganizationEditPage_ByRole_OnlyEditorsAdmitted(string role, HttpStatusCode expected)
    {
        var client = await fixture.SignedInAsAsync(role);

        var response = await client.GetAsync("/directory/organizations/new");

        var actual = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/denied", StringComparison.Ordinal)
            ? HttpStatusCode.Forbidden
            : response.StatusCode;
        Assert.Equal(expected, actual);
    }
}

[Collection(OnSqlite.Name)]
public sealed class AuthorizationSqliteTests(SqliteAppFixture fixture) : AuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class AuthorizationPostgresTests(PostgresAppFixture fixture) : AuthorizationTests(fixture);
