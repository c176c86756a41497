using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Programs.Review.Pool;

/// <summary>An initialised host (reference data) with a fake clock, a program manager, a company user and a reviewer, and helpers to put people in the directory.</summary>
internal sealed class PoolWorld : IAsyncDisposable
{
    private PoolWorld(CoreHost host, FakeTime time)
    {
        Host = host;
        Time = time;
    }

    public CoreHost Host { get; }

    public FakeTime Time { get; }

    public Guid Manager { get; private set; }

    public Guid CompanyUser { get; private set; }

    public Guid Reviewer { get; private set; }

    public string ReviewerEmail { get; } = $"{Guid.NewGuid():N}@review.example.org";

    public static async Task<PoolWorld> StartAsync(string provider)
    {
        var time = new FakeTime();
        var host = await CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => new TestAuditActor("pm-1", "사업 담당자", "req-pool"));
            services.AddSingleton<TimeProvider>(time);
        });
        var world = new PoolWorld(host, time);
        try
        {
            world.Manager = await world.AccountAsync(Roles.ProgramManager, "김사업", $"{Guid.NewGuid():N}@example.kr");
            world.CompanyUser = await world.AccountAsync(Roles.Company, "이기업", $"{Guid.NewGuid():N}@example.kr");
            world.Reviewer = await world.AccountAsync(Roles.Reviewer, "Jane Reviewer", world.ReviewerEmail);
            return world;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>A directory person, with a current affiliation when <paramref name="organization"/> is given and one publication per title.</summary>
    public async Task<Guid> PersonAsync(string nameKo, string nameEn, string country, string? email = null, Guid? organization = null, params string[] titles)
    {
        var now = Time.GetUtcNow();
        var person = new Person { NameKo = nameKo, NameEn = nameEn, CountryCode = country, Email = email, Kind = PersonKind.Researcher, CreatedAt = now, UpdatedAt = now };
        person.Fields.Add(new PersonField { PersonId = person.Id, FieldCode = "SECONDARY_BATTERY" });
        await Host.QueryAsync(async db =>
        {
            db.People.Add(person);
            if (organization is { } org)
            {
                db.Affiliations.Add(new Affiliation { PersonId = person.Id, OrganizationId = org, StartDate = new DateOnly(2020, 3, 1) });
            }

            foreach (var title in titles)
            {
                var publication = new Publication { Title = title, Year = 2024, Venue = "Journal of Power Sources", Language = "en" };
                publication.Authors.Add(new PublicationAuthor { PublicationId = publication.Id, PersonId = person.Id, AuthorOrder = 1 });
                db.Publications.Add(publication);
            }

            return await db.SaveChangesAsync();
        });
        return person.Id;
    }

    public async Task<Guid> OrganizationAsync(string nameKo, string nameEn, string country = "KR")
    {
        var now = Time.GetUtcNow();
        var organization = new Organization { NameKo = nameKo, NameEn = nameEn, CountryCode = country, Kind = OrganizationKind.ResearchInstitute, CreatedAt = now, UpdatedAt = now };
        await Host.QueryAsync(db =>
        {
            db.Organizations.Add(organization);
            return db.SaveChangesAsync();
        });
        return organization.Id;
    }

    public Task<ReviewerAddResult> AddAsync(Guid? user = null, params Guid[] people) =>
        Host.RunAsync<ReviewerPoolService, ReviewerAddResult>(s => s.AddFromDirectoryAsync(user ?? Manager, people));

    public Task<ReviewerImportResult> ImportCsvAsync(string csv, Guid? user = null, bool bom = false) =>
        Host.RunAsync<ReviewerPoolService, ReviewerImportResult>(async s =>
        {
            var bytes = Encoding.UTF8.GetBytes(csv);
            await using var stream = new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
            return await s.ImportCsvAsync(user ?? Manager, stream);
        });

    public Task UpdateAsync(Guid id, ReviewerGroup? group, int? maxLoad, bool? isActive, long? version = null, Guid? user = null) =>
        Host.RunAsync<ReviewerPoolService>(s => s.UpdateAsync(user ?? Manager, id, group, maxLoad, isActive, version));

    public Task<PagedResult<PoolReviewerRow>> ListAsync(ReviewerPoolFilter? filter = null, Guid? user = null) =>
        Host.RunAsync<ProgramActors, PagedResult<PoolReviewerRow>>(async actors =>
            await Host.RunAsync<ReviewerPoolQueries, PagedResult<PoolReviewerRow>>(async q =>
                await q.ListAsync(await actors.FindAsync(user ?? Manager), filter ?? new ReviewerPoolFilter(), new PageRequest(1, 50))));

    public Task<PoolReviewerProfile> ProfileAsync(Guid id, Guid? user = null) =>
        Host.RunAsync<ProgramActors, PoolReviewerProfile>(async actors =>
            await Host.RunAsync<ReviewerPoolQueries, PoolReviewerProfile>(async q => await q.GetAsync(await actors.FindAsync(user ?? Manager), id)));

    public Task<PoolReviewer> ReviewerOfAsync(Guid personId) =>
        Host.QueryAsync(db => db.Reviewers.AsNoTracking().SingleAsync(r => r.PersonId == personId));

    public Task<(int People, int Organizations, int Publications, int Reviewers)> CountsAsync() =>
        Host.QueryAsync(async db => (await db.People.CountAsync(), await db.Organizations.CountAsync(), await db.Publications.CountAsync(), await db.Reviewers.CountAsync()));

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    private async Task<Guid> AccountAsync(string role, string name, string email) =>
        (await Host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, name, "Pool-World-2026!", [role])))).Id;
}
