using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Tests.Data;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Accounts;

/// <summary>Accounts made before the move to ASP.NET Core Identity sign in, with their roles and lockout state, after the upgrade.</summary>
public sealed class IdentityUpgradeTests
{
    private const string BeforeIdentity = "20261202000005_FacilitiesAndMarketplace";
    private const string Password = "Legacy-password-7";
    private static readonly Guid UserId = Guid.Parse("0193a5f2-7c41-7d3e-9a1b-000000000042");
    private static readonly Guid OtherId = Guid.Parse("0193a5f2-7c41-7d3e-9a1b-000000000043");

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrate_AccountFromBeforeIdentity_SignsInWithItsPasswordRolesAndFailedCount(string provider)
    {
        await using var host = await CoreHost.StartAsync(provider, services =>
            services.AddSingleton<TimeProvider>(new FakeTime(FakeTime.DefaultStart)).Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
        await host.RunAsync<TechBridgeDbContext>(db => db.GetService<IMigrator>().MigrateAsync(BeforeIdentity));
        await host.RunAsync<TechBridgeDbContext>(db => InsertLegacyUserAsync(db, UserId, "legacy.user@example.kr", failedSignIns: 2));
        await host.RunAsync<TechBridgeDbContext>(db => InsertLegacyUserAsync(db, OtherId, "other.user@example.kr", failedSignIns: 0));

        await host.RunAsync<TechBridgeDbContext>(db => db.Database.MigrateAsync());

        var upgraded = await host.QueryAsync(db => db.Users.AsNoTracking().Include(u => u.Roles).SingleAsync(u => u.Id == UserId));
        var other = await host.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == OtherId));
        Assert.Equal(2, upgraded.AccessFailedCount);
        Assert.Equal("LEGACY.USER@EXAMPLE.KR", upgraded.NormalizedUserName);
        Assert.True(upgraded.EmailConfirmed);
        Assert.True(upgraded.LockoutEnabled);
        Assert.False(string.IsNullOrEmpty(upgraded.SecurityStamp));
        Assert.NotEqual(upgraded.SecurityStamp, other.SecurityStamp);
        Assert.Equal([Roles.Coordinator], upgraded.Roles.Select(r => r.Role));

        var wrong = await host.RunAsync<SignInService, SignInOutcome>(s => s.CheckPasswordAsync("legacy.user@example.kr", "wrong-password-1"));
        var right = await host.RunAsync<SignInService, SignInOutcome>(s => s.CheckPasswordAsync("Legacy.User@example.kr", Password));

        Assert.Equal(SignInStatus.Failed, wrong.Status);
        Assert.Equal(SignInStatus.Succeeded, right.Status);
        Assert.Equal(0, await host.QueryAsync(db => db.Users.Where(u => u.Id == UserId).Select(u => u.AccessFailedCount).SingleAsync()));
    }

    /// <summary>A row as the accounts table of that release held it, with raw SQL, its hash made by the same PasswordHasher.</summary>
    private static async Task InsertLegacyUserAsync(TechBridgeDbContext db, Guid id, string email, int failedSignIns)
    {
        var stored = new StoredValues(db);
        var hasher = new PasswordHasher<UserAccount>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));
        var hash = hasher.HashPassword(new UserAccount { DisplayName = "기존 사용자" }, Password);

        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Users" ("Id", "Email", "NormalizedEmail", "DisplayName", "PasswordHash", "Culture", "FailedSignInCount",
                "LockoutEndsAt", "IsDisabled", "IsDemo", "OrganizationId", "CreatedAt", "LastSignInAt")
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, NULL, {7}, {8}, NULL, {9}, NULL)
            """,
            stored.Id(id), email, email.ToUpperInvariant(), "기존 사용자", hash, "ko", failedSignIns, false, false, stored.Instant(FakeTime.DefaultStart.AddDays(-30)));
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "UserRoles" ("UserId", "Role") VALUES ({0}, {1})""", stored.Id(id), Roles.Coordinator);
    }
}
