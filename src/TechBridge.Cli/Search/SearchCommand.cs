using System.Globalization;
using System.Text.Json;
using TechBridge.Matching.Search;

namespace TechBridge.Cli.Search;

/// <summary><c>techbridge search --index dir "query" [--top 10] [--json]</c>.</summary>
internal static class SearchCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextWriter output, TextWriter error)
    {
        var query = options.Positional.Count > 0 ? string.Join(' ', options.Positional) : throw new CliUsageException("give the query text, e.g. techbridge search --index ./idx \"전고체 배터리\".");
        var index = IndexCommand.Load(options, options.Required("index"));
        var engine = new MatchEngine(index, EngineFactory.Glossary(options, index.Analyzer, error), EngineFactory.LoadLexicon(options, index.Analyzer, error).Lexicon);
        var result = engine.Search(new SearchRequest(query) { Top = options.Number("top", 10, 1, SearchRequest.MaxTop), Explain = true });
        if (options.Has("json"))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                query,
                terms = result.Query.Select(t => new { term = t.Display, kind = t.Kind.ToString(), weight = t.Weight, glossary = t.FromGlossary }),
                hits = result.Hits.Select(h => new
                {
                    id = h.Id,
                    score = h.Score,
                    matched = h.Explanation!.Terms.Select(t => new { term = t.Term, glossary = t.FromGlossary, from = t.ExpandedFrom, score = t.Score }),
                    fields = h.Explanation.FieldScores,
                }),
            }));
            return 0;
        }

        var rank = 1;
        foreach (var hit in result.Hits)
        {
            var why = string.Join(", ", hit.Explanation!.Terms.Take(6).Select(t => t.FromGlossary ? $"{t.Term}←{t.ExpandedFrom}" : t.Term));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rank++,3}. {hit.Score,8:0.000}  {hit.Id}  [{why}]"));
        }

        if (result.Hits.Count == 0)
        {
            await output.WriteLineAsync("No documents match.");
        }

        return 0;
    }
}
