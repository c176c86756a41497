namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// A partnering event's accepted meeting requests to schedule: each meeting gets one time slot and one table, no
/// participant is in two meetings in a slot, no table holds two meetings in a slot, nobody meets in a slot they marked
/// unavailable, nobody has more meetings than their limit, and the locked meetings stay where the organiser put them.
/// Ids are compared ordinally; every id must be unique within its list.
/// </summary>
/// <param name="Slots">The event's time slots (for example 2 days of 30-minute slots); they must not overlap.</param>
/// <param name="Tables">Table or room ids. Tables are interchangeable: any meeting fits any table.</param>
/// <param name="Participants">Everyone who takes part in at least one meeting (others may be listed too).</param>
/// <param name="Meetings">The accepted requests; only these are scheduled.</param>
public sealed record MeetingProblem(
    IReadOnlyList<MeetingSlot> Slots,
    IReadOnlyList<string> Tables,
    IReadOnlyList<MeetingParticipant> Participants,
    IReadOnlyList<MeetingRequest> Meetings)
{
    /// <summary>Meetings the organiser fixed to a slot and a table: they are kept exactly, or the problem is refused.</summary>
    public IReadOnlyList<MeetingLock> Locks { get; init; } = [];
}

/// <summary>A time slot of the event, from <paramref name="Start"/> (inclusive) to <paramref name="End"/> (exclusive).</summary>
public sealed record MeetingSlot(string Id, DateTimeOffset Start, DateTimeOffset End);

/// <param name="UnavailableSlots">Slot ids in which the participant cannot meet anyone; null means none.</param>
/// <param name="MaxMeetings">The most meetings the participant wants, locked ones included; null means no limit.</param>
public sealed record MeetingParticipant(string Id, IReadOnlyCollection<string>? UnavailableSlots = null, int? MaxMeetings = null);

/// <summary>An accepted meeting request between two (sometimes more) distinct participants.</summary>
/// <param name="Weight">How much placing this meeting is worth (1 to <see cref="MaxWeight"/>); the schedule maximises the total.</param>
public sealed record MeetingRequest(string Id, IReadOnlyList<string> Participants, int Weight = 1)
{
    /// <summary>The largest weight accepted, so that the total of 10⁵ meetings stays far from overflowing.</summary>
    public const int MaxWeight = 1_000_000;
}

/// <summary>A meeting the organiser fixed to a slot and a table.</summary>
public sealed record MeetingLock(string Meeting, string Slot, string Table);

/// <summary>Where a meeting takes place. <paramref name="Locked"/> is true when it came from a <see cref="MeetingLock"/>.</summary>
public sealed record MeetingPlacement(string Meeting, string Slot, string Table, bool Locked = false);

/// <summary>
/// The schedule: every placement (locked ones included) ordered by slot start and then table, the total weight placed,
/// the best proved upper bound on that total, and each meeting that got no place with the reason.
/// </summary>
/// <param name="WeightBound">
/// No schedule can place more weight than this; equal to <paramref name="TotalWeight"/> when
/// <paramref name="ProvedOptimal"/> is true.
/// </param>
/// <param name="ProvedOptimal">True only when no schedule can place more weight (CP-SAT's proof, or every placeable meeting is placed).</param>
/// <param name="Elapsed">Wall-clock time of the whole call, input checks included.</param>
public sealed record MeetingSchedule(
    IReadOnlyList<MeetingPlacement> Placements,
    long TotalWeight,
    long WeightBound,
    IReadOnlyList<UnplacedMeeting> Unplaced,
    ScheduleMethod Method,
    bool ProvedOptimal,
    TimeSpan Elapsed)
{
    public int Placed => Placements.Count;
}

/// <summary>A meeting that got no place, why, and whom the reason is about (the person an organiser would talk to).</summary>
/// <param name="Participant">The participant the reason names, or null when it is about the event (no table free).</param>
public sealed record UnplacedMeeting(string Meeting, UnplacedReason Reason, string? Participant);

/// <summary>Why a meeting got no place, checked in this order against the final schedule.</summary>
public enum UnplacedReason
{
    /// <summary>
    /// There is no slot in which all its participants are available: the named participant is unavailable in every slot
    /// the others are free (or the event has no slot at all). Changing someone's availability is the only fix.
    /// </summary>
    NoCommonAvailableSlot,

    /// <summary>The named participant already has as many meetings as their limit.</summary>
    ParticipantLimitReached,

    /// <summary>
    /// They have common available slots, but in each of them one of the participants is in another meeting; the named
    /// participant is the one busy in most of them.
    /// </summary>
    NoCommonFreeSlotLeft,

    /// <summary>In every slot where all its participants are free, every table is taken.</summary>
    NoTableFree,
}

public enum ScheduleMethod
{
    /// <summary>Greedy placement, most constrained meeting first, then ejection chains (move a blocking meeting elsewhere).</summary>
    GreedyWithRepair,

    /// <summary>CP-SAT (OR-Tools) on the slot model, started from the greedy schedule, kept because it placed more or proved it.</summary>
    CpSat,
}

/// <summary>The problem contradicts itself (unknown or duplicate ids, overlapping slots, broken locks…); nothing was scheduled.</summary>
/// <remarks>An <see cref="ArgumentException"/>, so callers that map those to 400/409 need nothing new.</remarks>
public sealed class InconsistentMeetingProblemException : ArgumentException
{
    private const int Shown = 5;

    public InconsistentMeetingProblemException(IReadOnlyList<string> problems)
        : base(Describe(problems), "problem") => Problems = problems;

    /// <summary>Every problem found, in input order, one sentence each (the message shows the first five).</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems) =>
        "The meeting problem is inconsistent: " + string.Join(" ", problems.Take(Shown))
        + (problems.Count > Shown ? $" (and {problems.Count - Shown} more)" : "");
}
