using Microsoft.Extensions.Logging;
using MimeKit;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Development without a mail server: writes each message as an .eml file (any mail program opens it) and logs where.
/// The file appears complete or not at all (written aside, then moved in).
/// </summary>
internal sealed partial class PickupDirectoryEmailSender(string directory, ILogger<PickupDirectoryEmailSender> logger) : IEmailSender
{
    public string Directory { get; } = directory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        var path = Path.Combine(Directory, name);
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
        LogWritten(message.To.ToString(), path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail to {To} written to {Path} (no Email:Host configured)")]
    private partial void LogWritten(string to, string path);
}
