using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>
/// The notices of inquiry threads, each in its recipient's language: a new thread goes to every account on the recipient
/// side (inbox and e-mail); a reply to every account of the other side; nobody is told of their own message. A recipient
/// person without an account gets the e-mail only, at the person's address, with a link to sign up.
/// </summary>
public sealed class InquiryNotices(TechBridgeDbContext db, InquiryAccess access, INotifier notifier)
{
    /// <summary>How much of a message a notice quotes.</summary>
    private const int Excerpt = 500;

    public async Task ReceivedAsync(Inquiry inquiry, InquiryMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        ArgumentNullException.ThrowIfNull(message);
        var sender = await db.Users.AsNoTracking().Where(u => u.Id == inquiry.SenderId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var organization = inquiry.SenderOrganizationId is { } id
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.NameKo, o.NameEn }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var title = await TitleAsync(inquiry, cancellationToken);
        Notice For(string culture) => Notice.Of(NoticeTemplates.InquiryReceived, Link(inquiry),
            ("sender", sender),
            ("organization", organization is null ? "-" : NoticeCulture.Pick(culture, organization.NameKo, organization.NameEn)),
            ("subject", inquiry.Subject), ("title", NoticeCulture.Pick(culture, title.Ko, title.En)), ("message", Quote(message.Body)));
        await ToRecipientSideAsync(inquiry, message.AuthorUserId, For, cancellationToken);
    }

    public async Task RepliedAsync(Inquiry inquiry, InquiryMessage message, InquirySide authorSide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        ArgumentNullException.ThrowIfNull(message);
        var author = await db.Users.AsNoTracking().Where(u => u.Id == message.AuthorUserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        Notice For(string culture) => Notice.Of(NoticeTemplates.InquiryReplied, Link(inquiry),
            ("author", author), ("subject", inquiry.Subject), ("message", Quote(message.Body)));
        if (authorSide == InquirySide.Sender)
        {
            await ToRecipientSideAsync(inquiry, message.AuthorUserId, For, cancellationToken);
        }
        else if (inquiry.SenderId != message.AuthorUserId)
        {
            await ToUsersAsync([inquiry.SenderId], For, cancellationToken);
        }
    }

    private async Task ToRecipientSideAsync(Inquiry inquiry, Guid author, Func<string, Notice> notice, CancellationToken cancellationToken)
    {
        var users = (await access.RecipientUsersAsync(inquiry, cancellationToken)).Where(u => u != author).ToList();
        if (users.Count > 0)
        {
            await ToUsersAsync(users, notice, cancellationToken);
            return;
        }

        if (inquiry.RecipientPersonId is { } personId)
        {
            var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Email, p.CountryCode, p.NameKo, p.NameEn }).SingleAsync(cancellationToken);
            if (!string.IsNullOrWhiteSpace(person.Email))
            {
                var culture = person.CountryCode == "KR" ? NoticeCulture.Korean : NoticeCulture.English;
                var signUp = $"/account/register?returnUrl={Uri.EscapeDataString(Link(inquiry))}";
                var named = notice(culture);
                var name = NoticeCulture.Pick(culture, person.NameKo, person.NameEn);
                named = named with { Link = signUp, Values = new Dictionary<string, string>(named.Values, StringComparer.Ordinal) { ["name"] = name } };
                await notifier.EmailAsync(person.Email, culture, named, cancellationToken);
            }
        }
    }

    private async Task ToUsersAsync(IReadOnlyCollection<Guid> users, Func<string, Notice> notice, CancellationToken cancellationToken)
    {
        var cultures = await db.Users.AsNoTracking().Where(u => users.Contains(u.Id)).Select(u => new { u.Id, u.Culture }).ToListAsync(cancellationToken);
        foreach (var user in cultures.OrderBy(u => u.Id))
        {
            await notifier.NotifyUserAsync(user.Id, notice(NoticeCulture.Normalize(user.Culture)), cancellationToken);
        }
    }

    /// <summary>The hit's title in both languages (a technology, organisation or person has two; a need has one), or the title kept with the thread when the hit is gone.</summary>
    private async Task<(string Ko, string En)> TitleAsync(Inquiry inquiry, CancellationToken cancellationToken)
    {
        var id = inquiry.SubjectId;
        var names = inquiry.SubjectKind switch
        {
            InquirySubjectKind.Technology => await db.PublicTechnologies.AsNoTracking().Where(t => t.Id == id)
                .Select(t => new { Ko = t.TitleKo, En = t.TitleEn }).SingleOrDefaultAsync(cancellationToken),
            InquirySubjectKind.Organization => await db.Organizations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new { Ko = o.NameKo, En = o.NameEn }).SingleOrDefaultAsync(cancellationToken),
            InquirySubjectKind.Person => await db.People.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { Ko = p.NameKo, En = p.NameEn }).SingleOrDefaultAsync(cancellationToken),
            _ => null,
        };
        return names is null ? (inquiry.SubjectTitle, inquiry.SubjectTitle) : (names.Ko, names.En);
    }

    private static string Link(Inquiry inquiry) => $"/marketplace/inquiries/{inquiry.Id}";

    private static string Quote(string body) => body.Length <= Excerpt ? body : body[..Excerpt] + "…";
}
