using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Tests.Shared.Notifications;

public sealed class DigestOptionsTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(24)]
    public void DigestHourKst_OutsideTheDay_IsRefusedWithTheSettingsName(int hour)
    {
        using var provider = Provider(hour);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DigestOptions>>().Value);

        Assert.Contains("Notifications:DigestHourKst", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(23)]
    public void DigestHourKst_AnHourOfTheDay_IsAccepted(int hour)
    {
        using var provider = Provider(hour);

        Assert.Equal(hour, provider.GetRequiredService<IOptions<DigestOptions>>().Value.DigestHourKst);
    }

    private static ServiceProvider Provider(int hour)
    {
        var services = new ServiceCollection().AddTechBridgeNotifications();
        services.Configure<DigestOptions>(o => o.DigestHourKst = hour);
        return services.BuildServiceProvider();
    }
}
