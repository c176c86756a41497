using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace TechBridge.Core.Data;

/// <summary>
/// The model differs by provider (SQLite stores instants as ticks), so one process that talks to both
/// (tests, the CLI's copy command) must build and cache one model per provider.
/// </summary>
internal sealed class ProviderAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context.Database.ProviderName, designTime);
}
