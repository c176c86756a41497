using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TechBridge.Core.Data.Seeding;
using TechBridge.Core.Shared.Audit;

namespace TechBridge.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the DbContext on the configured provider, plus the initializer that migrates and seeds.</summary>
    public static IServiceCollection AddTechBridgeData(this IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditActor>(_ => new SystemAuditActor());
        services.AddDbContext<TechBridgeDbContext>(options => Configure(options, settings));
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(PostgresConnectionString.WithStatementPreparation(settings.ConnectionString));
        }
        else
        {
            System.IO.Directory.CreateDirectory(settings.DataDirectory);
            options.UseSqlite(settings.ConnectionString).AddInterceptors(new SqliteUnicodeFunctions(), new SqliteDurability());
        }

        options.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }
}
