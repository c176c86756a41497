using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>Packages over the API: create with its ETag, field problems with nothing saved, If-Match, retire, filters, and the English problem text.</summary>
public abstract class PackageApiTests(AppFixture fixture)
{
    [Fact]
    public async Task Create_OperatorOfTheCenter_Answers201WithPriceVatAndComponents()
    {
        var client = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var equipment = await fixture.NewEquipmentAsync();

        var created = await client.PostAsJsonAsync($"/api/v1/facilities/centers/{await fixture.DemoCenterAsync()}/packages", PackageWorld.Body(equipment));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((330_000L, 33_000L, 363_000L, "Active"),
            (body.GetProperty("priceKrw").GetInt64(), body.GetProperty("vatKrw").GetInt64(), body.GetProperty("totalKrw").GetInt64(), body.GetProperty("status").GetString()));
        Assert.Equal(2, body.GetProperty("components").GetArrayLength());
        var listed = await (await fixture.SignedInAsAsync(Roles.Company)).GetFromJsonAsync<JsonElement>($"/api/v1/facilities/packages?equipmentId={equipment}");
        Assert.Equal(body.GetProperty("id").GetGuid(), listed.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Create_BadInput_Answers400WithEveryFieldInEnglishAndSavesNothing()
    {
        var client = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var response = await client.PostAsJsonAsync($"/api/v1/facilities/centers/{await fixture.DemoCenterAsync()}/packages?culture=en",
            new { nameKo = "", priceKrw = 0, components = new[] { new { kind = "EquipmentUse", quantity = 0, unit = "Hours" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var keys = errors.EnumerateObject().Select(p => p.Name).ToList();
        foreach (var field in new[] { "NameKo", "PriceKrw", "Components[0].Quantity", "Components[0].EquipmentId" })
        {
            Assert.Contains(keys, k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains("Choose the equipment", errors.ToString(), StringComparison.Ordinal);
        Assert.False(await fixture.QueryAsync(db => db.ServicePackages.AnyAsync(p => p.NameKo == "")));
    }

    [Fact]
    public async Task UpdateAndRetire_WithIfMatch_StaleIs412AndTheRetiredPackageIsGoneForOthers()
    {
        var id = await fixture.NewPackageAsync(name: "버전 확인 패키지");
        var client = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var body = PackageWorld.Body(await fixture.NewEquipmentAsync(), "버전 확인 패키지 2");

        var fresh = await SendAsync(client, HttpMethod.Put, $"/api/v1/facilities/packages/{id}", "\"1\"", body);
        var stale = await SendAsync(client, HttpMethod.Put, $"/api/v1/facilities/packages/{id}", "\"1\"", body);
        var retired = await SendAsync(client, HttpMethod.Post, $"/api/v1/facilities/packages/{id}/retire", "\"2\"", null);
        var again = await SendAsync(client, HttpMethod.Post, $"/api/v1/facilities/packages/{id}/retire", null, null);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.PreconditionFailed, HttpStatusCode.NoContent, HttpStatusCode.Conflict),
            (fresh.StatusCode, stale.StatusCode, retired.StatusCode, again.StatusCode));
        Assert.Equal("\"2\"", stale.Headers.ETag?.Tag);
        var company = await fixture.SignedInAsAsync(Roles.Company);
        Assert.Equal(HttpStatusCode.NotFound, (await company.GetAsync($"/api/v1/facilities/packages/{id}")).StatusCode);
        var own = await client.GetFromJsonAsync<JsonElement>($"/api/v1/facilities/packages/{id}");
        Assert.Equal(("Retired", "버전 확인 패키지 2"), (own.GetProperty("status").GetString(), own.GetProperty("nameKo").GetString()));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? ifMatch, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return await client.SendAsync(request);
    }
}

[Collection(OnSqlite.Name)]
public sealed class PackageApiSqliteTests(SqliteAppFixture fixture) : PackageApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class PackageApiPostgresTests(PostgresAppFixture fixture) : PackageApiTests(fixture);
