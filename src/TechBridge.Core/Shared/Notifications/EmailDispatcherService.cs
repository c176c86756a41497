using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Runs the dispatcher in the background: sends what is due, then sleeps until the next mail is due, the poll interval
/// passes, or a commit signals new mail. A database or mail-server outage is logged and retried, never fatal to the app.
/// </summary>
internal sealed partial class EmailDispatcherService(
    EmailDispatcher dispatcher, OutboxSignal signal, IOptions<EmailOptions> options, ILogger<EmailDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                while (await dispatcher.DispatchDueAsync(stoppingToken) >= options.Value.BatchSize)
                {
                    // A full batch: there may be more due right away.
                }

                wait = await dispatcher.UntilNextDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(ex);
                wait = options.Value.PollInterval;
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The e-mail dispatcher could not read or update the outbox; it tries again at the next poll")]
    private partial void LogFailed(Exception error);
}
