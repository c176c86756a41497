using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Reference;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Programs.Calls;

/// <summary>
/// Calls as people see them: published and closed calls for everyone, drafts only for program managers and
/// administrators (to anyone else a draft is unknown, 404). Lists put open calls first (closing soonest), then upcoming,
/// then the rest by deadline, latest first.
/// </summary>
public sealed class CallQueries(TechBridgeDbContext db, TimeProvider time)
{
    public async Task<PagedResult<CallSummary>> ListAsync(ProgramActor? actor, CallFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = Clock.UtcNow(time);
        var query = Visible(actor);
        if (TextInput.Blank(filter.Query) is { } q)
        {
            var like = $"%{q.ToLowerInvariant()}%";
            query = query.Where(c => EF.Functions.Like(c.TitleKo.ToLower(), like) || EF.Functions.Like(c.TitleEn.ToLower(), like));
        }

        if (TextInput.Blank(filter.ProgramCode) is { } program)
        {
            query = query.Where(c => c.ProgramCode == program);
        }

        if (TextInput.Blank(filter.FieldCode) is { } field)
        {
            query = query.Where(c => c.Fields.Any(f => f.FieldCode == field));
        }

        query = filter.Phase switch
        {
            CallPhase.Draft => query.Where(c => c.Status == CallStatus.Draft),
            CallPhase.Upcoming => query.Where(c => c.Status == CallStatus.Published && c.OpensAt > now),
            CallPhase.Open => query.Where(OpenAt(now)),
            CallPhase.Over => query.Where(c => c.Status == CallStatus.Closed || (c.Status == CallStatus.Published && c.ClosesAt <= now)),
            _ => query,
        };
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(c => c.Status == CallStatus.Published && c.OpensAt <= now && c.ClosesAt > now ? 0
                : c.Status == CallStatus.Published && c.OpensAt > now ? 1 : c.Status == CallStatus.Draft ? 2 : 3)
            .ThenBy(c => c.Status == CallStatus.Published && c.ClosesAt > now ? c.ClosesAt : DateTimeOffset.MaxValue)
            .ThenByDescending(c => c.ClosesAt).ThenBy(c => c.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(c => new
            {
                c.Id, c.ProgramCode, c.TitleKo, c.TitleEn, c.Kind, c.Status, c.OpensAt, c.ClosesAt, c.TotalBudgetKrw, c.IsDemo,
                Fields = c.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
                Program = db.Set<ProgramInfo>().Where(p => p.Code == c.ProgramCode).Select(p => new { p.NameKo, p.NameEn }).First(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(c => new CallSummary(c.Id, c.ProgramCode, c.Program.NameKo, c.Program.NameEn, c.TitleKo, c.TitleEn, c.Kind, c.Status,
            PhaseOf(c.Status, c.OpensAt, c.ClosesAt, now), c.OpensAt, c.ClosesAt, c.TotalBudgetKrw, c.Fields, c.IsDemo)).ToList();
        return new PagedResult<CallSummary>(items, total, page.Page, page.PageSize);
    }

    public async Task<CallView> GetAsync(ProgramActor? actor, Guid id, CancellationToken cancellationToken = default)
    {
        var c = await Visible(actor).Where(c => c.Id == id)
            .Include(c => c.Fields).Include(c => c.ApplicantTypes).Include(c => c.Documents).Include(c => c.Topics).Include(c => c.Stages)
            .AsSplitQuery().SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(ProgramCall), id);
        var program = await db.Set<ProgramInfo>().AsNoTracking().Where(p => p.Code == c.ProgramCode).Select(p => new { p.NameKo, p.NameEn })
            .SingleAsync(cancellationToken);
        return new CallView(
            c.Id, c.ProgramCode, program.NameKo, program.NameEn, c.TitleKo, c.TitleEn, c.SummaryKo, c.SummaryEn, c.Kind, c.Status,
            PhaseOf(c.Status, c.OpensAt, c.ClosesAt, Clock.UtcNow(time)), c.OpensAt, c.ClosesAt, c.TotalBudgetKrw, c.MaxGovernmentKrwPerTask,
            c.MaxGovernmentSharePercent, c.MaxMonths, c.RequiresDispatch, c.RequiresOverseasPartner,
            [.. c.Fields.Select(f => f.FieldCode).Order(StringComparer.Ordinal)], [.. c.ApplicantTypes.Select(t => t.Type).Order()],
            [.. c.Documents.Select(d => d.Kind).Order()],
            [.. c.Topics.OrderBy(t => t.Position).Select(t => new CallTopicView(t.Position, t.TitleKo, t.TitleEn, t.WhyKo, t.WhyEn, t.WhatKo, t.WhatEn))],
            [.. c.Stages.OrderBy(s => s.Position).Select(s => new CallStageView(s.Position, s.Kind, s.WeightPercent, s.CutOff, s.ReviewersPerProposal, s.DueAt))],
            c.PublishedAt, c.ClosedAt, c.UpdatedAt, c.IsDemo, c.Version) { KeepsRawScores = c.KeepsRawScores };
    }

    /// <summary>Calls taking proposals at <paramref name="now"/>: published, opened, not yet closed.</summary>
    public static System.Linq.Expressions.Expression<Func<ProgramCall, bool>> OpenAt(DateTimeOffset now) =>
        c => c.Status == CallStatus.Published && c.OpensAt <= now && c.ClosesAt > now;

    public static CallPhase PhaseOf(CallStatus status, DateTimeOffset opensAt, DateTimeOffset closesAt, DateTimeOffset now) => status switch
    {
        CallStatus.Draft => CallPhase.Draft,
        CallStatus.Closed => CallPhase.Over,
        _ when now < opensAt => CallPhase.Upcoming,
        _ when now < closesAt => CallPhase.Open,
        _ => CallPhase.Over,
    };

    private IQueryable<ProgramCall> Visible(ProgramActor? actor) =>
        actor?.IsManager == true ? db.ProgramCalls.AsNoTracking() : db.ProgramCalls.AsNoTracking().Where(c => c.Status != CallStatus.Draft);
}
