namespace TechBridge.Core.Facilities.Statements;

/// <summary>
/// One completed reservation on a statement: fee and VAT as fixed at check-out; instants in KST; the package when the
/// reservation was booked from a quote that offered one.
/// </summary>
public sealed record StatementLine(
    Guid ReservationId, DateTimeOffset CheckedOutAt, Guid EquipmentId, string EquipmentKo, string EquipmentEn, Guid CenterId, string CenterKo,
    string CenterEn, DateTimeOffset Start, DateTimeOffset End, int? Samples, long FeeKrw, long VatKrw, string? PackageKo = null, string? PackageEn = null)
{
    public long TotalKrw => FeeKrw + VatKrw;
}

/// <summary>Fee, VAT and their sum over some lines.</summary>
public sealed record Amounts(int Lines, long FeeKrw, long VatKrw)
{
    public static readonly Amounts Zero = new(0, 0, 0);

    public long TotalKrw => FeeKrw + VatKrw;

    public static Amounts Of(IEnumerable<(long Fee, long Vat)> lines) =>
        lines.Aggregate(Zero, (sum, l) => new Amounts(sum.Lines + 1, checked(sum.FeeKrw + l.Fee), checked(sum.VatKrw + l.Vat)));
}

public sealed record CenterSubtotal(Guid CenterId, string CenterKo, string CenterEn, Amounts Amounts);

/// <summary>
/// A company's monthly statement: the completed reservations checked out in the KST calendar month. <see cref="IsPartial"/>
/// says the reader sees only some centers' lines (an operator its center's, a coordinator its industries').
/// </summary>
public sealed record CompanyStatement(
    Guid CompanyId, string CompanyKo, string CompanyEn, DateOnly Month, IReadOnlyList<StatementLine> Lines, IReadOnlyList<CenterSubtotal> Centers,
    Amounts Total, bool IsPartial, DateTimeOffset IssuedAt);

public sealed record ReceivableRow(Guid CompanyId, string CompanyKo, string CompanyEn, DateOnly Month, Amounts Amounts);

public sealed record CompanyReceivable(Guid CompanyId, string CompanyKo, string CompanyEn, Amounts Amounts);

public sealed record MonthReceivable(DateOnly Month, Amounts Amounts);

/// <summary>What a center billed (fee + VAT of completed reservations, by KST month of check-out) per company and month.</summary>
public sealed record CenterReceivables(
    Guid CenterId, string CenterKo, string CenterEn, DateOnly FirstMonth, DateOnly LastMonth, IReadOnlyList<ReceivableRow> Rows,
    IReadOnlyList<CompanyReceivable> Companies, IReadOnlyList<MonthReceivable> Months, Amounts Total, DateTimeOffset IssuedAt);

/// <summary>A company or center to pick from.</summary>
public sealed record Party(Guid Id, string NameKo, string NameEn);
