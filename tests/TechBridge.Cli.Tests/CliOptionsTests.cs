namespace TechBridge.Cli.Tests;

/// <summary>Every verb answers --help; an option a verb does not take is refused naming the valid ones; switches never eat a value.</summary>
public sealed class CliOptionsTests
{
    public static TheoryData<string> Verbs() => [.. CliCommands.All.Select(c => c.Verb)];

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task RunAsync_VerbWithHelp_PrintsItsUsageAndExitsZero(string verb)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CliApplication.RunAsync([verb, "--help"], new StringReader(""), output, error);
        var shortExit = await CliApplication.RunAsync([verb, "-h"], new StringReader(""), new StringWriter(), new StringWriter());

        Assert.Equal((0, 0), (exit, shortExit));
        Assert.Contains($"techbridge {verb}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData("eval", "--analyser", "bilingual")]
    [InlineData("search", "--indx", "./idx")]
    [InlineData("migrate", "--json", "yes")]
    public async Task RunAsync_UnknownOption_ExitsTwoNamingTheValidOptions(string verb, string option, string value)
    {
        var error = new StringWriter();

        var exit = await CliApplication.RunAsync([verb, option, value], new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains($"has no option {option}", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Valid options: --", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--help", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SwitchBeforeAPositional_KeepsThePositional()
    {
        var options = CliOptions.Parse(["--json", "전고체 배터리", "--top", "5"], CliCommands.Find("search")!);

        Assert.True(options.Has("json"));
        Assert.Equal(["전고체 배터리"], options.Positional);
        Assert.Equal(5, options.Number("top", 10, 1, 100));
    }

    [Fact]
    public async Task RunAsync_ValueMissing_ExitsTwoSayingWhichOption()
    {
        var error = new StringWriter();

        var exit = await CliApplication.RunAsync(["eval", "--beir"], new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("--beir needs a value", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownVerb_ListsTheCommands()
    {
        var error = new StringWriter();

        var exit = await CliApplication.RunAsync(["serach"], new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("Commands: migrate, index, search, eval", error.ToString(), StringComparison.Ordinal);
    }
}
