namespace TechBridge.Core.Accounts;

/// <summary>What a person enters to sign up: a company user or a researcher, optionally asking to act for an organisation.</summary>
public sealed record Registration(
    string Email, string DisplayName, string Password, string Role, string Culture = "ko", Guid? OrganizationId = null, string? Message = null)
{
    /// <summary>The roles a person may give themselves; every other role is granted by an administrator.</summary>
    public static readonly IReadOnlyList<string> SelfServiceRoles = [Roles.Company, Roles.Researcher];
}

/// <summary>A pending (or decided) request to be linked to an organisation, as its approvers see it.</summary>
public sealed record LinkRequestSummary(
    Guid Id, Guid UserId, string ApplicantName, string ApplicantEmail, IReadOnlyList<string> ApplicantRoles, Guid OrganizationId, string OrganizationNameKo,
    string OrganizationNameEn, string? Message, LinkRequestStatus Status, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt);
