using TechBridge.Cli.Accounts;
using TechBridge.Cli.Database;
using TechBridge.Cli.Search;

namespace TechBridge.Cli;

/// <summary>The <c>techbridge</c> command: dispatches to one command class per verb.</summary>
public static class CliApplication
{
    public const string Usage = """
        techbridge — TechBridge command-line tool

        Usage:
          techbridge migrate [--database <sqlite|postgres>] [--connection <string>]
              Apply pending schema migrations and load the reference data (data/seed).
          techbridge index --input <docs.jsonl> --out <dir> [--no-bigrams]
              Build a search index from JSON Lines (id, title, keywords, summary, body/text, facets).
          techbridge search --index <dir> "<query>" [--top 10] [--json] [--no-glossary]
              Search an index; every hit says which terms (and glossary expansions) matched.
          techbridge eval --beir <dir> [--split test] [--top 100] [--json] [--run <file>]
              Evaluate on a BEIR data set: nDCG@10, MRR@10, Recall@100, HitRate@1/5, latency p50/p95.
          techbridge affinity --openreview <dir> --out <scores.csv> [--aggregate max|mean-top-n] [--top-n 3]
              Score every submission against every reviewer's publications.
          techbridge assign --affinity <scores.csv> --reviewers-per-paper <k> --max-load <l> [--conflicts <csv>] --out <assignment.csv>
              The optimal reviewer assignment (exact, OR-Tools): k reviewers per submission, at most l submissions per
              reviewer, never a conflicted pair, the largest total affinity. Input rows submission_id,reviewer_id,score
              (conflicts: submission_id,reviewer_id); prints the total affinity. Exit code 3 when it is infeasible.
          techbridge reviewers import --csv <file> [--database …] [--connection …]
          techbridge reviewers import --openreview <dir> --country <code> [--database …] [--connection …]
              Add reviewers to the programs' pool, all or nothing. CSV header: name_ko,name_en,email,organization,
              country,fields,keywords,max_load,publications (fields and 'year|title' publications separated by ';').
              OpenReview: the archives/<reviewer>.jsonl of an openreview-expertise directory, for reviewers working in
              the given country. People missing from the directory are added to it. Exit code 1 lists every broken line.
          techbridge create-admin --email <address> --name <display name> [--database …] [--connection …]
              Create an administrator account; the password is read from standard input (one line).
              At the first sign-in the administrator sets up two-step sign-in with an authenticator app.
          techbridge totp --key <base32 key>
              Print the current sign-in code for an authenticator key (e.g. the demo accounts' key in README).

        The database defaults to the portal's: ConnectionStrings__Postgres selects PostgreSQL, otherwise
        the SQLite file techbridge.db under TechBridge__DataDirectory (default: ~/.local/share/TechBridge,
        %LOCALAPPDATA%\TechBridge on Windows), whatever directory the command runs in. Commands that write
        say which database they wrote to.
        """;

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

        try
        {
            var options = CliOptions.Parse(args.Skip(1).ToArray());
            return args[0] switch
            {
                "migrate" => await MigrateCommand.RunAsync(options, output),
                "index" => await IndexCommand.RunAsync(options, output),
                "search" => await SearchCommand.RunAsync(options, output),
                "eval" => await EvalCommand.RunAsync(options, output),
                "affinity" => await AffinityCommand.RunAsync(options, output),
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
        await error.WriteLineAsync($"techbridge: unknown command '{verb}'. Run 'techbridge --help' for usage.");
        return 2;
    }
}
