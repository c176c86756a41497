using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities;

/// <summary>Equipment photos and documents: every signed-in user reads them; those who run the center add and delete.</summary>
public sealed class EquipmentAttachmentPolicy(TechBridgeDbContext db, FacilityActors actors) : IAttachmentOwnerPolicy
{
    public string OwnerType => AttachmentOwnerTypes.Equipment;

    public async Task<AttachmentRights> RightsAsync(Guid userId, Guid ownerId, CancellationToken cancellationToken)
    {
        var actor = await actors.FindAsync(userId, cancellationToken) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        var center = await db.Equipment.AsNoTracking().Where(e => e.Id == ownerId).Select(e => (Guid?)e.CenterId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Equipment), ownerId);
        var runs = actor.CanRunCenter(center);
        return new AttachmentRights(CanRead: true, CanAdd: runs, CanDelete: runs);
    }
}
