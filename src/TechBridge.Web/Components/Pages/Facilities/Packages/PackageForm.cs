using System.Globalization;
using Microsoft.AspNetCore.Http;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Packages;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Components.Shared;

namespace TechBridge.Web.Components.Pages.Facilities.Packages;

/// <summary>
/// The package form as posted: the package's own fields bound by the form, its lines read from the form collection
/// (<c>Kind0</c>, <c>Equipment0</c>, <c>Quantity0</c>, <c>Unit0</c>, <c>Note0</c>, …). A line left empty is not a line.
/// </summary>
public sealed class PackageForm
{
    public string? NameKo { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionKo { get; set; }
    public string? DescriptionEn { get; set; }
    public string? Price { get; set; }
    public bool VatExempt { get; set; }
    public string? Version { get; set; }

    public static PackageForm From(PackageView package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return new PackageForm
        {
            NameKo = package.NameKo, NameEn = package.NameEn, DescriptionKo = package.DescriptionKo, DescriptionEn = package.DescriptionEn,
            Price = package.PriceKrw.ToString(CultureInfo.InvariantCulture), VatExempt = package.VatExempt,
            Version = package.Version.ToString(CultureInfo.InvariantCulture),
        };
    }

    public long? ExpectedVersion() => long.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The lines as posted, row by row (for showing them again after an error), up to <paramref name="rows"/>.</summary>
    public static List<PackageLineForm> Lines(IFormCollection form, int rows)
    {
        ArgumentNullException.ThrowIfNull(form);
        return [.. Enumerable.Range(0, rows).Select(i => new PackageLineForm(form[$"Kind{i}"], form[$"Equipment{i}"], form[$"Quantity{i}"], form[$"Unit{i}"], form[$"Note{i}"]))];
    }

    /// <summary>The input for Core; the non-empty lines keep their order, and a line's messages go to its place among them.</summary>
    public PackageInput ToInput(IReadOnlyList<PackageLineForm> lines, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(errors);
        var components = new List<PackageComponentInput>();
        foreach (var line in lines.Where(l => !l.IsEmpty))
        {
            var field = $"Components[{components.Count}].Quantity";
            components.Add(new PackageComponentInput(
                Enum.TryParse<EquipmentServiceKind>(line.Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
                FormNumbers.Number(errors, field, line.Quantity, "Field.Quantity"),
                Enum.TryParse<PackageUnit>(line.Unit, out var unit) && Enum.IsDefined(unit) ? unit : null,
                Guid.TryParse(line.Equipment, out var equipment) ? equipment : null,
                line.Note));
        }

        return new PackageInput(NameKo, NameEn, FormNumbers.Amount(errors, nameof(PackageInput.PriceKrw), Price, "Field.PackagePrice"), components,
            VatExempt, DescriptionKo, DescriptionEn);
    }
}

/// <summary>One row of the form's lines as typed.</summary>
public sealed record PackageLineForm(string? Kind, string? Equipment, string? Quantity, string? Unit, string? Note)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Kind) && string.IsNullOrWhiteSpace(Equipment) && string.IsNullOrWhiteSpace(Quantity)
                           && string.IsNullOrWhiteSpace(Note);

    public static PackageLineForm From(PackageComponentView line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Kind.ToString(), line.EquipmentId?.ToString(), line.Quantity.ToString(CultureInfo.InvariantCulture), line.Unit.ToString(), line.Note);
    }
}
