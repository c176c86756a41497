using TechBridge.Core.Facilities;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// What a center decides for all its equipment: its operating hours (most open 09:00–18:00 on weekdays, some also on
/// Saturday or later, a few run their long tests around the clock) and whether its fees are exempt from VAT.
/// </summary>
internal sealed record DemoCenterTerms(int OpensAtMinute, int ClosesAtMinute, OperatingDays Days, bool RoundTheClock, bool VatExempt)
{
    private static readonly (DemoCenterTerms Terms, int Weight)[] Hours =
    [
        (new(9 * 60, 18 * 60, OperatingDays.Weekdays, false, false), 70),
        (new(9 * 60, 21 * 60, OperatingDays.Weekdays, false, false), 8),
        (new(9 * 60, 18 * 60, OperatingDays.Weekdays | OperatingDays.Saturday, false, false), 12),
        (new(9 * 60, 18 * 60, OperatingDays.Weekdays, true, false), 10),
    ];

    public static DemoCenterTerms Pick(DemoRandom random) =>
        random.PickWeighted(Hours, h => h.Weight).Terms with { VatExempt = random.Chance(0.15) };

    /// <summary>Sets the item's fee, fee note and booking rules from its kind and these terms.</summary>
    public void Apply(DemoRandom random, Equipment equipment, DemoEquipmentTemplate template)
    {
        var fee = template.Fee;
        var steps = (int)((fee.MaxKrw - fee.MinKrw) / fee.StepKrw);
        equipment.FeeUnit = fee.Unit;
        equipment.FeeKrw = fee.MinKrw + (fee.StepKrw * random.Next(0, steps + 1));
        equipment.VatExempt = VatExempt;
        equipment.FeeNote = FeeNote(template, equipment.FeeKrw, VatExempt);

        // Around-the-clock centers run their day-rate tests through nights and weekends; the rest keeps office hours.
        var allDay = RoundTheClock && fee.Unit == FeeUnit.PerDay;
        equipment.OpensAtMinute = allDay ? 0 : OpensAtMinute;
        equipment.ClosesAtMinute = allDay ? 24 * 60 : ClosesAtMinute;
        equipment.OperatingDays = allDay ? OperatingDays.All : Days;
        equipment.MinBookingHours = fee.MinHours;
        equipment.MaxBookingHours = fee.MaxHours;
        equipment.LeadHours = fee.LeadHours + (24 * random.Next(0, (72 - fee.LeadHours) / 24 + 1));
        equipment.CancelHours = fee.CancelHours;
        equipment.RequiresApproval = !random.Chance(fee.AutoConfirm);
        equipment.RequiresTraining = template.Services.Contains('U', StringComparison.Ordinal) && random.Chance(0.6);
    }

    /// <summary>The fee note of a kind: its own name, the fee as Koreans read it and the VAT treatment.</summary>
    public static string FeeNote(DemoEquipmentTemplate template, long feeKrw, bool vatExempt) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template.Fee.Note, template.Ko, Shared.Formatting.Krw.Format(feeKrw, english: false))
        + (vatExempt ? " · 부가세 면세" : " · 부가세 별도");
}
