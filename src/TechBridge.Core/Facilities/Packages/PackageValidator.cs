using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Packages;

/// <summary>
/// Checks a package as entered, reporting every problem at once: a Korean name, a price above 0 and at most
/// <see cref="PackageLimits.MaxPriceKrw"/>, one to <see cref="PackageLimits.MaxComponents"/> lines, each with a service,
/// a quantity and a unit, and equipment (required for equipment use) that belongs to the package's center and is not disposed.
/// A line's messages go to <c>Components[i].Field</c>.
/// </summary>
public sealed class PackageValidator(TechBridgeDbContext db)
{
    public async Task ValidateAsync(Guid centerId, PackageInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        errors.RequireText(nameof(input.NameKo), input.NameKo, "Field.NameKo", PackageLimits.NameLength);
        errors.MaxLength(nameof(input.NameEn), input.NameEn, "Field.NameEn", PackageLimits.NameLength);
        errors.MaxLength(nameof(input.DescriptionKo), input.DescriptionKo, "Field.Description", PackageLimits.DescriptionLength);
        errors.MaxLength(nameof(input.DescriptionEn), input.DescriptionEn, "Field.Description", PackageLimits.DescriptionLength);
        foreach (var (field, text) in new[] { (nameof(input.NameKo), input.NameKo), (nameof(input.NameEn), input.NameEn) })
        {
            errors.PlainText(field, text);
        }

        if (input.PriceKrw is null)
        {
            errors.Add(nameof(input.PriceKrw), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.PackagePrice")));
        }
        else if (input.PriceKrw is < 1 or > PackageLimits.MaxPriceKrw)
        {
            errors.Add(nameof(input.PriceKrw), CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.PackagePrice"), 1, PackageLimits.MaxPriceKrw));
        }

        var lines = input.Components ?? [];
        if (lines.Count == 0)
        {
            errors.Add(nameof(input.Components), CoreMessages.Get("Package.NoComponents"));
        }
        else if (lines.Count > PackageLimits.MaxComponents)
        {
            errors.Add(nameof(input.Components), CoreMessages.Get("Validation.TooMany", CoreMessages.Get("Field.Components"), PackageLimits.MaxComponents));
        }
        else
        {
            await ValidateLinesAsync(errors, centerId, lines, cancellationToken);
        }

        errors.ThrowIfAny();
    }

    private async Task ValidateLinesAsync(ValidationErrors errors, Guid centerId, IReadOnlyList<PackageComponentInput> lines, CancellationToken cancellationToken)
    {
        var ids = lines.Where(l => l?.EquipmentId is not null).Select(l => l.EquipmentId!.Value).Distinct().ToList();
        var equipment = await db.Equipment.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.CenterId, e.Status }).ToDictionaryAsync(e => e.Id, cancellationToken);
        for (var i = 0; i < lines.Count; i++)
        {
            var field = $"Components[{i}].";
            if (lines[i] is not { } line)
            {
                errors.Add(field + "Kind", CoreMessages.Get("Validation.NullItem"));
                continue;
            }

            if (line.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                errors.Add(field + "Kind", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.Service")));
            }

            if (line.Unit is not { } unit || !Enum.IsDefined(unit))
            {
                errors.Add(field + "Unit", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.Unit")));
            }

            if (line.Quantity is not (>= 1 and <= PackageLimits.MaxQuantity))
            {
                errors.Add(field + "Quantity", CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.Quantity"), 1, PackageLimits.MaxQuantity));
            }

            errors.MaxLength(field + "Note", line.Note, "Field.Note", PackageLimits.NoteLength);
            errors.PlainText(field + "Note", line.Note);
            if (line.EquipmentId is { } id)
            {
                if (!equipment.TryGetValue(id, out var item) || item.CenterId != centerId)
                {
                    errors.Add(field + "EquipmentId", CoreMessages.Get("Package.EquipmentOfCenter"));
                }
                else if (item.Status == EquipmentStatus.Disposed)
                {
                    errors.Add(field + "EquipmentId", CoreMessages.Get("Package.EquipmentDisposed"));
                }
            }
            else if (line.Kind == EquipmentServiceKind.EquipmentUse)
            {
                errors.Add(field + "EquipmentId", CoreMessages.Get("Package.EquipmentRequired"));
            }
        }
    }
}
