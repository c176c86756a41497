using TechBridge.Matching.Index;

namespace TechBridge.Matching.Tests.Support;

public static class Docs
{
    public static MatchDocument Of(string id, string title = "", string body = "", DocumentFacets? facets = null) =>
        new(id, new Dictionary<string, string> { ["title"] = title, ["body"] = body }, facets);

    public static IndexSchema TitleBody { get; } = new([new FieldDefinition("title", 2f, 0.5f), new FieldDefinition("body", 1f, 0.75f)]);

    public static MatchIndex NewIndex() => new(TitleBody, SpaceAnalyzer.Instance);
}
