using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace.Technologies;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;
using TechBridge.Core.Tests.Shared.Attachments;

namespace TechBridge.Core.Tests.Marketplace.Technologies;

/// <summary>
/// A technology's marketing material through the shared attachment service: the owner's members add and delete PDF, PPTX
/// and photos; every other signed-in user reads them; other kinds of file are refused naming the accepted ones;
/// administrators may take a file down — on SQLite and PostgreSQL.
/// </summary>
public sealed class TechnologyMaterialPolicyTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AddAsync_OwnerMemberPdfPptxAndPhoto_ListedForAnotherSignedInUserWhoMayNotChangeThem(string provider)
    {
        await using var world = await World.StartAsync(provider);

        var brochure = await world.AddAsync(world.Member, TestFiles.Pdf(3000), "기술소개서.pdf");
        var slides = await world.AddAsync(world.Member, TestFiles.Zip(2000), "IR deck.pptx");
        var photo = await world.AddAsync(world.Member, TestFiles.Png(1000), "prototype.png");

        var seen = await world.ListAsync(world.Outsider);
        Assert.Equal([brochure.Id, slides.Id, photo.Id], seen.Items.Select(i => i.Id));
        Assert.Equal(("application/pdf", false), (seen.Items[0].ContentType, seen.Items[0].IsImage));
        Assert.True(seen.Items[2].IsImage);
        Assert.Equal((true, false, false), (seen.Rights.CanRead, seen.Rights.CanAdd, seen.Rights.CanDelete));
        Assert.Equal(".pdf, .png, .jpg, .jpeg, .webp, .pptx", seen.Extensions);
        var mine = await world.ListAsync(world.Member);
        Assert.Equal((true, true), (mine.Rights.CanAdd, mine.Rights.CanDelete));
    }

    [Theory]
    [InlineData("sqlite", "계약서.docx")]
    [InlineData("postgres", "사업계획서.hwp")]
    public async Task AddAsync_KindOtherThanPresentation_RefusedNamingTheAcceptedFormatsAndNothingSaved(string provider, string name)
    {
        await using var world = await World.StartAsync(provider);
        var bytes = name.EndsWith(".hwp", StringComparison.Ordinal) ? TestFiles.Hwp() : TestFiles.Zip();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => world.AddAsync(world.Member, bytes, name));

        var message = Assert.Single(refused.Errors[AttachmentService.FileField]);
        Assert.Contains(".pdf", message, StringComparison.Ordinal);
        Assert.Contains(".pptx", message, StringComparison.Ordinal);
        Assert.DoesNotContain(".docx", message, StringComparison.Ordinal);
        Assert.DoesNotContain(".hwp", message, StringComparison.Ordinal);
        Assert.Equal(0, await world.Host.QueryAsync(db => db.Attachments.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AddAndDelete_MemberOfAnotherOrganisation_ForbiddenAndTheFileStays(string provider)
    {
        await using var world = await World.StartAsync(provider);
        var brochure = await world.AddAsync(world.Member, TestFiles.Pdf(), "brochure.pdf");

        await Assert.ThrowsAsync<ForbiddenException>(() => world.AddAsync(world.Outsider, TestFiles.Pdf(), "mine.pdf"));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<AttachmentService, AttachmentOwner>(s => s.DeleteAsync(world.Outsider, brochure.Id)));

        Assert.Equal(1, await world.Host.QueryAsync(db => db.Attachments.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DeleteAsync_Administrator_TakesTheFileDownAndTheAuditNamesThem(string provider)
    {
        await using var world = await World.StartAsync(provider);
        var brochure = await world.AddAsync(world.Member, TestFiles.Pdf(), "misleading.pdf");

        Assert.False((await world.ListAsync(world.Administrator)).Rights.CanAdd);
        var owner = await world.Host.RunAsync<AttachmentService, AttachmentOwner>(s => s.DeleteAsync(world.Administrator, brochure.Id));

        Assert.Equal(AttachmentOwner.TechnologyMaterial(world.Technology), owner);
        Assert.Equal(0, await world.Host.QueryAsync(db => db.Attachments.CountAsync()));
        Assert.True(await world.Host.QueryAsync(db => db.AuditEntries.AnyAsync(
            e => e.EntityType == nameof(Attachment) && e.EntityId == brochure.Id.ToString() && e.Action == AuditAction.Deleted)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ListAsync_UnknownTechnology_NotFound(string provider)
    {
        await using var world = await World.StartAsync(provider);

        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<AttachmentService, AttachmentFolder>(
            s => s.ListAsync(world.Member, AttachmentOwner.TechnologyMaterial(Guid.NewGuid()))));
    }

    private sealed class World : IAsyncDisposable
    {
        private readonly string root;

        private World(CoreHost host, string root, Guid technology, Guid member, Guid outsider, Guid administrator)
        {
            Host = host;
            this.root = root;
            (Technology, Member, Outsider, Administrator) = (technology, member, outsider, administrator);
        }

        public CoreHost Host { get; }
        public Guid Technology { get; }
        public Guid Member { get; }
        public Guid Outsider { get; }
        public Guid Administrator { get; }

        public static async Task<World> StartAsync(string provider)
        {
            var root = System.IO.Directory.CreateTempSubdirectory("techbridge-materials-").FullName;
            var host = await CoreHost.StartInitializedAsync(provider, configure: services =>
            {
                services.AddScoped<IAuditActor>(_ => new TestAuditActor("user-tlo", "기술이전 담당자", "req-materials"));
                services.AddSingleton<TimeProvider>(new FakeTime());
                services.Configure<AttachmentOptions>(o => o.Directory = root);
            });
            var (_, member) = await TechnologyListingServiceTests.MemberAsync(host, OrganizationKind.University, "자료대학교");
            var (_, outsider) = await TechnologyListingServiceTests.MemberAsync(host, OrganizationKind.University, "이웃대학교");
            var technology = await host.RunAsync<TechnologyListingService, Guid>(s => s.CreateAsync(member, TechnologyListingServiceTests.Valid));
            var administrator = (await host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
                new NewAccount($"{Guid.NewGuid():N}@example.kr", "운영자", "admin-Password-1", [Roles.Administrator])))).Id;
            return new World(host, root, technology, member, outsider, administrator);
        }

        public async Task<AttachmentView> AddAsync(Guid userId, byte[] bytes, string name)
        {
            using var stream = new MemoryStream(bytes);
            return await Host.RunAsync<AttachmentService, AttachmentView>(
                s => s.AddAsync(AttachmentOwner.TechnologyMaterial(Technology), stream, name, "application/octet-stream", userId));
        }

        public Task<AttachmentFolder> ListAsync(Guid userId) =>
            Host.RunAsync<AttachmentService, AttachmentFolder>(s => s.ListAsync(userId, AttachmentOwner.TechnologyMaterial(Technology)));

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            System.IO.Directory.Delete(root, recursive: true);
        }
    }
}
