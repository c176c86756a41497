using System.Collections.Concurrent;

namespace TechBridge.Core.Tests.Shared;

/// <summary>
/// One initialized database per provider, created on first use and shared by the tests of one class (a class
/// fixture). Tests that share it must only add rows of their own and assert on those.
/// </summary>
public abstract class ProviderHosts(bool demoData) : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CoreHost>>> hosts = new(StringComparer.Ordinal);

    public Task<CoreHost> GetAsync(string provider) =>
        hosts.GetOrAdd(provider, p => new Lazy<Task<CoreHost>>(() => CoreHost.StartInitializedAsync(p, demoData))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in hosts.Values.Where(h => h.IsValueCreated && h.Value.IsCompletedSuccessfully))
        {
            await (await host.Value).DisposeAsync();
        }
    }
}

/// <summary>Databases with reference data only.</summary>
public sealed class ReferenceDataHosts() : ProviderHosts(demoData: false);

/// <summary>Databases with reference data and the generated demo directory.</summary>
public sealed class DemoDataHosts() : ProviderHosts(demoData: true);

/// <summary>
/// The classes that read the demo directory share one seeded database per provider (seeding it takes half a minute);
/// they run one after another, so each may add rows of its own without disturbing another's assertions.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedDemoData : ICollectionFixture<DemoDataHosts>
{
    public const string Name = "Demo data";
}
