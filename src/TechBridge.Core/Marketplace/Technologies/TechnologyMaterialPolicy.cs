using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Marketplace.Technologies;

/// <summary>
/// A public technology's marketing material (brochure, slides, photos: <see cref="AttachmentTypes.Presentation"/>): every
/// signed-in user reads it, as they read the listing; the members of the owning organisation add and delete it (the same
/// rule as changing the listing); administrators may delete it (moderation). An unknown technology is 404.
/// </summary>
public sealed class TechnologyMaterialPolicy(TechBridgeDbContext db, TechnologyListingService listings) : IAttachmentOwnerPolicy
{
    public string OwnerType => AttachmentOwnerTypes.TechnologyMaterial;

    public IReadOnlyList<AttachmentType> Types => AttachmentTypes.Presentation;

    public async Task<AttachmentRights> RightsAsync(Guid userId, Guid ownerId, CancellationToken cancellationToken)
    {
        var owner = await db.PublicTechnologies.AsNoTracking().Where(t => t.Id == ownerId).Select(t => (Guid?)t.OwnerId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(PublicTechnology), ownerId);
        if (await listings.CanEditAsync(userId, owner, cancellationToken))
        {
            return new AttachmentRights(CanRead: true, CanAdd: true, CanDelete: true);
        }

        return new AttachmentRights(CanRead: true, CanAdd: false, CanDelete: await ActiveRoles.HasAsync(db, userId, Roles.Administrator, cancellationToken));
    }
}
