using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Programs.Review.Assignments;

/// <summary>
/// How a pool reviewer is reached: through their account (inbox and e-mail) when it is linked, else by e-mail to the
/// directory address, greeted by name in the notice's language. The notice carries the stage's language.
/// </summary>
internal sealed record ReviewerContact(Guid Id, Guid? UserId, string? Email, string NameKo, string NameEn)
{
    public static async Task<Dictionary<Guid, ReviewerContact>> LoadAsync(TechBridgeDbContext db, IReadOnlyCollection<Guid> reviewerIds, CancellationToken cancellationToken) =>
        await db.Reviewers.AsNoTracking().Where(r => reviewerIds.Contains(r.Id))
            .Select(r => new ReviewerContact(r.Id, r.UserId, r.Person!.Email, r.Person.NameKo, r.Person.NameEn))
            .ToDictionaryAsync(r => r.Id, cancellationToken);

    public async Task TellAsync(INotifier notifier, Notice notice, CancellationToken cancellationToken)
    {
        var culture = notice.Culture ?? "ko";
        if (UserId is { } account)
        {
            await notifier.NotifyUserAsync(account, notice, cancellationToken);
        }
        else if (Email is { Length: > 0 } email)
        {
            await notifier.EmailAsync(email, culture, notice with
            {
                Values = new Dictionary<string, string>(notice.Values, StringComparer.Ordinal) { ["name"] = culture == "en" ? NameEn : NameKo },
            }, cancellationToken);
        }
    }
}
