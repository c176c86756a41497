using System.Globalization;
using TechBridge.Core.Facilities;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Components.Shared;

namespace TechBridge.Web.Components.Pages.Facilities;

/// <summary>
/// The equipment form as posted (all text; check boxes come from the form collection). Operating hours are typed as
/// HH:mm in KST ("24:00" closes at midnight); Core validates the converted input.
/// </summary>
public sealed class EquipmentForm
{
    public string? CenterId { get; set; }
    public string? NameKo { get; set; }
    public string? NameEn { get; set; }
    public string? Model { get; set; }
    public string? Manufacturer { get; set; }
    public string? IndustryCode { get; set; }
    public string? TrlMin { get; set; }
    public string? TrlMax { get; set; }
    public string? DescriptionKo { get; set; }
    public string? DescriptionEn { get; set; }
    public string? YearAcquired { get; set; }
    public string Status { get; set; } = nameof(EquipmentStatus.Available);
    public string? FeeNote { get; set; }
    public string? FeeKrw { get; set; }
    public string FeeUnit { get; set; } = nameof(Core.Facilities.FeeUnit.PerHour);
    public bool VatExempt { get; set; }
    public string? OpensAt { get; set; } = "09:00";
    public string? ClosesAt { get; set; } = "18:00";
    public string? MinHours { get; set; } = "1";
    public string? MaxHours { get; set; } = "336";
    public string? LeadHours { get; set; } = "24";
    public string? CancelHours { get; set; } = "24";
    public bool RequiresApproval { get; set; } = true;
    public bool RequiresTraining { get; set; }
    public string? Version { get; set; }

    public static EquipmentForm From(EquipmentDetail item)
    {
        ArgumentNullException.ThrowIfNull(item);
        string N(long value) => value.ToString(CultureInfo.InvariantCulture);
        return new EquipmentForm
        {
            CenterId = item.Center.Id.ToString(), NameKo = item.NameKo, NameEn = item.NameEn, Model = item.Model, Manufacturer = item.Manufacturer,
            IndustryCode = item.IndustryCode, TrlMin = N(item.TrlMin), TrlMax = N(item.TrlMax), DescriptionKo = item.DescriptionKo,
            DescriptionEn = item.DescriptionEn, YearAcquired = item.YearAcquired is { } y ? N(y) : null, Status = item.Status.ToString(),
            FeeNote = item.FeeNote, FeeKrw = N(item.FeeKrw), FeeUnit = item.FeeUnit.ToString(), VatExempt = item.VatExempt,
            OpensAt = Clock(item.Rules.OpensAtMinute), ClosesAt = Clock(item.Rules.ClosesAtMinute), MinHours = N(item.Rules.MinHours),
            MaxHours = N(item.Rules.MaxHours), LeadHours = N(item.Rules.LeadHours), CancelHours = N(item.Rules.CancelHours),
            RequiresApproval = item.Rules.RequiresApproval, RequiresTraining = item.Rules.RequiresTraining, Version = N(item.Version),
        };
    }

    public long? ExpectedVersion() => long.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    public EquipmentInput ToInput(
        IReadOnlyCollection<string> stages, IReadOnlyCollection<string> services, IReadOnlyCollection<string> fields, OperatingDays days, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var status = Api.QueryValues.Enum<EquipmentStatus>(errors, nameof(Status), Status, "Field.Status") ?? EquipmentStatus.Available;
        var unit = Api.QueryValues.Enum<FeeUnit>(errors, nameof(FeeUnit), FeeUnit, "Field.FeeUnit") ?? Core.Facilities.FeeUnit.PerHour;
        var kinds = services.Select(s => Enum.TryParse<EquipmentServiceKind>(s, out var k) && Enum.IsDefined(k) ? k : (EquipmentServiceKind?)null).ToList();
        if (kinds.Contains(null))
        {
            errors.Add("Services", Core.Shared.Resources.CoreMessages.Get("Validation.UnknownCode", Core.Shared.Resources.CoreMessages.Get("Field.Services"), "?"));
        }

        var rules = new BookingRules
        {
            OpensAtMinute = Minutes(errors, "OpensAtMinute", OpensAt) ?? 0,
            ClosesAtMinute = Minutes(errors, "OpensAtMinute", ClosesAt) ?? 0,
            Days = days,
            MinHours = FormNumbers.Number(errors, "MinBookingHours", MinHours, "Field.BookingHours") ?? 0,
            MaxHours = FormNumbers.Number(errors, "MinBookingHours", MaxHours, "Field.BookingHours") ?? 0,
            LeadHours = FormNumbers.Number(errors, "LeadHours", LeadHours, "Field.LeadHours") ?? 0,
            CancelHours = FormNumbers.Number(errors, "LeadHours", CancelHours, "Field.LeadHours") ?? 0,
            RequiresApproval = RequiresApproval,
            RequiresTraining = RequiresTraining,
        };
        return new EquipmentInput(
            Guid.TryParse(CenterId, out var center) ? center : Guid.Empty, NameKo, NameEn, IndustryCode,
            FormNumbers.Number(errors, nameof(EquipmentInput.TrlMin), TrlMin, "Field.Trl") ?? 0,
            FormNumbers.Number(errors, nameof(EquipmentInput.TrlMax), TrlMax, "Field.Trl") ?? 0,
            DescriptionKo, stages, kinds.OfType<EquipmentServiceKind>().ToList(), fields, Model, Manufacturer, DescriptionEn,
            FormNumbers.Number(errors, nameof(EquipmentInput.YearAcquired), YearAcquired, "Field.YearAcquired"), status, FeeNote,
            FormNumbers.Amount(errors, nameof(EquipmentInput.FeeKrw), FeeKrw, "Field.Fee") ?? 0, unit, VatExempt, rules);
    }

    public static string Clock(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    private static int? Minutes(ValidationErrors errors, string field, string? text)
    {
        if (text?.Trim() == "24:00")
        {
            return 24 * 60;
        }

        if (TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            return t.Hour * 60 + t.Minute;
        }

        errors.Add(field, Core.Shared.Resources.CoreMessages.Get("Validation.OperatingHours"));
        return null;
    }
}
