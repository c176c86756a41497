using TechBridge.Cli.Accounts;
using TechBridge.Cli.Database;
using TechBridge.Cli.Search;

namespace TechBridge.Cli;

/// <summary>The <c>techbridge</c> command: dispatches to one command class per verb.</summary>
public static class CliApplication
{
    private const string Footer = """
        The database defaults to the portal's: ConnectionStrings__Postgres selects PostgreSQL, otherwise
        the SQLite file techbridge.db under TechBridge__DataDirectory (default: ~/.local/share/TechBridge,
        %LOCALAPPDATA%\TechBridge on Windows), whatever directory the command runs in. Commands that write
        say which database they wrote to. The search commands read the glossary seed/glossary.csv beside the
        tool unless TECHBRIDGE_GLOSSARY names another file; they warn when it is missing.
        Every command answers --help.
        """;

    public static string Usage { get; } =
        "techbridge — TechBridge command-line tool\n\nUsage:\n" + string.Join("\n", CliCommands.All.Select(c => c.Usage)) + "\n\n" + Footer;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await output.WriteLineAsync(Usage);
            return args.Length == 0 ? 1 : 0;
        }

        if (CliCommands.Find(args[0]) is not { } spec)
        {
            return await UnknownAsync(args[0], error);
        }

        try
        {
            var options = CliOptions.Parse(args.Skip(1).ToArray(), spec);
            if (options.HelpRequested)
            {
                await output.WriteLineAsync("Usage:\n" + spec.Usage);
                return 0;
            }

            return args[0] switch
            {
                "migrate" => await MigrateCommand.RunAsync(options, output),
                "index" => await IndexCommand.RunAsync(options, output),
                "search" => await SearchCommand.RunAsync(options, output, error),
                "eval" => await EvalCommand.RunAsync(options, output, error),
                "affinity" => await AffinityCommand.RunAsync(options, output, error),
                "assign" => await Programs.AssignCommand.RunAsync(options, output, error),
                "reviewers" => await Programs.ReviewersCommand.RunAsync(options, output, error),
                "create-admin" => await CreateAdminCommand.RunAsync(options, input, output, error),
                "totp" => await TotpCommand.RunAsync(options, output),
                _ => await UnknownAsync(args[0], error),
            };
        }
        catch (CliUsageException ex)
        {
            await error.WriteLineAsync($"techbridge: {ex.Message}");
            await error.WriteLineAsync("Run 'techbridge --help' for usage.");
            return 2;
        }
    }

    private static async Task<int> UnknownAsync(string verb, TextWriter error)
    {
        await error.WriteLineAsync($"techbridge: unknown command '{verb}'. Commands: {string.Join(", ", CliCommands.All.Select(c => c.Verb))}. Run 'techbridge --help' for usage.");
        return 2;
    }
}
