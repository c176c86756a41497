namespace TechBridge.Core.Shared.Notifications;

/// <summary>A row of the inbox list.</summary>
public sealed record InboxListItem(Guid Id, string Template, string Subject, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}

/// <summary>One message with its body.</summary>
public sealed record InboxMessageView(
    Guid Id, string Template, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}

/// <summary>A page of the inbox, newest first, with the count of unread messages in the whole inbox.</summary>
public sealed record InboxPage(IReadOnlyList<InboxListItem> Items, int Total, int Page, int PageSize, int Unread)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>How many messages a "mark all read" marked.</summary>
public sealed record InboxReadAllResult(int Marked);
