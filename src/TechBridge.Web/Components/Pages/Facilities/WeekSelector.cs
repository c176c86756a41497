namespace TechBridge.Web.Components.Pages.Facilities;

/// <summary>
/// Choosing a slot on the week calendar, by pointer or keyboard: a drag from a free cell to another cell; a click on a
/// start cell and then on an end cell (the same cell for one hour); or the arrow keys with Enter or Space at the start
/// and at the end. The selection runs in time order from <see cref="First"/> to <see cref="Last"/> whichever way it was made.
/// </summary>
public sealed class WeekSelector
{
    private readonly IReadOnlyList<DateOnly> days;
    private readonly int firstHour;
    private readonly int lastHour;
    private readonly Func<SlotCell, bool> selectable;

    /// <param name="selectable">Whether a selection may start at the cell (it is free).</param>
    public WeekSelector(IReadOnlyList<DateOnly> days, int firstHour, int lastHour, Func<SlotCell, bool> selectable)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentOutOfRangeException.ThrowIfZero(days.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstHour, lastHour);
        this.days = days;
        this.firstHour = firstHour;
        this.lastHour = lastHour;
        this.selectable = selectable;
        Cursor = new SlotCell(days[0], firstHour);
    }

    public SlotCell? Anchor { get; private set; }

    public SlotCell? Focus { get; private set; }

    /// <summary>The keyboard's position in the grid.</summary>
    public SlotCell Cursor { get; private set; }

    /// <summary>The pointer is down and moving the end of the selection.</summary>
    public bool Dragging { get; private set; }

    /// <summary>A start was chosen by a click or a key; the next click or key chooses the end.</summary>
    public bool AwaitingEnd { get; private set; }

    /// <summary>Both ends are chosen: the selection may be booked.</summary>
    public bool IsComplete => Anchor is not null && !Dragging && !AwaitingEnd;

    public SlotCell? First => Anchor is { } a && Focus is { } f ? (a <= f ? a : f) : null;

    public SlotCell? Last => Anchor is { } a && Focus is { } f ? (a <= f ? f : a) : null;

    /// <summary>Everything that decides what the grid shows, to compare before and after an event.</summary>
    public SelectorState State => new(Anchor, Focus, Cursor, Dragging, AwaitingEnd);

    public bool Contains(SlotCell cell) => First is { } first && Last is { } last && cell >= first && cell <= last;

    public void PointerDown(SlotCell cell)
    {
        if (!IsInGrid(cell))
        {
            return;
        }

        Cursor = cell;
        if (AwaitingEnd)
        {
            Focus = cell;
            AwaitingEnd = false;
        }
        else if (selectable(cell))
        {
            Anchor = Focus = cell;
            Dragging = true;
        }
    }

    /// <summary>The pointer entered a cell; <paramref name="pressed"/> is false when the button was released outside the grid.</summary>
    public void PointerOver(SlotCell cell, bool pressed)
    {
        if (!IsInGrid(cell))
        {
            return;
        }

        if (Dragging && !pressed)
        {
            // The drag ended outside the grid: it ends where the pointer last was inside it.
            EndDrag(Focus!.Value);
            return;
        }

        if (Dragging || AwaitingEnd)
        {
            Focus = cell;
        }
    }

    public void PointerUp(SlotCell cell)
    {
        if (Dragging && IsInGrid(cell))
        {
            EndDrag(cell);
        }
    }

    public void Move(int dayStep, int hourStep)
    {
        var day = Math.Clamp(DayIndex(Cursor.Day) + dayStep, 0, days.Count - 1);
        Cursor = new SlotCell(days[day], Math.Clamp(Cursor.Hour + hourStep, firstHour, lastHour));
        if (AwaitingEnd)
        {
            Focus = Cursor;
        }
    }

    /// <summary>Home and End: the first or last hour of the cursor's day.</summary>
    public void MoveToEdge(bool end) => Move(0, end ? lastHour - Cursor.Hour : firstHour - Cursor.Hour);

    /// <summary>Enter or Space at the cursor: choose the start, or the end when a start is chosen.</summary>
    public void Press()
    {
        if (AwaitingEnd)
        {
            Focus = Cursor;
            AwaitingEnd = false;
        }
        else if (selectable(Cursor))
        {
            Anchor = Focus = Cursor;
            Dragging = false;
            AwaitingEnd = true;
        }
    }

    public void Clear()
    {
        Anchor = Focus = null;
        Dragging = AwaitingEnd = false;
    }

    private void EndDrag(SlotCell cell)
    {
        Dragging = false;
        Focus = cell;
        // Released on the cell it started from: a click, so the next click chooses the end.
        AwaitingEnd = cell == Anchor;
    }

    private int DayIndex(DateOnly day)
    {
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i] == day)
            {
                return i;
            }
        }

        return 0;
    }

    private bool IsInGrid(SlotCell cell) => cell.Hour >= firstHour && cell.Hour <= lastHour && days.Contains(cell.Day);
}

public readonly record struct SelectorState(SlotCell? Anchor, SlotCell? Focus, SlotCell Cursor, bool Dragging, bool AwaitingEnd);
