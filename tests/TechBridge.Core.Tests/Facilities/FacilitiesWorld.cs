using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Facilities;

/// <summary>
/// What the facilities test worlds share: an initialised host on one provider with the world's audit actor and fake clock,
/// an equipment center with its operator and item, a company with its user, and the helpers that create organisations
/// and accounts. Each world adds its own people, items and steps.
/// </summary>
public abstract class FacilitiesWorld : IAsyncDisposable
{
    private readonly string password;

    protected FacilitiesWorld(CoreHost host, FakeTime time, string password)
    {
        Host = host;
        Time = time;
        this.password = password;
    }

    public CoreHost Host { get; }

    public FakeTime Time { get; }

    public Guid Center { get; protected set; }

    public Guid Operator { get; protected set; }

    public Guid Equipment { get; protected set; }

    public Guid Company { get; protected set; }

    public Guid CompanyUser { get; protected set; }

    public Task<Guid> OrganizationAsync(OrganizationKind kind, string name, string? industry = null) =>
        Host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(new OrganizationInput(
            kind, name, null, "KR", IndustryCode: industry, Fields: industry is null ? null : ["CORE_MATERIALS"])));

    public async Task<Guid> AccountAsync(string role, Guid? organization, string name) =>
        (await Host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount($"{Guid.NewGuid():N}@example.kr", name, password, [role], OrganizationId: organization)))).Id;

    public async Task<(Guid Company, Guid User)> CompanyUserAsync(string name, string user)
    {
        var company = await OrganizationAsync(OrganizationKind.Company, name);
        return (company, await AccountAsync(Roles.Company, company, user));
    }

    public async Task<FacilityActor> ActorAsync(Guid user) =>
        await Host.RunAsync<FacilityActors, FacilityActor?>(a => a.FindAsync(user)) ?? throw new InvalidOperationException("No such actor.");

    public Task ClearNoticesAsync() => Host.RunAsync<TechBridgeDbContext>(async db =>
    {
        await db.InboxMessages.ExecuteDeleteAsync();
        await db.OutgoingEmails.ExecuteDeleteAsync();
    });

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Starts an initialised host whose audit actor is <paramref name="actor"/> and whose clock is <paramref name="time"/>
    /// (then whatever <paramref name="configure"/> registers), creates the world and lets <paramref name="populate"/> fill
    /// it; the host is disposed if that fails.
    /// </summary>
    protected static async Task<TWorld> StartWorldAsync<TWorld>(
        string provider, TestAuditActor actor, FakeTime time, Func<CoreHost, TWorld> create, Func<TWorld, Task> populate,
        Action<IServiceCollection>? configure = null)
        where TWorld : FacilitiesWorld
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(populate);
        var host = await CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => actor);
            services.AddSingleton<TimeProvider>(time);
            configure?.Invoke(services);
        });
        try
        {
            var world = create(host);
            await populate(world);
            return world;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }
}
