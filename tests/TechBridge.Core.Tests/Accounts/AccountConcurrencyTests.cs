using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;
using static TechBridge.Core.Tests.Accounts.AccountTestHost;

namespace TechBridge.Core.Tests.Accounts;

/// <summary>Issue 7, defects 9 and 11: constraint races and "at least one administrator" under concurrency, both providers.</summary>
public sealed class AccountConcurrencyTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_TwentyParallelCreatesOfOneEmail_OneAccountAndTheRestEmailTaken(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount("same@example.kr", "동시 " + i, Password, [Roles.Researcher])));
                return "created";
            }
            catch (ValidationFailedException invalid)
            {
                return string.Join(",", invalid.Errors.Keys);
            }
        })));

        Assert.Equal(1, results.Count(r => r == "created"));
        Assert.All(results.Where(r => r != "created"), r => Assert.Equal(nameof(NewAccount.Email), r));
        Assert.Equal(1, await host.QueryAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_UnknownOrganization_FieldErrorAndNothingSaved(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount("org@example.kr", "소속", Password, [Roles.Company], OrganizationId: Guid.NewGuid()))));

        Assert.Equal([nameof(NewAccount.OrganizationId)], error.Errors.Keys);
        Assert.Equal(0, await host.QueryAsync(db => db.Users.CountAsync()));
    }

    /// <summary>Two administrators disabling each other at once used to leave no enabled administrator.</summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SetDisabled_TwoAdministratorsDisableEachOtherAtOnce_OneStaysEnabled(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        for (var round = 0; round < 5; round++)
        {
            var first = await CreateAsync(host, $"a{round}@example.kr", Roles.Administrator);
            var second = await CreateAsync(host, $"b{round}@example.kr", Roles.Administrator);

            var outcomes = await Task.WhenAll(
                Task.Run(() => TryAsync(() => host.RunAsync<AccountService>(s => s.SetDisabledAsync(first.Id, true)))),
                Task.Run(() => TryAsync(() => host.RunAsync<AccountService>(s => s.SetRolesAsync(second.Id, [Roles.Reviewer])))));

            Assert.Contains(outcomes, o => o == "ok");
            Assert.Equal(1, await EnabledAdministratorsAsync(host));

            // Put the rule back to its start for the next round: one enabled administrator that cannot go.
            var last = await host.QueryAsync(db => db.Users.Where(u => !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.Administrator)).Select(u => u.Id).SingleAsync());
            await Assert.ThrowsAsync<BusinessRuleException>(() => host.RunAsync<AccountService>(s => s.SetDisabledAsync(last, true)));
            await host.RunAsync<TechBridgeDbContext>(async db =>
            {
                await db.UserRoles.Where(r => r.UserId == last).ExecuteDeleteAsync();
                db.UserRoles.Add(new UserRole { UserId = last, Role = Roles.Reviewer });
                await db.SaveChangesAsync();
            });
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task PasswordResetRoleChangeOrDisabling_EndEverySessionAndRenewTheStamp(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        await CreateAsync(host, "keeper@example.kr", Roles.Administrator);
        var user = await CreateAsync(host, "sessions@example.kr", Roles.Company);
        var changes = new Func<Task>[]
        {
            () => host.RunAsync<AccountService>(s => s.ResetPasswordAsync(user.Id, "another-Password-7")),
            () => host.RunAsync<AccountService>(s => s.SetRolesAsync(user.Id, [Roles.Company, Roles.Researcher])),
            () => host.RunAsync<AccountService>(s => s.SetDisabledAsync(user.Id, true)),
            () => host.RunAsync<AccountService>(s => s.ChangePasswordAsync(user.Id, "another-Password-7", "third-Password-8")),
        };

        foreach (var change in changes)
        {
            await AddSessionsAsync(host, user.Id, 2);
            var stamp = await StampAsync(host, user.Id);

            await change();

            Assert.Equal(0, await host.QueryAsync(db => db.UserSessions.CountAsync(s => s.UserId == user.Id)));
            Assert.NotEqual(stamp, await StampAsync(host, user.Id));
            await host.RunAsync<TechBridgeDbContext>(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, false)));
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task EndSessions_ExceptOne_KeepsOnlyThatSession(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var user = await CreateAsync(host, "everywhere@example.kr", Roles.Company);
        var kept = await AddSessionsAsync(host, user.Id, 3);

        var ended = await host.RunAsync<AccountService, int>(s => s.EndSessionsAsync(user.Id, kept));

        Assert.Equal(2, ended);
        Assert.Equal([kept], await host.QueryAsync(db => db.UserSessions.Where(s => s.UserId == user.Id).Select(s => s.Id).ToListAsync()));
    }

    private static async Task<string> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return "ok";
        }
        catch (BusinessRuleException rule)
        {
            return rule.Code;
        }
    }

    private static Task<int> EnabledAdministratorsAsync(CoreHost host) =>
        host.QueryAsync(db => db.Users.CountAsync(u => !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.Administrator)));

    private static Task<string?> StampAsync(CoreHost host, Guid userId) =>
        host.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());

    /// <summary>Adds sessions as the sign-in cookie would; returns the id of the last one.</summary>
    private static Task<Guid> AddSessionsAsync(CoreHost host, Guid userId, int count) =>
        host.RunAsync<TechBridgeDbContext, Guid>(async db =>
        {
            var sessions = Enumerable.Range(0, count).Select(_ => new UserSession
            {
                UserId = userId, Ticket = [1, 2, 3], CreatedAt = FakeTime.DefaultStart, LastSeenAt = FakeTime.DefaultStart,
            }).ToList();
            db.UserSessions.AddRange(sessions);
            await db.SaveChangesAsync();
            return sessions[^1].Id;
        });
}
