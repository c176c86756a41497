using Npgsql;
using TechBridge.Core.Data;

namespace TechBridge.Core.Tests.Data;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void WithStatementPreparation_NoSetting_TurnsOnAutomaticPreparation()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithStatementPreparation("Host=db;Database=techbridge;Username=app"));

        Assert.Equal(PostgresConnectionString.MaxAutoPrepare, result.MaxAutoPrepare);
        Assert.Equal(2, result.AutoPrepareMinUsages);
        Assert.Equal("db", result.Host);
        Assert.Equal("techbridge", result.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=7", 7)]
    [InlineData("Host=db;Auto Prepare Min Usages=5", 0)]
    public void WithStatementPreparation_OperatorSetIt_KeepsTheOperatorsValue(string connectionString, int expected)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithStatementPreparation(connectionString));

        Assert.Equal(expected, result.MaxAutoPrepare);
    }
}
