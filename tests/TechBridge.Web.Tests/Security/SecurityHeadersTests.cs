using System.Net;
using TechBridge.Core.Accounts;
using TechBridge.Web.Security;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Security;

public abstract class SecurityHeadersTests(AppFixture fixture)
{
    [Theory]
    [InlineData("/account/login", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/api/v1/organizations", HttpStatusCode.Unauthorized)]
    [InlineData("/no-such-page", HttpStatusCode.Found)]
    [InlineData("/api/v1/no-such-thing", HttpStatusCode.Unauthorized)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    public async Task Get_AnyResponse_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        var response = await fixture.CreateClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response, SecurityHeaders.PortalPolicy);
    }

    [Fact]
    public async Task Get_SignedInPageWithForms_CarriesFrameDenyAndPolicy()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync("/directory/organizations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response, SecurityHeaders.PortalPolicy);
        Assert.DoesNotContain("unsafe-inline", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/api/v1/no-such-thing")]
    public async Task Get_NotFoundSignedIn_CarriesTheSecurityHeaders(string path)
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertSecurityHeaders(response, SecurityHeaders.PortalPolicy);
    }

    [Fact]
    public async Task Get_ApiDocs_AllowsInlineStylesButNoInlineScripts()
    {
        var response = await fixture.CreateClient().GetAsync("/api/docs/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response, SecurityHeaders.ApiDocsPolicy);
        Assert.Contains("script-src 'self';", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ErrorPage_CarriesTheSecurityHeaders()
    {
        var response = await fixture.CreateClient().GetAsync("/error");

        AssertSecurityHeaders(response, SecurityHeaders.PortalPolicy);
    }

    [Fact]
    public async Task Get_FormPageOverHttps_SetsTheAntiforgeryCookieSecure()
    {
        var client = fixture.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false,
        });

        var response = await client.GetAsync("/account/login");

        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Logout_WithoutAntiforgeryToken_IsRefusedAndSessionSurvives()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        using var empty = new FormUrlEncodedContent([]);
        var response = await client.PostAsync("/account/logout", empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task Logout_FromThePortalsButtonWithToken_SignsOut()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.PostFormAsync("/", "", [], action: "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string policy)
    {
        Assert.Equal(policy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : string.Empty;
}

[Collection(OnSqlite.Name)]
public sealed class SecurityHeadersTestsOnSqlite(SqliteAppFixture fixture) : SecurityHeadersTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class SecurityHeadersTestsOnPostgres(PostgresAppFixture fixture) : SecurityHeadersTests(fixture);
