using MimeKit;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>Hands one message to the mail system (an SMTP server, or the pickup directory in development).</summary>
public interface IEmailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
