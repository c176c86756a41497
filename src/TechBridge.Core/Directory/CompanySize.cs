namespace TechBridge.Core.Directory;

/// <summary>Company size class as Korean support programs distinguish it (중소·중견·대기업, 스타트업).</summary>
public enum CompanySize
{
    Startup,
    Small,
    MidSize,
    Large,
}
