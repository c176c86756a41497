using Microsoft.EntityFrameworkCore;
using Npgsql;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities.Reservations;
using static TechBridge.Core.Tests.Facilities.Reservations.BookingWorld;

namespace TechBridge.Core.Tests.Facilities.Reservations;

/// <summary>Parallel bookings, each in its own DI scope (its own DbContext and connection), as parallel requests would make them.</summary>
public sealed class ReservationConcurrencyTests
{
    /// <summary>Books in parallel; true when booked, false when refused as a conflict; any other exception fails the test.</summary>
    private static async Task<bool[]> BookInParallelAsync(BookingWorld world, IEnumerable<(Guid User, Guid Equipment, ReservationInput Input, string? Key)> attempts)
    {
        using var start = new ManualResetEventSlim();
        var tasks = attempts.Select(a => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await world.BookAsync(a.User, a.Equipment, a.Input, a.Key);
                return true;
            }
            catch (ReservationConflictException)
            {
                return false;
            }
        })).ToList();
        start.Set();
        return await Task.WhenAll(tasks);
    }

    private static async Task<Guid[]> CompanyUsersAsync(BookingWorld world, int count)
    {
        var users = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            users[i] = (await world.CompanyUserAsync($"동시예약기업 {i:00}")).User;
        }

        return users;
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_64ParallelOverlappingAttempts_ExactlyOneSucceedsOthersConflict(string provider)
    {
        await using var world = await StartAsync(provider);
        var users = await CompanyUsersAsync(world, 4);

        // Every attempt covers 13:00–14:00: any two overlap.
        var outcomes = await BookInParallelAsync(world, Enumerable.Range(0, 64).Select(i =>
            (users[i % users.Length], world.Equipment, Input(Kst(4, 9 + (i % 5)), Kst(4, 14 + (i % 4))), (string?)null)));

        Assert.Equal(1, outcomes.Count(o => o));
        Assert.Equal(1, await world.Host.QueryAsync(db => db.Reservations.CountAsync()));
        Assert.Equal(0, await world.OverlappingActivePairsAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_8ItemsTimes16RandomAttempts_NoActivePairOverlaps(string provider)
    {
        await using var world = await StartAsync(provider);
        var users = await CompanyUsersAsync(world, 4);
        var items = new List<Guid> { world.Equipment };
        for (var i = 1; i < 8; i++)
        {
            items.Add(await world.EquipmentAsync(world.Center));
        }

        var random = new Random(20260304);
        var attempts = items.SelectMany(item => Enumerable.Range(0, 16).Select(_ =>
        {
            var startHour = random.Next(9, 17);
            var endHour = Math.Min(18, startHour + random.Next(1, 4));
            return (users[random.Next(users.Length)], item, Input(Kst(4, startHour), Kst(4, endHour)), (string?)null);
        })).ToList();

        var outcomes = await BookInParallelAsync(world, attempts);

        Assert.Equal(0, await world.OverlappingActivePairsAsync());
        Assert.Equal(outcomes.Count(o => o), await world.Host.QueryAsync(db => db.Reservations.CountAsync()));
        Assert.All(items, item => Assert.Contains(attempts.Zip(outcomes), p => p.First.Item2 == item && p.Second));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_32ParallelRetriesWithOneKey_OneReservationAllAnswerIt(string provider)
    {
        await using var world = await StartAsync(provider);
        var input = Input(Kst(4, 10), Kst(4, 12));
        using var start = new ManualResetEventSlim();

        var tasks = Enumerable.Range(0, 32).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await world.BookAsync(world.CompanyUser, world.Equipment, input, "retry-key-1");
        })).ToList();
        start.Set();
        var answers = await Task.WhenAll(tasks);

        var id = Assert.Single(await world.Host.QueryAsync(db => db.Reservations.Select(r => r.Id).ToListAsync()));
        Assert.All(answers, a => Assert.Equal(id, a.Id));
        Assert.Single(answers, a => !a.Replayed);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_ParallelAttemptsOverAnExpiredHold_OneSucceedsOthersConflict(string provider)
    {
        await using var world = await StartAsync(provider);
        var hold = await world.BookAsync(Kst(11, 10), Kst(11, 12), hold: true);
        world.Time.Advance(ReservationLimits.DefaultHold);
        var users = await CompanyUsersAsync(world, 4);

        var outcomes = await BookInParallelAsync(world, Enumerable.Range(0, 16).Select(i =>
            (users[i % users.Length], world.Equipment, Input(Kst(11, 10), Kst(11, 12)), (string?)null)));

        Assert.Equal(1, outcomes.Count(o => o));
        Assert.Equal(ReservationStatus.Expired, (await world.ReservationAsync(hold)).Status);
        Assert.Equal(0, await world.OverlappingActivePairsAsync());
    }

    [Theory]
    [InlineData("postgres")]
    public async Task SaveChanges_OverlappingActiveRowsOnPostgres_AreRefusedByTheExclusionConstraint(string provider)
    {
        await using var world = await StartAsync(provider);
        var first = await world.ReservationAsync(await world.BookAsync(Kst(4, 10), Kst(4, 12)));
        Reservation Row(ReservationStatus status, DateTimeOffset start) => new()
        {
            EquipmentId = world.Equipment, CompanyId = world.Company, RequestedById = world.CompanyUser, Start = start.ToUniversalTime(),
            End = start.AddHours(2).ToUniversalTime(), Purpose = "직접 입력", Status = status, CreatedAt = first.CreatedAt, UpdatedAt = first.CreatedAt,
        };

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => world.Host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.Reservations.Add(Row(ReservationStatus.Held, Kst(4, 11)));
            return db.SaveChangesAsync();
        }));

        Assert.Equal("EX_Reservations_NoOverlap", Assert.IsType<PostgresException>(refused.InnerException).ConstraintName);
        await world.Host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.Reservations.Add(Row(ReservationStatus.Cancelled, Kst(4, 11))); // not active
            db.Reservations.Add(Row(ReservationStatus.Confirmed, Kst(4, 12))); // touching
            return db.SaveChangesAsync();
        });
        Assert.Equal(0, await world.OverlappingActivePairsAsync());
    }
}
