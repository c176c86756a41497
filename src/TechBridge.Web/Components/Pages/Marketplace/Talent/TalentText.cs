using TechBridge.Core.Marketplace.Talent;

namespace TechBridge.Web.Components.Pages.Marketplace.Talent;

/// <summary>Badge tones of the talent pages' states.</summary>
public static class TalentText
{
    public static string Tone(HiTechMatchStatus status) => status switch
    {
        HiTechMatchStatus.Accepted => "ok",
        HiTechMatchStatus.Proposed => "warn",
        _ => "off",
    };

    public static string Tone(AdvisoryStatus status) => status switch
    {
        AdvisoryStatus.Completed => "ok",
        AdvisoryStatus.Requested => "warn",
        AdvisoryStatus.Assigned => "warn",
        _ => "off",
    };
}
