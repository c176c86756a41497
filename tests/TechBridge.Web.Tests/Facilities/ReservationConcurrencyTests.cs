using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// Bookings racing over HTTP on one item: overlapping periods give exactly one reservation and 409 for the rest; one
/// Idempotency-Key sent many times at once gives one reservation that every attempt answers with. Never a 5xx.
/// </summary>
public abstract class ReservationConcurrencyTests(AppFixture fixture)
{
    private const int Overlapping = 64;
    private const int Retries = 32;

    [Fact]
    public async Task Book_64ParallelOverlappingPeriods_ExactlyOneCreatedAndThe63OthersConflict()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company); // HttpClient and its cookie container are safe to share between requests
        var day = Day(70);

        // Every period contains [11:03, 12:00): each pair overlaps, and no two requests are the same period.
        var responses = await Task.WhenAll(Enumerable.Range(0, Overlapping).Select(i =>
            PostAsync(client, equipment, At(day, 10, i), At(day, 12, i), key: null)));

        var statuses = responses.Select(r => (int)r.Status).ToList();
        Assert.DoesNotContain(statuses, s => s >= 500);
        Assert.Equal(1, statuses.Count(s => s == 201));
        Assert.Equal(Overlapping - 1, statuses.Count(s => s == 409));
        var winner = responses.Single(r => r.Status == HttpStatusCode.Created).Body;
        Assert.All(responses.Where(r => r.Status == HttpStatusCode.Conflict), r =>
            Assert.Equal(winner.GetProperty("start").GetDateTimeOffset(), r.Body.GetProperty("conflict").GetProperty("start").GetDateTimeOffset()));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Reservations.CountAsync(r => r.EquipmentId == equipment)));
    }

    [Fact]
    public async Task Book_32ParallelRetriesOfOneIdempotencyKey_AllAnswerTheOneReservation()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(71);
        var key = $"parallel-{Guid.NewGuid():N}";

        var responses = await Task.WhenAll(Enumerable.Range(0, Retries).Select(_ =>
            PostAsync(client, equipment, At(day, 14), At(day, 16), key)));

        Assert.True(responses.All(r => r.Status == HttpStatusCode.Created),
            string.Join('\n', responses.Where(r => r.Status != HttpStatusCode.Created).Select(r => $"{(int)r.Status} {r.Body}")));
        Assert.Single(responses.Select(r => r.Body.GetProperty("id").GetGuid()).Distinct());
        Assert.Equal(Retries - 1, responses.Count(r => r.Replayed));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Reservations.CountAsync(r => r.EquipmentId == equipment)));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Reservations.CountAsync(r => r.IdempotencyKey == key)));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body, bool Replayed)> PostAsync(
        HttpClient client, Guid equipment, DateTimeOffset start, DateTimeOffset end, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/facilities/equipment/{equipment}/reservations")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { start = Iso(start), end = Iso(end), purpose = "동시 예약" }), Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text);
        return (response.StatusCode, body, response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Single() == "true");
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReservationConcurrencySqliteTests(SqliteAppFixture fixture) : ReservationConcurrencyTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReservationConcurrencyPostgresTests(PostgresAppFixture fixture) : ReservationConcurrencyTests(fixture);
