using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TechBridge.Core.Shared.Jobs;

namespace TechBridge.Core.Tests.Shared.Jobs;

/// <summary>Recurring jobs in a real generic host, with intervals shortened through configuration. Assertions poll with a generous timeout.</summary>
public sealed class RecurringJobTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AddRecurringJob_ShortIntervalFromConfiguration_RunsRepeatedly()
    {
        var runs = new Runs();
        using var host = Build(runs, services => services.AddRecurringJob<CountingJob>("counting", TimeSpan.FromHours(1)), "counting");

        await host.StartAsync();
        await Until(() => runs.Count >= 3);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddRecurringJob_JobThrows_IsLoggedAndRunsAgain()
    {
        var runs = new Runs();
        var logs = new RecordingLoggerProvider();
        using var host = Build(runs, services => services.AddRecurringJob<ThrowingJob>("throwing", TimeSpan.FromHours(1)), "throwing", logs);

        await host.StartAsync();
        await Until(() => runs.Count >= 3);
        await host.StopAsync();

        Assert.Contains(logs.Errors, e => e.Contains("throwing", StringComparison.Ordinal) && e.Contains("failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddRecurringJob_EachRun_GetsItsOwnScopeDisposedAfterTheRun()
    {
        var runs = new Runs();
        using var host = Build(runs, services =>
        {
            services.AddScoped<ScopeProbe>();
            services.AddRecurringJob<ScopedJob>("scoped", TimeSpan.FromHours(1));
        }, "scoped");

        await host.StartAsync();
        await Until(() => runs.Disposed.Count >= 2);
        await host.StopAsync();

        Assert.Equal(runs.Probes.Count, runs.Probes.Distinct().Count());
        Assert.All(runs.Disposed, probe => Assert.Contains(probe, runs.Probes));
    }

    [Fact]
    public async Task AddRecurringJob_TwoJobsAndTwoHostsInOneProcess_AllRunAndStop()
    {
        var first = new Runs();
        var second = new Runs();
        using var one = Build(first, services =>
        {
            services.AddRecurringJob<CountingJob>("counting", TimeSpan.FromHours(1));
            services.AddRecurringJob<ThrowingJob>("throwing", TimeSpan.FromHours(1));
        }, "counting", extraJob: "throwing");
        using var two = Build(second, services => services.AddRecurringJob<CountingJob>("counting", TimeSpan.FromHours(1)), "counting");

        await Task.WhenAll(one.StartAsync(), two.StartAsync());
        await Until(() => first.ByJob("counting") >= 2 && first.ByJob("throwing") >= 2 && second.Count >= 2);
        await Task.WhenAll(one.StopAsync(), two.StopAsync());

        var afterStop = first.Count + second.Count;
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.Equal(afterStop, first.Count + second.Count);
    }

    [Fact]
    public async Task AddRecurringJob_RunLongerThanTheInterval_NeverOverlaps()
    {
        var runs = new Runs();
        using var host = Build(runs, services => services.AddRecurringJob<SlowJob>("slow", TimeSpan.FromHours(1)), "slow");

        await host.StartAsync();
        await Until(() => runs.Count >= 3);
        await host.StopAsync();

        Assert.Equal(1, runs.MaxConcurrent);
    }

    [Fact]
    public async Task AddRecurringJob_NoConfiguredInterval_FirstRunWaitsOneInterval()
    {
        var runs = new Runs();
        using var host = Build(runs, services => services.AddRecurringJob<CountingJob>("counting", TimeSpan.FromHours(1)), job: null);

        await host.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await host.StopAsync();

        Assert.Equal(0, runs.Count);
    }

    private static IHost Build(Runs runs, Action<IServiceCollection> configure, string? job, RecordingLoggerProvider? logs = null, string? extraJob = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var settings = new Dictionary<string, string?>();
        foreach (var name in new[] { job, extraJob }.OfType<string>())
        {
            settings[$"Jobs:{name}:Interval"] = "00:00:00.200";
        }

        builder.Configuration.AddInMemoryCollection(settings);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddSingleton(runs);
        configure(builder.Services);
        return builder.Build();
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met within the timeout.");
            await Task.Delay(50);
        }
    }

    public sealed class Runs
    {
        private readonly ConcurrentDictionary<string, int> byJob = new();
        private int running;
        private int maxConcurrent;

        public int Count => byJob.Values.Sum();

        public ConcurrentBag<ScopeProbe> Probes { get; } = [];

        public ConcurrentBag<ScopeProbe> Disposed { get; } = [];

        public int MaxConcurrent => maxConcurrent;

        public int ByJob(string job) => byJob.GetValueOrDefault(job);

        public void Add(string job) => byJob.AddOrUpdate(job, 1, (_, n) => n + 1);

        public IDisposable Enter()
        {
            var now = Interlocked.Increment(ref running);
            int seen;
            while (now > (seen = Volatile.Read(ref maxConcurrent)) && Interlocked.CompareExchange(ref maxConcurrent, now, seen) != seen)
            {
            }

            return new Exit(this);
        }

        private sealed class Exit(Runs runs) : IDisposable
        {
            public void Dispose() => Interlocked.Decrement(ref runs.running);
        }
    }

    public sealed class ScopeProbe(Runs runs) : IDisposable
    {
        public void Dispose() => runs.Disposed.Add(this);
    }

    public sealed class CountingJob(Runs runs) : IRecurringJob
    {
        public Task RunAsync(CancellationToken cancellationToken)
        {
            runs.Add("counting");
            return Task.CompletedTask;
        }
    }

    public sealed class ThrowingJob(Runs runs) : IRecurringJob
    {
        public Task RunAsync(CancellationToken cancellationToken)
        {
            runs.Add("throwing");
            throw new InvalidOperationException("The job failed on purpose.");
        }
    }

    public sealed class SlowJob(Runs runs) : IRecurringJob
    {
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            using (runs.Enter())
            {
                await Task.Delay(TimeSpan.FromMilliseconds(700), cancellationToken);
            }

            runs.Add("slow");
        }
    }

    public sealed class ScopedJob(Runs runs, ScopeProbe probe) : IRecurringJob
    {
        public Task RunAsync(CancellationToken cancellationToken)
        {
            Assert.DoesNotContain(probe, runs.Disposed);
            runs.Probes.Add(probe);
            runs.Add("scoped");
            return Task.CompletedTask;
        }
    }
}
