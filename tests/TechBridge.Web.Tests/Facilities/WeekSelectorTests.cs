using TechBridge.Web.Components.Pages.Facilities;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>Choosing a slot on the booking week by drag, by two clicks and by keyboard, over a grid of 09–17 × Mon–Sun.</summary>
public sealed class WeekSelectorTests
{
    private static readonly DateOnly Monday = new(2027, 3, 1);
    private static readonly DateOnly[] Days = Enumerable.Range(0, 7).Select(Monday.AddDays).ToArray();

    /// <summary>Every cell is free except Tuesday 12:00.</summary>
    private static WeekSelector Selector() => new(Days, 9, 17, cell => cell != Cell(1, 12));

    private static SlotCell Cell(int day, int hour) => new(Days[day], hour);

    [Fact]
    public void Drag_DownMoveUp_SelectsFromTheStartToTheEndCell()
    {
        var selector = Selector();

        selector.PointerDown(Cell(0, 10));
        selector.PointerOver(Cell(0, 11), pressed: true);
        selector.PointerOver(Cell(0, 12), pressed: true);
        selector.PointerUp(Cell(0, 12));

        Assert.Equal((Cell(0, 10), Cell(0, 12), true), (selector.First, selector.Last, selector.IsComplete));
        Assert.True(selector.Contains(Cell(0, 11)));
        Assert.False(selector.Contains(Cell(0, 13)));
    }

    [Fact]
    public void Drag_Upwards_SelectsInTimeOrder()
    {
        var selector = Selector();

        selector.PointerDown(Cell(2, 15));
        selector.PointerOver(Cell(2, 13), pressed: true);
        selector.PointerUp(Cell(2, 13));

        Assert.Equal((Cell(2, 13), Cell(2, 15)), (selector.First, selector.Last));
    }

    [Fact]
    public void Drag_WhileDragging_IsNotComplete()
    {
        var selector = Selector();

        selector.PointerDown(Cell(0, 10));
        selector.PointerOver(Cell(0, 11), pressed: true);

        Assert.Equal((true, false), (selector.Dragging, selector.IsComplete));
    }

    [Fact]
    public void Drag_ReleasedOutsideTheGrid_EndsAtTheLastCellWhenThePointerComesBack()
    {
        var selector = Selector();
        selector.PointerDown(Cell(0, 10));
        selector.PointerOver(Cell(0, 11), pressed: true);

        selector.PointerOver(Cell(0, 14), pressed: false);

        Assert.Equal((Cell(0, 10), Cell(0, 11), true), (selector.First, selector.Last, selector.IsComplete));
    }

    [Fact]
    public void PointerDown_OnATakenCell_StartsNothing()
    {
        var selector = Selector();

        selector.PointerDown(Cell(1, 12));

        Assert.Equal((null, false), (selector.First, selector.Dragging));
    }

    [Fact]
    public void PointerOver_WithoutADrag_ChangesNothing()
    {
        var selector = Selector();
        var before = selector.State;

        selector.PointerOver(Cell(3, 10), pressed: false);

        Assert.Equal(before, selector.State);
    }

    [Fact]
    public void Clicks_StartThenEnd_SelectsBetweenThem()
    {
        var selector = Selector();

        selector.PointerDown(Cell(0, 10));
        selector.PointerUp(Cell(0, 10));
        Assert.Equal((true, false), (selector.AwaitingEnd, selector.IsComplete));
        selector.PointerOver(Cell(0, 13), pressed: false);
        Assert.Equal(Cell(0, 13), selector.Last);
        selector.PointerDown(Cell(0, 14));
        selector.PointerUp(Cell(0, 14));

        Assert.Equal((Cell(0, 10), Cell(0, 14), true), (selector.First, selector.Last, selector.IsComplete));
    }

    [Fact]
    public void Clicks_SameCellTwice_SelectsOneHour()
    {
        var selector = Selector();

        selector.PointerDown(Cell(4, 9));
        selector.PointerUp(Cell(4, 9));
        selector.PointerDown(Cell(4, 9));
        selector.PointerUp(Cell(4, 9));

        Assert.Equal((Cell(4, 9), Cell(4, 9), true), (selector.First, selector.Last, selector.IsComplete));
    }

    [Fact]
    public void Clicks_AcrossDays_SelectsTheTimeBetweenInOrder()
    {
        var selector = Selector();

        selector.PointerDown(Cell(3, 16));
        selector.PointerUp(Cell(3, 16));
        selector.PointerDown(Cell(2, 10));

        Assert.Equal((Cell(2, 10), Cell(3, 16)), (selector.First, selector.Last));
        Assert.True(selector.Contains(Cell(2, 17)));
        Assert.True(selector.Contains(Cell(3, 9)));
        Assert.False(selector.Contains(Cell(2, 9)));
        Assert.False(selector.Contains(Cell(3, 17)));
    }

    [Fact]
    public void Keyboard_ArrowsAndEnter_SelectsFromTheCursor()
    {
        var selector = Selector();

        selector.Move(1, 0);
        selector.Move(0, 2);
        selector.Press();
        selector.Move(0, 1);
        selector.Move(0, 1);
        Assert.Equal((Cell(1, 11), Cell(1, 13), false), (selector.First, selector.Last, selector.IsComplete));
        selector.Press();

        Assert.Equal((Cell(1, 11), Cell(1, 13), true), (selector.First, selector.Last, selector.IsComplete));
    }

    [Fact]
    public void Keyboard_Move_StaysInsideTheGrid()
    {
        var selector = Selector();

        selector.Move(-1, -1);
        Assert.Equal(Cell(0, 9), selector.Cursor);
        selector.Move(10, 20);
        Assert.Equal(Cell(6, 17), selector.Cursor);
        selector.MoveToEdge(end: false);
        Assert.Equal(Cell(6, 9), selector.Cursor);
    }

    [Fact]
    public void Keyboard_PressOnATakenCell_StartsNothing()
    {
        var selector = Selector();
        selector.Move(1, 3);

        selector.Press();

        Assert.Equal((null, false), (selector.First, selector.AwaitingEnd));
    }

    [Fact]
    public void Clear_AfterASelection_LeavesNothingSelected()
    {
        var selector = Selector();
        selector.PointerDown(Cell(0, 10));
        selector.PointerUp(Cell(0, 11));

        selector.Clear();

        Assert.Equal((null, null, false, false), (selector.First, selector.Last, selector.IsComplete, selector.Contains(Cell(0, 10))));
    }

    [Fact]
    public void PointerDown_OutsideTheGrid_IsIgnored()
    {
        var selector = Selector();

        selector.PointerDown(new SlotCell(Monday.AddDays(7), 10));
        selector.PointerDown(Cell(0, 18));

        Assert.Null(selector.First);
    }
}
