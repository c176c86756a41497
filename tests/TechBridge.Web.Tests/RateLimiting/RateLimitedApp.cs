using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.RateLimiting;

/// <summary>
/// The application with low rate limits and long windows (nothing replenishes during a test), where a test can say
/// which client address a request comes from (header <see cref="ClientHeader"/>), so tests do not share a budget.
/// </summary>
public sealed class RateLimitedApp(TestDatabase database) : WebApplicationFactory<Program>
{
    public const string ClientHeader = "X-Test-Client";

    public TestDatabase Database { get; } = database;

    public HttpClient ClientFrom(string address)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.HostSettings())
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in new Dictionary<string, string>
                 {
                     ["RateLimits:SignIn:PerClient"] = "4",
                     ["RateLimits:SignIn:PerAccount"] = "2",
                     ["RateLimits:SignIn:WindowSeconds"] = "3600",
                     ["RateLimits:Registration:PerClient"] = "3",
                     ["RateLimits:Registration:PerAccount"] = "2",
                     ["RateLimits:Registration:WindowSeconds"] = "3600",
                     ["RateLimits:Search:PerClient"] = "4",
                     ["RateLimits:Search:PerAccount"] = "2",
                     ["RateLimits:Search:WindowSeconds"] = "3600",
                 })
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFromHeader>());
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>One rate-limited app per provider and test class.</summary>
public abstract class RateLimitedAppFixture(string provider) : IAsyncLifetime
{
    public RateLimitedApp App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = new RateLimitedApp(await TestDatabase.CreateAsync(provider));
        _ = App.Server;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
    }
}

public sealed class SqliteRateLimitedAppFixture() : RateLimitedAppFixture("sqlite");

public sealed class PostgresRateLimitedAppFixture() : RateLimitedAppFixture("postgres");
