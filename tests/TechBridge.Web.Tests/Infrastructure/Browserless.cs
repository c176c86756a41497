using System.Net;
using System.Text.RegularExpressions;
using TechBridge.Core.Accounts;
using TechBridge.Testing;

namespace TechBridge.Web.Tests.Infrastructure;

/// <summary>Signs in through the real login form (antiforgery token and all), as a browser would.</summary>
public static partial class Browserless
{
    public static async Task<HttpClient> SignedInClientAsync(this AppFixture fixture, string email, string password = DemoAccounts.Password)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var client = fixture.CreateClient();
        await client.SignInFullyAsync(email, password);
        return client;
    }

    /// <summary>Signs in with the password and, for the demo accounts that have it, the second factor; throws when that fails.</summary>
    public static async Task SignInFullyAsync(this HttpClient client, string email, string password = DemoAccounts.Password)
    {
        var response = await client.SignInAsync(email, password);
        if (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/login/two-factor")
        {
            response = await client.SecondFactorAsync(DemoAccounts.AuthenticatorKey);
        }

        if (response.StatusCode != HttpStatusCode.Redirect || response.RedirectPath() == "/account/two-factor/setup")
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode} {response.RedirectPath()}.");
        }
    }

    /// <summary>Where a redirect points, as a local path and query (pages redirect with absolute addresses, endpoints with paths).</summary>
    public static string? RedirectPath(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Location is not { } location ? null
            : location.IsAbsoluteUri ? location.PathAndQuery
            : location.OriginalString;
    }

    public static Task<HttpClient> SignedInAsAsync(this AppFixture fixture, string role) =>
        fixture.SignedInClientAsync(DemoAccounts.All.Single(a => a.Roles.Contains(role)).Email);

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await client.PostFormAsync("/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>Answers the second-factor step with the current code of an authenticator key (or a given code).</summary>
    public static Task<HttpResponseMessage> SecondFactorAsync(this HttpClient client, string authenticatorKey, string? code = null, bool recovery = false) =>
        client.PostFormAsync("/account/login/two-factor" + (recovery ? "?recovery=true" : ""), "two-factor", new Dictionary<string, string>
        {
            ["Code"] = code ?? AuthenticatorCodes.Current(authenticatorKey),
            ["Recovery"] = recovery ? "true" : "false",
        });


    /// <summary>Loads the page, takes its antiforgery token, and posts the named Blazor form (to <paramref name="action"/> when given).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string path, string formName, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(path);
        var token = TokenPattern().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {path}.");
        }

        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)) };
        if (formName.Length > 0)
        {
            form.Add(new("_handler", formName));
        }

        form.AddRange(fields);
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(action ?? path, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
