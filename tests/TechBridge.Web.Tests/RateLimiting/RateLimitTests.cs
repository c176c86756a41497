using System.Net;
using System.Net.Http.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.RateLimiting;

/// <summary>Limits on the test host: sign-in 4 per IP and 2 per e-mail, registration 3 and 2, search 4 per IP and 2 per user.</summary>
public abstract class RateLimitTests(RateLimitedAppFixture fixture)
{
    [Fact]
    public async Task SignIn_OverThePerClientLimit_Answers429PageWithRetryAfter()
    {
        var client = fixture.App.ClientFrom("10.1.0.1");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync($"nobody-{i}@example.com", "wrong-password-1")).StatusCode);
        }

        var refused = await client.SignInAsync("nobody-5@example.com", "wrong-password-1");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("요청이 너무 많습니다", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await fixture.App.ClientFrom("10.1.0.2").SignInAsync("nobody-5@example.com", "wrong-password-1")).StatusCode);
    }

    [Fact]
    public async Task SignIn_OneAccountFromManyAddresses_IsLimitedPerAccount()
    {
        var email = $"target-{Guid.NewGuid():N}@example.com";
        Assert.Equal(HttpStatusCode.OK, (await fixture.App.ClientFrom("10.2.0.1").SignInAsync(email, "wrong-password-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.App.ClientFrom("10.2.0.2").SignInAsync(email.ToUpperInvariant(), "wrong-password-1")).StatusCode);

        var refused = await fixture.App.ClientFrom("10.2.0.3").SignInAsync(email, "wrong-password-1");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task Registration_OverTheLimits_Answers429()
    {
        var client = fixture.App.ClientFrom("10.3.0.1");
        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostEmailAsync(client, "/account/register", $"new-{i}@example.com")).StatusCode);
        }

        var perClient = await PostEmailAsync(client, "/account/forgot-password", "new-9@example.com");
        await PostEmailAsync(fixture.App.ClientFrom("10.3.0.2"), "/account/forgot-password", "same@example.com");
        await PostEmailAsync(fixture.App.ClientFrom("10.3.0.3"), "/account/register", "same@example.com");
        var perAccount = await PostEmailAsync(fixture.App.ClientFrom("10.3.0.4"), "/account/register", "same@example.com");

        Assert.Equal(HttpStatusCode.TooManyRequests, perClient.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, perAccount.StatusCode);
        Assert.NotNull(perAccount.Headers.RetryAfter);
    }

    [Fact]
    public async Task ApiSearch_OverThePerUserLimit_Answers429ProblemWithRetryAfter()
    {
        var user = await SignedInFromAsync("10.4.0.1", Roles.Researcher);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/organizations?q=battery")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/people?q=battery")).StatusCode);

        var refused = await user.GetAsync("/api/v1/organizations?q=sensor");
        var unlimited = await user.GetAsync("/api/v1/organizations?pageSize=1");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Equal(429, (await refused.ReadProblemAsync()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, unlimited.StatusCode);
    }

    [Fact]
    public async Task ApiSearch_OverThePerClientLimit_Answers429EvenUnauthenticated()
    {
        var anonymous = fixture.App.ClientFrom("10.5.0.1");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/organizations?q=probe{i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync("/api/v1/organizations?q=probe")).StatusCode);
    }

    [Fact]
    public async Task Assistant_OverThePerClientLimit_Answers429EvenAnonymous()
    {
        var anonymous = fixture.App.ClientFrom("10.5.0.9");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/v1/facilities/assistant", new { question = $"XRD {i}" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.PostAsJsonAsync("/api/v1/facilities/assistant", new { question = "XRD" })).StatusCode);
    }

    [Fact]
    public async Task PartnerInvitationLink_OverThePerClientLimit_Answers429EvenAnonymous()
    {
        var anonymous = fixture.App.ClientFrom("10.7.0.1");
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/programs/invitations/unknown-link-{i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsync("/api/v1/programs/invitations/unknown-link/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.PostAsync("/api/v1/programs/invitations/unknown-link/decline", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.App.ClientFrom("10.7.0.2").GetAsync("/api/v1/programs/invitations/unknown-link")).StatusCode);
    }

    [Fact]
    public async Task MatchingPage_OverThePerUserLimit_Answers429Page()
    {
        var user = await SignedInFromAsync("10.6.0.1", Roles.Company);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/matching")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/matching?need=battery")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/matching?need=sensor")).StatusCode);

        var refused = await user.GetAsync("/matching?need=robot");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("data-testid=\"too-many-requests\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInFromAsync(string address, string role)
    {
        var client = fixture.App.ClientFrom(address);
        await client.SignInFullyAsync(DemoAccounts.All.First(a => a.Roles.Contains(role)).Email);
        return client;
    }

    private static async Task<HttpResponseMessage> PostEmailAsync(HttpClient client, string path, string email)
    {
        using var form = new FormUrlEncodedContent([new("Input.Email", email)]);
        return await client.PostAsync(path, form);
    }
}

public sealed class RateLimitTestsOnSqlite(SqliteRateLimitedAppFixture fixture) : RateLimitTests(fixture), IClassFixture<SqliteRateLimitedAppFixture>;

public sealed class RateLimitTestsOnPostgres(PostgresRateLimitedAppFixture fixture) : RateLimitTests(fixture), IClassFixture<PostgresRateLimitedAppFixture>;
