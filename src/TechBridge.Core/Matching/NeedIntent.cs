namespace TechBridge.Core.Matching;

/// <summary>Where the partner should be, when a need says so in words ("해외 연구기관", "domestic supplier").</summary>
public enum PartnerReach
{
    Any,
    Overseas,
    Domestic,
}

/// <summary>Reads structured preferences that needs commonly state in free text.</summary>
public static class NeedIntent
{
    public const float ReachBoost = 1.5f;

    private static readonly string[] OverseasWords = ["해외", "국내외", "외국", "글로벌 파트너", "국외", "overseas", "abroad", "foreign", "international partner"];
    private static readonly string[] DomesticWords = ["국내", "domestic", "korean partner", "in korea"];

    public static PartnerReach Reach(string need)
    {
        var text = (need ?? string.Empty).ToLowerInvariant();
        var overseas = OverseasWords.Any(w => text.Contains(w, StringComparison.Ordinal));
        var domestic = DomesticWords.Any(w => text.Contains(w, StringComparison.Ordinal));
        return overseas == domestic ? PartnerReach.Any : overseas ? PartnerReach.Overseas : PartnerReach.Domestic;
    }
}
