using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TechBridge.Core.Matching;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Matching;

/// <summary>
/// One run of the platform's partner index over an existing test database, the way the web host runs it: Core's
/// services, the index started as a hosted service and stopped (which saves its snapshot) on dispose. Two hosts
/// in a row over one database are a restart. The log lines are kept for assertions.
/// </summary>
public sealed class PartnerIndexHost : IAsyncDisposable
{
    private PartnerIndexHost(ServiceProvider services, PartnerIndex index, ConcurrentQueue<string> log)
    {
        Services = services;
        Index = index;
        Log = log;
    }

    public ServiceProvider Services { get; }

    public PartnerIndex Index { get; }

    /// <summary>Every message logged by the index, formatted.</summary>
    public ConcurrentQueue<string> Log { get; }

    public static async Task<PartnerIndexHost> StartAsync(TestDatabase database, Action<MatchingOptions> configure)
    {
        var log = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        services.AddTechBridgeCore(CoreHost.Settings(database))
            .AddLogging(b => b.AddProvider(new CollectingLoggerProvider(log)).SetMinimumLevel(LogLevel.Debug))
            .Configure(configure);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var index = provider.GetRequiredService<PartnerIndex>();
        await index.StartAsync(CancellationToken.None);
        await index.Started.WaitAsync(TimeSpan.FromMinutes(2));
        return new PartnerIndexHost(provider, index, log);
    }

    public Task<PartnerResults> SearchAsync(string need, int top = 15) => SearchAsync(new PartnerQuery(need, Top: top));

    public async Task<PartnerResults> SearchAsync(PartnerQuery query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartnerSearch>().SearchAsync(query);
    }

    /// <summary>Polls the search (up to ten seconds) until <paramref name="done"/> holds for its results, which it returns.</summary>
    public async Task<PartnerResults> EventuallyAsync(PartnerQuery query, Func<PartnerResults, bool> done)
    {
        for (var waited = TimeSpan.Zero; ; waited += TimeSpan.FromMilliseconds(50))
        {
            var results = await SearchAsync(query);
            if (done(results))
            {
                return results;
            }

            if (waited > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException($"The index did not catch up within ten seconds: {results.Hits.Count} hits for '{query.Text}'.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Polls (up to ten seconds) until <paramref name="done"/> holds, e.g. until the index no longer contains a document.</summary>
    public static async Task EventuallyAsync(Func<bool> done, string what)
    {
        ArgumentNullException.ThrowIfNull(done);
        for (var waited = TimeSpan.Zero; !done(); waited += TimeSpan.FromMilliseconds(50))
        {
            if (waited > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException($"Not within ten seconds: {what}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits (polling, up to a minute) until the vectors are current: none waiting, at least one stored.</summary>
    public async Task VectorsCurrentAsync()
    {
        var vectors = Index.Vectors ?? throw new InvalidOperationException("Dense retrieval is off.");
        for (var waited = TimeSpan.Zero; vectors.Pending > 0 || vectors.Count == 0; waited += TimeSpan.FromMilliseconds(50))
        {
            if (waited > TimeSpan.FromMinutes(1))
            {
                throw new TimeoutException($"Vectors not current after a minute: {vectors.Count} stored, {vectors.Pending} waiting.");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Index.StopAsync(CancellationToken.None);
        await Services.DisposeAsync();
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> log) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) =>
            categoryName == typeof(PartnerIndex).FullName ? new CollectingLogger(log) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }
    }

    private sealed class CollectingLogger(ConcurrentQueue<string> log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
