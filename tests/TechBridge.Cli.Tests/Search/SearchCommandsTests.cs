using System.Text.Json;

namespace TechBridge.Cli.Tests.Search;

public sealed class SearchCommandsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("tb-cli-").FullName;

    [Fact]
    public async Task Eval_SmallBeirSet_PrintsMetricsAsJsonAndWritesTheRun()
    {
        var beir = WriteBeir();
        var output = new StringWriter();
        var runPath = Path.Combine(directory, "run.txt");

        var exit = await Run(output, "eval", "--beir", beir, "--json", "--run", runPath);

        Assert.Equal(0, exit);
        var metrics = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(3, metrics.GetProperty("queries").GetInt32());
        Assert.Equal(1.0, metrics.GetProperty("hitrate@1").GetDouble());
        Assert.Equal(1.0, metrics.GetProperty("ndcg@10").GetDouble(), 3);
        Assert.True(metrics.GetProperty("latency_ms_p95").GetDouble() >= 0);
        Assert.StartsWith("q1 Q0 d1 1 ", (await File.ReadAllLinesAsync(runPath))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_DefaultGlossaryMissing_WarnsAndExitsWithFourAfterTheFigures()
    {
        var beir = WriteBeir();
        var output = new StringWriter();
        var error = new StringWriter();
        Environment.SetEnvironmentVariable("TECHBRIDGE_GLOSSARY", Path.Combine(directory, "no-such-glossary.csv"));
        int exit;
        try
        {
            exit = await CliApplication.RunAsync(["eval", "--beir", beir, "--json"], new StringReader(""), output, error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TECHBRIDGE_GLOSSARY", null);
        }

        Assert.Equal(4, exit);
        Assert.Contains("no-such-glossary.csv", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--no-glossary", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, JsonDocument.Parse(output.ToString()).RootElement.GetProperty("queries").GetInt32());
        Assert.Equal(0, await CliApplication.RunAsync(["eval", "--beir", beir, "--json", "--no-glossary"], new StringReader(""), new StringWriter(), new StringWriter()));
    }

    [Fact]
    public async Task Eval_MalformedCorpus_ExitsWithTwoNamingFileAndLine()
    {
        var beir = WriteBeir();
        await File.AppendAllTextAsync(Path.Combine(beir, "corpus.jsonl"), "{not json\n");
        var error = new StringWriter();

        var exit = await CliApplication.RunAsync(["eval", "--beir", beir], new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("corpus.jsonl", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 5", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexThenSearch_KoreanQuery_FindsTheKoreanDocumentWithExplanation()
    {
        var input = Path.Combine(directory, "docs.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id": "battery-lab", "title": "전고체 이차전지 연구실", "body": "황화물계 고체전해질의 계면 안정성을 연구합니다.", "type": "organization", "fields": ["SECONDARY_BATTERY"]}""",
            """{"id": "robot-lab", "title": "Collaborative Robot Lab", "body": "Force control for collaborative robots."}""",
        ]);
        var indexDirectory = Path.Combine(directory, "idx");
        Assert.Equal(0, await Run(new StringWriter(), "index", "--input", input, "--out", indexDirectory));
        var output = new StringWriter();

        var exit = await Run(output, "search", "--index", indexDirectory, "고체전해질을 개발할 파트너", "--json");

        Assert.Equal(0, exit);
        var hits = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("hits");
        Assert.Equal("battery-lab", hits[0].GetProperty("id").GetString());
        Assert.NotEmpty(hits[0].GetProperty("matched").EnumerateArray());
    }

    [Fact]
    public async Task Search_MissingIndex_ExitsWithTwoAndSaysHowToBuildOne()
    {
        var error = new StringWriter();

        var exit = await CliApplication.RunAsync(["search", "--index", Path.Combine(directory, "none"), "query"], new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("techbridge index", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Affinity_OpenReviewLayout_WritesEveryPairWithTheExpertOnTop()
    {
        var root = Path.Combine(directory, "openreview");
        Directory.CreateDirectory(Path.Combine(root, "archives"));
        await File.WriteAllLinesAsync(Path.Combine(root, "archives", "~Battery_Expert1.jsonl"),
        [
            """{"id": "p1", "content": {"title": "Sulfide solid electrolytes for all-solid-state batteries", "abstract": "Interface stability of sulfide electrolytes with oxide cathodes."}}""",
            """{"id": "p2", "content": {"title": {"value": "Lithium metal anodes"}, "abstract": {"value": "Dendrite suppression in lithium metal batteries."}}}""",
        ]);
        await File.WriteAllLinesAsync(Path.Combine(root, "archives", "~Robot_Expert1.jsonl"),
        [
            """{"id": "p3", "content": {"title": "Impedance control of collaborative robots", "abstract": "Safe physical human-robot interaction."}}""",
        ]);
        await File.WriteAllTextAsync(Path.Combine(root, "submissions.json"),
            """{"s1": {"content": {"title": "Stable interfaces in sulfide all-solid-state batteries", "abstract": "We coat cathodes to stabilise sulfide electrolytes."}}, "s2": {"content": {"title": "Human-robot collaboration", "abstract": "Collaborative robot control for safe interaction."}}}""");
        var scores = Path.Combine(directory, "scores.csv");

        var exit = await Run(new StringWriter(), "affinity", "--openreview", root, "--out", scores);

        Assert.Equal(0, exit);
        var rows = (await File.ReadAllLinesAsync(scores)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(4, rows.Count);
        double Score(string s, string r) => double.Parse(rows.Single(x => x[0] == s && x[1] == r)[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Score("s1", "~Battery_Expert1") > Score("s1", "~Robot_Expert1"));
        Assert.True(Score("s2", "~Robot_Expert1") > Score("s2", "~Battery_Expert1"));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static Task<int> Run(StringWriter output, params string[] args) =>
        CliApplication.RunAsync(args, new StringReader(""), output, new StringWriter());

    private string WriteBeir()
    {
        var root = Path.Combine(directory, "beir");
        Directory.CreateDirectory(Path.Combine(root, "qrels"));
        File.WriteAllLines(Path.Combine(root, "corpus.jsonl"),
        [
            """{"_id": "d1", "title": "Solid electrolyte", "text": "Sulfide solid electrolytes for all-solid-state batteries."}""",
            """{"_id": "d2", "title": "EUV lithography", "text": "Photoresist for extreme ultraviolet lithography."}""",
            """{"_id": "d3", "title": "협동로봇", "text": "협동로봇의 힘 제어와 안전 기술을 연구한다."}""",
            """{"_id": "d4", "title": "Wind turbines", "text": "Composite blades for offshore wind."}""",
        ]);
        File.WriteAllLines(Path.Combine(root, "queries.jsonl"),
        [
            """{"_id": "q1", "text": "solid electrolyte battery"}""",
            """{"_id": "q2", "text": "EUV photoresist"}""",
            """{"_id": "q3", "text": "협동로봇 안전"}""",
            """{"_id": "q4", "text": "unjudged query"}""",
        ]);
        File.WriteAllLines(Path.Combine(root, "qrels", "test.tsv"), ["query-id\tcorpus-id\tscore", "q1\td1\t1", "q2\td2\t1", "q3\td3\t2"]);
        return root;
    }
}
