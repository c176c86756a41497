using Microsoft.EntityFrameworkCore;

namespace TechBridge.Core.Shared.Versioning;

/// <summary>Makes <see cref="IVersioned.Version"/> a concurrency token on every entity that has one.</summary>
internal static class VersionedModel
{
    /// <summary>The version of a new row (and of the rows that existed before versions did).</summary>
    public const long First = 1;

    public static void Configure(ModelBuilder modelBuilder)
    {
        var versioned = modelBuilder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)).Select(t => t.ClrType).ToList();
        foreach (var type in versioned)
        {
            modelBuilder.Entity(type).Property(nameof(IVersioned.Version)).IsConcurrencyToken().HasDefaultValue(First);
        }
    }
}
