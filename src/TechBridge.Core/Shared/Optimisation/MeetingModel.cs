namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// The meeting problem checked and indexed: slots in time order, meetings and participants by position, each participant's
/// availability per slot and remaining limit after the locks, each slot's tables left after the locks, and, for every
/// meeting that is not locked, the slots in which all its participants are available (its candidate slots).
/// Every inconsistency is collected and reported at once, never repaired silently.
/// </summary>
internal sealed class MeetingModel
{
    private readonly List<string> problems = [];

    private MeetingModel(MeetingProblem problem) => Problem = problem;

    public MeetingProblem Problem { get; }

    /// <summary>Slots ordered by start (then id): index 0 is the earliest.</summary>
    public MeetingSlot[] Slots { get; private set; } = [];

    public int SlotCount => Slots.Length;

    public int ParticipantCount => Problem.Participants.Count;

    public int MeetingCount => Problem.Meetings.Count;

    /// <summary>Distinct participant indexes of each meeting.</summary>
    public int[][] Parts { get; private set; } = [];

    public long[] Weight { get; private set; } = [];

    /// <summary>Available[p][s]: participant p may meet in slot s.</summary>
    public bool[][] Available { get; private set; } = [];

    /// <summary>How many more meetings each participant may get beyond their locked ones (int.MaxValue: no limit).</summary>
    public int[] RemainingLimit { get; private set; } = [];

    /// <summary>Tables left in each slot after the locks.</summary>
    public int[] Capacity { get; private set; } = [];

    /// <summary>For each slot, the tables (indexes into <see cref="MeetingProblem.Tables"/>) not taken by a lock, in input order.</summary>
    public List<int>[] FreeTables { get; private set; } = [];

    /// <summary>LockedAt[m] = (slot, table) for a locked meeting, null otherwise.</summary>
    public (int Slot, int Table)?[] LockedAt { get; private set; } = [];

    /// <summary>LockedBusy[p][s]: participant p sits in a locked meeting in slot s.</summary>
    public bool[][] LockedBusy { get; private set; } = [];

    /// <summary>Slots in which every participant of the meeting is available (empty for locked meetings).</summary>
    public int[][] CommonSlots { get; private set; } = [];

    /// <summary>
    /// The common slots still usable once the locks are in: a table left and none of the participants in a locked
    /// meeting. These are the only slots a free meeting can go to.
    /// </summary>
    public int[][] Candidates { get; private set; } = [];

    /// <summary>Meetings of each participant (free and locked).</summary>
    public List<int>[] MeetingsOf { get; private set; } = [];

    public static MeetingModel Build(MeetingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var model = new MeetingModel(problem);
        model.Index();
        return model.problems.Count > 0 ? throw new InconsistentMeetingProblemException(model.problems) : model;
    }

    private void Index()
    {
        var slots = IndexSlots();
        var tables = IndexOf(Problem.Tables, t => t, "table");
        var participants = IndexOf(Problem.Participants, p => p?.Id, "participant");
        var meetings = IndexOf(Problem.Meetings, m => m?.Id, "meeting");
        IndexParticipants(slots);
        IndexMeetings(participants);
        IndexLocks(meetings, slots, tables);
        if (problems.Count > 0)
        {
            return;
        }

        MeetingsOf = [.. Enumerable.Range(0, ParticipantCount).Select(_ => new List<int>())];
        CommonSlots = new int[MeetingCount][];
        Candidates = new int[MeetingCount][];
        for (var m = 0; m < MeetingCount; m++)
        {
            foreach (var p in Parts[m])
            {
                MeetingsOf[p].Add(m);
            }

            var parts = Parts[m];
            CommonSlots[m] = LockedAt[m] is null ? [.. Enumerable.Range(0, SlotCount).Where(s => parts.All(p => Available[p][s]))] : [];
            Candidates[m] = [.. CommonSlots[m].Where(s => Capacity[s] > 0 && parts.All(p => !LockedBusy[p][s]))];
        }
    }

    private Dictionary<string, int> IndexSlots()
    {
        foreach (var slot in Problem.Slots.Where(s => s is not null && s.End <= s.Start))
        {
            problems.Add($"Slot '{slot.Id}' does not end after it starts ({slot.Start:u} – {slot.End:u}).");
        }

        if (Problem.Slots.Any(s => s is null))
        {
            problems.Add("A slot is missing (null).");
        }

        Slots = [.. Problem.Slots.Where(s => s is not null).OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal)];
        MeetingSlot? latest = null; // the valid slot that ends last so far: a later start before its end overlaps it
        foreach (var slot in Slots.Where(s => s.End > s.Start))
        {
            if (latest is not null && slot.Start < latest.End)
            {
                problems.Add($"Slots '{latest.Id}' and '{slot.Id}' overlap.");
            }

            if (latest is null || slot.End > latest.End)
            {
                latest = slot;
            }
        }

        return IndexOf(Slots, s => s.Id, "slot");
    }

    private void IndexParticipants(Dictionary<string, int> slots)
    {
        Available = new bool[ParticipantCount][];
        RemainingLimit = new int[ParticipantCount];
        for (var p = 0; p < ParticipantCount; p++)
        {
            var participant = Problem.Participants[p];
            Available[p] = Enumerable.Repeat(true, SlotCount).ToArray();
            if (participant is null)
            {
                continue;
            }

            foreach (var slot in participant.UnavailableSlots ?? [])
            {
                if (slot is not null && slots.TryGetValue(slot, out var s))
                {
                    Available[p][s] = false;
                }
                else
                {
                    problems.Add($"Participant '{participant.Id}' is unavailable in unknown slot '{slot}'.");
                }
            }

            if (participant.MaxMeetings < 0)
            {
                problems.Add($"Participant '{participant.Id}' has a negative meeting limit.");
            }

            RemainingLimit[p] = participant.MaxMeetings is { } max ? Math.Max(0, max) : int.MaxValue;
        }
    }

    private void IndexMeetings(Dictionary<string, int> participants)
    {
        Parts = new int[MeetingCount][];
        Weight = new long[MeetingCount];
        for (var m = 0; m < MeetingCount; m++)
        {
            var meeting = Problem.Meetings[m];
            Parts[m] = [];
            if (meeting is null)
            {
                continue;
            }

            var ids = meeting.Participants ?? [];
            foreach (var unknown in ids.Where(id => id is null || !participants.ContainsKey(id)))
            {
                problems.Add($"Meeting '{meeting.Id}' names unknown participant '{unknown}'.");
            }

            Parts[m] = [.. ids.Where(id => id is not null && participants.ContainsKey(id)).Select(id => participants[id]).Distinct()];
            if (ids.Where(id => id is not null).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                problems.Add($"Meeting '{meeting.Id}' has fewer than two distinct participants.");
            }

            if (meeting.Weight is < 1 or > MeetingRequest.MaxWeight)
            {
                problems.Add($"Meeting '{meeting.Id}' has weight {meeting.Weight}; it must be between 1 and {MeetingRequest.MaxWeight}.");
            }

            Weight[m] = meeting.Weight;
        }
    }

    private void IndexLocks(Dictionary<string, int> meetings, Dictionary<string, int> slots, Dictionary<string, int> tables)
    {
        LockedAt = new (int, int)?[MeetingCount];
        LockedBusy = [.. Enumerable.Range(0, ParticipantCount).Select(_ => new bool[SlotCount])];
        Capacity = Enumerable.Repeat(Problem.Tables.Count, SlotCount).ToArray();
        var tableTaken = new Dictionary<(int Slot, int Table), string>();
        var personTaken = new Dictionary<(int Slot, int Participant), string>();
        foreach (var @lock in Problem.Locks)
        {
            if (@lock is null)
            {
                problems.Add("A lock is missing (null).");
                continue;
            }

            var known = true;
            if (@lock.Meeting is null || !meetings.TryGetValue(@lock.Meeting, out var m))
            {
                problems.Add($"A lock names unknown meeting '{@lock.Meeting}'.");
                known = false;
                m = -1;
            }

            if (@lock.Slot is null || !slots.TryGetValue(@lock.Slot, out var s))
            {
                problems.Add($"The lock of meeting '{@lock.Meeting}' names unknown slot '{@lock.Slot}'.");
                known = false;
                s = -1;
            }

            if (@lock.Table is null || !tables.TryGetValue(@lock.Table, out var t))
            {
                problems.Add($"The lock of meeting '{@lock.Meeting}' names unknown table '{@lock.Table}'.");
                known = false;
                t = -1;
            }

            if (!known)
            {
                continue;
            }

            if (LockedAt[m] is not null)
            {
                problems.Add($"Meeting '{@lock.Meeting}' is locked twice.");
                continue;
            }

            LockedAt[m] = (s, t);
            if (!tableTaken.TryAdd((s, t), Problem.Meetings[m].Id))
            {
                problems.Add($"Locked meetings '{tableTaken[(s, t)]}' and '{@lock.Meeting}' share table '{@lock.Table}' in slot '{@lock.Slot}'.");
            }
            else
            {
                Capacity[s]--;
            }

            foreach (var p in Parts[m])
            {
                var person = Problem.Participants[p].Id;
                if (!Available[p][s])
                {
                    problems.Add($"Meeting '{@lock.Meeting}' is locked in slot '{@lock.Slot}', where participant '{person}' is unavailable.");
                }

                if (!personTaken.TryAdd((s, p), Problem.Meetings[m].Id))
                {
                    problems.Add($"Locked meetings '{personTaken[(s, p)]}' and '{@lock.Meeting}' share participant '{person}' in slot '{@lock.Slot}'.");
                }

                LockedBusy[p][s] = true;
                if (RemainingLimit[p] != int.MaxValue && --RemainingLimit[p] == -1)
                {
                    problems.Add($"Participant '{person}' has more locked meetings than their limit of {Problem.Participants[p].MaxMeetings}.");
                }
            }
        }

        FreeTables = new List<int>[SlotCount];
        for (var s = 0; s < SlotCount; s++)
        {
            FreeTables[s] = [.. Enumerable.Range(0, Problem.Tables.Count).Where(t => !tableTaken.ContainsKey((s, t)))];
        }
    }

    private Dictionary<string, int> IndexOf<T>(IReadOnlyList<T> items, Func<T, string?> id, string what)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            if (string.IsNullOrWhiteSpace(key))
            {
                problems.Add($"A {what} has no id (position {i}).");
            }
            else if (!index.TryAdd(key, i))
            {
                problems.Add($"The {what} '{key}' is listed twice.");
            }
        }

        return index;
    }
}
