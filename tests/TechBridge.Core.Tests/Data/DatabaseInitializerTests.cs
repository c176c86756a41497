using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Data;

public sealed class DatabaseInitializerTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Initialize_EmptyDatabase_LogsNoError(string provider)
    {
        using var recorder = new RecordingLoggerProvider();

        await using var host = await CoreHost.StartInitializedAsync(provider, configure: s => s.AddLogging(b => b.AddProvider(recorder)));

        Assert.Empty(recorder.Errors);
    }
}
