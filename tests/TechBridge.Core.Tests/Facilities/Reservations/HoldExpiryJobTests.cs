using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Jobs;
using static TechBridge.Core.Tests.Facilities.Reservations.BookingWorld;

namespace TechBridge.Core.Tests.Facilities.Reservations;

/// <summary>The hold sweep as Core registers it: a recurring job resolved from its own scope, as Quartz resolves it per run.</summary>
public sealed class HoldExpiryJobTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RunAsync_HoldWhoseTimeRanOut_ExpiresOnlyThatHold(string provider)
    {
        await using var world = await StartAsync(provider);
        var hold = await world.BookAsync(Kst(11, 10), Kst(11, 12), hold: true);
        world.Time.Advance(TimeSpan.FromHours(1));
        var fresh = await world.BookAsync(Kst(11, 13), Kst(11, 15), hold: true);
        world.Time.Advance(ReservationLimits.DefaultHold - TimeSpan.FromHours(1) - TimeSpan.FromMinutes(1));
        await RunJobAsync(world);
        Assert.Equal(ReservationStatus.Held, (await world.ReservationAsync(hold)).Status);

        world.Time.Advance(TimeSpan.FromMinutes(1));
        await RunJobAsync(world);

        Assert.Equal(ReservationStatus.Expired, (await world.ReservationAsync(hold)).Status);
        Assert.Equal(ReservationStatus.Held, (await world.ReservationAsync(fresh)).Status);
    }

    private static async Task RunJobAsync(BookingWorld world)
    {
        // HoldExpiryJob is internal to Core; it is resolved the way the scheduler resolves it, by its registered type.
        var type = typeof(ReservationService).Assembly.GetType("TechBridge.Core.Facilities.Reservations.HoldExpiryJob", throwOnError: true)!;
        await using var scope = world.Host.Services.CreateAsyncScope();
        var job = Assert.IsAssignableFrom<IRecurringJob>(scope.ServiceProvider.GetRequiredService(type));
        await job.RunAsync(CancellationToken.None);
    }
}
