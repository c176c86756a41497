using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Components.Pages.Facilities;

public sealed partial class BookingWeek : IAsyncDisposable
{
    private DateOnly week;
    private CalendarGrid? grid;
    private WeekSelector? selector;
    private (DateOnly Week, int FirstHour, int LastHour) selectorFor;
    private bool interactive;
    private bool sessionEnded;
    private bool booking;
    private bool quiet;
    private string? purpose;
    private string? failure;
    private IReadOnlyDictionary<string, string[]>? errors;
    private (Guid Id, bool Requested)? booked;
    private ElementReference gridElement;
    private IJSObjectReference? keys;

    [Parameter, EditorRequired] public Guid EquipmentId { get; set; }

    /// <summary>Any day of the week to show first (the calendar starts on its Monday).</summary>
    [Parameter, EditorRequired] public DateOnly Week { get; set; }

    /// <summary>
    /// The first week as the prerender read it, handed to the interactive render in the page so the calendar is not read
    /// from the database a second time a moment later.
    /// </summary>
    [PersistentState] public EquipmentAvailability? FirstWeek { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private InteractiveScopes Scopes { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        week = CalendarGrid.Monday(Week);
        if (FirstWeek is { } prerendered && prerendered.EquipmentId == EquipmentId && prerendered.From == OperatingCalendar.DayStart(week))
        {
            Show(prerendered);
            return;
        }

        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        interactive = true;
        try
        {
            // Arrow keys and Space choose cells instead of scrolling the page; without the module they still work, and scroll.
            keys = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Facilities/BookingWeek.razor.js");
            await keys.InvokeVoidAsync("holdKeys", gridElement);
        }
        catch (JSException)
        {
            keys = null;
        }

        StateHasChanged();
    }

    /// <summary>A pointer move that changes nothing shown (most of them) sends no render back.</summary>
    protected override bool ShouldRender()
    {
        if (!quiet)
        {
            return true;
        }

        quiet = false;
        return false;
    }

    private async Task<ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;

    private async Task LoadAsync()
    {
        var user = await UserAsync();
        await using var scope = Scopes.Open(user);
        var services = scope.ServiceProvider;
        if (!await SessionCheck.IsCurrentAsync(services.GetRequiredService<TechBridgeDbContext>(), user, Time))
        {
            sessionEnded = true;
            return;
        }

        var actor = await services.GetRequiredService<FacilityActors>().FindAsync(user.UserId()!.Value);
        var from = OperatingCalendar.DayStart(week);
        var availability = await services.GetRequiredService<ReservationQueries>().AvailabilityAsync(actor, EquipmentId, from, from.AddDays(7));
        FirstWeek = RendererInfo.IsInteractive ? null : availability;
        Show(availability);
    }

    private void Show(EquipmentAvailability availability)
    {
        grid = CalendarGrid.For(availability, week, 7);
        if (selector is null || selectorFor != (week, grid.FirstHour, grid.LastHour))
        {
            // A new week (or new operating hours) starts a new selection; a reload of the same week keeps it.
            selector = new WeekSelector(grid.Days, grid.FirstHour, grid.LastHour, cell => grid?.State(cell.Day, cell.Hour) == SlotState.Free);
            selectorFor = (week, grid.FirstHour, grid.LastHour);
        }
    }

    private async Task MoveAsync(int days)
    {
        week = week.AddDays(days);
        ClearMessages();
        await LoadAsync();
    }

    private void Down(SlotCell cell)
    {
        ClearMessages();
        selector!.PointerDown(cell);
    }

    private void Over(SlotCell cell, MouseEventArgs e)
    {
        var before = selector!.State;
        selector.PointerOver(cell, (e.Buttons & 1) == 1);
        quiet = before == selector.State;
    }

    private void Up(SlotCell cell)
    {
        var before = selector!.State;
        selector.PointerUp(cell);
        quiet = before == selector.State;
    }

    private void Key(KeyboardEventArgs e)
    {
        var before = selector!.State;
        switch (e.Key)
        {
            case "ArrowLeft": selector.Move(-1, 0); break;
            case "ArrowRight": selector.Move(1, 0); break;
            case "ArrowUp": selector.Move(0, -1); break;
            case "ArrowDown": selector.Move(0, 1); break;
            case "Home": selector.MoveToEdge(end: false); break;
            case "End": selector.MoveToEdge(end: true); break;
            case "Enter" or " ":
                ClearMessages();
                selector.Press();
                break;
            case "Escape": selector.Clear(); break;
        }

        quiet = before == selector.State && e.Key is not ("Enter" or " ");
    }

    private void Clear()
    {
        selector?.Clear();
        ClearMessages();
    }

    private void ClearMessages()
    {
        failure = null;
        errors = null;
        booked = null;
    }

    private (TimeInterval? Period, IReadOnlyList<string> Problems) Check()
    {
        if (selector?.First is not { } first || selector.Last is not { } last || grid is null)
        {
            return (null, []);
        }

        var period = SlotSelectionCheck.Period(first, last, grid.Availability);
        return (period, SlotSelectionCheck.Problems(period, grid.Availability, Clock.UtcNow(Time), L["BookingWeek.Overlaps"]));
    }

    private async Task BookAsync()
    {
        var (selected, problems) = Check();
        if (booking || !selector!.IsComplete || selected is not { } period || problems.Count > 0)
        {
            return;
        }

        booking = true;
        ClearMessages();
        var user = await UserAsync();
        try
        {
            await using var scope = Scopes.Open(user);
            var services = scope.ServiceProvider;
            if (!await SessionCheck.IsCurrentAsync(services.GetRequiredService<TechBridgeDbContext>(), user, Time))
            {
                sessionEnded = true;
                return;
            }

            // The text rule every posted value passes (a circuit's events do not pass the request's input guard).
            var text = new ValidationErrors();
            text.PlainText(nameof(ReservationInput.Purpose), purpose);
            text.ThrowIfAny();
            var input = new ReservationInput(period.Start, period.End, purpose);
            var (id, _) = await services.GetRequiredService<ReservationService>().CreateAsync(user.UserId()!.Value, EquipmentId, input);
            booked = (id, grid!.Availability.Rules.RequiresApproval);
            purpose = null;
            selector.Clear();
        }
        catch (ValidationFailedException invalid)
        {
            errors = invalid.Errors;
            failure = L["Form.FixErrors"];
        }
        catch (ReservationConflictException conflict)
        {
            failure = conflict.Message;
            selector.Clear();
        }
        catch (BusinessRuleException refused)
        {
            failure = refused.Message;
        }
        catch (ForbiddenException forbidden)
        {
            failure = forbidden.Message;
        }
        catch (NotFoundException)
        {
            failure = L["Problem.NotFound"];
        }
        finally
        {
            booking = false;
        }

        if (!sessionEnded)
        {
            // Show what the booking (or the booking that won the slot) changed.
            await LoadAsync();
        }
    }

    private string Link(string view, DateOnly day) => $"/facilities/equipment/{EquipmentId}?view={view}&date={day:yyyy-MM-dd}#calendar";

    private static string CellId(SlotCell cell) => $"slot-{cell.Day:yyyyMMdd}-{cell.Hour:00}";

    private string CellClass(SlotCell cell, SlotState state, bool selected, bool invalid) =>
        $"slot slot-{state.ToString().ToLowerInvariant()}"
        + (selected ? invalid ? " slot-selected slot-invalid" : " slot-selected" : "")
        + (interactive && cell == selector!.Cursor ? " slot-cursor" : "");

    private string CellTitle(DateOnly day, int hour, SlotState state) =>
        $"{CalendarText.Day(day)} {hour:00}:00 · {grid!.Label(day, hour) ?? L[$"Calendar.State.{state}"].Value}";

    private string PeriodText(TimeInterval period)
    {
        var start = Kst.ToKst(period.Start);
        var end = Kst.ToKst(period.End);
        var endText = start.Date == end.Date || (end.TimeOfDay == TimeSpan.Zero && end.AddDays(-1).Date == start.Date)
            ? end.ToString("HH:mm", CultureInfo.InvariantCulture)
            : $"{CalendarText.Day(DateOnly.FromDateTime(end.DateTime))} {end:HH:mm}";
        var hours = period.Duration.TotalHours.ToString("0.#", CultureInfo.CurrentCulture);
        return L["BookingWeek.Period", $"{CalendarText.Day(DateOnly.FromDateTime(start.DateTime))} {start:HH:mm}", endText, hours];
    }

    public async ValueTask DisposeAsync()
    {
        if (keys is not null)
        {
            try
            {
                await keys.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone with the page; there is nothing left to release.
            }
        }
    }
}
