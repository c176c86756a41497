namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>A read receipt: when a user last read a thread (every message sent until then counts as read by them).</summary>
public sealed class InquiryRead
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InquiryId { get; init; }
    public Guid UserId { get; init; }
    public DateTimeOffset ReadAt { get; set; }
}
