using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Jobs;

namespace TechBridge.Core.Shared.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// The notifier (inbox + outbox on the caller's context), the renderer, and the background dispatcher that sends the
    /// outbox through SMTP (<c>Email:Host</c> set) or into the pickup directory. Hosts bind <see cref="EmailOptions"/> and
    /// <see cref="NotificationOptions"/> from configuration.
    /// </summary>
    public static IServiceCollection AddTechBridgeNotifications(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>();
        services.AddOptions<NotificationOptions>();
        services.AddOptions<DigestOptions>().Validate(o => o.DigestHourKst is >= 0 and <= 23, "Notifications:DigestHourKst must be an hour from 0 to 23.")
            .ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxCommitInterceptor>();
        services.ConfigureDbContext<TechBridgeDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>()));
        services.AddSingleton<NoticeRenderer>();
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<InboxQueries>();
        services.AddScoped<InboxService>();
        services.AddScoped<NotificationSettingsService>();
        services.AddScoped<NoticeDigest>();
        services.AddRecurringJob<NoticeDigestJob>(NoticeDigestJob.Name, NoticeDigestJob.Interval);
        services.AddSingleton<IEmailSender>(CreateSender);
        services.AddSingleton<EmailDispatcher>();
        services.AddHostedService<EmailDispatcherService>();
        return services;
    }

    private static IEmailSender CreateSender(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<EmailOptions>>();
        if (options.Value.UsesSmtp)
        {
            return new SmtpEmailSender(options);
        }

        var dataDirectory = services.GetRequiredService<DatabaseSettings>().DataDirectory;
        var directory = Path.GetFullPath(options.Value.PickupDirectory ?? "mail", dataDirectory);
        return new PickupDirectoryEmailSender(directory, services.GetRequiredService<ILogger<PickupDirectoryEmailSender>>());
    }
}
