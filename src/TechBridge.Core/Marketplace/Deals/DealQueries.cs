using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Attachments;

namespace TechBridge.Core.Marketplace.Deals;

/// <summary>
/// Reads deals: the user's list (deals of their organisation on either side; program managers and administrators see
/// every deal), one deal with its steps, documents and revenue reports, and the deal an inquiry led to.
/// </summary>
public sealed class DealQueries(TechBridgeDbContext db, DealAccess access)
{
    /// <summary>The deals the user sees, latest step first.</summary>
    public async Task<PagedResult<DealRow>> MineAsync(Guid userId, DealFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var caller = await access.UserAsync(userId, cancellationToken);
        var deals = Visible(userId, caller);
        deals = filter switch
        {
            DealFilter.Open => deals.Where(d => d.State != DealState.Lost && d.State != DealState.FollowUp),
            DealFilter.Lost => deals.Where(d => d.State == DealState.Lost),
            _ => deals,
        };
        var total = await deals.CountAsync(cancellationToken);
        var rows = await deals.OrderByDescending(d => d.LastStepOn).ThenByDescending(d => d.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(d => new
            {
                Deal = d,
                Technology = db.PublicTechnologies.Where(t => t.Id == d.TechnologyId).Select(t => new { t.TitleKo, t.TitleEn }).First(),
                Seller = db.Organizations.Where(o => o.Id == d.SellerOrganizationId).Select(o => new { o.NameKo, o.NameEn }).First(),
                Buyer = db.Users.Where(u => u.Id == d.BuyerUserId).Select(u => u.DisplayName).First(),
                BuyerOrganization = db.Organizations.Where(o => o.Id == d.BuyerOrganizationId).Select(o => new { o.NameKo, o.NameEn }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r =>
        {
            var side = caller?.OrganizationId == r.Deal.SellerOrganizationId ? DealSide.Seller
                : r.Deal.BuyerUserId == userId || (r.Deal.BuyerOrganizationId != null && r.Deal.BuyerOrganizationId == caller?.OrganizationId) ? DealSide.Buyer
                : DealSide.Overseer;
            var (ko, en) = side == DealSide.Seller
                ? (Buyer(r.Buyer, r.BuyerOrganization?.NameKo), Buyer(r.Buyer, r.BuyerOrganization?.NameEn is { Length: > 0 } e ? e : r.BuyerOrganization?.NameKo))
                : (r.Seller.NameKo, r.Seller.NameEn);
            return new DealRow(r.Deal.Id, r.Deal.TechnologyId, r.Technology.TitleKo, r.Technology.TitleEn, r.Deal.State, r.Deal.LostAtStage, side, ko, en,
                r.Deal.LastStepOn, r.Deal.OpenedAt);
        }).ToList();
        return new PagedResult<DealRow>(items, total, page.Page, page.PageSize);
    }

    /// <summary>One deal, for its parties and overseers; 404 for anyone else.</summary>
    public async Task<DealView> DealAsync(Guid userId, Guid dealId, CancellationToken cancellationToken = default)
    {
        var (deal, viewer) = await access.DealAsync(userId, dealId, cancellationToken);
        var technology = await db.PublicTechnologies.AsNoTracking().Where(t => t.Id == deal.TechnologyId).Select(t => new { t.TitleKo, t.TitleEn }).SingleAsync(cancellationToken);
        var seller = await db.Organizations.AsNoTracking().Where(o => o.Id == deal.SellerOrganizationId).Select(o => new { o.NameKo, o.NameEn }).SingleAsync(cancellationToken);
        var buyer = await db.Users.AsNoTracking().Where(u => u.Id == deal.BuyerUserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var buyerOrganization = deal.BuyerOrganizationId is { } id
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.NameKo, o.NameEn }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var steps = await db.DealSteps.AsNoTracking().Where(s => s.DealId == dealId).OrderBy(s => s.RecordedAt).ThenBy(s => s.Id)
            .Select(s => new { Step = s, Actor = db.Users.Where(u => u.Id == s.ActorId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var ids = steps.Select(s => s.Step.Id).ToList();
        var documents = (await db.Attachments.AsNoTracking().Where(a => a.OwnerType == AttachmentOwnerTypes.DealStep && ids.Contains(a.OwnerId))
            .Select(a => new { a.OwnerId, a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt }).ToListAsync(cancellationToken))
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .ToLookup(a => a.OwnerId, a => new DealDocument(a.Id, a.FileName, a.ContentType, a.Size));
        var reports = await db.DealRevenueReports.AsNoTracking().Where(r => r.DealId == dealId).OrderBy(r => r.Year).ThenBy(r => r.Quarter)
            .Select(r => new { Report = r, By = db.Users.Where(u => u.Id == r.ReportedById).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return new DealView(
            deal.Id, deal.TechnologyId, technology.TitleKo, technology.TitleEn, deal.State, deal.LostAtStage, deal.LossReason, deal.LossNote, deal.LostAt, viewer,
            seller.NameKo, seller.NameEn, buyer, buyerOrganization?.NameKo ?? string.Empty, buyerOrganization?.NameEn ?? string.Empty, deal.InquiryId,
            deal.LastStepOn, deal.OpenedAt, deal.Version,
            [.. steps.Select(s => new DealStepView(
                s.Step.Id, s.Step.Stage, s.Step.OccurredOn, s.Step.Note, s.Step.ActorId, s.Actor ?? string.Empty, s.Step.ActorSide, s.Step.LicenceKind,
                s.Step.UpfrontFeeKrw, s.Step.RoyaltyBasisPoints / 100m, s.Step.RecordedAt, [.. documents[s.Step.Id]]))],
            [.. reports.Select(r => new DealRevenueView(r.Report.Id, r.Report.Year, r.Report.Quarter, r.Report.RevenueKrw, r.Report.RoyaltyPaidKrw,
                r.By ?? string.Empty, r.Report.ReportedBySide, r.Report.ReportedAt))]);
    }

    /// <summary>The latest deal opened from the inquiry that the user may see, and whether it is still open; null when there is none.</summary>
    public async Task<(Guid Id, bool IsOpen)?> ForInquiryAsync(Guid userId, Guid inquiryId, CancellationToken cancellationToken = default)
    {
        var caller = await access.UserAsync(userId, cancellationToken);
        var deal = await Visible(userId, caller).Where(d => d.InquiryId == inquiryId).OrderByDescending(d => d.OpenedAt).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, d.State }).FirstOrDefaultAsync(cancellationToken);
        return deal is null ? null : (deal.Id, DealTransitions.IsOpen(deal.State));
    }

    private IQueryable<Deal> Visible(Guid userId, DealAccess.Caller? caller)
    {
        var deals = db.Deals.AsNoTracking();
        if (caller is null)
        {
            return deals.Where(d => false);
        }

        if (caller.IsOverseer)
        {
            return deals;
        }

        var organization = caller.OrganizationId;
        return deals.Where(d => d.BuyerUserId == userId || (organization != null && (d.SellerOrganizationId == organization || d.BuyerOrganizationId == organization)));
    }

    private static string Buyer(string name, string? organization) => string.IsNullOrEmpty(organization) ? name : $"{name} ({organization})";
}
