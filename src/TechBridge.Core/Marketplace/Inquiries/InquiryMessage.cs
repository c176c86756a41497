namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>One message of an inquiry thread (plain text); its files are attachments of owner type <c>InquiryMessage</c>.</summary>
public sealed class InquiryMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InquiryId { get; init; }
    public Guid AuthorUserId { get; init; }
    public string Body { get; init; } = string.Empty;
    public DateTimeOffset SentAt { get; init; }
}
