using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace TechBridge.Bench;

/// <summary>
/// The engine a .NET team would otherwise pick: Lucene.NET 4.8 set up the way its users set it up for Korean and
/// English text. Each document goes into Korean fields (<c>title_ko</c>, <c>body_ko</c>: CJKAnalyzer, Hangul bigrams)
/// or English fields (<c>title_en</c>, <c>body_en</c>: EnglishAnalyzer, Porter stemming) by a simple Hangul check;
/// a query is parsed over all four fields by a MultiFieldQueryParser over the same PerFieldAnalyzerWrapper, any word
/// (OR), title boosted like TechBridge's schema. Ranking is BM25Similarity (k1 1.2) with TechBridge's per-field b.
/// The index lives in a RAMDirectory, so its size counts in the managed heap like TechBridge's index.
/// </summary>
public sealed class LuceneBaseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] Fields = ["title_ko", "body_ko", "title_en", "body_en"];

    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer;
    private readonly Similarity similarity;
    private readonly float titleBoost;
    private readonly bool splitByLanguage;
    private DirectoryReader? reader;
    private BinaryDocValues? idValues;
    private IndexSearcher? searcher;
    private MultiFieldQueryParser? parser;

    /// <param name="titleBoost">The title's weight against the body's 1 (the synthetic compare uses 2, IndexSchema.Default 3).</param>
    /// <param name="titleB">BM25 length normalisation of the title (TechBridge: 0.5).</param>
    /// <param name="bodyB">BM25 length normalisation of the body (TechBridge: 0.75).</param>
    /// <param name="splitByLanguage">
    /// True (the brief's set-up): Korean and English fields, each with its analyser. False: one title and one body field,
    /// both through CJKAnalyzer (Hangul bigrams, Latin words lowercased but not stemmed) — the one-analyser set-up, whose
    /// term statistics are not split by language.
    /// </param>
    public LuceneBaseline(float titleBoost = 2f, float titleB = 0.5f, float bodyB = 0.75f, bool splitByLanguage = true)
    {
        this.titleBoost = titleBoost;
        this.splitByLanguage = splitByLanguage;
        var korean = new CJKAnalyzer(Version);
        var english = new EnglishAnalyzer(Version);
        analyzer = new PerFieldAnalyzerWrapper(english, new Dictionary<string, Analyzer>
        {
            ["title_ko"] = korean,
            ["body_ko"] = korean,
            ["title_en"] = english,
            ["body_en"] = english,
            ["title"] = korean,
            ["body"] = korean,
        });
        similarity = new FieldSimilarity(new BM25Similarity(1.2f, titleB), new BM25Similarity(1.2f, bodyB));
    }

    /// <summary>True when Hangul syllables/jamo outnumber Latin letters: the text goes to the Korean fields.</summary>
    public static bool IsKorean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int hangul = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
            {
                hangul++;
            }
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                latin++;
            }
        }

        // A Hangul syllable carries about as much as 2–3 Latin letters; Korean text with Latin acronyms stays Korean.
        return hangul * 3 >= latin && hangul > 0;
    }

    /// <summary>Indexes the documents (id, title, body), commits and opens the searcher.</summary>
    public void Build(IEnumerable<(string Id, string Title, string Body)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var config = new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 256,
            Similarity = similarity,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var (id, title, body) in documents)
            {
                var suffix = !splitByLanguage ? "" : IsKorean(title + " " + body) ? "_ko" : "_en";
                writer.AddDocument(new Document
                {
                    new StringField("id", id, Field.Store.NO),
                    // The id as a doc value too: reading 100 ids per query from stored fields would cost more than the search.
                    new BinaryDocValuesField("id", new BytesRef(id)),
                    new TextField("title" + suffix, title, Field.Store.NO),
                    new TextField("body" + suffix, body, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = similarity };
        idValues = MultiDocValues.GetBinaryValues(reader, "id");
        parser = new MultiFieldQueryParser(Version, splitByLanguage ? Fields : ["title", "body"], analyzer, new Dictionary<string, float>
        {
            ["title_ko"] = titleBoost,
            ["title_en"] = titleBoost,
            ["title"] = titleBoost,
            ["body_ko"] = 1f,
            ["body_en"] = 1f,
            ["body"] = 1f,
        })
        {
            DefaultOperator = Operator.OR,
        };
    }

    /// <summary>The index's size in the RAMDirectory, in bytes.</summary>
    public long SizeInBytes => directory.GetSizeInBytes();

    /// <summary>The ids of the best <paramref name="top"/> documents for any word of <paramref name="text"/>, best first.</summary>
    public List<string> Search(string text, int top)
    {
        if (searcher is null || parser is null || idValues is null)
        {
            throw new InvalidOperationException("Build the index first.");
        }

        var ids = new List<string>(top);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ids;
        }

        // Escaped, so a user's "+", "-", quotes or "AND" are words, not query syntax.
        var query = parser.Parse(QueryParserBase.Escape(text));
        if (query is null || (query is BooleanQuery boolean && boolean.Clauses.Count == 0))
        {
            return ids; // only stop words
        }

        var value = new BytesRef();
        foreach (var hit in searcher.Search(query, top).ScoreDocs)
        {
            idValues.Get(hit.Doc, value);
            ids.Add(value.Utf8ToString());
        }

        return ids;
    }

    public void Dispose()
    {
        reader?.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    /// <summary>BM25 with the title's b for the title fields and the body's b for the rest.</summary>
    private sealed class FieldSimilarity(Similarity title, Similarity body) : PerFieldSimilarityWrapper
    {
        public override Similarity Get(string name) => name.StartsWith("title", StringComparison.Ordinal) ? title : body;
    }
}
