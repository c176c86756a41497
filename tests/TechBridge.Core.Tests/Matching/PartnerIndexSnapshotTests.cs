using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Matching.Snapshots;

namespace TechBridge.Core.Tests.Matching;

public sealed class PartnerIndexSnapshotTests
{
    private const string Need = "ornithopter wing aerodynamics";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_NoSnapshotYet_RebuildsFromDatabaseAndSavesSnapshot(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);

        await using var index = await scenario.StartIndexAsync();

        Assert.Equal(IndexStartKind.Rebuilt, index.Index.LastStart.Kind);
        Assert.Equal("no snapshot file", index.Index.LastStart.Reason);
        Assert.True(index.Index.LastStart.Documents > 0);
        Assert.True(File.Exists(scenario.SnapshotPath));
        Assert.True(File.Exists(scenario.SnapshotPath + ".json"));
        Assert.Contains(index.Log, line => line.StartsWith("Information: Matching index rebuilt from the database (no snapshot file)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_SnapshotMatchesDatabase_LoadsItInsteadOfRebuilding(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        var id = await IndexScenario.AddOrganizationAsync(scenario.Database.Services, "날개 연구소", "Ornithopter Wing Lab", "Ornithopter wing aerodynamics.");
        int documents;
        await using (var first = await scenario.StartIndexAsync())
        {
            documents = first.Index.LastStart.Documents;
        }

        await using var second = await scenario.StartIndexAsync();

        Assert.Equal(IndexStartKind.Loaded, second.Index.LastStart.Kind);
        Assert.Null(second.Index.LastStart.Reason);
        Assert.Equal(documents, second.Index.LastStart.Documents);
        Assert.Equal(documents, second.Index.Engine.Index.Count);
        Assert.Contains(second.Log, line => line.StartsWith("Information: Matching index loaded from " + scenario.SnapshotPath, StringComparison.Ordinal));
        Assert.Equal(id, (await second.SearchAsync(Need)).Hits[0].Id);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_DatabaseChangedWhileStopped_RebuildsAndFindsTheChange(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        await (await scenario.StartIndexAsync()).DisposeAsync();
        var id = await IndexScenario.AddOrganizationAsync(scenario.Database.Services, "날개 연구소", "Ornithopter Wing Lab", "Ornithopter wing aerodynamics.");

        await using var restarted = await scenario.StartIndexAsync();

        Assert.Equal(IndexStartKind.Rebuilt, restarted.Index.LastStart.Kind);
        Assert.StartsWith("the database or the code changed since the snapshot was saved", restarted.Index.LastStart.Reason, StringComparison.Ordinal);
        Assert.Contains("AuditRows", restarted.Index.LastStart.Reason, StringComparison.Ordinal);
        Assert.Contains("Organizations", restarted.Index.LastStart.Reason, StringComparison.Ordinal);
        Assert.Equal(id, (await restarted.SearchAsync(Need)).Hits[0].Id);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_SnapshotBytesOverwritten_RebuildsWithoutCrashingAndSavesAGoodSnapshot(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        var id = await IndexScenario.AddOrganizationAsync(scenario.Database.Services, "날개 연구소", "Ornithopter Wing Lab", "Ornithopter wing aerodynamics.");
        await (await scenario.StartIndexAsync()).DisposeAsync();
        Overwrite(scenario.SnapshotPath, at: new FileInfo(scenario.SnapshotPath).Length / 2);

        await using (var restarted = await scenario.StartIndexAsync())
        {
            Assert.Equal(IndexStartKind.Rebuilt, restarted.Index.LastStart.Kind);
            Assert.Equal("the snapshot does not match its manifest (changed, damaged, or written by another process)", restarted.Index.LastStart.Reason);
            Assert.Equal(id, (await restarted.SearchAsync(Need)).Hits[0].Id);
        }

        await using var again = await scenario.StartIndexAsync();
        Assert.Equal(IndexStartKind.Loaded, again.Index.LastStart.Kind);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_SnapshotTheEngineRefuses_RebuildsWithTheEnginesReason(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        await (await scenario.StartIndexAsync()).DisposeAsync();
        // Damage the file and make the manifest vouch for the damaged bytes: only the engine's own checks remain.
        Overwrite(scenario.SnapshotPath, at: 40);
        var manifestText = await File.ReadAllTextAsync(scenario.SnapshotPath + ".json");
        using var manifest = System.Text.Json.JsonDocument.Parse(manifestText);
        var savedHash = manifest.RootElement.GetProperty("indexSha256").GetString()!;
        var damagedHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(scenario.SnapshotPath)));
        await File.WriteAllTextAsync(scenario.SnapshotPath + ".json", manifestText.Replace(savedHash, damagedHash, StringComparison.Ordinal));

        await using var restarted = await scenario.StartIndexAsync();

        Assert.Equal(IndexStartKind.Rebuilt, restarted.Index.LastStart.Kind);
        Assert.StartsWith("the engine cannot use the snapshot: ", restarted.Index.LastStart.Reason, StringComparison.Ordinal);
        Assert.True(restarted.Index.Engine.Index.Count > 0);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_ManifestIsNotJson_RebuildsWithoutCrashing(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        await (await scenario.StartIndexAsync()).DisposeAsync();
        await File.WriteAllTextAsync(scenario.SnapshotPath + ".json", "{ not json");

        await using var restarted = await scenario.StartIndexAsync();

        Assert.Equal(IndexStartKind.Rebuilt, restarted.Index.LastStart.Kind);
        Assert.StartsWith("the snapshot manifest is unreadable", restarted.Index.LastStart.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Stop_AfterAChangeWhileRunning_SavesASnapshotTheNextStartLoadsWithTheChange(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        Guid id;
        await using (var running = await scenario.StartIndexAsync())
        {
            id = await IndexScenario.AddOrganizationAsync(running.Services, "날개 연구소", "Ornithopter Wing Lab", "Ornithopter wing aerodynamics.");
        }

        await using var restarted = await scenario.StartIndexAsync();

        Assert.True(restarted.Index.LastStart.Kind == IndexStartKind.Loaded, $"{restarted.Index.LastStart.Kind}: {restarted.Index.LastStart.Reason}");
        Assert.Equal(id, (await restarted.SearchAsync(Need)).Hits[0].Id);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_PersistSnapshotOff_RebuildsAndWritesNoFile(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);

        await using (var index = await scenario.StartIndexAsync(o => o.PersistSnapshot = false))
        {
            Assert.Equal(IndexStartKind.Rebuilt, index.Index.LastStart.Kind);
            Assert.Equal("snapshots are off (TechBridge:Matching:PersistSnapshot=false)", index.Index.LastStart.Reason);
            Assert.Null(index.Index.SnapshotPath);
        }

        Assert.False(File.Exists(scenario.SnapshotPath));
        Assert.False(File.Exists(scenario.SnapshotPath + ".json"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_EquipmentAddedWhileStopped_RebuildsAndFindsIt(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        await (await scenario.StartIndexAsync()).DisposeAsync();
        var center = await scenario.Database.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(new OrganizationInput(
            OrganizationKind.EquipmentCenter, "날갯짓 시험센터", "Flapping Flight Test Center", "KR", IndustryCode: "AUTOMOTIVE_AEROSPACE")));
        var id = await scenario.Database.RunAsync<EquipmentService, Guid>(s => s.CreateAsync(new EquipmentInput(
            center, "오니솝터 날개 풍동", "Ornithopter wing aerodynamics tunnel", "AUTOMOTIVE_AEROSPACE", 3, 5, "날갯짓 비행체 풍동", Stages: ["APPLIED_RESEARCH"])));

        await using var restarted = await scenario.StartIndexAsync();

        Assert.Equal(IndexStartKind.Rebuilt, restarted.Index.LastStart.Kind);
        Assert.Contains("Equipment 0 → 1", restarted.Index.LastStart.Reason, StringComparison.Ordinal);
        Assert.Contains("EquipmentStages 0 → 1", restarted.Index.LastStart.Reason, StringComparison.Ordinal);
        Assert.Contains((await restarted.SearchAsync(Need)).Hits, h => h.Id == id && h.Kind == "Equipment");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Start_NeedRowsDeletedBehindTheContext_RebuildsBecauseTheRowCountsChanged(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        var company = await scenario.Database.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(new OrganizationInput(OrganizationKind.Company, "날개기업", "Wing Co", "KR")));
        var user = (await scenario.Database.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount("wing-needs@example.kr", "수요 담당", "need-Password-1", [Roles.Company], OrganizationId: company)))).Id;
        await scenario.Database.RunAsync<NeedService, Guid>(s => s.CreateAsync(user, new NeedInput(
            "Ornithopter wing aerodynamics", "Wind-tunnel partner wanted.", "APPLIED_RESEARCH", "RESEARCH_CONTRACT", Countries: ["DE", "US"])));
        await (await scenario.StartIndexAsync()).DisposeAsync();
        await scenario.Database.RunAsync<TechBridgeDbContext>(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "TechnologyNeedCountries" """));

        await using var restarted = await scenario.StartIndexAsync();

        Assert.Equal(IndexStartKind.Rebuilt, restarted.Index.LastStart.Kind);
        Assert.Contains("TechnologyNeedCountries 2 → 0", restarted.Index.LastStart.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("AuditRows", restarted.Index.LastStart.Reason, StringComparison.Ordinal);
    }

    private static void Overwrite(string path, long at)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        file.Position = at;
        var original = new byte[16];
        file.ReadExactly(original);
        file.Position = at;
        file.Write([.. original.Select(b => (byte)~b)]);
    }
}
