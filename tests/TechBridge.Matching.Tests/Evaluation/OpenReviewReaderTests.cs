using TechBridge.Matching.Evaluation;

namespace TechBridge.Matching.Tests.Evaluation;

public sealed class OpenReviewReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_PlainContentAndKeyedSubmissions_ReturnsArchivesAndSubmissions()
    {
        _dir.Write("archives/~Jane_Doe1.jsonl", """
            {"id": "p1", "cdate": 1600000000, "content": {"title": "Graph neural networks", "abstract": "We study GNNs.", "authors": ["Jane"]}}
            {"id": "p2", "content": {"title": "Attention", "abstract": "Transformers."}}
            """);
        _dir.Write("archives/alice@example.org.jsonl", "{\"id\": \"p3\", \"content\": {\"title\": \"이차전지 소재\", \"abstract\": \"양극재\"}}\n");
        _dir.Write("archives/notes.txt", "ignored");
        _dir.Write("submissions.json", """
            {
              "s1": {"id": "s1", "content": {"title": "Message passing", "abstract": "On GNN expressivity."}},
              "s2": {"content": {"title": "Battery cathodes", "abstract": null}}
            }
            """);

        var dataset = OpenReviewReader.Read(_dir.Path);

        Assert.Equal(["alice@example.org", "~Jane_Doe1"], dataset.Archives.Select(a => a.ReviewerId));
        Assert.Equal(
            [new Paper("p1", "Graph neural networks", "We study GNNs."), new Paper("p2", "Attention", "Transformers.")],
            dataset.Archives[1].Papers);
        Assert.Equal([new Paper("p3", "이차전지 소재", "양극재")], dataset.Archives[0].Papers);
        Assert.Equal(
            [new Submission("s1", "Message passing", "On GNN expressivity."), new Submission("s2", "Battery cathodes", "")],
            dataset.Submissions);
    }

    [Fact]
    public void ReadArchive_ValueWrappedContent_UnwrapsValues()
    {
        var path = _dir.Write("archives/r1.jsonl", """
            {"id": "p1", "content": {"title": {"value": "Wrapped title"}, "abstract": {"value": "Wrapped abstract", "readers": ["everyone"]}}}
            {"id": "p2", "content": {"title": {"value": null}, "abstract": "plain"}}
            """);

        var archive = OpenReviewReader.ReadArchive(path);

        Assert.Equal("r1", archive.ReviewerId);
        Assert.Equal([new Paper("p1", "Wrapped title", "Wrapped abstract"), new Paper("p2", "", "plain")], archive.Papers);
    }

    [Fact]
    public void ReadArchive_MissingOrNullFields_ReadAsEmpty()
    {
        var path = _dir.Write("archives/r1.jsonl", """
            {"id": "p1", "content": {"title": "Only a title"}}
            {"id": "p2", "content": {"title": null, "abstract": null}}
            {"id": "p3", "content": null}
            {"content": {"abstract": "no id"}}
            """);

        var archive = OpenReviewReader.ReadArchive(path);

        Assert.Equal(
            [new Paper("p1", "Only a title", ""), new Paper("p2", "", ""), new Paper("p3", "", ""), new Paper("r1:4", "", "no id")],
            archive.Papers);
    }

    [Fact]
    public void ReadArchive_EmptyFile_ReturnsReviewerWithoutPapers()
    {
        var path = _dir.Write("archives/r1.jsonl", "");

        var archive = OpenReviewReader.ReadArchive(path);

        Assert.Equal("r1", archive.ReviewerId);
        Assert.Empty(archive.Papers);
    }

    [Fact]
    public void ReadArchive_BomAndCrlf_AreHandled()
    {
        var path = _dir.Write("archives/r1.jsonl", "{\"id\":\"p1\",\"content\":{\"title\":\"T\",\"abstract\":\"A\"}}\r\n\r\n", bom: true);

        Assert.Equal([new Paper("p1", "T", "A")], OpenReviewReader.ReadArchive(path).Papers);
    }

    [Fact]
    public void ReadArchive_MalformedLine_ReportsFileAndLine()
    {
        var path = _dir.Write("archives/r1.jsonl", "{\"id\":\"p1\",\"content\":{}}\n\n{\"id\":\"p2\",\"content\":{\"title\": }}\n");

        var ex = Assert.Throws<DatasetFormatException>(() => OpenReviewReader.ReadArchive(path));

        Assert.Equal(path, ex.FilePath);
        Assert.Equal(3, ex.LineNumber);
        Assert.StartsWith($"{path} line 3: expected a JSON object with 'id' and 'content'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": \"p\", \"content\": \"text\"}", "expected 'content' to be an object with 'title' and 'abstract'")]
    [InlineData("{\"id\": \"p\", \"content\": {\"title\": [\"a\"]}}", "expected 'content.title' to be a string, null or {\"value\": string}")]
    [InlineData("{\"id\": \"p\", \"content\": {\"abstract\": {\"value\": {}}}}", "expected 'content.abstract' to be a string, null or {\"value\": string}")]
    [InlineData("[]", "expected a JSON object with 'id' and 'content'")]
    public void ReadArchive_WrongShape_ReportsWhatWasExpected(string line, string expected)
    {
        var path = _dir.Write("archives/r1.jsonl", "{\"id\":\"ok\",\"content\":{}}\n" + line + "\n");

        var ex = Assert.Throws<DatasetFormatException>(() => OpenReviewReader.ReadArchive(path));

        Assert.Equal(2, ex.LineNumber);
        Assert.Equal(expected, ex.Problem);
    }

    [Fact]
    public void ReadSubmissions_ListShapeWithWrappedValues_ReturnsSubmissionsInOrder()
    {
        var path = _dir.Write("submissions.json", """
            [
              {"id": "s2", "content": {"title": {"value": "Second"}, "abstract": {"value": "B"}}},
              {"id": 17, "content": {"title": "Numeric id", "abstract": "C"}},
              {"id": "s1", "content": {"title": "First"}}
            ]
            """, bom: true);

        var submissions = OpenReviewReader.ReadSubmissions(path);

        Assert.Equal(
            [new Submission("s2", "Second", "B"), new Submission("17", "Numeric id", "C"), new Submission("s1", "First", "")],
            submissions);
    }

    [Fact]
    public void ReadSubmissions_KeyedShapeWithWrappedValues_UsesKeysAsIds()
    {
        var path = _dir.Write("submissions.json", """
            {"abc": {"content": {"title": {"value": "T"}, "abstract": {"value": "A"}}}, "def": {"content": {}}}
            """);

        Assert.Equal([new Submission("abc", "T", "A"), new Submission("def", "", "")], OpenReviewReader.ReadSubmissions(path));
    }

    [Fact]
    public void ReadSubmissions_ListEntryWithoutId_ReportsItsLine()
    {
        var path = _dir.Write("submissions.json", "[\r\n  {\"id\": \"s1\", \"content\": {}},\r\n  {\"content\": {\"title\": \"x\"}}\r\n]\r\n");

        var ex = Assert.Throws<DatasetFormatException>(() => OpenReviewReader.ReadSubmissions(path));

        Assert.Equal($"{path} line 3: expected a submission object with a string 'id' and 'content'", ex.Message);
    }

    [Fact]
    public void ReadSubmissions_KeyedValueNotObject_ReportsItsLine()
    {
        var path = _dir.Write("submissions.json", "{\n  \"s1\": {\"content\": {}},\n  \"s2\": \"oops\"\n}\n");

        var ex = Assert.Throws<DatasetFormatException>(() => OpenReviewReader.ReadSubmissions(path));

        Assert.Equal(3, ex.LineNumber);
        Assert.Equal("expected a submission object with 'content' for 's2'", ex.Problem);
    }

    [Fact]
    public void ReadSubmissions_InvalidJson_ReportsItsLine()
    {
        var path = _dir.Write("submissions.json", "{\n  \"s1\": {\"content\": {}},\n  \"s2\": {\"content\": {\"title\": \"x\",}}\n}\n");

        var ex = Assert.Throws<DatasetFormatException>(() => OpenReviewReader.ReadSubmissions(path));

        Assert.Equal(3, ex.LineNumber);
        Assert.StartsWith("expected an object keyed by submission id or a list of submissions (invalid JSON", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"submissions\"")]
    [InlineData("42")]
    [InlineData("")]
    public void ReadSubmissions_NeitherObjectNorList_Throws(string content)
    {
        var path = _dir.Write("submissions.json", content);

        var ex = Assert.Throws<DatasetFormatException>(() => OpenReviewReader.ReadSubmissions(path));

        Assert.Contains("expected an object keyed by submission id or a list of submissions", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingSubmissions_NamesLayout()
    {
        _dir.Write("archives/r1.jsonl", "");

        var ex = Assert.Throws<DatasetFormatException>(() => OpenReviewReader.Read(_dir.Path));

        Assert.Equal(
            $"{System.IO.Path.Combine(_dir.Path, "submissions.json")}: file not found; expected the openreview-expertise layout: archives/<reviewer>.jsonl and submissions.json",
            ex.Message);
    }

    [Fact]
    public void Read_NoArchives_NamesLayout()
    {
        _dir.Write("submissions.json", "{}");
        Directory.CreateDirectory(System.IO.Path.Combine(_dir.Path, "archives"));

        var ex = Assert.Throws<DatasetFormatException>(() => OpenReviewReader.Read(_dir.Path));

        Assert.Contains("no <reviewer>.jsonl files", ex.Message, StringComparison.Ordinal);
        Assert.Contains(OpenReviewReader.Layout, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingArchivesFolder_NamesLayout()
    {
        _dir.Write("submissions.json", "{}");

        var ex = Assert.Throws<DatasetFormatException>(() => OpenReviewReader.Read(_dir.Path));

        Assert.Equal(System.IO.Path.Combine(_dir.Path, "archives"), ex.FilePath);
        Assert.Contains(OpenReviewReader.Layout, ex.Message, StringComparison.Ordinal);
    }
}
