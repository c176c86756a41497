namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>A party's report of an abusive thread, until an administrator dismisses it or hides the thread.</summary>
public sealed class InquiryReport
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InquiryId { get; init; }
    public Guid ReporterId { get; init; }
    public string Reason { get; init; } = string.Empty;
    public DateTimeOffset ReportedAt { get; init; }
    public InquiryReportStatus Status { get; set; }
    public Guid? ResolvedById { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

/// <summary>Open until an administrator resolves it: dismissed (nothing wrong) or upheld (the thread is hidden).</summary>
public enum InquiryReportStatus
{
    Open,
    Dismissed,
    Upheld,
}

/// <summary>What an administrator decides on a report.</summary>
public enum InquiryReportResolution
{
    Dismiss,
    Hide,
}
