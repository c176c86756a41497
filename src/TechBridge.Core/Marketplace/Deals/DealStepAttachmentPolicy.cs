using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Marketplace.Deals;

/// <summary>
/// The documents of a deal step: whoever may see the deal reads them (its two parties, program managers and administrators);
/// the actor adds them only while recording the step (<see cref="DealService"/> opens that window for the step it is saving);
/// nobody deletes them. Anyone else does not learn the step exists (404).
/// </summary>
public sealed class DealStepAttachmentPolicy(TechBridgeDbContext db, DealAccess access) : IAttachmentOwnerPolicy
{
    private readonly HashSet<Guid> recording = [];

    public string OwnerType => AttachmentOwnerTypes.DealStep;

    public async Task<AttachmentRights> RightsAsync(Guid userId, Guid ownerId, CancellationToken cancellationToken)
    {
        var step = await db.DealSteps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ownerId, cancellationToken)
            ?? throw new NotFoundException(nameof(DealStep), ownerId);
        var deal = await db.Deals.AsNoTracking().SingleAsync(d => d.Id == step.DealId, cancellationToken);
        if (await access.SideAsync(userId, deal, cancellationToken) is null)
        {
            throw new NotFoundException(nameof(DealStep), ownerId);
        }

        return new AttachmentRights(CanRead: true, CanAdd: step.ActorId == userId && recording.Contains(ownerId), CanDelete: false);
    }

    /// <summary>Lets the actor attach documents to <paramref name="stepId"/> until the returned scope ends.</summary>
    internal IDisposable Recording(Guid stepId)
    {
        recording.Add(stepId);
        return new Window(() => recording.Remove(stepId));
    }

    private sealed class Window(Action close) : IDisposable
    {
        public void Dispose() => close();
    }
}
