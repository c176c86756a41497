namespace TechBridge.Web.Localization;

/// <summary>Marker for the UI strings in Resources/SharedResource(.en).resx; Korean is the neutral culture.</summary>
public sealed class SharedResource;
