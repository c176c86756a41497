using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities.Packages;

/// <summary>
/// Service packages written by the people who run their center: its operators (program managers and administrators any
/// center's) create, change and retire them. A retired package stays (quotes name it) and can no longer be changed.
/// Someone who may not write gets 403 for an active package and the 404 of an unknown one for a retired package, which
/// they cannot see.
/// </summary>
public sealed class PackageService(TechBridgeDbContext db, FacilityActors actors, PackageValidator validator, TimeProvider time)
{
    public async Task<Guid> CreateAsync(Guid userId, Guid centerId, PackageInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Organizations.AsNoTracking().AnyAsync(o => o.Id == centerId && o.Kind == OrganizationKind.EquipmentCenter, cancellationToken))
        {
            throw new NotFoundException("Center", centerId);
        }

        if (!await MayManageAsync(userId, centerId, cancellationToken))
        {
            throw new ForbiddenException(CoreMessages.Get("Package.NotYourCenter"));
        }

        await validator.ValidateAsync(centerId, input, cancellationToken);
        var now = Clock.UtcNow(time);
        var package = new ServicePackage { CenterId = centerId, Status = PackageStatus.Active, CreatedAt = now };
        Apply(package, input, now);
        db.ServicePackages.Add(package);
        await db.SaveChangesAsync(cancellationToken);
        return package.Id;
    }

    /// <summary>Changes the package; <paramref name="expectedVersion"/> is the version the caller read (null: the one loaded now).</summary>
    public async Task UpdateAsync(Guid userId, Guid id, PackageInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var package = await LoadWritableAsync(userId, id, expectedVersion, cancellationToken);
        await validator.ValidateAsync(package.CenterId, input, cancellationToken);
        Apply(package, input, Clock.UtcNow(time));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Takes the package off offer; quotes that named it keep naming it.</summary>
    public async Task RetireAsync(Guid userId, Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var package = await LoadWritableAsync(userId, id, expectedVersion, cancellationToken);
        package.Status = PackageStatus.Retired;
        package.UpdatedAt = Clock.UtcNow(time);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the user may write the packages of this center.</summary>
    public async Task<bool> MayManageAsync(Guid userId, Guid centerId, CancellationToken cancellationToken = default) =>
        (await actors.FindAsync(userId, cancellationToken))?.CanRunCenter(centerId) == true;

    private async Task<ServicePackage> LoadWritableAsync(Guid userId, Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var package = await db.ServicePackages.Include(p => p.Components).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(ServicePackage), id);
        if (!await MayManageAsync(userId, package.CenterId, cancellationToken))
        {
            throw package.Status == PackageStatus.Retired
                ? new NotFoundException(nameof(ServicePackage), id)
                : new ForbiddenException(CoreMessages.Get("Package.NotYourCenter"));
        }

        ExpectedVersion.Check(package, expectedVersion, nameof(ServicePackage), id);
        if (package.Status == PackageStatus.Retired)
        {
            throw new BusinessRuleException("Package.Retired", CoreMessages.Get("Package.Retired"));
        }

        return package;
    }

    private static void Apply(ServicePackage package, PackageInput input, DateTimeOffset now)
    {
        package.NameKo = input.NameKo!.Trim();
        package.NameEn = input.NameEn?.Trim() ?? string.Empty;
        package.DescriptionKo = TextInput.Blank(input.DescriptionKo);
        package.DescriptionEn = TextInput.Blank(input.DescriptionEn);
        package.PriceKrw = input.PriceKrw!.Value;
        package.VatExempt = input.VatExempt;
        package.UpdatedAt = now;

        // Lines are changed in place by position, so a line that stays is an update (audited as one) and no key is reused.
        var lines = input.Components!;
        package.Components.RemoveAll(c => c.Position >= lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var component = package.Components.Find(c => c.Position == i);
            if (component is null)
            {
                component = new PackageComponent { Position = i };
                package.Components.Add(component);
            }

            var line = lines[i];
            component.Kind = line.Kind!.Value;
            component.EquipmentId = line.EquipmentId;
            component.Quantity = line.Quantity!.Value;
            component.Unit = line.Unit!.Value;
            component.Note = TextInput.Blank(line.Note);
        }
    }
}
