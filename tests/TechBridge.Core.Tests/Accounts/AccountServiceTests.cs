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
    private const string Password = "correct-Horse-42";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckPassword_MaxFailedAttemptsWrongPasswords_LocksOutUntilDurationHasPassed(string provider)
    {
        var time = new FakeTime();
        await using var host = await StartAsync(provider, time);
        await CreateAsync(host, "lock@example.kr", Roles.Researcher);

        for (var i = 1; i < LockoutPolicy.MaxFailedAttempts; i++)
        {
            Assert.Equal(SignInStatus.Failed, (await CheckAsync(host, "lock@example.kr", "wrong-password-" + i)).Status);
        }

        var locked = await CheckAsync(host, "lock@example.kr", "wrong-password-last");
        Assert.Equal(SignInStatus.LockedOut, locked.Status);
        Assert.Equal(time.GetUtcNow() + LockoutPolicy.Duration, locked.LockedUntil);
        Assert.Null(locked.User);

        // Even the right password is refused while the lockout lasts.
        time.Advance(LockoutPolicy.Duration - TimeSpan.FromSeconds(1));
        var stillLocked = await CheckAsync(host, "lock@example.kr", Password);
        Assert.Equal(SignInStatus.LockedOut, stillLocked.Status);
        Assert.Null(stillLocked.User);

        time.Advance(TimeSpan.FromSeconds(2));
        var afterwards = await CheckAsync(host, "lock@example.kr", Password);
        Assert.Equal(SignInStatus.Succeeded, afterwards.Status);
        Assert.Equal("lock@example.kr", afterwards.User!.Email);
        var stored = await host.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == "LOCK@EXAMPLE.KR"));
        Assert.Null(stored.LockoutEndsAt);
        Assert.Equal(0, stored.FailedSignInCount);
        Assert.Equal(time.GetUtcNow(), stored.LastSignInAt);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckPassword_SuccessfulSignIn_ResetsTheFailureCounter(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        await CreateAsync(host, "reset@example.kr", Roles.Company);
        for (var i = 1; i < LockoutPolicy.MaxFailedAttempts; i++)
        {
            await CheckAsync(host, "reset@example.kr", "wrong-password");
        }

        Assert.Equal(LockoutPolicy.MaxFailedAttempts - 1, await FailedCountAsync(host, "RESET@EXAMPLE.KR"));
        Assert.Equal(SignInStatus.Succeeded, (await CheckAsync(host, "reset@example.kr", Password)).Status);
        Assert.Equal(0, await FailedCountAsync(host, "RESET@EXAMPLE.KR"));

        // A fresh run of failures short of the limit does not lock the account.
        for (var i = 1; i < LockoutPolicy.MaxFailedAttempts; i++)
        {
            Assert.Equal(SignInStatus.Failed, (await CheckAsync(host, "reset@example.kr", "wrong-password")).Status);
        }

        Assert.Equal(SignInStatus.Succeeded, (await CheckAsync(host, "reset@example.kr", Password)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckPassword_DisabledAccount_ReturnsDisabledEvenWithTheRightPassword(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var user = await CreateAsync(host, "disabled@example.kr", Roles.Reviewer);

        await host.RunAsync<AccountService>(s => s.SetDisabledAsync(user.Id, disabled: true));

        var outcome = await CheckAsync(host, "disabled@example.kr", Password);
        Assert.Equal(SignInStatus.Disabled, outcome.Status);
        Assert.Null(outcome.User);

        await host.RunAsync<AccountService>(s => s.SetDisabledAsync(user.Id, disabled: false));
        Assert.Equal(SignInStatus.Succeeded, (await CheckAsync(host, "disabled@example.kr", Password)).Status);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckPassword_UnknownEmailOrWrongPassword_FailsWithoutUser(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        await CreateAsync(host, "known@example.kr", Roles.Researcher);

        var unknown = await CheckAsync(host, "nobody@example.kr", Password);
        var wrong = await CheckAsync(host, "known@example.kr", "not-the-Password-1");
        var empty = await CheckAsync(host, "", "");

        Assert.Equal((SignInStatus.Failed, null), (unknown.Status, unknown.User));
        Assert.Equal((SignInStatus.Failed, null), (wrong.Status, wrong.User));
        Assert.Equal((SignInStatus.Failed, null), (empty.Status, empty.User));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckPassword_EmailInOtherCaseWithSpaces_Succeeds(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        await CreateAsync(host, "Mixed.Case@Example.kr", Roles.Researcher);

        var outcome = await CheckAsync(host, "  mixed.CASE@example.KR ", Password);

        Assert.Equal(SignInStatus.Succeeded, outcome.Status);
        Assert.Equal([Roles.Researcher], outcome.User!.Roles.Select(r => r.Role));
    }

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

    // PBKDF2 at its production cost (100,000 iterations) would dominate these tests; the algorithm and format stay the same.
    private static Task<CoreHost> StartAsync(string provider, FakeTime time) =>
        CoreHost.StartMigratedAsync(provider, services => services
            .AddSingleton<TimeProvider>(time)
            .Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));

    private static Task<UserAccount> CreateAsync(CoreHost host, string email, string role) =>
        host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, "테스트 사용자", Password, [role])));

    private static Task<SignInOutcome> CheckAsync(CoreHost host, string email, string password) =>
        host.RunAsync<AccountService, SignInOutcome>(s => s.CheckPasswordAsync(email, password));

    private static Task<int> FailedCountAsync(CoreHost host, string normalizedEmail) =>
        host.QueryAsync(db => db.Users.Where(u => u.NormalizedEmail == normalizedEmail).Select(u => u.FailedSignInCount).SingleAsync());
}
