namespace TechBridge.Core.Programs.Calls;

public enum CallAction
{
    Publish,
    Extend,
    Close,
}

/// <summary>Draft → published (publish) → closed (close); a published call's deadline may be extended.</summary>
public static class CallTransitions
{
    public static bool Allows(CallStatus status, CallAction action) => (status, action) switch
    {
        (CallStatus.Draft, CallAction.Publish) => true,
        (CallStatus.Published, CallAction.Extend) => true,
        (CallStatus.Published, CallAction.Close) => true,
        _ => false,
    };
}
