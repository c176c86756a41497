using TechBridge.Core.Programs.Proposals;

namespace TechBridge.Web.Api;

/// <summary>The optional body of an invitation: one partner to invite (again), or none for every partner not yet confirmed.</summary>
public sealed record ProposalInvitationBody(Guid? PartnerId);

/// <summary>The version a saved draft now has (also its new ETag).</summary>
public sealed record ProposalSaved(long Version);

/// <summary>How many partners were sent an invitation.</summary>
public sealed record ProposalInvitationsSent(int Sent);

/// <summary>The receipt of a submitted proposal.</summary>
public sealed record ProposalReceipt(string ReceiptNumber);

/// <summary>A program manager's screening decision: passed on to review, or rejected with the reason.</summary>
public sealed record ProposalScreeningBody(ScreeningOutcome? Outcome, string? Note);
