using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Marketplace.Talent;

/// <summary>
/// The notices of talent matching, inbox and e-mail in each recipient's language: a Hi-TECH proposal to the researcher,
/// the answer to the company member who proposed; a K-TAG advisory request to the coordinators, the assignment to the
/// member and to the company, the logged session to the company.
/// </summary>
public sealed class TalentNotices(TechBridgeDbContext db, INotifier notifier, TalentAccounts accounts)
{
    public async Task HiTechProposedAsync(HiTechMatch match, CancellationToken cancellationToken)
    {
        var need = await NeedTitleAsync(match.NeedId, cancellationToken);
        var company = await db.Organizations.AsNoTracking().Where(o => o.Id == match.CompanyId).Select(o => new { o.NameKo, o.NameEn }).SingleAsync(cancellationToken);
        Notice For(string culture) => Notice.Of(NoticeTemplates.HiTechProposed, MatchLink(match.Id),
            ("company", NoticeCulture.Pick(culture, company.NameKo, company.NameEn)), ("need", need), ("message", string.IsNullOrWhiteSpace(match.Message) ? "-" : match.Message));
        var users = await accounts.UsersOfAsync(match.ResearcherPersonId, cancellationToken);
        foreach (var user in users)
        {
            await notifier.NotifyUserAsync(user, For(await CultureAsync(user, cancellationToken)), cancellationToken);
        }

        if (users.Count == 0)
        {
            // No account yet: the directory address gets the e-mail; signing up with it lets the researcher answer.
            var person = await db.People.AsNoTracking().Where(p => p.Id == match.ResearcherPersonId)
                .Select(p => new { p.Email, p.CountryCode, p.NameKo, p.NameEn }).SingleAsync(cancellationToken);
            var culture = person.CountryCode == "KR" ? NoticeCulture.Korean : NoticeCulture.English;
            var notice = For(culture);
            await notifier.EmailAsync(person.Email!, culture, notice with
            {
                Values = new Dictionary<string, string>(notice.Values, StringComparer.Ordinal) { ["name"] = NoticeCulture.Pick(culture, person.NameKo, person.NameEn) },
            }, cancellationToken);
        }
    }

    public async Task HiTechAnsweredAsync(HiTechMatch match, CancellationToken cancellationToken)
    {
        var need = await NeedTitleAsync(match.NeedId, cancellationToken);
        var researcher = await db.People.AsNoTracking().Where(p => p.Id == match.ResearcherPersonId).Select(p => new { p.NameKo, p.NameEn }).SingleAsync(cancellationToken);
        var culture = await CultureAsync(match.ProposedById, cancellationToken);
        var name = NoticeCulture.Pick(culture, researcher.NameKo, researcher.NameEn);
        var notice = match.Status == HiTechMatchStatus.Accepted
            ? Notice.Of(NoticeTemplates.HiTechAccepted, MatchLink(match.Id), ("researcher", name), ("need", need))
            : Notice.Of(NoticeTemplates.HiTechDeclined, MatchLink(match.Id), ("researcher", name), ("need", need),
                ("reason", string.IsNullOrWhiteSpace(match.DeclineReason) ? "-" : match.DeclineReason));
        await notifier.NotifyUserAsync(match.ProposedById, notice, cancellationToken);
    }

    /// <summary>To the researcher's accounts (a researcher without one was only e-mailed the proposal and is not written to again).</summary>
    public async Task HiTechWithdrawnAsync(HiTechMatch match, CancellationToken cancellationToken)
    {
        var need = await NeedTitleAsync(match.NeedId, cancellationToken);
        var company = await db.Organizations.AsNoTracking().Where(o => o.Id == match.CompanyId).Select(o => new { o.NameKo, o.NameEn }).SingleAsync(cancellationToken);
        foreach (var user in await accounts.UsersOfAsync(match.ResearcherPersonId, cancellationToken))
        {
            var culture = await CultureAsync(user, cancellationToken);
            await notifier.NotifyUserAsync(user, Notice.Of(NoticeTemplates.HiTechWithdrawn, MatchLink(match.Id),
                ("company", NoticeCulture.Pick(culture, company.NameKo, company.NameEn)), ("need", need)), cancellationToken);
        }
    }

    public async Task AdvisoryRequestedAsync(AdvisoryRequest request, CancellationToken cancellationToken)
    {
        var company = await db.Organizations.AsNoTracking().Where(o => o.Id == request.CompanyId).Select(o => new { o.NameKo, o.NameEn }).SingleAsync(cancellationToken);
        var coordinators = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.Coordinator))
            .Select(u => new { u.Id, u.Culture }).ToListAsync(cancellationToken);
        foreach (var coordinator in coordinators)
        {
            await notifier.NotifyUserAsync(coordinator.Id, Notice.Of(NoticeTemplates.AdvisoryRequested, AdvisoryLink(request.Id),
                ("company", NoticeCulture.Pick(coordinator.Culture, company.NameKo, company.NameEn)), ("topic", request.Topic),
                ("country", await CountryAsync(coordinator.Culture, request.CountryCode, cancellationToken))), cancellationToken);
        }
    }

    public async Task AdvisoryAssignedAsync(AdvisoryRequest request, CancellationToken cancellationToken)
    {
        var member = await db.People.AsNoTracking().Where(p => p.Id == request.MemberPersonId).Select(p => new { p.NameKo, p.NameEn }).SingleAsync(cancellationToken);
        var company = await db.Organizations.AsNoTracking().Where(o => o.Id == request.CompanyId).Select(o => new { o.NameKo, o.NameEn }).SingleAsync(cancellationToken);
        foreach (var user in await accounts.UsersOfAsync(request.MemberPersonId!.Value, cancellationToken))
        {
            var culture = await CultureAsync(user, cancellationToken);
            await notifier.NotifyUserAsync(user, Notice.Of(NoticeTemplates.AdvisoryAssigned, AdvisoryLink(request.Id),
                ("company", NoticeCulture.Pick(culture, company.NameKo, company.NameEn)), ("topic", request.Topic), ("question", request.Question),
                ("note", string.IsNullOrWhiteSpace(request.AssignmentNote) ? "-" : request.AssignmentNote)), cancellationToken);
        }

        var requesterCulture = await CultureAsync(request.RequestedById, cancellationToken);
        await notifier.NotifyUserAsync(request.RequestedById, Notice.Of(NoticeTemplates.AdvisoryMemberFound, AdvisoryLink(request.Id),
            ("member", NoticeCulture.Pick(requesterCulture, member.NameKo, member.NameEn)), ("topic", request.Topic)), cancellationToken);
    }

    public async Task AdvisoryCompletedAsync(AdvisoryRequest request, CancellationToken cancellationToken)
    {
        var culture = await CultureAsync(request.RequestedById, cancellationToken);
        await notifier.NotifyUserAsync(request.RequestedById, Notice.Of(NoticeTemplates.AdvisoryCompleted, AdvisoryLink(request.Id),
            ("topic", request.Topic), ("outcome", CoreMessages.In(NoticeCulture.Normalize(culture), $"Advisory.Outcome.{request.Outcome}")),
            ("note", string.IsNullOrWhiteSpace(request.OutcomeNote) ? "-" : request.OutcomeNote)), cancellationToken);
    }

    private async Task<string> NeedTitleAsync(Guid needId, CancellationToken cancellationToken) =>
        await db.TechnologyNeeds.AsNoTracking().Where(n => n.Id == needId).Select(n => n.Title).SingleAsync(cancellationToken);

    private async Task<string> CultureAsync(Guid userId, CancellationToken cancellationToken) =>
        NoticeCulture.Normalize(await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Culture).SingleAsync(cancellationToken));

    private async Task<string> CountryAsync(string culture, string code, CancellationToken cancellationToken)
    {
        var names = await db.Countries.AsNoTracking().Where(c => c.Alpha2 == code).Select(c => new { c.NameKo, c.NameEn }).SingleOrDefaultAsync(cancellationToken);
        return names is null ? code : NoticeCulture.Pick(culture, names.NameKo, names.NameEn);
    }

    private static string MatchLink(Guid id) => $"/marketplace/hitech/{id}";

    private static string AdvisoryLink(Guid id) => $"/marketplace/advisory/{id}";
}
