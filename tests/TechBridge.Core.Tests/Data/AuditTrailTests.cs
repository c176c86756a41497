using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Data;

public sealed class AuditTrailTests
{
    private static readonly TestAuditActor Actor = new("user-42", "감사 담당자 (auditor@example.kr)", "req-0001");

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CreateUpdateDelete_Organization_WritesAddedModifiedDeletedEntriesWithActor(string provider)
    {
        var time = new FakeTime();
        await using var host = await StartAsync(provider, time);

        var created = time.GetUtcNow();
        var id = await host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(
            new OrganizationInput(OrganizationKind.Company, "감사기업", "Audit Co", "KR", City: "서울", Fields: ["SEMICONDUCTOR"])));
        time.Advance(TimeSpan.FromMinutes(5));
        var updated = time.GetUtcNow();
        await host.RunAsync<OrganizationService>(s => s.UpdateAsync(
            id, new OrganizationInput(OrganizationKind.Company, "감사기업", "Audit Company", "KR", City: "대전", Fields: ["SEMICONDUCTOR"])));
        time.Advance(TimeSpan.FromMinutes(5));
        var deleted = time.GetUtcNow();
        await host.RunAsync<OrganizationService>(s => s.DeleteAsync(id));

        var entries = await EntriesForAsync(host, "Organization", id.ToString());
        Assert.Equal([AuditAction.Added, AuditAction.Modified, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.Equal([created, updated, deleted], entries.Select(e => e.At));
        Assert.All(entries, e =>
        {
            Assert.Equal(Actor.ActorId, e.ActorId);
            Assert.Equal(Actor.ActorName, e.ActorName);
            Assert.Equal(Actor.RequestId, e.RequestId);
        });

        var (added, modified, removed) = (entries[0], entries[1], entries[2]);
        Assert.Null(added.Before);
        var addedAfter = Json(added.After);
        Assert.Equal("감사기업", addedAfter["NameKo"].GetString());
        Assert.Equal("Company", addedAfter["Kind"].GetString());
        Assert.Equal(id, addedAfter["Id"].GetGuid());
        Assert.Equal(JsonValueKind.Null, addedAfter["Website"].ValueKind);

        // A change records only the properties that changed, before and after.
        Assert.Equal(["City", "NameEn", "UpdatedAt", "Version"], Json(modified.Before).Keys);
        Assert.Equal(["City", "NameEn", "UpdatedAt", "Version"], Json(modified.After).Keys);
        Assert.Equal(("서울", "대전"), (Json(modified.Before)["City"].GetString(), Json(modified.After)["City"].GetString()));
        Assert.Equal(("Audit Co", "Audit Company"), (Json(modified.Before)["NameEn"].GetString(), Json(modified.After)["NameEn"].GetString()));
        Assert.Equal(updated, Json(modified.After)["UpdatedAt"].GetDateTimeOffset());

        Assert.Null(removed.After);
        Assert.Equal("Audit Company", Json(removed.Before)["NameEn"].GetString());
        Assert.Equal("대전", Json(removed.Before)["City"].GetString());

        // Owned rows are audited with composite keys, in the same unit of work.
        var fieldEntries = await EntriesForAsync(host, "OrganizationField", $"{id}|SEMICONDUCTOR");
        Assert.Equal([AuditAction.Added, AuditAction.Deleted], fieldEntries.Select(e => e.Action));
        Assert.Equal([created, deleted], fieldEntries.Select(e => e.At));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_WithoutAnyChange_WritesNoAuditEntry(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var input = new OrganizationInput(OrganizationKind.University, "무변경대학교", "Unchanged University", "KR", Fields: ["DISPLAY"]);
        var id = await host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(input));

        await host.RunAsync<OrganizationService>(s => s.UpdateAsync(id, input));

        Assert.Equal([AuditAction.Added], (await EntriesForAsync(host, "Organization", id.ToString())).Select(e => e.Action));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CreateAndResetPassword_UserAccount_MasksPasswordHashInAuditJson(string provider)
    {
        var time = new FakeTime();
        await using var host = await StartAsync(provider, time);

        var user = await host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount("masked@example.kr", "마스킹 확인", "first-Password-1", [Roles.Researcher])));
        time.Advance(TimeSpan.FromMinutes(1));
        await host.RunAsync<AccountService>(s => s.ResetPasswordAsync(user.Id, "second-Password-2"));

        var hashes = await host.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).ToListAsync());
        var entries = await EntriesForAsync(host, "UserAccount", user.Id.ToString());
        Assert.Equal([AuditAction.Added, AuditAction.Modified], entries.Select(e => e.Action));
        Assert.Equal("***", Json(entries[0].After)["PasswordHash"].GetString());
        Assert.Equal("masked@example.kr", Json(entries[0].After)["Email"].GetString());
        Assert.Equal("***", Json(entries[1].Before)["PasswordHash"].GetString());
        Assert.Equal("***", Json(entries[1].After)["PasswordHash"].GetString());

        var allJson = string.Concat(await host.QueryAsync(db => db.AuditEntries.Select(e => (e.Before ?? "") + (e.After ?? "")).ToListAsync()));
        Assert.DoesNotContain(user.PasswordHash!, allJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Assert.Single(hashes)!, allJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Password-", allJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SaveChanges_UniqueCodeViolation_SavesNeitherEntityNorAuditEntry(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var first = NewOrganization("AUDIT_DUPLICATE", "첫 번째 기관");
        var second = NewOrganization("AUDIT_DUPLICATE", "두 번째 기관");
        await host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.Organizations.Add(first);
            return db.SaveChangesAsync();
        });
        var auditCount = await host.QueryAsync(db => db.AuditEntries.CountAsync());

        await Assert.ThrowsAsync<DbUpdateException>(() => host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.Organizations.Add(second);
            return db.SaveChangesAsync();
        }));

        Assert.Equal([first.Id], await host.QueryAsync(db => db.Organizations.Where(o => o.Code == "AUDIT_DUPLICATE").Select(o => o.Id).ToListAsync()));
        Assert.False(await host.QueryAsync(db => db.Organizations.AnyAsync(o => o.Id == second.Id)));
        Assert.Empty(await EntriesForAsync(host, "Organization", second.Id.ToString()));
        Assert.Equal(auditCount, await host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SaveChanges_FailingBatch_RollsBackEveryChangeAndItsAuditEntries(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        await host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.Organizations.Add(NewOrganization("AUDIT_TAKEN", "선점 기관"));
            return db.SaveChangesAsync();
        });
        var auditCount = await host.QueryAsync(db => db.AuditEntries.CountAsync());
        var innocent = NewOrganization("AUDIT_FRESH", "무관한 기관");

        await Assert.ThrowsAsync<DbUpdateException>(() => host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.Organizations.Add(innocent);
            db.Organizations.Add(NewOrganization("AUDIT_TAKEN", "중복 기관"));
            return db.SaveChangesAsync();
        }));

        Assert.False(await host.QueryAsync(db => db.Organizations.AnyAsync(o => o.Id == innocent.Id)));
        Assert.Equal(auditCount, await host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SaveChanges_RetriedOnTheSameContextAfterFailure_WritesOneAuditEntryPerChange(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        await host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.Organizations.Add(NewOrganization("AUDIT_RETRY_TAKEN", "선점 기관"));
            return db.SaveChangesAsync();
        });
        var retried = NewOrganization("AUDIT_RETRY_TAKEN", "재시도 기관");

        // The usual EF pattern: catch the failure, fix the cause, save the same unit of work again.
        await host.RunAsync<TechBridgeDbContext>(async db =>
        {
            db.Organizations.Add(retried);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            retried.Code = "AUDIT_RETRY_FREE";
            await db.SaveChangesAsync();
        });

        Assert.True(await host.QueryAsync(db => db.Organizations.AnyAsync(o => o.Id == retried.Id)));
        var entries = await EntriesForAsync(host, "Organization", retried.Id.ToString());
        Assert.True(entries.Count == 1, $"expected one Added entry for the retried organisation, found {entries.Count}: {string.Join(", ", entries.Select(e => e.Action))}");
        Assert.Equal("AUDIT_RETRY_FREE", Json(entries[0].After)["Code"].GetString());
    }

    private static Task<CoreHost> StartAsync(string provider, FakeTime time) =>
        CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => Actor);
            services.AddSingleton<TimeProvider>(time);
        });

    private static Organization NewOrganization(string code, string nameKo) => new()
    {
        Code = code, Kind = OrganizationKind.ResearchInstitute, NameKo = nameKo, NameEn = code, CountryCode = "KR",
        CreatedAt = FakeTime.DefaultStart, UpdatedAt = FakeTime.DefaultStart,
    };

    private static Task<List<AuditEntry>> EntriesForAsync(CoreHost host, string entityType, string entityId) =>
        host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderBy(e => e.At).ToListAsync());

    private static Dictionary<string, JsonElement> Json(string? json)
    {
        Assert.NotNull(json);
        return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
    }
}
