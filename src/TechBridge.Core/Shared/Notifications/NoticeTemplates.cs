namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Every notice template and the values its texts use (besides <c>{link}</c>, which comes from <see cref="Notice.Link"/>,
/// and <c>{name}</c>, which <see cref="INotifier.NotifyUserAsync"/> fills with the recipient's display name when the caller
/// does not). The texts are <c>Notice.{Template}.Subject</c> and <c>.Body</c> in CoreMessages; a test renders each one in
/// Korean and English with exactly these values.
/// </summary>
public static class NoticeTemplates
{
    /// <summary>Confirm the e-mail address of a new account. Link: the confirmation page with its token.</summary>
    public const string AccountConfirmEmail = "AccountConfirmEmail";

    /// <summary>Someone tried to sign up with an address that has an account. Link: the forgotten-password page.</summary>
    public const string AccountAlreadyRegistered = "AccountAlreadyRegistered";

    /// <summary>A password reset was requested. Link: the reset page with its token.</summary>
    public const string AccountPasswordReset = "AccountPasswordReset";

    /// <summary>To an administrator or organisation manager: <c>{applicant}</c> (<c>{email}</c>) asks to join <c>{organization}</c>.</summary>
    public const string AccountLinkRequested = "AccountLinkRequested";

    /// <summary>The request to join <c>{organization}</c> was approved.</summary>
    public const string AccountLinkApproved = "AccountLinkApproved";

    /// <summary>The request to join <c>{organization}</c> was declined.</summary>
    public const string AccountLinkDeclined = "AccountLinkDeclined";

    /// <summary>Password, two-factor or sessions of the account changed at <c>{time}</c>.</summary>
    public const string AccountSecurityChanged = "AccountSecurityChanged";

    /// <summary>To the company user who booked: the reservation of <c>{equipment}</c> for <c>{period}</c> is now <c>{status}</c>. Link: the reservation.</summary>
    public const string ReservationUpdated = "ReservationUpdated";

    /// <summary>To the center's operators: <c>{company}</c>'s reservation of <c>{equipment}</c> is now <c>{status}</c>. Link: the reservation.</summary>
    public const string ReservationForCenter = "ReservationForCenter";

    /// <summary>To a party of a support request: the request <c>{title}</c> reached <c>{step}</c>, with what was written (<c>{message}</c>). Link: the request.</summary>
    public const string SupportRequestUpdated = "SupportRequestUpdated";

    /// <summary>To the applicant: the proposal <c>{title}</c> (<c>{titleEn}</c>) was submitted at <c>{time}</c> with receipt <c>{receipt}</c> and fingerprint <c>{sha256}</c>. Link: the proposal.</summary>
    public const string ProposalSubmitted = "ProposalSubmitted";

    /// <summary>To a partner's contact (no account needed): <c>{lead}</c> invites <c>{partner}</c> into the proposal <c>{title}</c> to the call <c>{call}</c>, closing <c>{closes}</c>. Link: the invitation.</summary>
    public const string ProposalPartnerInvited = "ProposalPartnerInvited";

    /// <summary>To the applicant: <c>{partner}</c> answered <c>{answer}</c> to the invitation into <c>{title}</c>. Link: the proposal.</summary>
    public const string ProposalPartnerResponded = "ProposalPartnerResponded";

    /// <summary>To a reviewer, in the stage's language: <c>{count}</c> proposals of <c>{call}</c> to review in <c>{stage}</c> by <c>{due}</c>. Link: their reviews.</summary>
    public const string ReviewAssigned = "ReviewAssigned";

    /// <summary>To the call's program managers: a reviewer of proposal <c>{receipt}</c> declined for <c>{reason}</c>. Link: the stage.</summary>
    public const string ReviewDeclined = "ReviewDeclined";

    /// <summary>To a reviewer, in the stage's language: <c>{count}</c> reviews of <c>{call}</c> are due at <c>{due}</c>. Link: their reviews.</summary>
    public const string ReviewReminder = "ReviewReminder";

    /// <summary>To the call's program managers: <c>{count}</c> reviews of <c>{stage}</c> passed <c>{due}</c>. Link: the stage.</summary>
    public const string ReviewOverdue = "ReviewOverdue";

    /// <summary>To an applicant, in their language: the call's decision (<c>{outcome}</c>) on <c>{title}</c>, with the released <c>{scores}</c> and comments. Link: the proposal.</summary>
    public const string ProposalDecision = "ProposalDecision";

    /// <summary>
    /// The daily digest (e-mail only): <c>{count}</c> notices since the last digest, listed in <c>{items}</c>, for <c>{date}</c>.
    /// Link: the account page where the delivery is chosen.
    /// </summary>
    public const string NoticeDigest = "NoticeDigest";

    /// <summary>To a party of an equipment disposal case: the case of <c>{equipment}</c> reached <c>{step}</c>, with the reason given (<c>{message}</c>). Link: the case.</summary>
    public const string DisposalUpdated = "DisposalUpdated";

    /// <summary>To the recipient side of a new inquiry: <c>{sender}</c> of <c>{organization}</c> asks about <c>{title}</c>: <c>{subject}</c>, <c>{message}</c>. Link: the thread (or the sign-up page).</summary>
    public const string InquiryReceived = "InquiryReceived";

    /// <summary>To the other side of an inquiry: <c>{author}</c> replied in <c>{subject}</c>: <c>{message}</c>. Link: the thread.</summary>
    public const string InquiryReplied = "InquiryReplied";

    /// <summary>To the other party of a new deal: <c>{actor}</c> of <c>{organization}</c> opened a deal about <c>{technology}</c>, noting <c>{message}</c>. Link: the deal.</summary>
    public const string DealOpened = "DealOpened";

    /// <summary>To the other party of a deal: <c>{actor}</c> of <c>{organization}</c> recorded <c>{stage}</c> on <c>{date}</c> for <c>{technology}</c>: <c>{message}</c>. Link: the deal.</summary>
    public const string DealStepRecorded = "DealStepRecorded";

    /// <summary>To the other party of a deal: <c>{actor}</c> of <c>{organization}</c> marked the deal about <c>{technology}</c> lost (<c>{reason}</c>, <c>{message}</c>). Link: the deal.</summary>
    public const string DealLost = "DealLost";
    /// <summary>To a participant: <c>{requester}</c> of <c>{organization}</c> asks to meet at <c>{event}</c>: <c>{message}</c>. Link: their meeting requests.</summary>
    public const string EventMeetingRequested = "EventMeetingRequested";

    /// <summary>To the requester: <c>{recipient}</c> of <c>{organization}</c> accepted the meeting at <c>{event}</c>. Link: the participants.</summary>
    public const string EventMeetingAccepted = "EventMeetingAccepted";

    /// <summary>To the requester: <c>{recipient}</c> declined the meeting at <c>{event}</c> for <c>{reason}</c>. Link: their meeting requests.</summary>
    public const string EventMeetingDeclined = "EventMeetingDeclined";

    /// <summary>To every participant: the schedule of <c>{event}</c> is published with their <c>{count}</c> meetings (<c>{meetings}</c>). Link: their agenda.</summary>
    public const string EventSchedulePublished = "EventSchedulePublished";

    /// <summary>To every participant, the day before: <c>{event}</c> starts on <c>{date}</c>, their meetings <c>{meetings}</c>. Link: their agenda.</summary>
    public const string EventReminder = "EventReminder";

    /// <summary>To every participant: the organiser changed <c>{event}</c>; now <c>{days}</c>, <c>{hours}</c>, at <c>{venue}</c>, registration until <c>{deadline}</c>. Link: the event.</summary>
    public const string EventChanged = "EventChanged";

    /// <summary>To a young researcher: <c>{company}</c> proposes a Hi-TECH task on <c>{need}</c>: <c>{message}</c>. Link: the match.</summary>
    public const string HiTechProposed = "HiTechProposed";

    /// <summary>To the company member who proposed: <c>{researcher}</c> accepted the task on <c>{need}</c>. Link: the match.</summary>
    public const string HiTechAccepted = "HiTechAccepted";

    /// <summary>To the company member who proposed: <c>{researcher}</c> declined the task on <c>{need}</c> for <c>{reason}</c>. Link: the match.</summary>
    public const string HiTechDeclined = "HiTechDeclined";

    /// <summary>To the researcher: <c>{company}</c> withdrew its unanswered proposal of the task on <c>{need}</c>. Link: the match.</summary>
    public const string HiTechWithdrawn = "HiTechWithdrawn";

    /// <summary>To coordinators: <c>{company}</c> asks the K-TAG network about <c>{topic}</c> (<c>{country}</c>). Link: the request.</summary>
    public const string AdvisoryRequested = "AdvisoryRequested";

    /// <summary>To the assigned K-TAG member: advise <c>{company}</c> on <c>{topic}</c>: <c>{question}</c>, coordinator's <c>{note}</c>. Link: the request.</summary>
    public const string AdvisoryAssigned = "AdvisoryAssigned";

    /// <summary>To the requesting company member: <c>{member}</c> will advise on <c>{topic}</c>. Link: the request.</summary>
    public const string AdvisoryMemberFound = "AdvisoryMemberFound";

    /// <summary>To the requesting company member: the session on <c>{topic}</c> was held, <c>{outcome}</c>, <c>{note}</c>. Link: the request.</summary>
    public const string AdvisoryCompleted = "AdvisoryCompleted";

    public static readonly IReadOnlyDictionary<string, string[]> Values = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [AccountConfirmEmail] = ["name"],
        [AccountPasswordReset] = ["name"],
        [AccountAlreadyRegistered] = ["name"],
        [AccountLinkRequested] = ["name", "applicant", "email", "organization"],
        [AccountLinkApproved] = ["name", "organization"],
        [AccountLinkDeclined] = ["name", "organization"],
        [AccountSecurityChanged] = ["name", "time"],
        [ReservationUpdated] = ["name", "equipment", "period", "status", "reason", "fee"],
        [ReservationForCenter] = ["name", "company", "equipment", "period", "status", "reason"],
        [SupportRequestUpdated] = ["name", "title", "step", "message"],
        [NoticeDigest] = ["name", "date", "count", "items"],
        [DisposalUpdated] = ["name", "equipment", "step", "message"],
        [ProposalSubmitted] = ["name", "title", "titleEn", "receipt", "time", "sha256"],
        [ProposalPartnerInvited] = ["name", "partner", "lead", "title", "call", "closes"],
        [ProposalPartnerResponded] = ["name", "partner", "title", "answer"],
        [ReviewAssigned] = ["name", "call", "count", "stage", "due"],
        [ReviewDeclined] = ["name", "call", "receipt", "reason"],
        [ReviewReminder] = ["name", "call", "count", "due"],
        [ReviewOverdue] = ["name", "call", "stage", "count", "due"],
        [ProposalDecision] = ["name", "title", "call", "outcome", "scores"],
        [InquiryReceived] = ["name", "sender", "organization", "subject", "title", "message"],
        [InquiryReplied] = ["name", "author", "subject", "message"],
        [DealOpened] = ["name", "actor", "organization", "technology", "message"],
        [DealStepRecorded] = ["name", "actor", "organization", "technology", "stage", "date", "message"],
        [DealLost] = ["name", "actor", "organization", "technology", "reason", "message"],
        [EventMeetingRequested] = ["name", "requester", "organization", "event", "message"],
        [EventMeetingAccepted] = ["name", "recipient", "organization", "event"],
        [EventMeetingDeclined] = ["name", "recipient", "event", "reason"],
        [EventSchedulePublished] = ["name", "event", "count", "meetings"],
        [EventReminder] = ["name", "event", "date", "meetings"],
        [EventChanged] = ["name", "event", "days", "hours", "venue", "deadline"],
        [HiTechProposed] = ["name", "company", "need", "message"],
        [HiTechAccepted] = ["name", "researcher", "need"],
        [HiTechDeclined] = ["name", "researcher", "need", "reason"],
        [HiTechWithdrawn] = ["name", "company", "need"],
        [AdvisoryRequested] = ["name", "company", "topic", "country"],
        [AdvisoryAssigned] = ["name", "company", "topic", "question", "note"],
        [AdvisoryMemberFound] = ["name", "member", "topic"],
        [AdvisoryCompleted] = ["name", "topic", "outcome", "note"],
    };

    /// <summary>
    /// Mail about the account's own security (confirming the address, resetting or changing the password, two-factor and
    /// session changes): always sent at once, whatever the recipient chose for other notices.
    /// </summary>
    public static readonly IReadOnlySet<string> AccountSecurity = new HashSet<string>(StringComparer.Ordinal)
    {
        AccountConfirmEmail, AccountAlreadyRegistered, AccountPasswordReset, AccountSecurityChanged,
    };

    /// <summary>Templates whose texts place <c>{link}</c>: a notice for them must carry a link.</summary>
    public static readonly IReadOnlySet<string> WithLink = new HashSet<string>(StringComparer.Ordinal)
    {
        AccountConfirmEmail, AccountPasswordReset, AccountAlreadyRegistered, AccountLinkRequested, ReservationUpdated, ReservationForCenter, SupportRequestUpdated, NoticeDigest,
        DisposalUpdated, ProposalSubmitted, ProposalPartnerInvited, ProposalPartnerResponded, ReviewAssigned, ReviewDeclined, ReviewReminder, ReviewOverdue,
        ProposalDecision, InquiryReceived, InquiryReplied, DealOpened, DealStepRecorded, DealLost, EventMeetingRequested, EventMeetingAccepted,
        EventMeetingDeclined, EventSchedulePublished, EventReminder, HiTechProposed, HiTechAccepted, HiTechDeclined, HiTechWithdrawn, AdvisoryRequested, AdvisoryAssigned,
        AdvisoryMemberFound, AdvisoryCompleted, EventChanged,
    };
}
