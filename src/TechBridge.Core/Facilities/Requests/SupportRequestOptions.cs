namespace TechBridge.Core.Facilities.Requests;

/// <summary>How long each party has to answer before the step moves on (configuration section "SupportRequests").</summary>
public sealed class SupportRequestOptions
{
    public const string Section = "SupportRequests";

    /// <summary>Business days (Korean public holidays excluded) a coordinator, a center or the company has for its step.</summary>
    public int ResponseBusinessDays { get; set; } = 3;

    /// <summary>How many times an unanswered step moves on to the next person before it only waits.</summary>
    public int MaxEscalations { get; set; } = 2;
}
