namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>How a user stands to a thread: its sender, on its recipient side, or an overseer (program manager or administrator) who only reads.</summary>
public enum InquirySide
{
    Sender,
    Recipient,
    Overseer,
}
