using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities;

/// <summary>Registers, changes and removes equipment; validates against the taxonomies and the center first, so nothing is half-saved.</summary>
public sealed class EquipmentService(TechBridgeDbContext db, TaxonomyCatalog taxonomy, TimeProvider time)
{
    public async Task<Guid> CreateAsync(EquipmentInput input, CancellationToken cancellationToken = default)
    {
        await ValidateAsync(input, cancellationToken);
        var now = Clock.UtcNow(time);
        var equipment = new Equipment { IndustryCode = input.IndustryCode!, CreatedAt = now };
        Apply(equipment, input, now);
        db.Equipment.Add(equipment);
        await db.SaveChangesAsync(cancellationToken);
        return equipment.Id;
    }

    /// <summary>Changes the equipment; <paramref name="expectedVersion"/> is the version the caller read (null: the one loaded now).</summary>
    public async Task UpdateAsync(Guid id, EquipmentInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var equipment = await LoadAsync(id, expectedVersion, cancellationToken);
        await ValidateAsync(input, cancellationToken);
        Apply(equipment, input, Clock.UtcNow(time));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes the equipment; <paramref name="expectedVersion"/> is the version the caller read (null: the one loaded now).</summary>
    public async Task DeleteAsync(Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        db.Equipment.Remove(await LoadAsync(id, expectedVersion, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Equipment> LoadAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var equipment = await db.Equipment.Include(e => e.Fields).Include(e => e.Stages).Include(e => e.Offerings)
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(Equipment), id);
        ExpectedVersion.Check(equipment, expectedVersion, nameof(Equipment), id);
        return equipment;
    }

    private static void Apply(Equipment equipment, EquipmentInput input, DateTimeOffset now)
    {
        equipment.CenterId = input.CenterId;
        equipment.NameKo = input.NameKo?.Trim() ?? string.Empty;
        equipment.NameEn = input.NameEn?.Trim() ?? string.Empty;
        equipment.Model = TextInput.Blank(input.Model);
        equipment.Manufacturer = TextInput.Blank(input.Manufacturer);
        equipment.IndustryCode = input.IndustryCode!.Trim();
        equipment.TrlMin = input.TrlMin;
        equipment.TrlMax = input.TrlMax;
        equipment.DescriptionKo = input.DescriptionKo!.Trim();
        equipment.DescriptionEn = TextInput.Blank(input.DescriptionEn);
        equipment.YearAcquired = input.YearAcquired;
        equipment.Status = input.Status;
        equipment.FeeNote = TextInput.Blank(input.FeeNote);
        equipment.FeeKrw = input.FeeKrw;
        equipment.FeeUnit = input.FeeUnit;
        equipment.VatExempt = input.VatExempt;
        equipment.Rules = input.Rules ?? BookingRules.Default;
        equipment.UpdatedAt = now;

        var fields = TextInput.Codes(input.Fields);
        equipment.Fields.RemoveAll(f => !fields.Contains(f.FieldCode));
        equipment.Fields.AddRange(fields.Where(c => equipment.Fields.All(f => f.FieldCode != c)).Select(c => new EquipmentField { FieldCode = c }));
        var stages = TextInput.Codes(input.Stages);
        equipment.Stages.RemoveAll(s => !stages.Contains(s.StageCode));
        equipment.Stages.AddRange(stages.Where(c => equipment.Stages.All(s => s.StageCode != c)).Select(c => new EquipmentStage { StageCode = c }));
        var services = (input.Services ?? []).Distinct().ToList();
        equipment.Offerings.RemoveAll(o => !services.Contains(o.Service));
        equipment.Offerings.AddRange(services.Where(s => equipment.Offerings.All(o => o.Service != s)).Select(s => new EquipmentOffering { Service = s }));
    }

    private async Task ValidateAsync(EquipmentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var catalog = await taxonomy.GetAsync(cancellationToken);
        var errors = new ValidationErrors();
        var centerKind = await db.Organizations.Where(o => o.Id == input.CenterId).Select(o => (OrganizationKind?)o.Kind).SingleOrDefaultAsync(cancellationToken);
        if (centerKind != OrganizationKind.EquipmentCenter)
        {
            errors.Add(nameof(input.CenterId), CoreMessages.Get("Validation.NotAnEquipmentCenter"));
        }

        if (string.IsNullOrWhiteSpace(input.NameKo) && string.IsNullOrWhiteSpace(input.NameEn))
        {
            errors.Add(nameof(input.NameKo), CoreMessages.Get("Validation.NameRequired"));
        }

        errors.MaxLength(nameof(input.NameKo), input.NameKo, "Field.NameKo", TaxonomyCodes.NameLength);
        errors.MaxLength(nameof(input.NameEn), input.NameEn, "Field.NameEn", TaxonomyCodes.NameLength);
        errors.MaxLength(nameof(input.Model), input.Model, "Field.Model", EquipmentLimits.ModelLength);
        errors.MaxLength(nameof(input.Manufacturer), input.Manufacturer, "Field.Manufacturer", EquipmentLimits.ManufacturerLength);
        errors.RequireText(nameof(input.DescriptionKo), input.DescriptionKo, "Field.Description", EquipmentLimits.DescriptionLength);
        errors.MaxLength(nameof(input.DescriptionEn), input.DescriptionEn, "Field.Description", EquipmentLimits.DescriptionLength);
        errors.MaxLength(nameof(input.FeeNote), input.FeeNote, "Field.FeeNote", EquipmentLimits.FeeNoteLength);
        errors.RequireCode(nameof(input.IndustryCode), input.IndustryCode, "Field.Industry", catalog.Industries.ContainsKey);
        errors.TrlRange(nameof(input.TrlMin), input.TrlMin, input.TrlMax);
        errors.KnownCodes(nameof(input.Fields), input.Fields, "Field.Fields", catalog.Fields.ContainsKey);
        errors.KnownCodes(nameof(input.Stages), input.Stages, "Field.RndStage", catalog.RndStages.ContainsKey);
        foreach (var service in (input.Services ?? []).Where(s => !Enum.IsDefined(s)))
        {
            errors.Add(nameof(input.Services), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Services"), service));
        }

        if (!Enum.IsDefined(input.Status))
        {
            errors.Add(nameof(input.Status), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Status"), input.Status));
        }

        ValidateBooking(errors, input);
        var thisYear = time.GetUtcNow().Year;
        if (input.YearAcquired is { } year && (year < EquipmentLimits.FirstYear || year > thisYear))
        {
            errors.Add(nameof(input.YearAcquired), CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.YearAcquired"), EquipmentLimits.FirstYear, thisYear));
        }

        errors.ThrowIfAny();
    }

    private static void ValidateBooking(ValidationErrors errors, EquipmentInput input)
    {
        if (input.FeeKrw is < 0 or > EquipmentLimits.MaxFeeKrw)
        {
            errors.Add(nameof(input.FeeKrw), CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.Fee"), 0, EquipmentLimits.MaxFeeKrw));
        }

        if (!Enum.IsDefined(input.FeeUnit))
        {
            errors.Add(nameof(input.FeeUnit), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.FeeUnit"), input.FeeUnit));
        }

        if (input.Rules is not { } rules)
        {
            return;
        }

        if (rules.OpensAtMinute < 0 || rules.ClosesAtMinute > 24 * 60 || rules.OpensAtMinute >= rules.ClosesAtMinute)
        {
            errors.Add("OpensAtMinute", CoreMessages.Get("Validation.OperatingHours"));
        }

        if (rules.Days == OperatingDays.None || (rules.Days & ~OperatingDays.All) != 0)
        {
            errors.Add("OperatingDays", CoreMessages.Get("Validation.OperatingDays"));
        }

        if (rules.MinHours < 1 || rules.MaxHours < rules.MinHours || rules.MaxHours > EquipmentLimits.MaxBookingHours)
        {
            errors.Add("MinBookingHours", CoreMessages.Get("Validation.BookingHours", EquipmentLimits.MaxBookingHours));
        }

        if (rules.LeadHours is < 0 or > EquipmentLimits.MaxNoticeHours || rules.CancelHours is < 0 or > EquipmentLimits.MaxNoticeHours)
        {
            errors.Add("LeadHours", CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.LeadHours"), 0, EquipmentLimits.MaxNoticeHours));
        }
    }
}
