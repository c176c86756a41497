using TechBridge.Core.Facilities.Disposals;

namespace TechBridge.Core.Tests.Facilities.Disposals;

/// <summary>The disposal state machine, every (status, action) pair.</summary>
public sealed class DisposalTransitionsTests
{
    public static readonly Dictionary<(DisposalStatus, DisposalAction), DisposalStatus> Legal = new()
    {
        [(DisposalStatus.Proposed, DisposalAction.ApproveTransfer)] = DisposalStatus.ApprovedForTransfer,
        [(DisposalStatus.Proposed, DisposalAction.ApproveDisposal)] = DisposalStatus.ApprovedForDisposal,
        [(DisposalStatus.Proposed, DisposalAction.Reject)] = DisposalStatus.Rejected,
        [(DisposalStatus.Proposed, DisposalAction.Withdraw)] = DisposalStatus.Withdrawn,
        [(DisposalStatus.ApprovedForTransfer, DisposalAction.AcceptTransfer)] = DisposalStatus.TransferAccepted,
        [(DisposalStatus.ApprovedForTransfer, DisposalAction.DeclineTransfer)] = DisposalStatus.Proposed,
        [(DisposalStatus.ApprovedForDisposal, DisposalAction.RecordDisposal)] = DisposalStatus.Disposed,
    };

    public static TheoryData<DisposalStatus, DisposalAction, DisposalStatus?> Pairs()
    {
        var data = new TheoryData<DisposalStatus, DisposalAction, DisposalStatus?>();
        foreach (var from in Enum.GetValues<DisposalStatus>())
        {
            foreach (var action in Enum.GetValues<DisposalAction>())
            {
                data.Add(from, action, Legal.TryGetValue((from, action), out var to) ? to : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Next_EveryStatusAndAction_IsTheTableEntry(DisposalStatus from, DisposalAction action, DisposalStatus? expected) =>
        Assert.Equal(expected, DisposalTransitions.Next(from, action));

    [Fact]
    public void IsOpen_Statuses_OnlyTheWaitingOnes() =>
        Assert.Equal([DisposalStatus.Proposed, DisposalStatus.ApprovedForTransfer, DisposalStatus.ApprovedForDisposal],
            Enum.GetValues<DisposalStatus>().Where(s => s.IsOpen()));

    [Fact]
    public void EventOf_EveryAction_HasItsOwnKind() =>
        Assert.Equal(Enum.GetValues<DisposalAction>().Length, Enum.GetValues<DisposalAction>().Select(DisposalTransitions.EventOf).Distinct().Count());
}
