using MimeKit;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Turns an outbox row into a MIME message: text and HTML alternatives (multipart/mixed with the attachment when the row
/// has one), and a Message-Id derived from the row.
/// </summary>
internal static class EmailMessages
{
    public static MimeMessage Build(OutgoingEmail email, EmailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(new MailboxAddress(email.ToName ?? string.Empty, email.To));
        message.Subject = email.Subject;
        message.Date = email.CreatedAt;
        // The same row always gets the same id, so a receiver can recognise a mail sent twice after a lost claim.
        var domain = options.From.Contains('@', StringComparison.Ordinal) ? options.From[(options.From.LastIndexOf('@') + 1)..] : "techbridge.local";
        message.MessageId = $"{email.Id:N}@{domain}";
        message.Headers.Add(HeaderId.ContentLanguage, email.Culture);
        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        if (email.AttachmentContent is { } content && email.AttachmentFileName is { } fileName)
        {
            body.Attachments.Add(fileName, content, ContentType.Parse(email.AttachmentContentType ?? "application/octet-stream"));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
