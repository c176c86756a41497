using TechBridge.Core.Matching;
using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Cli.Search;

/// <summary>The analyser, schema and glossary every search command uses, chosen by the shared options.</summary>
internal static class EngineFactory
{
    /// <summary>The environment variable that names another default glossary file.</summary>
    public const string GlossaryVariable = "TECHBRIDGE_GLOSSARY";

    public static string DefaultGlossaryPath =>
        Environment.GetEnvironmentVariable(GlossaryVariable) is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "seed", "glossary.csv");

    /// <summary><c>--analyzer bilingual</c> (default) or <c>whitespace</c> (the naive baseline); <c>--no-bigrams</c> drops Korean bigrams.</summary>
    public static IAnalyzer Analyzer(CliOptions options) => (options["analyzer"] ?? "bilingual") switch
    {
        "bilingual" => options.Has("no-bigrams") ? new BilingualAnalyzer(emitBigrams: false) : new BilingualAnalyzer(),
        "whitespace" => new WhitespaceAnalyzer(),
        var other => throw new CliUsageException($"--analyzer must be 'bilingual' or 'whitespace', not '{other}'."),
    };

    /// <summary>
    /// The glossary: <c>--glossary</c> (which must exist), else the default file; none with <c>--no-glossary</c>. A missing
    /// default is not an error, but the search is then monolingual, so it is said on <paramref name="warnings"/>.
    /// </summary>
    public static Glossary? Glossary(CliOptions options, IAnalyzer analyzer, TextWriter warnings) => Load(options, analyzer, warnings).Glossary;

    /// <summary>As <see cref="Glossary(CliOptions, IAnalyzer, TextWriter)"/>, saying whether the default file was missing.</summary>
    public static (Glossary? Glossary, bool DefaultMissing) Load(CliOptions options, IAnalyzer analyzer, TextWriter warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (options.Has("no-glossary"))
        {
            return (null, false);
        }

        var path = options["glossary"] ?? DefaultGlossaryPath;
        if (!File.Exists(path))
        {
            if (options["glossary"] is not null)
            {
                throw new CliUsageException($"glossary file '{path}' not found.");
            }

            warnings.WriteLine($"techbridge: warning: the glossary '{path}' is missing, so Korean and English words will not match each other. " +
                $"Restore it, name one with --glossary or {GlossaryVariable}, or pass --no-glossary to search without it.");
            return (null, true);
        }

        return (new Glossary(GlossaryCsv.Read(path), analyzer, GlossaryTopics.FromSeedDirectory(Path.GetDirectoryName(Path.GetFullPath(path)))), false);
    }

    /// <summary>The environment variable that names another default lexicon file.</summary>
    public const string LexiconVariable = "TECHBRIDGE_LEXICON";

    public static string DefaultLexiconPath =>
        Environment.GetEnvironmentVariable(LexiconVariable) is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "seed", "lexicon-ko-en.tsv");

    /// <summary>
    /// The learned word lexicon: <c>--lexicon</c> (which must exist), else the default file; none with <c>--no-lexicon</c>.
    /// A missing default is said on <paramref name="warnings"/> (Korean and English words then cross only through the glossary).
    /// </summary>
    public static (Lexicon? Lexicon, bool DefaultMissing) LoadLexicon(CliOptions options, IAnalyzer analyzer, TextWriter warnings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(warnings);
        if (options.Has("no-lexicon"))
        {
            return (null, false);
        }

        var path = options["lexicon"] ?? DefaultLexiconPath;
        if (!File.Exists(path))
        {
            if (options["lexicon"] is not null)
            {
                throw new CliUsageException($"lexicon file '{path}' not found.");
            }

            warnings.WriteLine($"techbridge: warning: the lexicon '{path}' is missing, so only glossary terms cross between Korean and English. " +
                $"Restore it, name one with --lexicon or {LexiconVariable}, or pass --no-lexicon.");
            return (null, true);
        }

        try
        {
            return (new Lexicon(LexiconTsv.Read(path), analyzer), false);
        }
        catch (InvalidDataException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }

    /// <summary>Title and body, as BEIR-style corpora have them (plus the entity fields when present).</summary>
    public static IndexSchema Schema => IndexSchema.Default;
}
