using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace TechBridge.Testing;

/// <summary>
/// A real SMTP server (the SmtpServer package, speaking the protocol) on a free loopback port for tests of anything that
/// sends mail: it keeps every message it accepts, can refuse the next N (or every) message, and lets a test wait for the
/// messages it expects with a timeout. Point the app at it with <see cref="EmailSettings"/>.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Store store = new();
    private Task running = Task.CompletedTask;

    private TestSmtpServer(int port) => Port = port;

    public string Host { get; } = IPAddress.Loopback.ToString();

    public int Port { get; }

    /// <summary>Every message accepted so far, in arrival order.</summary>
    public IReadOnlyList<MimeMessage> Received => store.Snapshot();

    /// <summary>How many messages were refused so far.</summary>
    public int RefusedCount => store.RefusedCount;

    /// <summary>The <c>Email</c> configuration keys that send through this server (plain SMTP, no authentication).</summary>
    public IReadOnlyDictionary<string, string> EmailSettings() => new Dictionary<string, string>
    {
        ["Email:Host"] = Host,
        ["Email:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:UseStartTls"] = "false",
    };

    public static async Task<TestSmtpServer> StartAsync()
    {
        var server = new TestSmtpServer(FreePort());
        await server.StartListeningAsync();
        return server;
    }

    /// <summary>Refuse the next <paramref name="count"/> messages with a 554 reply, then accept again.</summary>
    public void RefuseNext(int count) => store.RefuseNext(count);

    /// <summary>Refuse every message until told otherwise.</summary>
    public void RefuseAll(bool refuse = true) => store.RefuseAll(refuse);

    /// <summary>
    /// Waits until at least <paramref name="count"/> accepted messages match <paramref name="where"/> (all messages when
    /// null) and returns the matching ones; fails with what did arrive when <paramref name="timeout"/> (10 s) passes first.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, Func<MimeMessage, bool>? where = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var matching = Received.Where(where ?? (_ => true)).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Expected {count} message(s) at the test SMTP server, {matching.Count} arrived: {string.Join("; ", matching.Select(m => $"{m.To} '{m.Subject}'"))}.");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>The messages accepted so far whose To header holds <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> To(string address) => Received.Where(m => IsTo(m, address)).ToList();

    public static bool IsTo(MimeMessage message, string address) =>
        message?.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)) == true;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task StartListeningAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("techbridge-test-smtp")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);

        // The listener binds in the background: the server is ready once a client can connect.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !running.IsCompleted)
            {
                await Task.Delay(20);
            }
        }
    }

    private sealed class Store : IMessageStore
    {
        private readonly Lock gate = new();
        private readonly List<MimeMessage> messages = [];
        private int refuseNext;
        private bool refuseAll;
        private int refused;

        public int RefusedCount
        {
            get
            {
                lock (gate)
                {
                    return refused;
                }
            }
        }

        public IReadOnlyList<MimeMessage> Snapshot()
        {
            lock (gate)
            {
                return [.. messages];
            }
        }

        public void RefuseNext(int count)
        {
            lock (gate)
            {
                refuseNext = count;
            }
        }

        public void RefuseAll(bool refuse)
        {
            lock (gate)
            {
                refuseAll = refuse;
            }
        }

        public async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            lock (gate)
            {
                if (refuseAll || refuseNext > 0)
                {
                    refuseNext = Math.Max(0, refuseNext - 1);
                    refused++;
                    return new SmtpResponse(SmtpReplyCode.TransactionFailed, "Refused by the test server");
                }
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            lock (gate)
            {
                messages.Add(message);
            }

            return SmtpResponse.Ok;
        }
    }
}
