namespace TechBridge.Cli;

/// <summary>What one verb takes: its usage text, the options that take a value and the switches that do not.</summary>
public sealed record CommandSpec(string Verb, string Usage, IReadOnlyList<string> Values, IReadOnlyList<string> Switches)
{
    /// <summary>Every option the verb accepts, as typed (<c>--name</c>), for messages.</summary>
    public string ValidOptions => string.Join(", ", Values.Concat(Switches).Append("help").Order(StringComparer.Ordinal).Select(o => "--" + o));
}

/// <summary>The verbs of the <c>techbridge</c> command and what each takes.</summary>
public static class CliCommands
{
    private static readonly string[] Database = ["database", "connection"];
    private static readonly string[] EngineValues = ["analyzer", "glossary", "lexicon"];

    public static IReadOnlyList<CommandSpec> All { get; } =
    [
        new("migrate", """
              techbridge migrate [--database <sqlite|postgres>] [--connection <string>]
                  Apply pending schema migrations and load the reference data (data/seed).
            """, Database, []),
        new("index", """
              techbridge index --input <docs.jsonl> --out <dir> [--analyzer bilingual|whitespace] [--no-bigrams]
                  Build a search index from JSON Lines (id, title, keywords, summary, body/text, facets).
            """, ["input", "out", "analyzer"], ["no-bigrams"]),
        new("search", """
              techbridge search --index <dir> "<query>" [--top 10] [--json] [--glossary <csv>] [--no-glossary]
                                [--lexicon <tsv>] [--no-lexicon]
                  Search an index; every hit says which terms (and glossary or lexicon translations) matched.
            """, ["index", "top", .. EngineValues], ["json", "no-glossary", "no-lexicon", "no-bigrams"]),
        new("eval", """
              techbridge eval --beir <dir> [--split test] [--top 100] [--json] [--run <file>] [--analyzer bilingual|whitespace]
                              [--no-bigrams] [--glossary <csv>] [--no-glossary] [--lexicon <tsv>] [--no-lexicon]
                  Evaluate on a BEIR data set: nDCG@10, MRR@10, Recall@100, HitRate@1/5, latency p50/p95. Exit code 4
                  when the default glossary or lexicon is missing (the figures printed are then without it).
            """, ["beir", "split", "top", "run", .. EngineValues], ["json", "no-glossary", "no-lexicon", "no-bigrams"]),
        new("affinity", """
              techbridge affinity --openreview <dir> --out <scores.csv> [--aggregate max|mean-top-n] [--top-n 3]
                                  [--glossary <csv>] [--no-glossary]
                  Score every submission against every reviewer's publications.
            """, ["openreview", "out", "aggregate", "top-n", .. EngineValues], ["no-glossary", "no-bigrams"]),
        new("assign", """
              techbridge assign --affinity <scores.csv> --reviewers-per-paper <k> --max-load <l> [--conflicts <csv>] --out <assignment.csv>
                  The optimal reviewer assignment (exact, OR-Tools): k reviewers per submission, at most l submissions per
                  reviewer, never a conflicted pair, the largest total affinity. Input rows submission_id,reviewer_id,score
                  (conflicts: submission_id,reviewer_id); prints the total affinity. Exit code 3 when it is infeasible.
            """, ["affinity", "reviewers-per-paper", "max-load", "conflicts", "out"], []),
        new("reviewers", """
              techbridge reviewers import --csv <file> [--database …] [--connection …]
              techbridge reviewers import --openreview <dir> --country <code> [--database …] [--connection …]
                  Add reviewers to the programs' pool, all or nothing. CSV header: name_ko,name_en,email,organization,
                  country,fields,keywords,max_load,publications (fields and 'year|title' publications separated by ';').
                  OpenReview: the archives/<reviewer>.jsonl of an openreview-expertise directory, for reviewers working in
                  the given country. People missing from the directory are added to it. Exit code 1 lists every broken line.
            """, ["csv", "openreview", "country", .. Database], []),
        new("create-admin", """
              techbridge create-admin --email <address> --name <display name> [--database …] [--connection …]
                  Create an administrator account; the password is read from standard input (one line).
                  At the first sign-in the administrator sets up two-step sign-in with an authenticator app.
            """, ["email", "name", .. Database], []),
        new("totp", """
              techbridge totp --key <base32 key>
                  Print the current sign-in code for an authenticator key (e.g. the demo accounts' key in README).
            """, ["key"], []),
    ];

    public static CommandSpec? Find(string verb) => All.FirstOrDefault(c => c.Verb == verb);
}
