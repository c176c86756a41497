using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Accounts.Privacy;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Accounts.Privacy;

public sealed class AccountDeletionServiceTests
{
    private const string Email = "kim.minsu@example.kr";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DeleteOwn_WrongPassword_RefusesBesideThePasswordAndKeepsEverything(string provider)
    {
        await using var host = await AccountTestHost.StartAsync(provider, new FakeTime());
        var user = await AccountTestHost.CreateAsync(host, Email, Roles.Company);
        await AddKeptRecordsAsync(host, user.Id);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            host.RunAsync<AccountDeletionService>(s => s.DeleteOwnAsync(user.Id, "not-the-password")));

        Assert.Equal(["Password"], error.Errors.Keys);
        var stored = await host.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal(Email, stored.Email);
        Assert.Equal(1, await host.QueryAsync(db => db.InboxMessages.CountAsync(m => m.UserId == user.Id)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DeleteOwn_RightPassword_RemovesPersonalDataAndKeptRecordsSayDeletedPerson(string provider)
    {
        await using var host = await AccountTestHost.StartAsync(provider, new FakeTime());
        var user = await AccountTestHost.CreateAsync(host, Email, Roles.Company, Roles.Researcher);
        var other = await AccountTestHost.CreateAsync(host, "other@example.kr", Roles.Company);
        await AddKeptRecordsAsync(host, user.Id);
        await host.QueryAsync(db =>
        {
            db.InboxMessages.Add(new InboxMessage { UserId = other.Id, Template = "Test", Subject = "다른 사람의 알림", Body = "본문" });
            return db.SaveChangesAsync();
        });

        await host.RunAsync<AccountDeletionService>(s => s.DeleteOwnAsync(user.Id, AccountTestHost.Password));

        var stored = await host.QueryAsync(db => db.Users.AsNoTracking().Include(u => u.Roles).SingleAsync(u => u.Id == user.Id));
        Assert.Equal(DeletedPerson.EmailFor(user.Id), stored.Email);
        Assert.Equal(DeletedPerson.Name, stored.DisplayName);
        Assert.True(stored.IsDisabled);
        Assert.False(await host.RunAsync<Microsoft.AspNetCore.Identity.UserManager<UserAccount>, bool>(m => m.CheckPasswordAsync(stored, AccountTestHost.Password)));
        Assert.Empty(stored.Roles);
        Assert.Equal(0, await host.QueryAsync(db => db.InboxMessages.CountAsync(m => m.UserId == user.Id)));
        Assert.Equal(1, await host.QueryAsync(db => db.InboxMessages.CountAsync(m => m.UserId == other.Id)));
        Assert.Null(await host.QueryAsync(db => db.People.AsNoTracking().Where(p => p.NameEn == "Minsu Kim").Select(p => p.Email).SingleAsync()));

        var audit = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        Assert.All(audit, e => Assert.DoesNotContain(Email, $"{e.ActorName} {e.Before} {e.After}", StringComparison.OrdinalIgnoreCase));
        Assert.All(audit.Where(e => e.EntityId == user.Id.ToString()), e => Assert.DoesNotContain("테스트 사용자", $"{e.Before} {e.After}", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.ActorId == user.Id.ToString() && e.ActorName == DeletedPerson.Name);
        Assert.Contains(audit, e => e.EntityType == nameof(UserAccount) && e.EntityId == other.Id.ToString() && e.After!.Contains("other@example.kr", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Delete_LastAdministrator_RefusedAndNothingChanges(string provider)
    {
        await using var host = await AccountTestHost.StartAsync(provider, new FakeTime());
        var admin = await AccountTestHost.CreateAsync(host, "admin@example.kr", Roles.Administrator);

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => host.RunAsync<AccountDeletionService>(s => s.DeleteAsync(admin.Id)));

        Assert.Equal("Rule.LastAdministrator", error.Code);
        Assert.Equal("admin@example.kr", await host.QueryAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.Email).SingleAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Delete_AlreadyDeletedOrUnknown_NotFound(string provider)
    {
        await using var host = await AccountTestHost.StartAsync(provider, new FakeTime());
        var user = await AccountTestHost.CreateAsync(host, Email, Roles.Company);
        await host.RunAsync<AccountDeletionService>(s => s.DeleteAsync(user.Id));

        await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<AccountDeletionService>(s => s.DeleteAsync(user.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<AccountDeletionService>(s => s.DeleteAsync(Guid.NewGuid())));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Export_Account_HoldsTheAccountItsInboxDirectoryProfileAndActivity(string provider)
    {
        await using var host = await AccountTestHost.StartAsync(provider, new FakeTime());
        var user = await AccountTestHost.CreateAsync(host, Email, Roles.Company);
        await AddKeptRecordsAsync(host, user.Id);

        var export = await host.RunAsync<PersonalDataQueries, PersonalDataExport>(q => q.ExportAsync(user.Id));

        Assert.Equal(Email, export.Account.Email);
        Assert.Equal([Roles.Company], export.Account.Roles);
        Assert.Equal("계정 안내", Assert.Single(export.Inbox).Subject);
        Assert.Equal("김민수", Assert.Single(export.DirectoryProfiles).Title);
        Assert.Equal("Reservation", Assert.Single(export.Activity).EntityType);
    }

    /// <summary>An inbox message, a directory entry with the account's e-mail, and an audit entry the person made that names them.</summary>
    private static Task<int> AddKeptRecordsAsync(CoreHost host, Guid userId) => host.QueryAsync(async db =>
    {
        db.InboxMessages.Add(new InboxMessage { UserId = userId, Template = "Test", Subject = "계정 안내", Body = "본문" });
        if (!await db.Countries.AnyAsync(c => c.Alpha2 == "KR"))
        {
            db.Countries.Add(new TechBridge.Core.Shared.Taxonomy.Country { Alpha2 = "KR", Alpha3 = "KOR", Numeric = "410", NameKo = "대한민국", NameEn = "Republic of Korea" });
        }

        db.People.Add(new TechBridge.Core.Directory.Person { NameKo = "김민수", NameEn = "Minsu Kim", Email = Email.ToUpperInvariant(), CountryCode = "KR" });
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = userId.ToString(), ActorName = Email, Action = AuditAction.Modified, EntityType = "Reservation",
            EntityId = Guid.NewGuid().ToString(), After = $$"""{"Contact":"{{Email}}"}""",
        });
        await db.SaveChangesAsync();
        return 0;
    });
}
