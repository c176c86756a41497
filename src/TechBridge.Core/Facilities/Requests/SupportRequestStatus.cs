namespace TechBridge.Core.Facilities.Requests;

public enum SupportRequestStatus
{
    /// <summary>Waiting for a coordinator to route it (again, when every part so far was declined).</summary>
    Submitted,

    /// <summary>A coordinator asked the company a question; the company's answer returns it to the coordinators.</summary>
    AwaitingCompany,

    /// <summary>Parts are with centers or with the company (quotes to accept).</summary>
    InProgress,

    /// <summary>No part is open any more and at least one was accepted.</summary>
    Completed,

    /// <summary>Withdrawn by the company.</summary>
    Cancelled,

    /// <summary>Closed by a coordinator with a reason (it cannot be served).</summary>
    Closed,
}

public static class SupportRequestStatuses
{
    /// <summary>The statuses in which the request still waits on someone, for queries (<c>Open.Contains(r.Status)</c>).</summary>
    public static readonly SupportRequestStatus[] Open = [SupportRequestStatus.Submitted, SupportRequestStatus.AwaitingCompany, SupportRequestStatus.InProgress];

    public static bool IsOpen(this SupportRequestStatus status) => Open.Contains(status);
}
