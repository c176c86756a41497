namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// A schedule of the free (not locked) meetings being built: the slot of each, who is busy when, the tables used per slot
/// and each participant's count, with a journal so that a tentative chain of moves can be undone.
/// Tables are not chosen here: a slot holds at most its capacity, and tables are handed out at the end.
/// </summary>
internal sealed class MeetingScheduleState
{
    /// <summary>In <see cref="busy"/>: the participant sits in a locked meeting.</summary>
    public const int LockedMeeting = -2;

    private const int Free = -1;
    private readonly MeetingModel model;
    private readonly int[] busy;
    private readonly List<(int Meeting, int From)> journal = [];

    public MeetingScheduleState(MeetingModel model)
    {
        this.model = model;
        busy = Enumerable.Repeat(Free, model.ParticipantCount * model.SlotCount).ToArray();
        for (var p = 0; p < model.ParticipantCount; p++)
        {
            for (var s = 0; s < model.SlotCount; s++)
            {
                if (model.LockedBusy[p][s])
                {
                    busy[(p * model.SlotCount) + s] = LockedMeeting;
                }
            }
        }

        SlotOf = Enumerable.Repeat(Free, model.MeetingCount).ToArray();
        Used = new int[model.SlotCount];
        Count = new int[model.ParticipantCount];
        InSlot = [.. Enumerable.Range(0, model.SlotCount).Select(_ => new List<int>())];
    }

    /// <summary>The slot of each free meeting, −1 when it has none (locked meetings are always −1 here).</summary>
    public int[] SlotOf { get; }

    /// <summary>Free meetings placed per slot (a slot holds at most <see cref="MeetingModel.Capacity"/>).</summary>
    public int[] Used { get; }

    /// <summary>Free meetings placed per participant (at most <see cref="MeetingModel.RemainingLimit"/>).</summary>
    public int[] Count { get; }

    /// <summary>The free meetings placed in each slot.</summary>
    public List<int>[] InSlot { get; }

    public long TotalWeight { get; private set; }

    /// <summary>A counter of the checks made, so that searches can stop after a fixed amount of work (deterministic).</summary>
    public long Work { get; private set; }

    public int JournalMark => journal.Count;

    /// <summary>The meeting participant <paramref name="p"/> is in during slot <paramref name="s"/>: −1 none, −2 a locked one.</summary>
    public int BusyWith(int p, int s) => busy[(p * model.SlotCount) + s];

    public bool UnderLimit(int m)
    {
        foreach (var p in model.Parts[m])
        {
            if (Count[p] >= model.RemainingLimit[p])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the meeting can go to the slot as things stand (participants free, a table left; limits aside).</summary>
    public bool Fits(int m, int s)
    {
        Work++;
        if (Used[s] >= model.Capacity[s])
        {
            return false;
        }

        foreach (var p in model.Parts[m])
        {
            if (busy[(p * model.SlotCount) + s] != Free)
            {
                return false;
            }
        }

        return true;
    }

    public void Place(int m, int s)
    {
        journal.Add((m, Free));
        Set(m, s);
    }

    public void Remove(int m)
    {
        journal.Add((m, SlotOf[m]));
        Unset(m);
    }

    /// <summary>Undoes every <see cref="Place"/> and <see cref="Remove"/> made since <paramref name="mark"/>.</summary>
    public void Rollback(int mark)
    {
        for (var i = journal.Count - 1; i >= mark; i--)
        {
            var (m, from) = journal[i];
            if (from == Free)
            {
                Unset(m);
            }
            else
            {
                Set(m, from);
            }
        }

        journal.RemoveRange(mark, journal.Count - mark);
    }

    /// <summary>Forgets the journal: the moves made so far are kept.</summary>
    public void Commit() => journal.Clear();

    private void Set(int m, int s)
    {
        SlotOf[m] = s;
        Used[s]++;
        InSlot[s].Add(m);
        TotalWeight += model.Weight[m];
        foreach (var p in model.Parts[m])
        {
            busy[(p * model.SlotCount) + s] = m;
            Count[p]++;
        }
    }

    private void Unset(int m)
    {
        var s = SlotOf[m];
        SlotOf[m] = Free;
        Used[s]--;
        InSlot[s].Remove(m);
        TotalWeight -= model.Weight[m];
        foreach (var p in model.Parts[m])
        {
            busy[(p * model.SlotCount) + s] = Free;
            Count[p]--;
        }
    }
}
