namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>
/// An inquiry thread's state: open for messages; closed by either party (no more messages); hidden by an administrator
/// after an abuse report (no more messages, out of every list, kept for the record).
/// </summary>
public enum InquiryStatus
{
    Open,
    Closed,
    Hidden,
}
