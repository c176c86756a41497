using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Tests.Shared.Notifications;

namespace TechBridge.Core.Tests.Shared.Attachments;

/// <summary>
/// The attachment service over a test owner type whose rights the test sets: limits, first-byte checks, files kept
/// outside the database (and removed with their row or when refused), audit, and rights — on SQLite and PostgreSQL.
/// </summary>
public sealed class AttachmentServiceTests
{
    private static readonly TestAuditActor Actor = new("user-7", "첨부 테스트", "req-att");

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AddOpenDelete_Png_StoresTheBytesOutsideTheDatabaseAuditsAndCleansUp(string provider)
    {
        await using var world = await World.StartAsync(provider);
        var bytes = TestFiles.Png(5000);
        var owner = TestOwnerPolicy.Owner(AttachmentRights.ReadOnly with { CanAdd = true, CanDelete = true });

        var added = await world.AddAsync(owner, bytes, @"C:\photos\../장비 사진.PNG", "application/octet-stream");

        Assert.Equal(("장비 사진.PNG", "image/png", 5000L, true), (added.FileName, added.ContentType, added.Size, added.IsImage));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), added.Sha256);
        Assert.Equal("첨부 사용자", added.UploadedByName);
        var key = await world.Host.QueryAsync(db => db.Attachments.Where(a => a.Id == added.Id).Select(a => a.StorageKey).SingleAsync());
        Assert.Matches("^2026/03/[0-9a-f]{32}$", key);
        var file = Path.Combine(world.Root, "2026", "03", key[8..]);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(file));
        Assert.Empty(System.IO.Directory.EnumerateFiles(Path.Combine(world.Root, "tmp")));

        await using (var opened = await world.Host.RunAsync<AttachmentService, AttachmentContent>(s => s.OpenAsync(world.UserId, added.Id)))
        {
            using var copy = new MemoryStream();
            await opened.Content.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        var folder = await world.Host.RunAsync<AttachmentService, AttachmentFolder>(s => s.ListAsync(world.UserId, owner));
        Assert.Equal([added.Id], folder.Items.Select(i => i.Id));

        await world.Host.RunAsync<AttachmentService, AttachmentOwner>(s => s.DeleteAsync(world.UserId, added.Id));

        Assert.False(File.Exists(file));
        Assert.False(await world.Host.QueryAsync(db => db.Attachments.AnyAsync(a => a.Id == added.Id)));
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Attachment) && e.EntityId == added.Id.ToString()).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditAction.Added, AuditAction.Deleted], audit.Select(e => e.Action).Order());
        Assert.All(audit, e => Assert.Equal(Actor.ActorId, e.ActorId));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Add_RefusedFiles_AreValidationErrorsAndLeaveNothingBehind(string provider)
    {
        await using var world = await World.StartAsync(provider, maxBytes: 4096, maxPerOwner: 2);
        var owner = TestOwnerPolicy.Owner(AttachmentRights.ReadOnly with { CanAdd = true });

        var refused = new (string Name, byte[] Bytes, string Message)[]
        {
            ("setup.png", TestFiles.Exe(), "PNG"),
            ("setup.exe", TestFiles.Exe(), ".pdf"),
            ("big.pdf", TestFiles.Pdf(4097), "4 KB"),
            ("empty.txt", [], "빈 파일"),
            ("", TestFiles.Pdf(), "파일"),
        };
        using (UiCulture.Use("ko-KR"))
        {
            foreach (var (name, bytes, message) in refused)
            {
                var error = await Assert.ThrowsAsync<ValidationFailedException>(() => world.AddAsync(owner, bytes, name));
                Assert.Contains(message, Assert.Single(error.Errors[AttachmentService.FileField]), StringComparison.Ordinal);
            }
        }

        await world.AddAsync(owner, TestFiles.Pdf(4096), "exactly-the-limit.pdf");
        await world.AddAsync(owner, TestFiles.Text("a,b\n1,2\n"), "table.csv");
        using (UiCulture.Use("en-US"))
        {
            var tooMany = await Assert.ThrowsAsync<ValidationFailedException>(() => world.AddAsync(owner, TestFiles.Pdf(), "third.pdf"));
            Assert.Equal("At most 2 files can be attached; delete one first.", Assert.Single(tooMany.Errors[AttachmentService.FileField]));
        }

        Assert.Equal(2, await world.Host.QueryAsync(db => db.Attachments.CountAsync(a => a.OwnerId == owner.Id)));
        Assert.Equal(2, System.IO.Directory.EnumerateFiles(world.Root, "*", SearchOption.AllDirectories).Count());
        Assert.Empty(System.IO.Directory.EnumerateFiles(Path.Combine(world.Root, "tmp")));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Rights_OfTheOwnerPolicy_DecideWhoAddsReadsAndDeletes(string provider)
    {
        await using var world = await World.StartAsync(provider);
        var editable = TestOwnerPolicy.Owner(AttachmentRights.ReadOnly with { CanAdd = true, CanDelete = true });
        var added = await world.AddAsync(editable, TestFiles.Pdf(), "a.pdf");
        var readOnly = TestOwnerPolicy.Owner(AttachmentRights.ReadOnly);
        var hidden = TestOwnerPolicy.Owner(new AttachmentRights(false, false, false));

        await Assert.ThrowsAsync<ForbiddenException>(() => world.AddAsync(readOnly, TestFiles.Pdf(), "b.pdf"));
        await Assert.ThrowsAsync<NotFoundException>(() => world.AddAsync(hidden, TestFiles.Pdf(), "c.pdf"));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<AttachmentService, AttachmentFolder>(s => s.ListAsync(world.UserId, hidden)));
        var folder = await world.Host.RunAsync<AttachmentService, AttachmentFolder>(s => s.ListAsync(world.UserId, readOnly));
        Assert.Equal((true, false, false, 0), (folder.Rights.CanRead, folder.Rights.CanAdd, folder.CanAddMore, folder.Items.Count));

        TestOwnerPolicy.Rights[editable.Id] = AttachmentRights.ReadOnly;
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<AttachmentService, AttachmentOwner>(s => s.DeleteAsync(world.UserId, added.Id)));
        TestOwnerPolicy.Rights[editable.Id] = new AttachmentRights(false, false, false);
        var notFound = await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<AttachmentService, AttachmentContent>(s => s.OpenAsync(world.UserId, added.Id)));
        Assert.Equal((nameof(Attachment), added.Id.ToString()), (notFound.Entity, notFound.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<AttachmentService, AttachmentContent>(s => s.OpenAsync(world.UserId, Guid.NewGuid())));
    }

    [Fact]
    public void Root_NoDirectoryConfigured_IsAttachmentsUnderTheDataDirectory()
    {
        var store = new AttachmentStore(
            Microsoft.Extensions.Options.Options.Create(new AttachmentOptions()),
            new Core.Data.DatabaseSettings(Core.Data.DatabaseProvider.Sqlite, "Data Source=x.db", "/srv/techbridge"));

        Assert.Equal(Path.GetFullPath("/srv/techbridge/attachments"), store.Root);
        Assert.Throws<ArgumentException>(() => store.PathOf("../../etc/passwd"));
        Assert.Throws<ArgumentException>(() => store.PathOf("2026/03/../../x"));
    }

    private sealed class World : IAsyncDisposable
    {
        private World(CoreHost host, string root, Guid userId)
        {
            Host = host;
            Root = root;
            UserId = userId;
        }

        public CoreHost Host { get; }
        public string Root { get; }
        public Guid UserId { get; }

        public static async Task<World> StartAsync(string provider, long maxBytes = 20L * 1024 * 1024, int maxPerOwner = 10)
        {
            var root = System.IO.Directory.CreateTempSubdirectory("techbridge-attachments-").FullName;
            var host = await CoreHost.StartInitializedAsync(provider, configure: services =>
            {
                services.AddScoped<IAuditActor>(_ => Actor);
                services.AddSingleton<TimeProvider>(new FakeTime());
                services.AddScoped<IAttachmentOwnerPolicy, TestOwnerPolicy>();
                services.Configure<AttachmentOptions>(o => (o.Directory, o.MaxBytes, o.MaxPerOwner) = (root, maxBytes, maxPerOwner));
            });
            var (userId, _) = await NotificationHosts.AddUserAsync(host, "ko", "첨부 사용자");
            return new World(host, root, userId);
        }

        public async Task<AttachmentView> AddAsync(AttachmentOwner owner, byte[] bytes, string name, string? contentType = null)
        {
            using var stream = new MemoryStream(bytes);
            return await Host.RunAsync<AttachmentService, AttachmentView>(s => s.AddAsync(owner, stream, name, contentType, UserId));
        }

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            System.IO.Directory.Delete(Root, recursive: true);
        }
    }
}

/// <summary>An owner type for tests: each owner's rights are whatever the test put in <see cref="Rights"/>.</summary>
internal sealed class TestOwnerPolicy : IAttachmentOwnerPolicy
{
    public const string Type = "Test";

    public static System.Collections.Concurrent.ConcurrentDictionary<Guid, AttachmentRights> Rights { get; } = new();

    public string OwnerType => Type;

    public static AttachmentOwner Owner(AttachmentRights rights)
    {
        var owner = new AttachmentOwner(Type, Guid.NewGuid());
        Rights[owner.Id] = rights;
        return owner;
    }

    public Task<AttachmentRights> RightsAsync(Guid userId, Guid ownerId, CancellationToken cancellationToken) =>
        Task.FromResult(Rights.TryGetValue(ownerId, out var rights) && rights.CanRead ? rights : throw new NotFoundException(Type, ownerId));
}
