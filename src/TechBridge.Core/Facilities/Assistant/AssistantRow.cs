using System.Linq.Expressions;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Facilities.Assistant;

/// <summary>What a card needs of one item of equipment, read in one query.</summary>
internal sealed record Row(
    Guid Id, string NameKo, string NameEn, string CenterKo, string CenterEn, string? City, string IndustryCode, long FeeKrw, FeeUnit FeeUnit, bool VatExempt)
{
    public static readonly Expression<Func<Equipment, Row>> Projection = e =>
        new Row(e.Id, e.NameKo, e.NameEn, e.Center!.NameKo, e.Center.NameEn, e.Center.City, e.IndustryCode, e.FeeKrw, e.FeeUnit, e.VatExempt);

    public AssistantCard Card(TaxonomySnapshot taxonomy, AvailableSlot? slot)
    {
        // One unit of use (an hour, a day or a sample) under the same rules as a statement.
        var (fee, vat) = FeeKrw > 0 ? Fees.For(FeeKrw, FeeUnit, VatExempt, new TimeInterval(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1)), 1) : (0, 0);
        var url = $"/facilities/equipment/{Id}";
        var book = slot is null ? url : $"{url}?view=day&date={DateOnly.FromDateTime(slot.Start.DateTime):yyyy-MM-dd}";
        return new AssistantCard(
            Id, Bilingual.Pick(NameKo, NameEn), Bilingual.Pick(CenterKo, CenterEn), City, IndustryCode, taxonomy.IndustryName(IndustryCode),
            FeeKrw, FeeUnit, VatExempt, fee + vat, AssistantText.Fee(fee + vat, FeeUnit), slot?.Start, slot?.End,
            slot is null ? null : AssistantText.Slot(slot.Start, slot.End), url, book);
    }
}
