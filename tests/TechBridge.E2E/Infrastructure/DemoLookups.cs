using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;

namespace TechBridge.E2E.Infrastructure;

/// <summary>
/// Look-ups of the demo data a browser test drives, in the running portal's own database: the demo accounts' addresses,
/// the demo operator's center, and a scope to read from.
/// </summary>
public static class DemoLookups
{
    /// <summary>The normalised e-mail address of the demo account with <paramref name="role"/>.</summary>
    public static string DemoEmail(string role) => UserAccount.Normalize(DemoAccounts.All.Single(a => a.Roles.Contains(role)).Email);

    /// <summary>Runs <paramref name="query"/> with a DbContext of a new scope of the portal.</summary>
    public static Task<T> WithDbAsync<T>(this BrowserFixture browser, Func<TechBridgeDbContext, Task<T>> query) =>
        browser.WithScopeAsync((db, _) => query(db));

    /// <summary>Runs <paramref name="query"/> with a DbContext and the other services of one new scope of the portal.</summary>
    public static async Task<T> WithScopeAsync<T>(this BrowserFixture browser, Func<TechBridgeDbContext, IServiceProvider, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = browser.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>(), scope.ServiceProvider);
    }

    /// <summary>The demo center: the organisation of the demo center operator.</summary>
    public static async Task<Guid> DemoCenterAsync(this TechBridgeDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var email = DemoEmail(Roles.CenterOperator);
        return (await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email).Select(u => u.OrganizationId).SingleAsync())!.Value;
    }
}
