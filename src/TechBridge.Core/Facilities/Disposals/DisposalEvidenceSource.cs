using TechBridge.Core.Facilities.Utilisation;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Facilities.Disposals;

/// <summary>Measures an item's evidence for a proposal: its utilisation over the last 12 complete KST months, as the utilisation page counts it.</summary>
public sealed class DisposalEvidenceSource(UtilisationQueries utilisation, TimeProvider time)
{
    public async Task<DisposalEvidence> MeasureAsync(FacilityActor actor, Guid equipmentId, int? yearAcquired, CancellationToken cancellationToken)
    {
        var (first, last) = Period(time.GetUtcNow());
        var report = await utilisation.ReportAsync(actor, new UtilisationFilter(first, last, EquipmentId: equipmentId), cancellationToken);
        var figure = report.Equipment.SingleOrDefault(e => e.Id == equipmentId)?.Figure ?? UtilisationFigure.Zero;
        return new DisposalEvidence
        {
            FirstMonth = first, LastMonth = last, BookedHours = Math.Round(figure.BookedHours, 2), OpenHours = Math.Round(figure.OpenHours, 2),
            Rate = Math.Round(figure.Rate, 4), YearAcquired = yearAcquired,
        };
    }

    /// <summary>The first days of the first and last of the complete KST months before <paramref name="now"/>.</summary>
    public static (DateOnly First, DateOnly Last) Period(DateTimeOffset now)
    {
        var today = Kst.ToKst(now);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        return (thisMonth.AddMonths(-DisposalLimits.EvidenceMonths), thisMonth.AddMonths(-1));
    }
}
