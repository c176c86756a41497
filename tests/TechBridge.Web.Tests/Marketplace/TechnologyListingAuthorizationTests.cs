using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Marketplace.TechnologyListingWorld;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// Every listing endpoint and page × anonymous, every demo role, another company, another center, a member of the owner
/// university and a member of another university. Listing is a capability of university and institute members, not a
/// role: of the demo accounts only the coordinator belongs to one (its industry's representative research institute), so
/// it lists like any member of another institute; every other demo role is refused (403); only the owner's member may
/// change the owner's listing. A changing row acts on a listing of its own for each caller. Marketing material: every
/// signed-in caller reads it, only the owner's member adds it, the owner's member and administrators delete it.
/// </summary>
public abstract class TechnologyListingAuthorizationTests(AppFixture fixture)
{
    private const string Member = "member of the owner university";
    private const string OtherMember = "member of another university";

    private static readonly string[] Columns = [.. CallerMatrix.Columns, Member, OtherMember];

    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                  anon comp othCo res cent othCe coord  pm  rev admin member other
        ["POST technology"] =             [401, 403, 403, 403, 403, 403, 201, 403, 403, 403, 201, 201],
        ["POST technology (invalid)"] =   [401, 403, 403, 403, 403, 403, 400, 403, 403, 403, 400, 400],
        ["PUT technology"] =              [401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 204, 403],
        ["PUT technology (unknown)"] =    [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["GET technology"] =              [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET mine"] =                    [401, 403, 403, 403, 403, 403, 200, 403, 403, 403, 200, 200],
        ["POST import (dry run)"] =       [401, 403, 403, 403, 403, 403, 200, 403, 403, 403, 200, 200],
        ["POST import (bad dryRun)"] =    [401, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400],
        ["GET template"] =                [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE new"] =                    [302, 403, 403, 403, 403, 403, 200, 403, 403, 403, 200, 200],
        ["PAGE edit"] =                   [302, 403, 403, 403, 403, 403, 302, 403, 403, 403, 200, 302],
        ["PAGE edit (unknown)"] =         [302, 403, 403, 403, 403, 403, 404, 403, 403, 403, 404, 404],
        ["PAGE mine"] =                   [302, 403, 403, 403, 403, 403, 200, 403, 403, 403, 200, 200],
        ["PAGE import"] =                 [302, 403, 403, 403, 403, 403, 200, 403, 403, 403, 200, 200],
        ["PAGE technology"] =             [302, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET materials"] =               [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET materials (unknown)"] =     [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST material"] =               [401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 201, 403],
        ["POST material (docx)"] =        [401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403],
        ["GET material file"] =           [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["DELETE material"] =             [401, 403, 403, 403, 403, 403, 403, 403, 403, 204, 204, 403],
    };

    public static TheoryData<string> Rows() => [.. Matrix.Keys];

    [Fact]
    public async Task Matrix_DemoCoordinator_BelongsToAResearchInstituteOrUniversity()
    {
        var coordinator = await fixture.UserIdAsync(DemoEmail(Core.Accounts.Roles.Coordinator));
        var kind = await fixture.QueryAsync(db => db.Users.Where(u => u.Id == coordinator).Join(db.Organizations, u => u.OrganizationId, o => (Guid?)o.Id, (u, o) => o.Kind).SingleAsync());
        Assert.Contains(kind, new[] { Core.Directory.OrganizationKind.ResearchInstitute, Core.Directory.OrganizationKind.University });
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Row_EveryCaller_AnswersTheExpectedStatus(string row)
    {
        var callers = await fixture.CallersAsync();
        callers[Member] = await fixture.MemberClientAsync();
        callers[OtherMember] = await fixture.OtherMemberClientAsync();
        var mismatches = new List<string>();
        for (var column = 0; column < Columns.Length; column++)
        {
            using var response = await SendAsync(row, callers[Columns[column]]);
            var location = response.RedirectPath();
            var expected = Matrix[row][column];
            if (Columns[column] == Core.Accounts.Roles.Coordinator && column != 6)
            {
                throw new InvalidOperationException("The coordinator column moved.");
            }

            var redirectOk = (int)response.StatusCode != 302
                || location?.StartsWith(Columns[column] == CallerMatrix.Anonymous ? "/account/login" : "/account/denied", StringComparison.Ordinal) == true;
            if ((int)response.StatusCode != expected || !redirectOk)
            {
                mismatches.Add($"{row} as {Columns[column]}: expected {expected}, got {(int)response.StatusCode} {location}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    private static string DemoEmail(string role) => Core.Accounts.DemoAccounts.All.First(a => a.Roles.Contains(role)).Email;

    private async Task<HttpResponseMessage> SendAsync(string row, HttpClient client) => row switch
    {
        "POST technology" => await client.PostAsJsonAsync(TechnologiesApi, Listing($"A-{Guid.NewGuid():N}"[..20])),
        "POST technology (invalid)" => await client.PostAsJsonAsync(TechnologiesApi, new { titleKo = "", summary = "" }),
        "PUT technology" => await client.PutAsJsonAsync($"{TechnologiesApi}/{await fixture.NewListingAsync()}", Listing($"P-{Guid.NewGuid():N}"[..20], "수정한 제목")),
        "PUT technology (unknown)" => await client.PutAsJsonAsync($"{TechnologiesApi}/{Guid.NewGuid()}", Listing("U-1")),
        "GET technology" => await client.GetAsync($"{TechnologiesApi}/{await fixture.NewListingAsync()}"),
        "GET mine" => await client.GetAsync($"{TechnologiesApi}/mine"),
        "POST import (dry run)" => await UploadAsync(client, "listings.csv", Csv($"I-{Guid.NewGuid():N}"[..20]), dryRun: true),
        "POST import (bad dryRun)" => await client.PostAsync($"{TechnologiesApi}/import?dryRun=maybe", new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "a.csv" } }),
        "GET template" => await client.GetAsync($"{TechnologiesApi}/import/template?format=csv&lang=en"),
        "PAGE new" => await client.GetAsync("/marketplace/technologies/new"),
        "PAGE edit" => await client.GetAsync($"/marketplace/technologies/{await fixture.NewListingAsync()}/edit"),
        "PAGE edit (unknown)" => await client.GetAsync($"/marketplace/technologies/{Guid.NewGuid()}/edit"),
        "PAGE mine" => await client.GetAsync("/marketplace/technologies/mine"),
        "PAGE import" => await client.GetAsync("/marketplace/technologies/import"),
        "PAGE technology" => await client.GetAsync($"/marketplace/technologies/{await fixture.NewListingAsync()}"),
        "GET materials" => await client.GetAsync($"{TechnologiesApi}/{await fixture.NewListingAsync()}/materials"),
        "GET materials (unknown)" => await client.GetAsync($"{TechnologiesApi}/{Guid.NewGuid()}/materials"),
        "POST material" => await UploadMaterialAsync(client, await fixture.NewListingAsync(), "slides.pdf", Pdf),
        "POST material (docx)" => await UploadMaterialAsync(client, await fixture.NewListingAsync(), "contract.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]),
        "GET material file" => await client.GetAsync($"/api/v1/attachments/{await fixture.NewMaterialAsync()}"),
        "DELETE material" => await client.DeleteAsync($"/api/v1/attachments/{await fixture.NewMaterialAsync()}"),
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, null),
    };
}

[Collection(OnSqlite.Name)]
public sealed class TechnologyListingAuthorizationSqliteTests(SqliteAppFixture fixture) : TechnologyListingAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class TechnologyListingAuthorizationPostgresTests(PostgresAppFixture fixture) : TechnologyListingAuthorizationTests(fixture);
