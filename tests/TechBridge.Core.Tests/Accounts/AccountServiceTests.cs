using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Accounts;

public sealed class AccountServiceTests
{
    private const string Password = AccountTestHost.Password;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_ValidInput_StoresHashedPasswordNormalizedEmailAndRoles(string provider)
    {
        var time = new FakeTime();
        await using var host = await StartAsync(provider, time);

        var user = await host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount(" new.user@Example.kr ", " 새 사용자 ", Password, [Roles.Coordinator, Roles.Reviewer, Roles.Reviewer], "en")));

        var stored = await host.QueryAsync(db => db.Users.AsNoTracking().Include(u => u.Roles).SingleAsync(u => u.Id == user.Id));
        Assert.Equal("new.user@Example.kr", stored.Email);
        Assert.Equal("NEW.USER@EXAMPLE.KR", stored.NormalizedEmail);
        Assert.Equal("새 사용자", stored.DisplayName);
        Assert.Equal("en", stored.Culture);
        Assert.Equal(time.GetUtcNow(), stored.CreatedAt);
        Assert.DoesNotContain(Password, stored.PasswordHash, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(stored.PasswordHash));
        Assert.Equal([Roles.Coordinator, Roles.Reviewer], stored.Roles.Select(r => r.Role).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_DuplicateEmailInOtherCase_ThrowsValidationFailedForEmail(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        await CreateAsync(host, "taken@example.kr", Roles.Researcher);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => CreateAsync(host, "TAKEN@Example.KR", Roles.Company));

        Assert.Equal(["Email"], error.Errors.Keys);
        Assert.Equal(1, await host.QueryAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_InvalidInput_ReportsEveryFieldAndSavesNothing(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount("not-an-email", " ", "short1", [Roles.Researcher, "Superuser"], "fr"))));

        Assert.Equal(["Culture", "DisplayName", "Email", "Password", "Roles"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Superuser", Assert.Single(error.Errors["Roles"]), StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_PasswordAgainstPolicyOrNoRoles_ThrowsValidationFailed(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());

        var noDigits = await Assert.ThrowsAsync<ValidationFailedException>(() => host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount("policy@example.kr", "정책", "onlyletters-here", [Roles.Researcher]))));
        var noRoles = await Assert.ThrowsAsync<ValidationFailedException>(() => host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount("policy@example.kr", "정책", Password, []))));

        Assert.Equal(["Password"], noDigits.Errors.Keys);
        Assert.Equal(["Roles"], noRoles.Errors.Keys);
        Assert.Equal(0, await host.QueryAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SetRolesAndSetDisabled_LastEnabledAdministrator_ThrowBusinessRuleException(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var first = await CreateAsync(host, "admin1@example.kr", Roles.Administrator);

        var demote = await Assert.ThrowsAsync<BusinessRuleException>(() => host.RunAsync<AccountService>(s => s.SetRolesAsync(first.Id, [Roles.Researcher])));
        var disable = await Assert.ThrowsAsync<BusinessRuleException>(() => host.RunAsync<AccountService>(s => s.SetDisabledAsync(first.Id, true)));

        Assert.Equal("Rule.LastAdministrator", demote.Code);
        Assert.Equal("Rule.LastAdministrator", disable.Code);
        var unchanged = await host.RunAsync<AccountService, UserAccount>(s => s.GetAsync(first.Id));
        Assert.Equal([Roles.Administrator], unchanged.Roles.Select(r => r.Role));
        Assert.False(unchanged.IsDisabled);

        // A disabled administrator does not count as another administrator.
        var second = await CreateAsync(host, "admin2@example.kr", Roles.Administrator);
        await host.RunAsync<AccountService>(s => s.SetDisabledAsync(second.Id, true));
        await Assert.ThrowsAsync<BusinessRuleException>(() => host.RunAsync<AccountService>(s => s.SetRolesAsync(first.Id, [Roles.Reviewer])));

        // With another enabled administrator, the first may be demoted; then the second is the last one.
        await host.RunAsync<AccountService>(s => s.SetDisabledAsync(second.Id, false));
        await host.RunAsync<AccountService>(s => s.SetRolesAsync(first.Id, [Roles.Reviewer]));
        Assert.Equal([Roles.Reviewer], (await host.RunAsync<AccountService, UserAccount>(s => s.GetAsync(first.Id))).Roles.Select(r => r.Role));
        await Assert.ThrowsAsync<BusinessRuleException>(() => host.RunAsync<AccountService>(s => s.SetDisabledAsync(second.Id, true)));
        await Assert.ThrowsAsync<BusinessRuleException>(() => host.RunAsync<AccountService>(s => s.SetRolesAsync(second.Id, [Roles.ProgramManager])));

        // Keeping the role while adding others is always allowed.
        await host.RunAsync<AccountService>(s => s.SetRolesAsync(second.Id, [Roles.Administrator, Roles.ProgramManager]));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SetRoles_UnknownRole_ThrowsValidationFailedAndKeepsRoles(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var user = await CreateAsync(host, "roles@example.kr", Roles.Company);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => host.RunAsync<AccountService>(s => s.SetRolesAsync(user.Id, ["Root"])));

        Assert.Equal(["Roles"], error.Errors.Keys);
        Assert.Equal([Roles.Company], (await host.RunAsync<AccountService, UserAccount>(s => s.GetAsync(user.Id))).Roles.Select(r => r.Role));
    }

    private static Task<CoreHost> StartAsync(string provider, FakeTime time) => AccountTestHost.StartAsync(provider, time);

    private static Task<UserAccount> CreateAsync(CoreHost host, string email, string role) => AccountTestHost.CreateAsync(host, email, role);
}
