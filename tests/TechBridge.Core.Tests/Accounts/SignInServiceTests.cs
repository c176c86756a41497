using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using TechBridge.Testing;
using TechBridge.Core.Accounts;
using TechBridge.Core.Tests.Shared;
using static TechBridge.Core.Tests.Accounts.AccountTestHost;

namespace TechBridge.Core.Tests.Accounts;

public sealed class SignInServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckPassword_MaxFailedAttemptsWrongPasswords_LocksOutUntilDurationHasPassed(string provider)
    {
        var time = new FakeTime();
        await using var host = await StartAsync(provider, time);
        var user = await CreateAsync(host, "lock@example.kr", Roles.Researcher);
        for (var i = 0; i < AccountIdentity.MaxFailedAttempts; i++)
        {
            Assert.Equal(SignInStatus.Failed, (await CheckAsync(host, "lock@example.kr", "wrong-password-" + i)).Status);
        }

        var stored = await host.QueryAsync(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.Equal(time.GetUtcNow() + AccountIdentity.LockoutDuration, stored.LockoutEnd);
        Assert.Equal(SignInStatus.Failed, (await CheckAsync(host, "lock@example.kr", Password)).Status);
        time.Advance(AccountIdentity.LockoutDuration - TimeSpan.FromSeconds(1));
        Assert.Equal(SignInStatus.Failed, (await CheckAsync(host, "lock@example.kr", Password)).Status);

        time.Advance(TimeSpan.FromSeconds(1));
        var afterwards = await CheckAsync(host, "lock@example.kr", Password);

        Assert.Equal(SignInStatus.Succeeded, afterwards.Status);
        stored = await host.QueryAsync(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.Null(stored.LockoutEnd);
        Assert.Equal(0, stored.AccessFailedCount);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckPassword_RightPasswordBeforeTheLimit_ResetsTheCount(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        await CreateAsync(host, "reset@example.kr", Roles.Researcher);
        for (var i = 1; i < AccountIdentity.MaxFailedAttempts; i++)
        {
            await CheckAsync(host, "reset@example.kr", "wrong-password");
        }

        Assert.Equal(SignInStatus.Succeeded, (await CheckAsync(host, "reset@example.kr", Password)).Status);
        for (var i = 1; i < AccountIdentity.MaxFailedAttempts; i++)
        {
            Assert.Equal(SignInStatus.Failed, (await CheckAsync(host, "reset@example.kr", "wrong-password")).Status);
        }

        Assert.Equal(SignInStatus.Succeeded, (await CheckAsync(host, "reset@example.kr", Password)).Status);
    }

    /// <summary>Defect 1 of issue 7: 40 parallel sign-ins evaluated up to 38 wrong passwords; the limit is 5.</summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckPassword_FortyParallelWrongPasswords_EvaluatesNoMoreThanTheLimit(string provider)
    {
        var hasher = new CountingHasher();
        await using var host = await StartAsync(provider, new FakeTime(), hasher);
        var user = await CreateAsync(host, "race@example.kr", Roles.Researcher);
        var hash = await host.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash!).SingleAsync());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => CheckAsync(host, "race@example.kr", "wrong-password-" + i))));

        Assert.All(outcomes, o => Assert.Equal(SignInStatus.Failed, o.Status));
        Assert.Equal(AccountIdentity.MaxFailedAttempts, hasher.Verified.Count(v => v.Hash == hash));
        var stored = await host.QueryAsync(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.NotNull(stored.LockoutEnd);
        Assert.Equal(SignInStatus.Failed, (await CheckAsync(host, "race@example.kr", Password)).Status);
        Assert.Equal(AccountIdentity.MaxFailedAttempts, hasher.Verified.Count(v => v.Hash == hash));
    }

    /// <summary>Defect 3 of issue 7: unknown, wrong, locked and disabled looked different; now they are the same until the right password.</summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckPassword_UnknownWrongLockedOrDisabled_SameAnswerAndSameWork(string provider)
    {
        var hasher = new CountingHasher();
        await using var host = await StartAsync(provider, new FakeTime(), hasher);
        await CreateAsync(host, "known@example.kr", Roles.Researcher);
        await CreateAsync(host, "locked@example.kr", Roles.Researcher);
        var disabled = await CreateAsync(host, "disabled@example.kr", Roles.Researcher);
        await host.RunAsync<AccountService>(s => s.SetDisabledAsync(disabled.Id, true));
        for (var i = 0; i < AccountIdentity.MaxFailedAttempts; i++)
        {
            await CheckAsync(host, "locked@example.kr", "wrong-password");
        }

        hasher.Verified.Clear();
        var answers = new[]
        {
            await CheckAsync(host, "nobody@example.kr", Password),
            await CheckAsync(host, "known@example.kr", "not-the-Password-1"),
            await CheckAsync(host, "locked@example.kr", Password),
            await CheckAsync(host, "disabled@example.kr", "not-the-Password-1"),
            await CheckAsync(host, "", ""),
        };

        Assert.All(answers, a => Assert.Equal((SignInStatus.Failed, (UserAccount?)null), (a.Status, a.User)));
        Assert.Equal(answers.Length, hasher.Verified.Count); // one hash verification each, whatever the case
        Assert.Equal(SignInStatus.Disabled, (await CheckAsync(host, "disabled@example.kr", Password)).Status);
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
    public async Task CheckPassword_AdministratorWithoutTwoFactor_RequiresSetupThenACode(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var admin = await CreateAsync(host, "admin@example.kr", Roles.Administrator);

        Assert.Equal(SignInStatus.RequiresTwoFactorSetup, (await CheckAsync(host, "admin@example.kr", Password)).Status);
        var setup = await host.RunAsync<TwoFactorService, AuthenticatorSetup>(s => s.GetSetupAsync(admin.Id));
        var code = AuthenticatorCodes.Current(setup.SharedKey);
        var recovery = await host.RunAsync<TwoFactorService, IReadOnlyList<string>>(s => s.EnableAsync(admin.Id, code));

        Assert.Equal(TwoFactorService.RecoveryCodeCount, recovery.Count);
        Assert.Equal(SignInStatus.RequiresTwoFactor, (await CheckAsync(host, "admin@example.kr", Password)).Status);
        Assert.True(await host.RunAsync<SignInService, bool>(s => s.CheckSecondFactorAsync(admin.Id, code, isRecoveryCode: false)));
        Assert.True(await host.RunAsync<SignInService, bool>(s => s.CheckSecondFactorAsync(admin.Id, recovery[0], isRecoveryCode: true)));
        Assert.False(await host.RunAsync<SignInService, bool>(s => s.CheckSecondFactorAsync(admin.Id, recovery[0], isRecoveryCode: true)));
        await Assert.ThrowsAsync<Core.Shared.Errors.BusinessRuleException>(() => host.RunAsync<TwoFactorService>(s => s.DisableAsync(admin.Id)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CheckSecondFactor_WrongCodes_CountTowardsTheSameLockout(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var admin = await CreateAsync(host, "codes@example.kr", Roles.ProgramManager);
        var setup = await host.RunAsync<TwoFactorService, AuthenticatorSetup>(s => s.GetSetupAsync(admin.Id));
        var key = Base32Encoding.ToBytes(setup.SharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        await host.RunAsync<TwoFactorService, IReadOnlyList<string>>(s => s.EnableAsync(admin.Id, new Totp(key).ComputeTotp()));
        for (var i = 0; i < AccountIdentity.MaxFailedAttempts; i++)
        {
            Assert.False(await host.RunAsync<SignInService, bool>(s => s.CheckSecondFactorAsync(admin.Id, WrongCode(key), isRecoveryCode: false)));
        }

        Assert.False(await host.RunAsync<SignInService, bool>(s => s.CheckSecondFactorAsync(admin.Id, new Totp(key).ComputeTotp(), isRecoveryCode: false)));
        Assert.Equal(SignInStatus.Failed, (await CheckAsync(host, "codes@example.kr", Password)).Status);
    }

    /// <summary>A six-digit code that no nearby time step accepts.</summary>
    private static string WrongCode(byte[] key)
    {
        var totp = new Totp(key);
        var now = DateTime.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => totp.ComputeTotp(now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 100).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }
}
