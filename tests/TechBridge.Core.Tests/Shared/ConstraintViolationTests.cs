using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Matching;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Tests.Shared;

/// <summary>Both providers' constraint errors read as one <see cref="ConstraintViolation"/> (the API maps it to 409/400).</summary>
public sealed class ConstraintViolationTests(ReferenceDataHosts hosts) : IClassFixture<ReferenceDataHosts>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task From_DuplicateGlossaryPair_IsUniqueOnTheEnglishTerm(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var korean = $"제약{Guid.NewGuid():N}"[..20];
        await host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.GlossaryTerms.Add(new GlossaryTerm { Korean = korean, English = "constraint" });
            return db.SaveChangesAsync();
        });

        var violation = await SaveFailureAsync(host, db => db.GlossaryTerms.Add(new GlossaryTerm { Korean = korean, English = "constraint" }));

        Assert.Equal(new ConstraintViolation(ConstraintKind.Unique, "english"), violation);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task From_AffiliationToUnknownRows_IsForeignKey(string provider)
    {
        var host = await hosts.GetAsync(provider);

        var violation = await SaveFailureAsync(host, db => db.Affiliations.Add(new Affiliation
        {
            PersonId = Guid.NewGuid(), OrganizationId = Guid.NewGuid(), StartDate = new DateOnly(2026, 1, 1),
        }));

        Assert.Equal(ConstraintKind.ForeignKey, violation?.Kind);
        if (host.IsPostgres)
        {
            Assert.Contains(violation!.Field, new[] { "personId", "organizationId" });
        }
    }

    private static async Task<ConstraintViolation?> SaveFailureAsync(CoreHost host, Action<TechBridgeDbContext> change) =>
        await host.RunAsync<TechBridgeDbContext, ConstraintViolation?>(async db =>
        {
            change(db);
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return ConstraintViolation.From(failure, db.GetService<IDesignTimeModel>().Model);
        });
}
