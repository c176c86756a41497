namespace TechBridge.Core.Shared.Notifications;

/// <summary>A file sent with an e-mail, such as a calendar invitation (content type with its parameters, e.g. <c>method=REQUEST</c>).</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>A notice's attachment, made in the language of each recipient.</summary>
public interface INoticeAttachment
{
    /// <param name="culture">"ko" or "en".</param>
    EmailAttachment For(string culture);
}
