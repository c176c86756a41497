using System.Text;
using TechBridge.Matching.Evaluation;

namespace TechBridge.Matching.Tests.Evaluation;

public sealed class BeirReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private void WriteValidDataset()
    {
        _dir.Write("corpus.jsonl", """
            {"_id": "d1", "title": "반도체 소자", "text": "EUV 노광 공정", "metadata": {"url": "x", "tags": [1, 2]}}
            {"_id": "d2", "text": "Solid-state batteries", "extra": null}
            {"_id": "d3", "title": null, "text": "SiC기판"}

            """);
        _dir.Write("queries.jsonl", """
            {"_id": "q1", "text": "EUV 공정", "metadata": {}}
            {"_id": "q2", "text": "battery"}
            {"_id": "q3", "text": "nothing relevant"}
            """);
        _dir.Write("qrels/test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t2\nq1\td3\t0\nq2\td2\t1\nq3\td1\t0\n");
    }

    [Fact]
    public void Read_ValidLayout_ReturnsCorpusQueriesAndQrels()
    {
        WriteValidDataset();

        var dataset = BeirReader.Read(_dir.Path);

        Assert.Equal("test", dataset.Split);
        Assert.Equal(
            [new BeirDocument("d1", "반도체 소자", "EUV 노광 공정"), new BeirDocument("d2", "", "Solid-state batteries"), new BeirDocument("d3", "", "SiC기판")],
            dataset.Corpus);
        Assert.Equal([new BeirQuery("q1", "EUV 공정"), new BeirQuery("q2", "battery"), new BeirQuery("q3", "nothing relevant")], dataset.Queries);
        Assert.Equal(2, dataset.Qrels.RelevanceOf("q1", "d1"));
        Assert.Equal(0, dataset.Qrels.RelevanceOf("q1", "d3"));
        Assert.Equal(0, dataset.Qrels.RelevanceOf("q1", "unjudged"));
        Assert.Equal(1, dataset.Qrels.RelevantCount("q1"));
        Assert.Equal(3, dataset.Qrels.Count);
    }

    [Fact]
    public void JudgedQueries_QueryWithOnlyNonRelevantJudgments_IsLeftOut()
    {
        WriteValidDataset();

        var dataset = BeirReader.Read(_dir.Path);

        Assert.Equal(["q1", "q2"], dataset.JudgedQueries().Select(q => q.Id));
        Assert.Equal(["q1", "q2"], dataset.Qrels.JudgedQueryIds());
    }

    [Fact]
    public void ReadCorpus_NumericId_ReadsIdAsWritten()
    {
        var path = _dir.Write("corpus.jsonl", """
            {"_id": 42, "title": "t", "text": "x"}
            {"_id": "007", "title": "t", "text": "y"}
            """);

        var ids = BeirReader.ReadCorpus(path).Select(d => d.Id).ToList();

        Assert.Equal(["42", "007"], ids);
    }

    [Fact]
    public void ReadQueries_NumericId_ReadsIdAsWritten()
    {
        var path = _dir.Write("queries.jsonl", "{\"_id\": 1001, \"text\": \"q\"}\n");

        Assert.Equal([new BeirQuery("1001", "q")], BeirReader.ReadQueries(path));
    }

    [Fact]
    public void ReadCorpus_BomCrlfAndBlankLines_AreHandled()
    {
        var path = _dir.Write("corpus.jsonl", "{\"_id\":\"a\",\"title\":\"T\",\"text\":\"one\"}\r\n\r\n   \r\n{\"_id\":\"b\",\"title\":\"\",\"text\":\"two\"}", bom: true);

        var docs = BeirReader.ReadCorpus(path).ToList();

        Assert.Equal([new BeirDocument("a", "T", "one"), new BeirDocument("b", "", "two")], docs);
    }

    [Fact]
    public void ReadQrels_BomAndCrlf_AreHandled()
    {
        var path = _dir.Write("qrels/test.tsv", "query-id\tcorpus-id\tscore\r\nq1\td1\t1\r\n", bom: true);

        var qrels = BeirReader.ReadQrels(path);

        Assert.Equal(1, qrels.RelevanceOf("q1", "d1"));
        Assert.Single(qrels);
    }

    [Fact]
    public void ReadCorpus_InvalidJsonOnLine3_ReportsFileAndLine3()
    {
        var path = _dir.Write("corpus.jsonl", "{\"_id\":\"a\",\"text\":\"x\"}\n\n{\"_id\":\"b\",\"text\":\"x\"\n{\"_id\":\"c\",\"text\":\"x\"}\n");

        var ex = Assert.Throws<DatasetFormatException>(() => BeirReader.ReadCorpus(path).ToList());

        Assert.Equal(path, ex.FilePath);
        Assert.Equal(3, ex.LineNumber);
        Assert.StartsWith($"{path} line 3: expected a JSON object with a string '_id'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCorpus_MissingId_ReportsExpectedId()
    {
        var path = _dir.Write("corpus.jsonl", "{\"_id\":\"a\",\"text\":\"x\"}\r\n{\"title\":\"no id\",\"text\":\"x\"}\r\n");

        var ex = Assert.Throws<DatasetFormatException>(() => BeirReader.ReadCorpus(path).ToList());

        Assert.Equal($"{path} line 2: expected a JSON object with a string '_id'", ex.Message);
    }

    [Theory]
    [InlineData("[1, 2]", "expected a JSON object with a string '_id'")]
    [InlineData("\"just a string\"", "expected a JSON object with a string '_id'")]
    [InlineData("{\"_id\": {\"x\": 1}, \"text\": \"t\"}", "expected '_id' to be a string or a number")]
    [InlineData("{\"_id\": \"a\", \"text\": [\"t\"]}", "expected 'text' to be a string or null")]
    [InlineData("{\"_id\": \"a\", \"text\": \"t\"} {\"_id\": \"b\"}", "expected a JSON object with a string '_id' (invalid JSON")]
    public void ReadCorpus_WrongShape_ReportsWhatWasExpected(string line, string expected)
    {
        var path = _dir.Write("corpus.jsonl", line + "\n");

        var ex = Assert.Throws<DatasetFormatException>(() => BeirReader.ReadCorpus(path).ToList());

        Assert.Equal(1, ex.LineNumber);
        Assert.Contains($"line 1: {expected}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCorpus_MalformedLaterLine_IsLazyAndThrowsOnlyWhenReached()
    {
        var path = _dir.Write("corpus.jsonl", "{\"_id\":\"a\",\"text\":\"x\"}\nnot json\n");

        var first = BeirReader.ReadCorpus(path).First();

        Assert.Equal("a", first.Id);
    }

    [Fact]
    public void ReadCorpus_ManyLinesAndAVeryLongLine_CrossesBufferBoundariesIntact()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            var text = i == 2500 ? new string('가', 300_000) : new string('x', i % 97);
            builder.Append("{\"_id\":\"d").Append(i).Append("\",\"title\":\"t\",\"text\":\"").Append(text).Append("\"}").Append(i % 2 == 0 ? "\n" : "\r\n");
        }

        var path = _dir.Write("corpus.jsonl", builder.ToString());

        var docs = BeirReader.ReadCorpus(path).ToList();

        Assert.Equal(5000, docs.Count);
        Assert.Equal(300_000, docs[2500].Text.Length);
        Assert.All(docs, (doc, i) =>
        {
            Assert.Equal($"d{i}", doc.Id);
            Assert.Equal(i == 2500 ? 300_000 : i % 97, doc.Text.Length);
        });
    }

    [Fact]
    public void ReadCorpus_MissingFile_ThrowsAtCallNamingLayout()
    {
        var path = System.IO.Path.Combine(_dir.Path, "corpus.jsonl");

        var ex = Assert.Throws<DatasetFormatException>(() => BeirReader.ReadCorpus(path));

        Assert.Contains("file not found", ex.Message, StringComparison.Ordinal);
        Assert.Contains("corpus.jsonl, queries.jsonl and qrels/<split>.tsv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingDirectory_NamesLayout()
    {
        var missing = System.IO.Path.Combine(_dir.Path, "nope");

        var ex = Assert.Throws<DatasetFormatException>(() => BeirReader.Read(missing));

        Assert.Equal($"{missing}: directory not found; {BeirReader.Layout}", ex.Message);
    }

    [Fact]
    public void Read_MissingSplit_ListsAvailableSplits()
    {
        WriteValidDataset();
        _dir.Write("qrels/dev.tsv", "query-id\tcorpus-id\tscore\n");

        var ex = Assert.Throws<DatasetFormatException>(() => BeirReader.Read(_dir.Path, "train"));

        Assert.Contains("train.tsv: file not found (available splits: dev, test)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingQueries_NamesFile()
    {
        WriteValidDataset();
        File.Delete(System.IO.Path.Combine(_dir.Path, "queries.jsonl"));

        var ex = Assert.Throws<DatasetFormatException>(() => BeirReader.Read(_dir.Path));

        Assert.Equal(System.IO.Path.Combine(_dir.Path, "queries.jsonl"), ex.FilePath);
    }

    [Fact]
    public void ReadQrels_NonIntegerScore_ReportsLine()
    {
        var path = _dir.Write("qrels/test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td2\thigh\n");

        var ex = Assert.Throws<DatasetFormatException>(() => BeirReader.ReadQrels(path));

        Assert.Equal(3, ex.LineNumber);
        Assert.Contains("line 3: expected 'query-id<TAB>corpus-id<TAB>score' with an integer score, found score 'high'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadQrels_TooFewColumns_ReportsLine()
    {
        var path = _dir.Write("qrels/test.tsv", "query-id\tcorpus-id\tscore\n\nq1\td1\n");

        var ex = Assert.Throws<DatasetFormatException>(() => BeirReader.ReadQrels(path));

        Assert.Equal(3, ex.LineNumber);
    }

    [Fact]
    public void ReadQrels_NoHeaderTrecFormAndDecimalGrades_AreAccepted()
    {
        var path = _dir.Write("qrels/test.tsv", "q1 0 d1 2\nq1 0 d2 0\nq2\td3\t1.0\n");

        var qrels = BeirReader.ReadQrels(path);

        Assert.Equal(2, qrels.RelevanceOf("q1", "d1"));
        Assert.Equal(0, qrels.RelevanceOf("q1", "d2"));
        Assert.Equal(1, qrels.RelevanceOf("q2", "d3"));
    }

    [Fact]
    public void ReadQrels_RepeatedPair_KeepsLastGrade()
    {
        var path = _dir.Write("qrels/test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td1\t2\n");

        Assert.Equal(2, BeirReader.ReadQrels(path).RelevanceOf("q1", "d1"));
    }

    [Fact]
    public void ReadCorpus_LoneSurrogateEscapeAndInvalidUtf8_DecodeWithReplacementCharacter()
    {
        var path = System.IO.Path.Combine(_dir.Path, "corpus.jsonl");
        byte[] badUtf8 = [.. "{\"_id\":\"b\",\"text\":\"x"u8, 0xFF, .. "y\"}\n"u8];
        File.WriteAllBytes(path, [.. "{\"_id\":\"a\",\"text\":\"bad \\ud800 pair \\ud83d\\ude00 \\\"q\\\"\\n\"}\n"u8, .. badUtf8]);

        var docs = BeirReader.ReadCorpus(path).ToList();

        Assert.Equal("bad \uFFFD pair \U0001F600 \"q\"\n", docs[0].Text);
        Assert.Equal("x\uFFFDy", docs[1].Text);
    }
}
