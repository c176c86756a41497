using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>Proposals as people read them: the applicant's own, a call's submissions for its program managers, one proposal in full.</summary>
public sealed class ProposalQueries(TechBridgeDbContext db, ProposalAccess access, ProposalContentReader reader, ProgramActors actors, TimeProvider time)
{
    public async Task<IReadOnlyList<ProposalSummary>> MineAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Proposals.AsNoTracking().Where(p => p.ApplicantId == userId)
            .Join(db.ProgramCalls, p => p.CallId, c => c.Id, (p, c) => new
            {
                p.Id, p.CallId, c.TitleKo, c.TitleEn, c.ClosesAt, ProposalKo = p.TitleKo, ProposalEn = p.TitleEn, p.Status, p.UpdatedAt, p.SubmittedAt, p.ReceiptNumber,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id).Select(r => new ProposalSummary(
            r.Id, r.CallId, r.TitleKo, r.TitleEn, r.ClosesAt, r.ProposalKo, r.ProposalEn, r.Status, r.UpdatedAt, r.SubmittedAt, r.ReceiptNumber))];
    }

    /// <summary>The proposals submitted to a call (withdrawn ones too, marked), in receipt order; program managers only.</summary>
    public async Task<IReadOnlyList<ReceivedProposal>> ReceivedAsync(Guid userId, Guid callId, CancellationToken cancellationToken = default)
    {
        if ((await actors.FindAsync(userId, cancellationToken))?.IsManager != true)
        {
            throw new ForbiddenException(CoreMessages.Get("Call.ManagersOnly"));
        }

        if (!await db.ProgramCalls.AnyAsync(c => c.Id == callId, cancellationToken))
        {
            throw new NotFoundException(nameof(ProgramCall), callId);
        }

        var rows = await db.Proposals.AsNoTracking().Where(p => p.CallId == callId && p.SubmittedAt != null)
            .Select(p => new { p.Id, p.Status, p.SnapshotJson, p.Screening }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.Status, r.Screening, Snapshot: ProposalSnapshots.Deserialize(r.SnapshotJson!)))
            .OrderBy(r => r.Snapshot.ReceiptNumber, StringComparer.Ordinal)
            .Select(r => new ReceivedProposal(r.Id, r.Snapshot.ReceiptNumber, r.Snapshot.Content.TitleKo, r.Snapshot.Content.TitleEn,
                r.Snapshot.Content.Lead?.Name ?? string.Empty,
                [.. r.Snapshot.Content.Partners.Select(p => p.CountryCode).Distinct(StringComparer.Ordinal)],
                r.Snapshot.Content.GovernmentKrw, r.Snapshot.SubmittedAt, r.Status,
                ProposalEligibility.Evaluate(r.Snapshot.Content).Checks.Count(c => !c.Passed), r.Screening))];
    }

    public async Task<ProposalDetail> GetAsync(Guid userId, Guid id, CancellationToken cancellationToken = default)
    {
        var (p, call, role) = await access.LoadAsync(userId, id, cancellationToken);
        var snapshot = p.SnapshotJson is null ? null : ProposalSnapshots.Deserialize(p.SnapshotJson);
        var content = snapshot?.Content ?? await reader.ReadAsync(p, call, cancellationToken);
        var applicant = snapshot?.ApplicantName
            ?? await db.Users.AsNoTracking().Where(u => u.Id == p.ApplicantId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var now = Clock.UtcNow(time);
        var screening = role.IsManager && p.Screening is { } outcome
            ? new ScreeningView(outcome, p.ScreeningNote,
                await db.Users.AsNoTracking().Where(u => u.Id == p.ScreenedById).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? string.Empty,
                p.ScreenedAt!.Value)
            : null;
        return new ProposalDetail(p.Id, p.CallId, call.TitleKo, call.TitleEn, call.ClosesAt, p.Status, p.Version, applicant, p.ReceiptNumber, p.SubmittedAt,
            p.SnapshotSha256, p.UpdatedAt, content, ProposalEligibility.Evaluate(content), role,
            call.Status == CallStatus.Published && call.OpensAt <= now && now < call.ClosesAt)
        {
            Screening = screening,
            CallOver = call.Status == CallStatus.Closed || now >= call.ClosesAt,
        };
    }

    /// <summary>The draft as the editor's input, with the version to save against.</summary>
    public async Task<(ProposalInput Input, long Version)> EditableAsync(Guid userId, Guid id, CancellationToken cancellationToken = default)
    {
        var detail = await GetAsync(userId, id, cancellationToken);
        if (!detail.Role.IsApplicant)
        {
            throw new ForbiddenException(CoreMessages.Get("Proposal.ApplicantOnly"));
        }

        return (ToInput(detail.Content), detail.Version);
    }

    public static ProposalInput ToInput(ProposalContent c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var a = c.Answers;
        return new ProposalInput
        {
            TitleKo = c.TitleKo, TitleEn = c.TitleEn, SummaryKo = c.SummaryKo, SummaryEn = c.SummaryEn, FieldCode = c.FieldCode,
            TopicPosition = c.TopicPosition, Months = c.Months,
            Partners = [.. c.Partners.Select(p => new ProposalPartnerInput(p.Id, p.Role, p.OrganizationId, p.Name, p.CountryCode, p.ContactName, p.ContactEmail))],
            Researchers = [.. c.Researchers.Select(r => new ProposalResearcherInput(r.PartnerPosition, r.Name, r.Email, r.Role, r.EffortPercent))],
            Budget = [.. c.Budget.Select(b => new ProposalBudgetInput(b.PartnerPosition, b.Year, b.GovernmentKrw, b.PrivateKrw))],
            Dispatch = [.. c.Dispatch.Select(d => new ProposalDispatchInput(d.ResearcherPosition, d.Institution, d.CountryCode, d.FromMonth, d.Months))],
            Answers = new ProposalAnswersInput(a.CannotDevelopDomesticallyWithinThreeYears, a.KeySourceIpHeldAbroad, a.TechnologyEvidence, a.MonthsSaved,
                a.CostReductionPercent, a.TimeAndCostEvidence, a.CertificationOrStandardsEssential, a.CertificationEvidence),
        };
    }
}
