using System.Globalization;

namespace TechBridge.Core.Tests.Shared;

/// <summary>Switches the current UI culture (and culture) for a block and restores the previous ones.</summary>
public sealed class UiCulture : IDisposable
{
    private readonly CultureInfo previousUi = CultureInfo.CurrentUICulture;
    private readonly CultureInfo previous = CultureInfo.CurrentCulture;

    private UiCulture(string name)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
    }

    public static UiCulture Use(string name) => new(name);

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = previousUi;
        CultureInfo.CurrentCulture = previous;
    }
}
