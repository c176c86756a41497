using System.Globalization;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Web.Components.Pages.Facilities;

/// <summary>The booking form as posted: dates and times in KST as the browser's date and time inputs send them.</summary>
public sealed class BookingForm
{
    public string? StartDate { get; set; }
    public string? StartTime { get; set; }
    public string? EndDate { get; set; }
    public string? EndTime { get; set; }
    public string? Purpose { get; set; }

    public ReservationInput ToInput(ValidationErrors errors, Func<string, string> required)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(required);
        return new ReservationInput(At(StartDate, StartTime, "Start", errors, required), At(EndDate ?? StartDate, EndTime, "End", errors, required), Purpose);
    }

    private static DateTimeOffset? At(string? date, string? time, string field, ValidationErrors errors, Func<string, string> required)
    {
        if (KstFormValues.At(date, time) is { } at)
        {
            return at;
        }

        errors.Add(field, required(field));
        return null;
    }
}
