using Microsoft.Data.Sqlite;

namespace TechBridge.Cli.Tests.Accounts;

public sealed class CreateAdminCommandTests
{
    [Fact]
    public async Task CreateAdmin_NewSqliteDatabase_MigratesAndCreatesAnAdministratorWhoCanSignIn()
    {
        await using var database = TestDatabase.Sqlite();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CliApplication.RunAsync(
            ["create-admin", "--email", "ops@example.kr", "--name", "운영 관리자", "--database", "sqlite", "--connection", database.ConnectionString],
            new StringReader("Strong-passphrase-2026\n"), output, error);

        Assert.Equal(0, exit);
        Assert.Contains("ops@example.kr", output.ToString(), StringComparison.Ordinal);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT r.Role FROM Users u JOIN UserRoles r ON r.UserId = u.Id WHERE u.NormalizedEmail = 'OPS@EXAMPLE.KR'";
        Assert.Equal("Administrator", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task CreateAdmin_WeakPassword_ExitsWithOneAndSaysWhy()
    {
        await using var database = TestDatabase.Sqlite();
        var error = new StringWriter();

        var exit = await CliApplication.RunAsync(
            ["create-admin", "--email", "ops@example.kr", "--name", "운영", "--database", "sqlite", "--connection", database.ConnectionString],
            new StringReader("short\n"), new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("Password", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("create-admin", "--email")]
    [InlineData("migrate", "--database", "oracle")]
    public async Task Run_BadArguments_ExitsWithTwoAndPointsToHelp(params string[] args)
    {
        var error = new StringWriter();

        var exit = await CliApplication.RunAsync(args, new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("techbridge --help", error.ToString(), StringComparison.Ordinal);
    }
}
