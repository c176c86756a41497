using Microsoft.Data.Sqlite;

namespace TechBridge.Cli.Tests.Programs;

public sealed class ReviewersCommandTests : IDisposable
{
    private const string Header = "name_ko,name_en,email,organization,country,fields,keywords,max_load,publications";
    private readonly string directory = Directory.CreateTempSubdirectory("techbridge-reviewers-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task ReviewersImport_ValidCsv_AddsThePeopleToThePoolAndPrintsTheCounts()
    {
        await using var database = TestDatabase.Sqlite();
        var csv = Write("reviewers.csv", Header + "\n김하늘,Kim Ha-neul,haneul@kimm.example.kr,한국기계연구원,KR,INTELLIGENT_ROBOT,,8,2022|협동로봇 안전 제어\n"
            + ",Laura Chen,laura.chen@stanford.example.edu,\"Stanford University, CA\",US,SEMICONDUCTOR,,,\n");
        var output = new StringWriter();

        var exit = await Run(output, new StringWriter(), "reviewers", "import", "--csv", csv, "--database", "sqlite", "--connection", database.ConnectionString);

        Assert.Equal(0, exit);
        Assert.Contains("2 added to the pool, 0 already in it; 2 new in the directory", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(["Domestic|8", "Overseas|6"], await ReviewersAsync(database.ConnectionString));
    }

    [Fact]
    public async Task ReviewersImport_BrokenLine_ExitsWithOneNamesTheLineAndImportsNothing()
    {
        await using var database = TestDatabase.Sqlite();
        var csv = Write("reviewers.csv", Header + "\n,Laura Chen,laura.chen@stanford.example.edu,,US,,,,\n,No Country,,,,,,,\n");
        var error = new StringWriter();

        var exit = await Run(new StringWriter(), error, "reviewers", "import", "--csv", csv, "--database", "sqlite", "--connection", database.ConnectionString);

        Assert.Equal(1, exit);
        var text = error.ToString();
        Assert.True(text.Contains("3번째 줄", StringComparison.Ordinal) || text.Contains("Line 3", StringComparison.Ordinal), text);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Empty(await ReviewersAsync(database.ConnectionString));
    }

    [Fact]
    public async Task ReviewersImport_OpenReviewDirectory_AddsOverseasReviewers()
    {
        await using var database = TestDatabase.Sqlite();
        var archives = Directory.CreateDirectory(Path.Combine(directory, "expertise", "archives"));
        await File.WriteAllTextAsync(Path.Combine(archives.FullName, "~Jane_Doe1.jsonl"), "{\"id\":\"p1\",\"content\":{\"title\":\"Solid electrolytes\"}}\n");
        var output = new StringWriter();

        var exit = await Run(output, new StringWriter(), "reviewers", "import", "--openreview", Path.Combine(directory, "expertise"), "--country", "US",
            "--database", "sqlite", "--connection", database.ConnectionString);

        Assert.Equal(0, exit);
        Assert.Contains("1 added to the pool", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(["Overseas|6"], await ReviewersAsync(database.ConnectionString));
    }

    [Theory]
    [InlineData("reviewers")]
    [InlineData("reviewers", "import")]
    [InlineData("reviewers", "import", "--csv", "a.csv", "--openreview", "dir")]
    [InlineData("reviewers", "import", "--openreview", "dir")]
    public async Task Reviewers_BadArguments_ExitsWithTwoAndPointsToHelp(params string[] args)
    {
        var error = new StringWriter();

        var exit = await CliApplication.RunAsync(args, new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("techbridge --help", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewersImport_MissingFile_ExitsWithOne()
    {
        var error = new StringWriter();

        var exit = await Run(new StringWriter(), error, "reviewers", "import", "--csv", Path.Combine(directory, "nope.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("file not found", error.ToString(), StringComparison.Ordinal);
    }

    private static Task<int> Run(TextWriter output, TextWriter error, params string[] args) => CliApplication.RunAsync(args, new StringReader(""), output, error);

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<List<string>> ReviewersAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Group\" || '|' || \"MaxLoad\" FROM Reviewers ORDER BY \"Group\"";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
