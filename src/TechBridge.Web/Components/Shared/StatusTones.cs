using TechBridge.Core.Facilities;
using TechBridge.Core.Marketplace;

namespace TechBridge.Web.Components.Shared;

/// <summary>Which colour a status badge takes (see <c>StatusBadge</c>): usable now is ok, in progress is warn, finished is off.</summary>
public static class StatusTones
{
    public static string Of(EquipmentStatus status) => status switch
    {
        EquipmentStatus.Available => "ok",
        EquipmentStatus.UnderMaintenance => "warn",
        _ => "off",
    };

    public static string Of(LicensingStatus status) => status switch
    {
        LicensingStatus.Available => "ok",
        LicensingStatus.UnderNegotiation => "warn",
        _ => "off",
    };

    public static string Of(NeedStatus status) => status switch
    {
        NeedStatus.Open => "ok",
        NeedStatus.Matched => "warn",
        _ => "off",
    };
}
