using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>How a user stands to a proposal: its applicant, or a program manager (who sees it once it was submitted).</summary>
public sealed record ProposalRole(bool IsApplicant, bool IsManager);

/// <summary>
/// Loads a proposal for a user who may see it: the applicant always, program managers and administrators once it was
/// submitted. To anyone else it does not exist (404), so a proposal's existence never leaks.
/// </summary>
public sealed class ProposalAccess(TechBridgeDbContext db, ProgramActors actors)
{
    public async Task<(Proposal Proposal, ProgramCall Call, ProposalRole Role)> LoadAsync(Guid userId, Guid id, CancellationToken cancellationToken = default)
    {
        var proposal = await db.Proposals
            .Include(p => p.Partners).Include(p => p.Researchers).Include(p => p.BudgetLines).Include(p => p.Dispatches)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var role = await RoleAsync(userId, proposal, cancellationToken) ?? throw new NotFoundException(nameof(Proposal), id);
        var call = await db.ProgramCalls
            .Include(c => c.Fields).Include(c => c.ApplicantTypes).Include(c => c.Documents).Include(c => c.Topics)
            .AsSplitQuery().SingleAsync(c => c.Id == proposal!.CallId, cancellationToken);
        return (proposal!, call, role);
    }

    /// <summary>The user's standing, or null when the proposal is unknown to them.</summary>
    public async Task<ProposalRole?> RoleAsync(Guid userId, Proposal? proposal, CancellationToken cancellationToken = default)
    {
        if (proposal is null)
        {
            return null;
        }

        var applicant = proposal.ApplicantId == userId;
        var manager = proposal.SubmittedAt is not null && (await actors.FindAsync(userId, cancellationToken))?.IsManager == true;
        return applicant || manager ? new ProposalRole(applicant, manager) : null;
    }
}
