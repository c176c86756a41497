using Microsoft.Playwright;

namespace TechBridge.E2E.Infrastructure;

/// <summary>
/// One portal server and one headless Debian Chromium for the whole E2E collection. Chromium is launched
/// from the system (Playwright cannot download browsers here) with the flags this closed network needs.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private PortalServer? server;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>The running portal's services, for reading what a browser cannot see (e.g. the e-mail outbox).</summary>
    public IServiceProvider Services => server?.Services ?? throw new InvalidOperationException("The portal is not running.");

    public static string ScreenshotDirectory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("TECHBRIDGE_ARTIFACTS") ?? Path.Combine(RepositoryRoot.Path, "artifacts");
            var directory = Path.Combine(root, "screenshots");
            System.IO.Directory.CreateDirectory(directory);
            return directory;
        }
    }

    public async Task InitializeAsync()
    {
        server = new PortalServer(TestDatabase.Sqlite());
        server.UseKestrel(0);
        server.StartServer();
        BaseAddress = server.ClientOptions.BaseAddress;

        var chromium = Environment.GetEnvironmentVariable("TECHBRIDGE_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}. Run the tests with ./scripts/test.sh, which installs it.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "ko-KR",
            TimezoneId = "Asia/Seoul",
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
            await server.Database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class InChromium : ICollectionFixture<BrowserFixture>
{
    public const string Name = "portal in Chromium";
}
