using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>
/// The first stage of review: once the call has closed, a program manager passes each submitted proposal on to review or
/// rejects it (with the reason, which the applicant will read with the decision), seeing the automatic checks of the
/// frozen copy. A decision may be changed, with a new note, until the review stages begin. Audited by the DbContext.
/// </summary>
public sealed class ProposalScreening(TechBridgeDbContext db, ProgramActors actors, TimeProvider time)
{
    public async Task<long> DecideAsync(
        Guid userId, Guid proposalId, ScreeningOutcome? outcome, string? note, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if ((await actors.FindAsync(userId, cancellationToken))?.IsManager != true)
        {
            throw new ForbiddenException(CoreMessages.Get("Call.ManagersOnly"));
        }

        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId && p.SubmittedAt != null, cancellationToken)
            ?? throw new NotFoundException(nameof(Proposal), proposalId);
        ExpectedVersion.Check(proposal, expectedVersion, nameof(Proposal), proposalId);
        var errors = new ValidationErrors();
        if (outcome is not { } decided || !Enum.IsDefined(decided))
        {
            errors.Add("outcome", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.ScreeningOutcome")));
        }
        else if (decided == ScreeningOutcome.Rejected && string.IsNullOrWhiteSpace(note))
        {
            errors.Add("note", CoreMessages.Get("Screening.ReasonRequired"));
        }

        errors.OptionalText("note", note, "Field.ScreeningNote", ProposalLimits.NoteLength);
        errors.ThrowIfAny();
        if (proposal.Status != ProposalStatus.Submitted)
        {
            throw new BusinessRuleException("Screening.Withdrawn", CoreMessages.Get("Screening.Withdrawn"));
        }

        var call = await db.ProgramCalls.AsNoTracking().Where(c => c.Id == proposal.CallId).Select(c => new { c.Status, c.ClosesAt }).SingleAsync(cancellationToken);
        var now = Clock.UtcNow(time);
        if (call.Status != CallStatus.Closed && now < call.ClosesAt)
        {
            throw new BusinessRuleException("Screening.CallOpen", CoreMessages.Get("Screening.CallOpen", Kst.Format(call.ClosesAt)));
        }

        proposal.Screening = outcome;
        proposal.ScreeningNote = TextInput.Blank(note);
        proposal.ScreenedById = userId;
        proposal.ScreenedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return proposal.Version;
    }
}
