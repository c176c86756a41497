namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>
/// One thread in the user's list: what it is about, the other side's name (an organisation's or a person's in Korean and
/// English; for the recipient side, the sender and their organisation), the last activity and how many messages of the
/// other side the user has not read.
/// </summary>
public sealed record InquiryRow(
    Guid Id, InquirySubjectKind SubjectKind, string SubjectTitle, string Subject, InquiryStatus Status, InquirySide Side,
    string OtherSideName, string OtherSideNameEn, DateTimeOffset CreatedAt, DateTimeOffset LastMessageAt, int Unread);

/// <summary>
/// A person taking part: on the sender side the sender; on the recipient side the organisation's accounts or the person.
/// <see cref="Email"/> is null where the reader may not see it (the recipient side's, to the sender, until that side replies).
/// </summary>
public sealed record InquiryParty(Guid? UserId, string Name, string? Email, InquirySide Side);

/// <summary>A file of a message; downloaded through the shared attachment endpoint.</summary>
public sealed record InquiryAttachment(Guid Id, string FileName, string ContentType, long Size);

/// <summary>
/// A message as the reader sees it: its author and side, whether it is the reader's own and whether the other side (of its
/// author) has read it.
/// </summary>
public sealed record InquiryMessageView(
    Guid Id, Guid AuthorUserId, string AuthorName, InquirySide AuthorSide, string Body, DateTimeOffset SentAt, bool IsMine, bool ReadByOtherSide,
    IReadOnlyList<InquiryAttachment> Attachments);

/// <summary>A thread as the reader sees it, with what they may do.</summary>
public sealed record InquiryThread(
    Guid Id, InquirySubjectKind SubjectKind, Guid SubjectId, string SubjectTitle, string Subject, InquiryStatus Status, InquirySide Viewer,
    string RecipientName, string RecipientNameEn, DateTimeOffset CreatedAt, DateTimeOffset LastMessageAt, long Version,
    IReadOnlyList<InquiryParty> Parties, IReadOnlyList<InquiryMessageView> Messages)
{
    public bool CanPost => Viewer != InquirySide.Overseer && Status == InquiryStatus.Open;

    public bool CanReport => Viewer != InquirySide.Overseer && Status != InquiryStatus.Hidden;
}

/// <summary>An abuse report for the administrators.</summary>
public sealed record InquiryReportRow(
    Guid Id, Guid InquiryId, string Subject, InquiryStatus InquiryStatus, string ReporterName, string Reason, DateTimeOffset ReportedAt,
    InquiryReportStatus Status, DateTimeOffset? ResolvedAt);

/// <summary>What a new inquiry would be about: the hit's title and its recipient's name, each in Korean and English (either may be empty).</summary>
public sealed record InquiryPreview(InquirySubjectKind Kind, Guid SubjectId, string TitleKo, string TitleEn, string RecipientKo, string RecipientEn);
