using Spectre.Console;

namespace TechBridge.Cli;

/// <summary>A progress bar on standard error (so --json output on standard out stays clean).</summary>
internal static class Progress
{
    public static async Task RunAsync(string label, int total, Action<Action> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(label, maxValue: Math.Max(1, total));
            var done = 0;
            var step = Math.Max(1, total / 200); // moves every half per cent, whatever the size
            await Task.Run(() => work(() =>
            {
                if (++done % step == 0 || done == total)
                {
                    task.Value = done;
                }
            }));
            task.Value = task.MaxValue;
        });
    }
}
