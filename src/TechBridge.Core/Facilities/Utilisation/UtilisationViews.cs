namespace TechBridge.Core.Facilities.Utilisation;

/// <summary>Which equipment to measure (all in scope, an industry's, a center's or one item) and over which months (KST calendar months, first inclusive, last inclusive).</summary>
public sealed record UtilisationFilter(DateOnly FirstMonth, DateOnly LastMonth, string? IndustryCode = null, Guid? CenterId = null, Guid? EquipmentId = null);

/// <summary>Booked and open hours; the rate is booked / open (0 when nothing was open).</summary>
public sealed record UtilisationFigure(double BookedHours, double OpenHours)
{
    public double Rate => OpenHours <= 0 ? 0 : BookedHours / OpenHours;

    public static UtilisationFigure operator +(UtilisationFigure a, UtilisationFigure b) =>
        new(a.BookedHours + b.BookedHours, a.OpenHours + b.OpenHours);

    public static readonly UtilisationFigure Zero = new(0, 0);
}

public sealed record MonthUtilisation(DateOnly Month, UtilisationFigure Figure);

public sealed record GroupUtilisation(string Key, string NameKo, string NameEn, int Items, UtilisationFigure Figure);

/// <summary>
/// One item's use over the period, with its age and what the numbers suggest: an upgrade when aged and in high demand,
/// disposal when it stood idle.
/// </summary>
public sealed record EquipmentUtilisation(
    Guid Id, string NameKo, string NameEn, Guid CenterId, string CenterKo, string CenterEn, string IndustryCode, int? YearAcquired,
    EquipmentStatus Status, UtilisationFigure Figure, UtilisationAdvice Advice);

public enum UtilisationAdvice
{
    None,
    UpgradeCandidate,
    DisposalCandidate,
}

public sealed record UtilisationReport(
    UtilisationFilter Filter, UtilisationFigure Total, IReadOnlyList<MonthUtilisation> Months, IReadOnlyList<GroupUtilisation> Industries,
    IReadOnlyList<GroupUtilisation> Centers, IReadOnlyList<EquipmentUtilisation> Equipment);
