using TechBridge.Core.Matching.Embeddings;
using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Tests.Matching.Embeddings;

public sealed class FacetFilterTests
{
    private static readonly MatchDocument[] Documents =
    [
        Document("a", "Company", "KR", "BIO", ["ADVANCED_BIO"]),
        Document("b", "Company", "DE", null, ["ADVANCED_BIO", "SEMICONDUCTOR"]),
        Document("c", "University", "KR", "SEMI", ["SEMICONDUCTOR"]),
        Document("d", "Person", "US", null, []),
    ];

    public static TheoryData<string> Filters => ["kinds", "fields", "countries", "industries", "kinds+fields+countries", "none"];

    [Theory]
    [MemberData(nameof(Filters))]
    public void Passes_AnyFilter_AdmitsExactlyTheDocumentsTheEngineAdmits(string name)
    {
        var filter = Filter(name);
        var index = new MatchIndex(IndexSchema.Default, new BilingualAnalyzer());
        index.AddRange(Documents);
        var engine = new MatchEngine(index);

        var byEngine = engine.Search(new SearchRequest("shared") { Top = 10, Filter = filter }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal);
        var byFacets = Documents.Where(d => FacetFilter.Passes(filter, d.Facets!)).Select(d => d.Id).Order(StringComparer.Ordinal);

        Assert.Equal(byEngine, byFacets);
    }

    private static SearchFilter Filter(string name) => name switch
    {
        "kinds" => new SearchFilter { EntityTypes = new HashSet<string> { "Company" } },
        "fields" => new SearchFilter { Fields = new HashSet<string> { "SEMICONDUCTOR" } },
        "countries" => new SearchFilter { Countries = new HashSet<string> { "KR", "US" } },
        "industries" => new SearchFilter { Industries = new HashSet<string> { "BIO" } },
        "kinds+fields+countries" => new SearchFilter
        {
            EntityTypes = new HashSet<string> { "Company", "University" },
            Fields = new HashSet<string> { "SEMICONDUCTOR" },
            Countries = new HashSet<string> { "KR" },
        },
        _ => SearchFilter.None,
    };

    private static MatchDocument Document(string id, string type, string country, string? industry, string[] fields) =>
        new(id, new Dictionary<string, string> { ["title"] = "shared " + id },
            new DocumentFacets { EntityType = type, Country = country, Industry = industry, Fields = fields });
}
