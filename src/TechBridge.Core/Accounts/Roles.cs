namespace TechBridge.Core.Accounts;

/// <summary>The platform's roles. Authorization is deny-by-default: a page or endpoint names the roles it admits.</summary>
public static class Roles
{
    public const string Company = "Company";
    public const string Researcher = "Researcher";
    public const string CenterOperator = "CenterOperator";
    public const string Coordinator = "Coordinator";
    public const string ProgramManager = "ProgramManager";
    public const string Reviewer = "Reviewer";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All =
        [Company, Researcher, CenterOperator, Coordinator, ProgramManager, Reviewer, Administrator];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
