using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Audit;

namespace TechBridge.Core.Tests.Shared;

public sealed class AuditJsonTests(ReferenceDataHosts hosts) : IClassFixture<ReferenceDataHosts>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SaveChanges_KoreanValues_StoresThemAsUtf8TextNotEscapes(string provider)
    {
        var host = await hosts.GetAsync(provider);

        var id = await host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(
            new OrganizationInput(OrganizationKind.Company, "가독성기업", "Readable Co", "KR", City: "대전", Fields: ["SEMICONDUCTOR"])));

        var after = await host.QueryAsync(db => db.AuditEntries
            .Where(e => e.EntityType == "Organization" && e.EntityId == id.ToString()).Select(e => e.After).SingleAsync());
        Assert.Contains("\"NameKo\":\"가독성기업\"", after, StringComparison.Ordinal);
        Assert.Contains("\"City\":\"대전\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", after, StringComparison.Ordinal);
    }

    [Fact]
    public void Readable_OldEntryWithEscapesAndUtcInstants_ShowsKoreanAndKst()
    {
        const string stored = "{\"City\":\"\\uB300\\uC804\",\"UpdatedAt\":\"2026-12-05T15:30:00.1234567+00:00\",\"Code\":\"A1\",\"Day\":\"2026-12-05\"}";

        var shown = AuditJson.Readable(stored);

        Assert.Equal("{\"City\":\"대전\",\"UpdatedAt\":\"2026-12-06 00:30:00 KST\",\"Code\":\"A1\",\"Day\":\"2026-12-05\"}", shown);
    }

    [Fact]
    public void Readable_HtmlSensitiveCharacters_StayEscaped()
    {
        Assert.Equal("{\"Name\":\"\\u003Cb\\u003E 연구소\"}", AuditJson.Readable("{\"Name\":\"<b> 연구소\"}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    public void Readable_NotJson_ReturnsItUnchanged(string? text)
    {
        Assert.Equal(text, AuditJson.Readable(text));
    }
}
