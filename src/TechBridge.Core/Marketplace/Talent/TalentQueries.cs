using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Marketplace.Talent;

/// <summary>Reads of the talent pages: a person's talent side, Hi-TECH matches and K-TAG advisory requests as the caller may see them.</summary>
public sealed class TalentQueries(TechBridgeDbContext db, TalentAccounts accounts, TimeProvider time)
{
    public async Task<TalentProfileView?> ProfileAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var year = Kst.ToKst(Clock.UtcNow(time)).Year;
        var row = await db.TalentProfiles.AsNoTracking().Where(t => t.PersonId == personId)
            .Join(db.People, t => t.PersonId, p => p.Id, (t, p) => new
            {
                t, p.NameKo, p.NameEn, p.CountryCode, p.Keywords,
                Fields = p.Fields.Select(f => f.FieldCode).ToList(),
                Organization = p.Affiliations.Where(a => a.EndDate == null).Select(a => a.Organization!.NameKo).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new TalentProfileView(personId, row.NameKo, row.NameEn, row.CountryCode, row.Organization, row.t.Stage,
            row.t.PhdYear, row.t.Stage == CareerStage.YoungResearcher && TalentRules.IsYoung(row.t.PhdYear, year), row.t.Employer, row.t.IsKtagMember,
            row.t.Availability, row.t.AvailableFrom, row.t.WillingToConsult, row.Keywords, row.Fields, row.t.Version);
    }

    /// <summary>The open needs of the caller's company, newest first, to pick one for Hi-TECH matching.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> OpenNeedsAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var me = await accounts.CallerAsync(userId, cancellationToken);
        if (!me.IsCompany)
        {
            return [];
        }

        var needs = await db.TechnologyNeeds.AsNoTracking().Where(n => n.CompanyId == me.OrganizationId && n.Status == NeedStatus.Open)
            .OrderByDescending(n => n.CreatedAt).Select(n => new { n.Id, n.Title }).ToListAsync(cancellationToken);
        return [.. needs.Select(n => (n.Id, n.Title))];
    }

    public async Task<IReadOnlyList<HiTechMatchRow>> MatchesAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var me = await accounts.CallerAsync(userId, cancellationToken);
        var people = me.PersonIds.ToList();
        var query = db.HiTechMatches.AsNoTracking();
        if (!me.IsStaff)
        {
            var company = me.IsCompany ? me.OrganizationId : null;
            query = query.Where(m => people.Contains(m.ResearcherPersonId) || m.CompanyId == company);
        }

        var rows = await Rows(query.OrderByDescending(m => m.ProposedAt).Take(500)).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.ProposedAt).Select(r => r.ToRow(me))];
    }

    public async Task<HiTechMatchDetail> MatchAsync(Guid userId, Guid matchId, CancellationToken cancellationToken = default)
    {
        var me = await accounts.CallerAsync(userId, cancellationToken);
        var match = await db.HiTechMatches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == matchId, cancellationToken);
        if (match is null || !HiTechAccess.CanSee(me, match.CompanyId, match.ResearcherPersonId))
        {
            throw new NotFoundException(nameof(HiTechMatch), matchId);
        }

        var row = (await Rows(db.HiTechMatches.AsNoTracking().Where(m => m.Id == matchId)).SingleAsync(cancellationToken)).ToRow(me);
        var need = await db.TechnologyNeeds.AsNoTracking().Where(n => n.Id == match.NeedId)
            .Select(n => new { n.Description, Fields = n.Fields.Select(f => f.FieldCode).ToList() }).SingleAsync(cancellationToken);
        var researcher = await db.People.AsNoTracking().Where(p => p.Id == match.ResearcherPersonId)
            .Select(p => new { p.Email, Organization = p.Affiliations.Where(a => a.EndDate == null).Select(a => (Guid?)a.OrganizationId).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.HiTechMatchId == matchId)
            .Join(db.ProgramCalls, p => p.CallId, c => c.Id, (p, c) => new HiTechProposalLink(p.Id, c.Id, c.TitleKo, c.TitleEn, p.Status.ToString()))
            .ToListAsync(cancellationToken);
        var proposed = match.Status == HiTechMatchStatus.Proposed;
        return new HiTechMatchDetail(row, match.Message, match.DeclineReason, match.Score, need.Description, need.Fields,
            match.Status == HiTechMatchStatus.Accepted || row.IsResearcherSide || me.IsStaff ? researcher.Email : null, researcher.Organization,
            proposals, proposed && row.IsResearcherSide, proposed && row.IsCompanySide,
            match.Status == HiTechMatchStatus.Accepted && row.IsCompanySide, match.Version);
    }

    /// <summary>Open calls a proposal may be started in (published and not yet closed).</summary>
    public async Task<IReadOnlyList<(Guid Id, string TitleKo, string TitleEn)>> OpenCallsAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.UtcNow(time);
        var calls = await db.ProgramCalls.AsNoTracking().Where(CallQueries.OpenAt(now))
            .OrderBy(c => c.ClosesAt).Select(c => new { c.Id, c.TitleKo, c.TitleEn }).ToListAsync(cancellationToken);
        return [.. calls.Select(c => (c.Id, c.TitleKo, c.TitleEn))];
    }

    public async Task<IReadOnlyList<AdvisoryRow>> AdvisoryAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var me = await accounts.CallerAsync(userId, cancellationToken);
        var query = db.AdvisoryRequests.AsNoTracking();
        if (!me.IsStaff)
        {
            var people = me.PersonIds.ToList();
            var company = me.IsCompany ? me.OrganizationId : null;
            query = query.Where(r => r.CompanyId == company || (r.MemberPersonId != null && people.Contains(r.MemberPersonId.Value)));
        }

        var rows = await AdvisoryRows(query.OrderByDescending(r => r.RequestedAt).Take(500)).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Status is AdvisoryStatus.Completed or AdvisoryStatus.Cancelled).ThenByDescending(r => r.RequestedAt)];
    }

    public async Task<AdvisoryDetail> AdvisoryAsync(Guid userId, Guid requestId, CancellationToken cancellationToken = default)
    {
        var me = await accounts.CallerAsync(userId, cancellationToken);
        var request = await db.AdvisoryRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || !AdvisoryAccess.CanSee(me, request.CompanyId, request.MemberPersonId))
        {
            throw new NotFoundException(nameof(AdvisoryRequest), requestId);
        }

        var row = await AdvisoryRows(db.AdvisoryRequests.AsNoTracking().Where(r => r.Id == requestId)).SingleAsync(cancellationToken);
        var member = request.MemberPersonId is { } id
            ? await db.People.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.Email, Employer = db.TalentProfiles.Where(t => t.PersonId == p.Id).Select(t => t.Employer).FirstOrDefault() })
                .SingleAsync(cancellationToken)
            : null;
        var open = request.Status is AdvisoryStatus.Requested or AdvisoryStatus.Assigned;
        var isMember = request.MemberPersonId is { } m && me.Is(m);
        return new AdvisoryDetail(row, request.Question, request.AssignmentNote, request.SessionMinutes, request.OutcomeNote, request.MemberPersonId,
            member?.Email, member?.Employer, open && me.IsCoordinator, request.Status == AdvisoryStatus.Assigned && (me.IsCoordinator || isMember),
            open && me.IsCompany && me.OrganizationId == request.CompanyId, request.Version);
    }

    /// <summary>K-TAG members for a request, best first: in the request's country, sharing its field, willing to consult, least busy.</summary>
    public async Task<IReadOnlyList<AdvisoryMemberOption>> MembersAsync(Guid userId, Guid requestId, CancellationToken cancellationToken = default)
    {
        var me = await accounts.CallerAsync(userId, cancellationToken);
        var request = await db.AdvisoryRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || !AdvisoryAccess.CanSee(me, request.CompanyId, request.MemberPersonId))
        {
            throw new NotFoundException(nameof(AdvisoryRequest), requestId);
        }

        if (!me.IsCoordinator)
        {
            return [];
        }

        var members = await db.TalentProfiles.AsNoTracking().Where(t => t.IsKtagMember)
            .Join(db.People, t => t.PersonId, p => p.Id, (t, p) => new
            {
                p.Id, p.NameKo, p.NameEn, p.CountryCode, t.Employer, t.WillingToConsult, t.Availability,
                Fields = p.Fields.Select(f => f.FieldCode).ToList(),
                Open = db.AdvisoryRequests.Count(r => r.MemberPersonId == p.Id && r.Status == AdvisoryStatus.Assigned),
            })
            .ToListAsync(cancellationToken);
        return [.. members
            .Where(x => x.Availability != TalentAvailability.Unavailable)
            .Select(x => new AdvisoryMemberOption(x.Id, x.NameKo, x.NameEn, x.CountryCode, x.Employer, x.Fields, x.CountryCode == request.CountryCode,
                request.FieldCode is not null && x.Fields.Contains(request.FieldCode), x.WillingToConsult, x.Open))
            .OrderByDescending(x => x.SameCountry).ThenByDescending(x => x.SharedField).ThenByDescending(x => x.WillingToConsult)
            .ThenBy(x => x.OpenAssignments).ThenBy(x => x.NameKo, StringComparer.Ordinal)
            .Take(50)];
    }

    private IQueryable<MatchData> Rows(IQueryable<HiTechMatch> matches) =>
        from m in matches
        join n in db.TechnologyNeeds on m.NeedId equals n.Id
        join o in db.Organizations on m.CompanyId equals o.Id
        join p in db.People on m.ResearcherPersonId equals p.Id
        select new MatchData(m.Id, m.NeedId, n.Title, o.NameKo, o.NameEn, m.CompanyId, p.Id, p.NameKo, p.NameEn,
            p.Affiliations.Where(a => a.EndDate == null).Select(a => a.Organization!.NameKo).FirstOrDefault(), m.Status, m.ProposedAt, m.AnsweredAt);

    private IQueryable<AdvisoryRow> AdvisoryRows(IQueryable<AdvisoryRequest> requests) =>
        from r in requests
        join o in db.Organizations on r.CompanyId equals o.Id
        join p in db.People on r.MemberPersonId equals p.Id into members
        from p in members.DefaultIfEmpty()
        select new AdvisoryRow(r.Id, r.Topic, o.NameKo, o.NameEn, r.CountryCode, r.FieldCode, r.Status, r.RequestedAt,
            p == null ? null : p.NameKo, p == null ? null : p.NameEn, r.SessionOn, r.Outcome);

    private sealed record MatchData(
        Guid Id, Guid NeedId, string NeedTitle, string CompanyNameKo, string CompanyNameEn, Guid CompanyId, Guid PersonId, string PersonNameKo,
        string PersonNameEn, string? Organization, HiTechMatchStatus Status, DateTimeOffset ProposedAt, DateTimeOffset? AnsweredAt)
    {
        public HiTechMatchRow ToRow(TalentCaller me) => new(Id, NeedId, NeedTitle, CompanyNameKo, CompanyNameEn, PersonId, PersonNameKo, PersonNameEn,
            Organization, Status, ProposedAt, AnsweredAt, me.IsCompany && me.OrganizationId == CompanyId, me.Is(PersonId));
    }
}
