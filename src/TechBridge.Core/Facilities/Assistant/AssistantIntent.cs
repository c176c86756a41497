namespace TechBridge.Core.Facilities.Assistant;

/// <summary>What a question to the equipment assistant asks for.</summary>
public enum AssistantIntent
{
    /// <summary>Which equipment there is and where.</summary>
    Find,

    /// <summary>When the equipment is free.</summary>
    Availability,

    /// <summary>What using it costs.</summary>
    Fee,

    /// <summary>How to book it or ask for support.</summary>
    HowToBook,
}
