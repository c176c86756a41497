namespace TechBridge.Core.Marketplace.Funnel;

/// <summary>
/// The funnel over a filter: the totals with the conversion between consecutive steps, the totals per month, and rows per
/// month, field and program (an activity in two fields is in both fields' rows, once in the totals).
/// </summary>
public sealed record FunnelReport(
    FunnelFilter Filter,
    FunnelCounts Totals,
    IReadOnlyList<FunnelStep> Steps,
    IReadOnlyList<FunnelMonth> Months,
    IReadOnlyList<FunnelRow> Rows);

/// <summary>Activities per stage; deals closed are licences plus consortia that applied to a call.</summary>
public sealed record FunnelCounts(int NeedsFiled, int PartnersContacted, int MeetingsHeld, int DealsOpened, int Licences, int ConsortiaApplied)
{
    public static FunnelCounts Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public int DealsClosed => Licences + ConsortiaApplied;

    public static FunnelCounts Of(IEnumerable<FunnelActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var n = new int[Enum.GetValues<FunnelStage>().Length];
        foreach (var a in activities)
        {
            n[(int)a.Stage]++;
        }

        return new FunnelCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    public FunnelCounts Plus(FunnelCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(NeedsFiled + other.NeedsFiled, PartnersContacted + other.PartnersContacted, MeetingsHeld + other.MeetingsHeld,
            DealsOpened + other.DealsOpened, Licences + other.Licences, ConsortiaApplied + other.ConsortiaApplied);
    }

    /// <summary>The count of one step of the funnel.</summary>
    public int Of(FunnelStep.Kind step) => step switch
    {
        FunnelStep.Kind.NeedsFiled => NeedsFiled,
        FunnelStep.Kind.PartnersContacted => PartnersContacted,
        FunnelStep.Kind.MeetingsHeld => MeetingsHeld,
        FunnelStep.Kind.DealsOpened => DealsOpened,
        _ => DealsClosed,
    };
}

/// <summary>
/// One step of the funnel, its count, and its count over the previous step's (null for the first step or when the previous
/// is 0). Counts are of activities in the period, not of a cohort followed through, so a rate can exceed 1.
/// </summary>
public sealed record FunnelStep(FunnelStep.Kind Step, int Count, double? Rate)
{
    public enum Kind
    {
        NeedsFiled,
        PartnersContacted,
        MeetingsHeld,
        DealsOpened,
        DealsClosed,
    }
}

/// <summary>A month ("yyyy-MM") and its counts.</summary>
public sealed record FunnelMonth(string Month, FunnelCounts Counts);

/// <summary>A month ("yyyy-MM"), a field and a program, and their counts.</summary>
public sealed record FunnelRow(string Month, string FieldCode, string ProgramCode, FunnelCounts Counts);
