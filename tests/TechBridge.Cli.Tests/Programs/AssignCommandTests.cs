namespace TechBridge.Cli.Tests.Programs;

public sealed class AssignCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("techbridge-assign-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Assign_FeasibleInstance_WritesTheOptimalAssignmentAndPrintsTheTotal()
    {
        // r1 is everyone's favourite but takes one: the optimum gives p1 to r2 (0.8) so p2 keeps r1 (0.7) = 1.5, where
        // the greedy choice (p1–r1 0.9 first) ends at 0.9 + 0.1 = 1.0.
        var scores = Write("scores.csv", "submission_id,reviewer_id,score\np1,r1,0.9\np1,r2,0.8\np2,r1,0.7\np2,r2,0.1\n");
        var output = new StringWriter();

        var exit = await Run(output, new StringWriter(), "assign", "--affinity", scores, "--reviewers-per-paper", "1", "--max-load", "1", "--out", Path.Combine(directory, "a.csv"));

        Assert.Equal(0, exit);
        Assert.Contains("Total affinity: 1.5", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(["submission_id,reviewer_id,score", "p1,r2,0.8", "p2,r1,0.7"], File.ReadAllLines(Path.Combine(directory, "a.csv")));
    }

    [Fact]
    public async Task Assign_WithConflicts_NeverAssignsAConflictedPair()
    {
        var scores = Write("scores.csv", "p1,r1,0.9\np1,r2,0.2\n\"p,2\",r1,0.5\n\"p,2\",r2,0.4\n");
        var conflicts = Write("conflicts.csv", "submission_id,reviewer_id\np1,r1\n");

        var exit = await Run(new StringWriter(), new StringWriter(), "assign", "--affinity", scores, "--conflicts", conflicts,
            "--reviewers-per-paper", "1", "--max-load", "2", "--out", Path.Combine(directory, "a.csv"));

        Assert.Equal(0, exit);
        Assert.Equal(["submission_id,reviewer_id,score", "\"p,2\",r1,0.5", "p1,r2,0.2"], File.ReadAllLines(Path.Combine(directory, "a.csv")));
    }

    [Fact]
    public async Task Assign_Infeasible_ExitsWithAClearErrorAndWritesNothing()
    {
        var scores = Write("scores.csv", "p1,r1,0.9\np1,r2,0.8\np2,r1,0.7\np2,r2,0.1\np3,r1,0.3\n");
        var error = new StringWriter();
        var outPath = Path.Combine(directory, "a.csv");

        var exit = await Run(new StringWriter(), error, "assign", "--affinity", scores, "--reviewers-per-paper", "2", "--max-load", "2", "--out", outPath);

        Assert.Equal(3, exit);
        var text = error.ToString();
        Assert.Contains("infeasible", text, StringComparison.Ordinal);
        Assert.Contains("p3: only 1 scored reviewers without a conflict; 2 needed.", text, StringComparison.Ordinal);
        Assert.Contains("2 reviewers × 2 = 4 reviews for 3 × 2 = 6 needed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.False(File.Exists(outPath));
    }

    [Theory]
    [InlineData("p1,r1,high\n", "line 1: the score 'high' is not a number.")]
    [InlineData("p1,r1\n", "line 1: expected 3 columns")]
    [InlineData("p1,r1,0.5\np1,r1,0.6\n", "scored twice")]
    public async Task Assign_MalformedScores_IsAUsageErrorNamingTheProblem(string csv, string message)
    {
        var scores = Write("scores.csv", csv);
        var error = new StringWriter();

        var exit = await Run(new StringWriter(), error, "assign", "--affinity", scores, "--reviewers-per-paper", "1", "--max-load", "1", "--out", Path.Combine(directory, "a.csv"));

        Assert.Equal(2, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_WithoutTheLoad_IsAUsageError()
    {
        var error = new StringWriter();

        var exit = await Run(new StringWriter(), error, "assign", "--affinity", Write("s.csv", "p1,r1,1\n"), "--reviewers-per-paper", "1", "--out", "x.csv");

        Assert.Equal(2, exit);
        Assert.Contains("--max-load", error.ToString(), StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Task<int> Run(StringWriter output, StringWriter error, params string[] args) =>
        CliApplication.RunAsync(args, new StringReader(""), output, error);
}
