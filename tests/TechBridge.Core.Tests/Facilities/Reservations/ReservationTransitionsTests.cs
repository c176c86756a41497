using TechBridge.Core.Facilities.Reservations;

namespace TechBridge.Core.Tests.Facilities.Reservations;

public sealed class ReservationTransitionsTests
{
    private static readonly Dictionary<(ReservationStatus, ReservationAction), ReservationStatus> Legal = new()
    {
        [(ReservationStatus.Held, ReservationAction.Confirm)] = ReservationStatus.Requested,
        [(ReservationStatus.Held, ReservationAction.Cancel)] = ReservationStatus.Cancelled,
        [(ReservationStatus.Held, ReservationAction.Expire)] = ReservationStatus.Expired,
        [(ReservationStatus.Requested, ReservationAction.Approve)] = ReservationStatus.Confirmed,
        [(ReservationStatus.Requested, ReservationAction.Decline)] = ReservationStatus.Declined,
        [(ReservationStatus.Requested, ReservationAction.Cancel)] = ReservationStatus.Cancelled,
        [(ReservationStatus.Confirmed, ReservationAction.CheckIn)] = ReservationStatus.CheckedIn,
        [(ReservationStatus.Confirmed, ReservationAction.Cancel)] = ReservationStatus.Cancelled,
        [(ReservationStatus.Confirmed, ReservationAction.NoShow)] = ReservationStatus.NoShow,
        [(ReservationStatus.CheckedIn, ReservationAction.CheckOut)] = ReservationStatus.Completed,
    };

    /// <summary>Every (status, action) pair with the status it leads to, or null when it is refused.</summary>
    public static TheoryData<ReservationStatus, ReservationAction, ReservationStatus?> AllPairs()
    {
        var data = new TheoryData<ReservationStatus, ReservationAction, ReservationStatus?>();
        foreach (var from in Enum.GetValues<ReservationStatus>())
        {
            foreach (var action in Enum.GetValues<ReservationAction>())
            {
                data.Add(from, action, Legal.TryGetValue((from, action), out var to) ? to : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Next_EveryStatusAndAction_GivesTheListedStatusOrNull(ReservationStatus from, ReservationAction action, ReservationStatus? expected)
    {
        Assert.Equal(expected, ReservationTransitions.Next(from, action));
        Assert.Equal(expected is not null, ReservationTransitions.AllowedFrom(from).Contains(action));
    }

    [Fact]
    public void AllPairs_CoverEveryStatusAndAction()
    {
        Assert.Equal(Enum.GetValues<ReservationStatus>().Length * Enum.GetValues<ReservationAction>().Length, AllPairs().Count);
    }

    [Fact]
    public void Next_ConfirmHoldWithoutApproval_IsConfirmed()
    {
        Assert.Equal(ReservationStatus.Confirmed, ReservationTransitions.Next(ReservationStatus.Held, ReservationAction.Confirm, requiresApproval: false));
        Assert.Equal(ReservationStatus.Requested, ReservationTransitions.Next(ReservationStatus.Held, ReservationAction.Confirm, requiresApproval: true));
    }

    [Fact]
    public void Next_WithoutApproval_ChangesNothingButConfirmingAHold()
    {
        foreach (var ((from, action), to) in Legal.Where(m => m.Key != (ReservationStatus.Held, ReservationAction.Confirm)))
        {
            Assert.Equal(to, ReservationTransitions.Next(from, action, requiresApproval: false));
        }
    }

    [Fact]
    public void Active_HoldRequestedConfirmedCheckedIn_OthersAreFinal()
    {
        Assert.Equal(
            [ReservationStatus.Held, ReservationStatus.Requested, ReservationStatus.Confirmed, ReservationStatus.CheckedIn],
            Enum.GetValues<ReservationStatus>().Where(s => s.IsActive()));
        Assert.All(Enum.GetValues<ReservationStatus>().Where(s => !s.IsActive()), s => Assert.Empty(ReservationTransitions.AllowedFrom(s)));
    }
}
