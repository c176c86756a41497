using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>
/// The applicant's side of a proposal: start a draft under an open call (the applicant's organisation leads), save it as
/// often as they like while the call is open, submit it once (final, timestamped, frozen as a snapshot with a receipt
/// number; refused after the call's close instant), or withdraw it before the close. Each change is audited by the
/// DbContext; the submission's notice goes out in the same transaction.
/// </summary>
public sealed class ProposalService(
    TechBridgeDbContext db,
    ProposalAccess access,
    ProposalValidator validator,
    ProposalContentReader content,
    INotifier notifier,
    TimeProvider time)
{
    private const int ReceiptAttempts = 5;

    /// <summary>Starts a draft with the applicant's organisation as lead; from an accepted Hi-TECH match, with its consortium and task.</summary>
    public async Task<Guid> CreateAsync(Guid userId, Guid callId, Guid? hiTechMatchId = null, CancellationToken cancellationToken = default)
    {
        var applicant = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new { u.OrganizationId, Roles = u.Roles.Select(r => r.Role).ToList() })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new ForbiddenException(CoreMessages.Get("Proposal.ApplicantsOnly"));
        var call = await db.ProgramCalls.AsNoTracking().Include(c => c.Fields).SingleOrDefaultAsync(c => c.Id == callId && c.Status != CallStatus.Draft, cancellationToken)
            ?? throw new NotFoundException(nameof(ProgramCall), callId);
        if (!applicant.Roles.Contains(Roles.Company) && !applicant.Roles.Contains(Roles.Researcher))
        {
            throw new ForbiddenException(CoreMessages.Get("Proposal.ApplicantsOnly"));
        }

        if (applicant.OrganizationId is not { } organizationId)
        {
            throw new BusinessRuleException("Proposal.NoOrganization", CoreMessages.Get("Proposal.NoOrganization"));
        }

        RequireOpen(call, Clock.UtcNow(time));
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.NameKo, o.NameEn, o.CountryCode }).SingleAsync(cancellationToken);
        var now = Clock.UtcNow(time);
        var proposal = new Proposal { CallId = callId, ApplicantId = userId, Status = ProposalStatus.Draft, CreatedAt = now, UpdatedAt = now, HiTechMatchId = hiTechMatchId };
        proposal.Partners.Add(new ProposalPartner
        {
            ProposalId = proposal.Id, Position = 0, Role = PartnerRole.Lead, OrganizationId = organizationId,
            Name = organization.NameKo.Length > 0 ? organization.NameKo : organization.NameEn, CountryCode = organization.CountryCode,
            Response = PartnerResponse.Confirmed, RespondedAt = now,
        });
        if (hiTechMatchId is { } matchId)
        {
            await Marketplace.Talent.HiTechConsortium.ApplyAsync(db, proposal, matchId, organizationId, call, cancellationToken);
        }

        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return proposal.Id;
    }

    /// <summary>Saves the draft as it stands; returns its new version. Partners keep their invitation unless who or where changed.</summary>
    public async Task<long> SaveAsync(Guid userId, Guid id, ProposalInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (proposal, call) = await LoadDraftAsync(userId, id, expectedVersion, cancellationToken);
        await validator.ValidateDraftAsync(call, input, cancellationToken);
        await new ProposalDraftWriter(db).ApplyAsync(proposal, input, cancellationToken);
        proposal.UpdatedAt = Clock.UtcNow(time);
        await db.SaveChangesAsync(cancellationToken);
        return proposal.Version;
    }

    /// <summary>Submits the draft: complete, within the call's period, every partner confirmed. Returns the receipt number.</summary>
    public async Task<string> SubmitAsync(Guid userId, Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SubmitOnceAsync(userId, id, expectedVersion, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < ReceiptAttempts
                && ConstraintViolation.From(e, db.Model) is { Kind: ConstraintKind.Unique, Field: "receiptNumber" })
            {
                // Another submission took the number between reading and saving: start again from the stored state.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<string> SubmitOnceAsync(Guid userId, Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var (proposal, call) = await LoadDraftAsync(userId, id, expectedVersion, cancellationToken);
        ProposalValidator.RequireComplete(call, proposal);
        var now = Clock.UtcNow(time);
        var read = await content.ReadAsync(proposal, call, cancellationToken);
        var applicantName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        proposal.Status = ProposalStatus.Submitted;
        proposal.SubmittedAt = now;
        proposal.UpdatedAt = now;
        proposal.ReceiptNumber = await NextReceiptNumberAsync(now, cancellationToken);
        var snapshot = new ProposalSnapshot(proposal.Id, call.Id, proposal.ReceiptNumber, now, userId, applicantName, read);
        (proposal.SnapshotJson, proposal.SnapshotSha256) = ProposalSnapshots.Serialize(snapshot);
        await notifier.NotifyUserAsync(userId, Notice.Of(NoticeTemplates.ProposalSubmitted, $"/programs/proposals/{proposal.Id}",
            ("title", proposal.TitleKo), ("titleEn", proposal.TitleEn), ("receipt", proposal.ReceiptNumber), ("time", Kst.Format(now)),
            ("sha256", proposal.SnapshotSha256)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return proposal.ReceiptNumber;
    }

    /// <summary>Withdraws a draft or a submitted proposal while the call is open; a withdrawn proposal is not reviewed.</summary>
    public async Task WithdrawAsync(Guid userId, Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var (proposal, call, role) = await access.LoadAsync(userId, id, cancellationToken);
        if (!role.IsApplicant)
        {
            throw new ForbiddenException(CoreMessages.Get("Proposal.ApplicantOnly"));
        }

        ExpectedVersion.Check(proposal, expectedVersion, nameof(Proposal), id);
        if (proposal.Status == ProposalStatus.Withdrawn)
        {
            throw new BusinessRuleException("Proposal.Withdrawn", CoreMessages.Get("Proposal.Withdrawn"));
        }

        RequireBeforeClose(call, Clock.UtcNow(time));
        proposal.Status = ProposalStatus.Withdrawn;
        proposal.WithdrawnAt = Clock.UtcNow(time);
        proposal.UpdatedAt = proposal.WithdrawnAt.Value;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(Proposal Proposal, ProgramCall Call)> LoadDraftAsync(Guid userId, Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var (proposal, call, role) = await access.LoadAsync(userId, id, cancellationToken);
        if (!role.IsApplicant)
        {
            throw new ForbiddenException(CoreMessages.Get("Proposal.ApplicantOnly"));
        }

        ExpectedVersion.Check(proposal, expectedVersion, nameof(Proposal), id);
        if (proposal.Status != ProposalStatus.Draft)
        {
            throw new BusinessRuleException("Proposal.Final", CoreMessages.Get("Proposal.Final"));
        }

        RequireBeforeClose(call, Clock.UtcNow(time));
        return (proposal, call);
    }

    private async Task<string> NextReceiptNumberAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prefix = $"{Kst.ToKst(now).Year}-";
        var numbers = await db.Proposals.AsNoTracking().Where(p => p.ReceiptNumber != null && p.ReceiptNumber.StartsWith(prefix))
            .Select(p => p.ReceiptNumber!).ToListAsync(cancellationToken);
        var next = numbers.Select(n => int.TryParse(n.AsSpan(prefix.Length), out var k) ? k : 0).DefaultIfEmpty(0).Max() + 1;
        return $"{prefix}{next:0000}";
    }

    private static void RequireOpen(ProgramCall call, DateTimeOffset now)
    {
        if (call.Status != CallStatus.Published || now < call.OpensAt)
        {
            throw new BusinessRuleException("Proposal.CallNotOpen", CoreMessages.Get("Proposal.CallNotOpen", Kst.Format(call.OpensAt)));
        }

        RequireBeforeClose(call, now);
    }

    private static void RequireBeforeClose(ProgramCall call, DateTimeOffset now)
    {
        if (call.Status == CallStatus.Closed || now >= call.ClosesAt)
        {
            throw new BusinessRuleException("Proposal.CallClosed", CoreMessages.Get("Proposal.CallClosed", Kst.Format(call.ClosesAt)));
        }
    }
}
