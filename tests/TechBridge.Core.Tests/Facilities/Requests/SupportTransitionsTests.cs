using TechBridge.Core.Facilities.Requests;

namespace TechBridge.Core.Tests.Facilities.Requests;

/// <summary>The state machines of a request and of a part, every (status, action) pair.</summary>
public sealed class SupportTransitionsTests
{
    public static TheoryData<SupportRequestStatus, SupportRequestAction, SupportRequestStatus?> RequestPairs()
    {
        var legal = new Dictionary<(SupportRequestStatus, SupportRequestAction), SupportRequestStatus>
        {
            [(SupportRequestStatus.Submitted, SupportRequestAction.Ask)] = SupportRequestStatus.AwaitingCompany,
            [(SupportRequestStatus.InProgress, SupportRequestAction.Ask)] = SupportRequestStatus.AwaitingCompany,
            [(SupportRequestStatus.AwaitingCompany, SupportRequestAction.Answer)] = SupportRequestStatus.InProgress,
            [(SupportRequestStatus.Submitted, SupportRequestAction.Cancel)] = SupportRequestStatus.Cancelled,
            [(SupportRequestStatus.AwaitingCompany, SupportRequestAction.Cancel)] = SupportRequestStatus.Cancelled,
            [(SupportRequestStatus.InProgress, SupportRequestAction.Cancel)] = SupportRequestStatus.Cancelled,
            [(SupportRequestStatus.Submitted, SupportRequestAction.Close)] = SupportRequestStatus.Closed,
            [(SupportRequestStatus.AwaitingCompany, SupportRequestAction.Close)] = SupportRequestStatus.Closed,
            [(SupportRequestStatus.InProgress, SupportRequestAction.Close)] = SupportRequestStatus.Closed,
        };
        var data = new TheoryData<SupportRequestStatus, SupportRequestAction, SupportRequestStatus?>();
        foreach (var from in Enum.GetValues<SupportRequestStatus>())
        {
            foreach (var action in Enum.GetValues<SupportRequestAction>())
            {
                data.Add(from, action, legal.TryGetValue((from, action), out var to) ? to : null);
            }
        }

        return data;
    }

    public static TheoryData<SupportAssignmentStatus, SupportAssignmentAction, SupportAssignmentStatus?> PartPairs()
    {
        var legal = new Dictionary<(SupportAssignmentStatus, SupportAssignmentAction), SupportAssignmentStatus>
        {
            [(SupportAssignmentStatus.Assigned, SupportAssignmentAction.Quote)] = SupportAssignmentStatus.Quoted,
            [(SupportAssignmentStatus.Quoted, SupportAssignmentAction.Quote)] = SupportAssignmentStatus.Quoted,
            [(SupportAssignmentStatus.Assigned, SupportAssignmentAction.Decline)] = SupportAssignmentStatus.Declined,
            [(SupportAssignmentStatus.Quoted, SupportAssignmentAction.Decline)] = SupportAssignmentStatus.Declined,
            [(SupportAssignmentStatus.Quoted, SupportAssignmentAction.Accept)] = SupportAssignmentStatus.Accepted,
            [(SupportAssignmentStatus.Quoted, SupportAssignmentAction.Reject)] = SupportAssignmentStatus.Rejected,
        };
        var data = new TheoryData<SupportAssignmentStatus, SupportAssignmentAction, SupportAssignmentStatus?>();
        foreach (var from in Enum.GetValues<SupportAssignmentStatus>())
        {
            foreach (var action in Enum.GetValues<SupportAssignmentAction>())
            {
                data.Add(from, action, legal.TryGetValue((from, action), out var to) ? to : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequestPairs))]
    public void RequestNext_EveryStatusAndAction_IsTheTableEntry(SupportRequestStatus from, SupportRequestAction action, SupportRequestStatus? expected) =>
        Assert.Equal(expected, SupportRequestTransitions.Next(from, action));

    [Theory]
    [MemberData(nameof(PartPairs))]
    public void PartNext_EveryStatusAndAction_IsTheTableEntry(SupportAssignmentStatus from, SupportAssignmentAction action, SupportAssignmentStatus? expected) =>
        Assert.Equal(expected, SupportAssignmentService.Next(from, action));

    [Fact]
    public void IsOpen_Statuses_OnlyTheWaitingOnes()
    {
        Assert.Equal(
            [SupportRequestStatus.Submitted, SupportRequestStatus.AwaitingCompany, SupportRequestStatus.InProgress],
            Enum.GetValues<SupportRequestStatus>().Where(s => s.IsOpen()));
        Assert.Equal([SupportAssignmentStatus.Assigned, SupportAssignmentStatus.Quoted], Enum.GetValues<SupportAssignmentStatus>().Where(s => s.IsOpen()));
    }
}
