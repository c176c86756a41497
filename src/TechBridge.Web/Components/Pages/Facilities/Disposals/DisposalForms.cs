namespace TechBridge.Web.Components.Pages.Facilities.Disposals;

/// <summary>The proposal form as posted.</summary>
public sealed class DisposalProposalForm
{
    public string? ReasonKind { get; set; }
    public string? Text { get; set; }
}

/// <summary>The case page's step form as posted: which button, the reason, and the fields of the step that needs them.</summary>
public sealed class DisposalStepForm
{
    public string? Action { get; set; }
    public string? Reason { get; set; }
    public string? Version { get; set; }
    public string? ReceivingCenterId { get; set; }
    public string? DisposedOn { get; set; }
    public string? Method { get; set; }
}
