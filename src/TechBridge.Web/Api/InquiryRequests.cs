namespace TechBridge.Web.Api;

/// <summary>A new inquiry from a hit: <c>kind</c> (Technology, Need, Organization, Person), the hit's id, a subject line and the first message.</summary>
public sealed record InquiryStartBody(string? Kind, Guid? SubjectId, string? Subject, string? Body);

/// <summary>A message in a thread.</summary>
public sealed record InquiryMessageBody(string? Body);

/// <summary>Why a party reports a thread.</summary>
public sealed record InquiryReportBody(string? Reason);

/// <summary>An administrator's decision on a report: <c>Dismiss</c> or <c>Hide</c>.</summary>
public sealed record InquiryResolveBody(string? Resolution);

/// <summary>What a POST created.</summary>
public sealed record CreatedId(Guid Id);
