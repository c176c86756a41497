namespace TechBridge.Core.Accounts.Privacy;

/// <summary>Everything TechBridge holds about one account's owner, as they download it (GDPR Art. 15/20, PIPA §35).</summary>
public sealed record PersonalDataExport(
    DateTimeOffset ExportedAt,
    PersonalAccountData Account,
    IReadOnlyList<PersonalRecordData> DirectoryProfiles,
    IReadOnlyList<PersonalSessionData> Sessions,
    IReadOnlyList<PersonalApiTokenData> ApiTokens,
    IReadOnlyList<PersonalLinkRequestData> OrganizationLinkRequests,
    IReadOnlyList<PersonalInboxData> Inbox,
    IReadOnlyList<PersonalEmailData> Emails,
    IReadOnlyList<PersonalRecordData> Reservations,
    IReadOnlyList<PersonalRecordData> SupportRequests,
    IReadOnlyList<PersonalRecordData> TechnologyNeeds,
    IReadOnlyList<PersonalRecordData> Proposals,
    IReadOnlyList<PersonalRecordData> InquiriesStarted,
    IReadOnlyList<PersonalMessageData> InquiryMessagesWritten,
    IReadOnlyList<PersonalTalentData> TalentProfiles,
    IReadOnlyList<PersonalRecordData> HiTechMatches,
    IReadOnlyList<PersonalRecordData> AdvisoryRequests,
    IReadOnlyList<PersonalActivityData> Activity);

/// <summary>The talent side of one of the person's directory entries.</summary>
public sealed record PersonalTalentData(
    Guid PersonId, string Stage, int? PhdYear, string? Employer, bool IsKtagMember, string Availability, DateOnly? AvailableFrom, bool WillingToConsult,
    DateTimeOffset UpdatedAt);

public sealed record PersonalAccountData(
    Guid Id, string Email, bool EmailConfirmed, string DisplayName, string? PhoneNumber, string Culture,
    IReadOnlyList<string> Roles, Guid? OrganizationId, string? OrganizationName, bool ManagesOrganization,
    bool TwoFactorEnabled, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt);

public sealed record PersonalSessionData(DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? UserAgent, string? IpAddress);

public sealed record PersonalApiTokenData(string Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

public sealed record PersonalLinkRequestData(Guid OrganizationId, string Status, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt);

public sealed record PersonalInboxData(DateTimeOffset CreatedAt, string Subject, string Body, string? Link, DateTimeOffset? ReadAt);

public sealed record PersonalEmailData(DateTimeOffset CreatedAt, string Subject, string Status, DateTimeOffset? SentAt);

/// <summary>A record the person created (a reservation, a request, a need, a proposal, an inquiry): what and when.</summary>
public sealed record PersonalRecordData(Guid Id, string Title, string Status, DateTimeOffset CreatedAt);

public sealed record PersonalMessageData(Guid InquiryId, DateTimeOffset SentAt, string Body);

public sealed record PersonalActivityData(DateTimeOffset At, string Action, string EntityType, string EntityId);
