using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities;

/// <summary>Sets (or clears) the representative institution of an industry; who may is decided by the caller's policy (program managers and administrators).</summary>
public sealed class IndustryService(TechBridgeDbContext db)
{
    public async Task SetRepresentativeAsync(string code, Guid? organizationId, CancellationToken cancellationToken = default)
    {
        var industry = await db.Industries.SingleOrDefaultAsync(i => i.Code == code, cancellationToken)
            ?? throw new NotFoundException("Industry", code);
        if (organizationId is { } id && !await db.Organizations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            throw ValidationFailedException.For(nameof(organizationId), CoreMessages.Get("Validation.UnknownOrganization"));
        }

        industry.RepresentativeInstitutionId = organizationId;
        await db.SaveChangesAsync(cancellationToken);
    }
}
