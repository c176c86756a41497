using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Accounts;

/// <summary>Core over a migrated database with a cheaper password hash (same algorithm and format) and a hasher that counts.</summary>
internal static class AccountTestHost
{
    public const string Password = "correct-Horse-42";

    // PBKDF2 at its production cost (100,000 iterations) would dominate these tests; the algorithm and format stay the same.
    public static Task<CoreHost> StartAsync(string provider, FakeTime time, CountingHasher? hasher = null) =>
        CoreHost.StartMigratedAsync(provider, services =>
        {
            services.AddSingleton<TimeProvider>(time).Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            if (hasher is not null)
            {
                services.AddSingleton<IPasswordHasher<UserAccount>>(hasher);
            }
        });

    public static Task<UserAccount> CreateAsync(CoreHost host, string email, params string[] roles) =>
        host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, "테스트 사용자", Password, roles)));

    public static Task<SignInOutcome> CheckAsync(CoreHost host, string email, string password) =>
        host.RunAsync<SignInService, SignInOutcome>(s => s.CheckPasswordAsync(email, password));
}

/// <summary>The real hasher, recording every hash it was asked to verify a password against.</summary>
internal sealed class CountingHasher : IPasswordHasher<UserAccount>
{
    private readonly PasswordHasher<UserAccount> inner = new(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));

    public ConcurrentBag<(string Hash, string Provided)> Verified { get; } = [];

    public string HashPassword(UserAccount user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
    {
        Verified.Add((hashedPassword, providedPassword));
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
