using System.Globalization;
using TechBridge.Core.Facilities.Requests;

namespace TechBridge.Web.Components.Pages.Facilities.Requests;

/// <summary>The support request form as posted (dates as the browser's date inputs send them, stages as checkboxes).</summary>
public sealed class SupportRequestForm
{
    public string? Title { get; set; }
    public string? Industry { get; set; }
    public string? Product { get; set; }
    public string? Problem { get; set; }
    public string[]? Stages { get; set; }
    public string? Trl { get; set; }
    public string? PeriodFrom { get; set; }
    public string? PeriodTo { get; set; }

    public SupportRequestInput ToInput() => new(Title, Industry, Product, Problem, Stages, Number(Trl), CalendarGrid.Parse(PeriodFrom), CalendarGrid.Parse(PeriodTo));

    private static int? Number(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>Any of the request page's forms as posted: which button, the text typed, and the version the reader saw.</summary>
public sealed class SupportActionForm
{
    public string? Action { get; set; }
    public string? Text { get; set; }
    public string? Version { get; set; }
    public string? PartId { get; set; }

    // Routing (coordinators).
    public string? Proposal { get; set; }
    public string? CenterId { get; set; }
    public string? Service { get; set; }
    public string? Stage { get; set; }

    // Quote (centers).
    public string? Price { get; set; }
    public string? EquipmentId { get; set; }
    public string? StartDate { get; set; }
    public string? StartTime { get; set; }
    public string? EndDate { get; set; }
    public string? EndTime { get; set; }
    public string? PackageId { get; set; }
}
