using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Matching;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Matching;

/// <summary>
/// A fresh database with reference data and a private snapshot directory, for tests that start, stop and restart
/// the partner index over it.
/// </summary>
public sealed class IndexScenario : IAsyncDisposable
{
    private readonly DirectoryInfo directory;

    private IndexScenario(CoreHost database, DirectoryInfo directory)
    {
        Database = database;
        this.directory = directory;
    }

    /// <summary>The database, and services to change it while no index runs ("the app is down").</summary>
    public CoreHost Database { get; }

    public string SnapshotPath => Path.Combine(directory.FullName, "partners.tbix");

    public static async Task<IndexScenario> CreateAsync(string provider) =>
        new(await CoreHost.StartInitializedAsync(provider), System.IO.Directory.CreateTempSubdirectory("techbridge-index-"));

    /// <summary>Starts the index with its snapshot in this scenario's directory (and any further settings).</summary>
    public Task<PartnerIndexHost> StartIndexAsync(Action<MatchingOptions>? configure = null) =>
        PartnerIndexHost.StartAsync(Database.Database, options =>
        {
            options.SnapshotPath = SnapshotPath;
            configure?.Invoke(options);
        });

    /// <summary>Adds an organisation straight through a DbContext of <paramref name="services"/> (audited, like every save).</summary>
    public static async Task<Guid> AddOrganizationAsync(IServiceProvider services, string nameKo, string nameEn, string description)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var organization = new Organization
        {
            Kind = OrganizationKind.ResearchInstitute, NameKo = nameKo, NameEn = nameEn, CountryCode = "KR", Description = description,
            CreatedAt = FakeTime.DefaultStart, UpdatedAt = FakeTime.DefaultStart,
        };
        organization.Fields.Add(new OrganizationField { FieldCode = "AEROSPACE_DEFENSE" });
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp folder's own cleanup.
        }
    }
}
