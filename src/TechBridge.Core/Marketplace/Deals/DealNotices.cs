using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Marketplace.Deals;

/// <summary>
/// The notices of deals, each to every account of the other party (inbox and e-mail, in the recipient's language): a deal
/// was opened, a step was recorded, the deal was lost. Nobody is told of their own action.
/// </summary>
public sealed class DealNotices(TechBridgeDbContext db, DealAccess access, INotifier notifier)
{
    private const int Excerpt = 500;

    public async Task OpenedAsync(Deal deal, DealStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(step);
        var about = await AboutAsync(deal, step.ActorId, step.ActorSide, cancellationToken);
        Notice For(string culture) => Notice.Of(NoticeTemplates.DealOpened, Link(deal),
            ("actor", about.Actor), ("organization", about.Organization(culture)), ("technology", about.Technology(culture)), ("message", Quote(step.Note)));
        await ToOtherSideAsync(deal, step.ActorSide, step.ActorId, For, cancellationToken);
    }

    public async Task StepRecordedAsync(Deal deal, DealStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(step);
        var about = await AboutAsync(deal, step.ActorId, step.ActorSide, cancellationToken);
        Notice For(string culture) => Notice.Of(NoticeTemplates.DealStepRecorded, Link(deal),
            ("actor", about.Actor), ("organization", about.Organization(culture)), ("technology", about.Technology(culture)),
            ("stage", CoreMessages.In(culture, $"Deal.State.{step.Stage}")), ("date", step.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("message", Quote(step.Note)));
        await ToOtherSideAsync(deal, step.ActorSide, step.ActorId, For, cancellationToken);
    }

    public async Task LostAsync(Deal deal, Guid actorId, DealSide actorSide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var about = await AboutAsync(deal, actorId, actorSide, cancellationToken);
        Notice For(string culture) => Notice.Of(NoticeTemplates.DealLost, Link(deal),
            ("actor", about.Actor), ("organization", about.Organization(culture)), ("technology", about.Technology(culture)),
            ("reason", CoreMessages.In(culture, $"Deal.LossReason.{deal.LossReason}")), ("message", Quote(deal.LossNote ?? "-")));
        await ToOtherSideAsync(deal, actorSide, actorId, For, cancellationToken);
    }

    private async Task ToOtherSideAsync(Deal deal, DealSide actorSide, Guid actorId, Func<string, Notice> notice, CancellationToken cancellationToken)
    {
        var other = actorSide == DealSide.Seller ? DealSide.Buyer : DealSide.Seller;
        var users = (await access.MembersAsync(deal, other, cancellationToken)).Where(u => u != actorId).ToList();
        var cultures = await db.Users.AsNoTracking().Where(u => users.Contains(u.Id)).Select(u => new { u.Id, u.Culture }).ToListAsync(cancellationToken);
        foreach (var user in cultures.OrderBy(u => u.Id))
        {
            await notifier.NotifyUserAsync(user.Id, notice(NoticeCulture.Normalize(user.Culture)), cancellationToken);
        }
    }

    private async Task<About> AboutAsync(Deal deal, Guid actorId, DealSide actorSide, CancellationToken cancellationToken)
    {
        var actor = await db.Users.AsNoTracking().Where(u => u.Id == actorId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var technology = await db.PublicTechnologies.AsNoTracking().Where(t => t.Id == deal.TechnologyId).Select(t => new { t.TitleKo, t.TitleEn }).SingleAsync(cancellationToken);
        var organizationId = actorSide == DealSide.Seller ? deal.SellerOrganizationId : deal.BuyerOrganizationId;
        var organization = organizationId is { } id
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.NameKo, o.NameEn }).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new About(
            actor,
            culture => NoticeCulture.Pick(culture, technology.TitleKo, technology.TitleEn),
            culture => organization is null ? "-" : NoticeCulture.Pick(culture, organization.NameKo, organization.NameEn));
    }

    private static string Link(Deal deal) => $"/marketplace/deals/{deal.Id}";

    private static string Quote(string text) => text.Length == 0 ? "-" : text.Length <= Excerpt ? text : text[..Excerpt] + "…";

    private sealed record About(string Actor, Func<string, string> Technology, Func<string, string> Organization);
}
