using TechBridge.Core.Programs.Calls;

namespace TechBridge.Web.Components.Pages.Programs.Calls;

/// <summary>The badge tone of a call's phase: open green, upcoming orange, the rest grey.</summary>
internal static class CallTones
{
    public static string Of(CallPhase phase) => phase switch
    {
        CallPhase.Open => "ok",
        CallPhase.Upcoming => "warn",
        _ => "off",
    };
}
