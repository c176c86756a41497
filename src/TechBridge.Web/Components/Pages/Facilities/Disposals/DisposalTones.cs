using TechBridge.Core.Facilities.Disposals;

namespace TechBridge.Web.Components.Pages.Facilities.Disposals;

/// <summary>Badge colours: waiting on someone is warn, a transfer done is ok, ended otherwise is off.</summary>
public static class DisposalTones
{
    public static string Of(DisposalStatus status) => status switch
    {
        DisposalStatus.Proposed or DisposalStatus.ApprovedForTransfer or DisposalStatus.ApprovedForDisposal => "warn",
        DisposalStatus.TransferAccepted => "ok",
        _ => "off",
    };
}
