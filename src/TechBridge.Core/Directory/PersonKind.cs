namespace TechBridge.Core.Directory;

public enum PersonKind
{
    Researcher,
    Expert,
    OverseasKoreanEngineer,
}
