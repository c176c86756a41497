using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Cli.Search;

/// <summary>The analyser, schema and glossary every search command uses, chosen by the shared options.</summary>
internal static class EngineFactory
{
    public static string DefaultGlossaryPath => Path.Combine(AppContext.BaseDirectory, "seed", "glossary.csv");

    /// <summary><c>--analyzer bilingual</c> (default) or <c>whitespace</c> (the naive baseline); <c>--no-bigrams</c> drops Korean bigrams.</summary>
    public static IAnalyzer Analyzer(CliOptions options) => (options["analyzer"] ?? "bilingual") switch
    {
        "bilingual" => options.Has("no-bigrams") ? new BilingualAnalyzer(emitBigrams: false) : new BilingualAnalyzer(),
        "whitespace" => new WhitespaceAnalyzer(),
        var other => throw new CliUsageException($"--analyzer must be 'bilingual' or 'whitespace', not '{other}'."),
    };

    public static Glossary? Glossary(CliOptions options, IAnalyzer analyzer)
    {
        if (options.Has("no-glossary"))
        {
            return null;
        }

        var path = options["glossary"] ?? DefaultGlossaryPath;
        if (!File.Exists(path))
        {
            if (options["glossary"] is not null)
            {
                throw new CliUsageException($"glossary file '{path}' not found.");
            }

            return null;
        }

        return new Glossary(GlossaryCsv.Read(path), analyzer);
    }

    /// <summary>Title and body, as BEIR-style corpora have them (plus the entity fields when present).</summary>
    public static IndexSchema Schema => IndexSchema.Default;
}
