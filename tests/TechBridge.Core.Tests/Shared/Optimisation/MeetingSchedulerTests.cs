using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Core.Tests.Shared.Optimisation;

public sealed class MeetingSchedulerTests
{
    private static readonly DateTimeOffset Nine = new(2027, 5, 11, 9, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Schedule_ManyRandomSmallInstances_MatchesBruteForce()
    {
        var random = new Random(20261207);
        var withUnplaced = 0;
        for (var n = 0; n < 250; n++)
        {
            var problem = RandomMeetingProblems.Make(random, random.Next(2, 7), random.Next(1, 9), random.Next(1, 5), random.Next(1, 4));

            var result = MeetingScheduler.Schedule(problem);

            AssertValid(problem, result);
            Assert.Equal(BruteForceMeetings.BestWeight(problem), result.TotalWeight);
            Assert.True(result.ProvedOptimal);
            withUnplaced += result.Unplaced.Count > 0 ? 1 : 0;
        }

        Assert.True(withUnplaced > 80, $"only {withUnplaced} instances left a meeting unplaced");
    }

    [Fact]
    public void Schedule_ManyRandomMediumInstances_KeepsEveryRuleAndExplainsEveryUnplacedMeeting()
    {
        var random = new Random(7);
        for (var n = 0; n < 40; n++)
        {
            var problem = RandomMeetingProblems.Make(random, random.Next(10, 40), random.Next(40, 150), random.Next(4, 12), random.Next(2, 10));

            var result = MeetingScheduler.Schedule(problem, TimeSpan.FromSeconds(5));

            AssertValid(problem, result);
        }
    }

    [Fact]
    public void Schedule_LargeInstance_FinishesAndKeepsEveryRule()
    {
        var problem = RandomMeetingProblems.Make(new Random(3), 300, 1500, 36, 60, lockShare: 0.02);

        var result = MeetingScheduler.Schedule(problem);

        AssertValid(problem, result); // also: every unplaced meeting has a true reason, so the schedule is maximal
    }

    [Fact]
    public void Schedule_SameProblemTwice_GivesTheSameSchedule()
    {
        var problem = RandomMeetingProblems.Make(new Random(11), 40, 200, 8, 6);

        var first = MeetingScheduler.Schedule(problem);
        var second = MeetingScheduler.Schedule(problem);

        Assert.Equal(first.Placements, second.Placements);
        Assert.Equal(first.Unplaced, second.Unplaced);
    }

    [Fact]
    public void Schedule_ParticipantUnavailableWheneverTheOtherIsFree_ReportsNoCommonAvailableSlotNamingThem()
    {
        var problem = Problem(3, 2, [Person("a", ["s0", "s1"]), Person("b", ["s2"])], [Meeting("m1", "a", "b")]);

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(new UnplacedMeeting("m1", UnplacedReason.NoCommonAvailableSlot, "a"), Assert.Single(result.Unplaced));
        Assert.Empty(result.Placements);
        Assert.True(result.ProvedOptimal);
    }

    [Fact]
    public void Schedule_ParticipantAtTheirLimit_ReportsLimitReachedNamingThem()
    {
        var problem = Problem(3, 2, [Person("a", max: 1), Person("b"), Person("c")], [Meeting("m1", "a", "b"), Meeting("m2", "a", "c", weight: 2)]);

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal("m2", Assert.Single(result.Placements).Meeting);
        Assert.Equal(new UnplacedMeeting("m1", UnplacedReason.ParticipantLimitReached, "a"), Assert.Single(result.Unplaced));
    }

    [Fact]
    public void Schedule_ParticipantBusyInEveryCommonSlot_ReportsNoCommonFreeSlotLeftNamingTheBusiest()
    {
        var problem = Problem(2, 4, [Person("a"), Person("b"), Person("c"), Person("d", ["s1"])],
            [Meeting("m1", "a", "b"), Meeting("m2", "a", "c"), Meeting("m3", "a", "d")]);

        var result = MeetingScheduler.Schedule(problem);

        var unplaced = Assert.Single(result.Unplaced);
        Assert.Equal(UnplacedReason.NoCommonFreeSlotLeft, unplaced.Reason);
        Assert.Equal("a", unplaced.Participant);
        Assert.Contains(result.Placements, p => p is { Meeting: "m3", Slot: "s0" }); // d can only meet in s0
    }

    [Fact]
    public void Schedule_EveryTableTaken_ReportsNoTableFree()
    {
        var problem = Problem(1, 1, [Person("a"), Person("b"), Person("c"), Person("d")], [Meeting("m1", "a", "b"), Meeting("m2", "c", "d", weight: 3)]);

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(new MeetingPlacement("m2", "s0", "t0"), Assert.Single(result.Placements));
        Assert.Equal(new UnplacedMeeting("m1", UnplacedReason.NoTableFree, null), Assert.Single(result.Unplaced));
        Assert.Equal(3, result.TotalWeight);
    }

    [Fact]
    public void Schedule_FirstFreeSlotWouldBlockTheRest_PlacesEveryMeeting()
    {
        // First free slot in request order puts m1 in s0, and m2 has nowhere left (c is away in s1); m1 belongs in s1.
        var problem = Problem(2, 2, [Person("a"), Person("b"), Person("c", ["s1"])], [Meeting("m1", "a", "b"), Meeting("m2", "a", "c")]);

        var result = MeetingScheduler.Schedule(problem);

        Assert.Empty(result.Unplaced);
        Assert.Contains(new MeetingPlacement("m1", "s1", "t0"), result.Placements);
        Assert.Contains(new MeetingPlacement("m2", "s0", "t0"), result.Placements);
    }

    [Fact]
    public void Schedule_LockedMeeting_IsKeptAtItsSlotAndTableAndOthersWorkAroundIt()
    {
        var problem = Problem(2, 2, [Person("a"), Person("b"), Person("c")], [Meeting("m1", "a", "b"), Meeting("m2", "a", "c")]) with
        {
            Locks = [new MeetingLock("m1", "s0", "t1")],
        };

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal([new MeetingPlacement("m1", "s0", "t1", Locked: true), new MeetingPlacement("m2", "s1", "t0")], result.Placements);
        Assert.True(result.ProvedOptimal);
    }

    [Fact]
    public void Schedule_NoSlotsOrNoTables_ReportsEveryMeetingWithTheReason()
    {
        var people = new[] { Person("a"), Person("b") };

        var noSlots = MeetingScheduler.Schedule(Problem(0, 2, people, [Meeting("m1", "a", "b")]));
        var noTables = MeetingScheduler.Schedule(Problem(2, 0, people, [Meeting("m1", "a", "b")]));

        Assert.Equal(new UnplacedMeeting("m1", UnplacedReason.NoCommonAvailableSlot, null), Assert.Single(noSlots.Unplaced));
        Assert.Equal(new UnplacedMeeting("m1", UnplacedReason.NoTableFree, null), Assert.Single(noTables.Unplaced));
        Assert.True(noSlots.ProvedOptimal && noTables.ProvedOptimal);
    }

    public static TheoryData<string, MeetingProblem> Inconsistent()
    {
        var people = new[] { Person("a"), Person("b"), Person("c") };
        var ok = Problem(2, 2, people, [Meeting("m1", "a", "b"), Meeting("m2", "a", "c")]);
        var slot = new MeetingSlot("s9", Nine.AddHours(3), Nine.AddHours(3.5));
        return new TheoryData<string, MeetingProblem>
        {
            { "Meeting 'm3' names unknown participant 'z'.", ok with { Meetings = [.. ok.Meetings, Meeting("m3", "a", "z")] } },
            { "Participant 'x' is unavailable in unknown slot 's7'.", ok with { Participants = [.. people, Person("x", ["s7"])] } },
            { "The slot 's0' is listed twice.", ok with { Slots = [.. ok.Slots, ok.Slots[0] with { Start = Nine.AddHours(5), End = Nine.AddHours(6) }] } },
            { "The table 't0' is listed twice.", ok with { Tables = ["t0", "t1", "t0"] } },
            { "The participant 'a' is listed twice.", ok with { Participants = [.. people, Person("a")] } },
            { "The meeting 'm1' is listed twice.", ok with { Meetings = [.. ok.Meetings, Meeting("m1", "b", "c")] } },
            { "Meeting 'm3' has fewer than two distinct participants.", ok with { Meetings = [.. ok.Meetings, Meeting("m3", "a", "a")] } },
            { "Slot 's9' does not end after it starts", ok with { Slots = [.. ok.Slots, slot with { End = slot.Start.AddMinutes(-30) }] } },
            { "Slots 's1' and 's9' overlap.", ok with { Slots = [.. ok.Slots, slot with { Start = Nine.AddMinutes(45) }] } },
            { "Meeting 'm3' has weight 0", ok with { Meetings = [.. ok.Meetings, Meeting("m3", "b", "c", weight: 0)] } },
            { "Participant 'x' has a negative meeting limit.", ok with { Participants = [.. people, Person("x", max: -1)] } },
            { "A lock names unknown meeting 'm9'.", ok with { Locks = [new("m9", "s0", "t0")] } },
            { "The lock of meeting 'm1' names unknown slot 's9'.", ok with { Locks = [new("m1", "s9", "t0")] } },
            { "The lock of meeting 'm1' names unknown table 't9'.", ok with { Locks = [new("m1", "s0", "t9")] } },
            { "Meeting 'm1' is locked twice.", ok with { Locks = [new("m1", "s0", "t0"), new("m1", "s1", "t0")] } },
            { "Meeting 'm1' is locked in slot 's0', where participant 'b' is unavailable.", ok with { Participants = [people[0], Person("b", ["s0"]), people[2]], Locks = [new("m1", "s0", "t0")] } },
            { "Locked meetings 'm1' and 'm3' share table 't0' in slot 's0'.", ok with { Participants = [.. people, Person("d")], Meetings = [.. ok.Meetings, Meeting("m3", "c", "d")], Locks = [new("m1", "s0", "t0"), new("m3", "s0", "t0")] } },
            { "Locked meetings 'm1' and 'm2' share participant 'a' in slot 's0'.", ok with { Locks = [new("m1", "s0", "t0"), new("m2", "s0", "t1")] } },
            { "Participant 'a' has more locked meetings than their limit of 1.", ok with { Participants = [Person("a", max: 1), people[1], people[2]], Locks = [new("m1", "s0", "t0"), new("m2", "s1", "t0")] } },
        };
    }

    [Theory]
    [MemberData(nameof(Inconsistent))]
    public void Schedule_InconsistentInput_IsRefusedNamingTheProblem(string expected, MeetingProblem problem)
    {
        var error = Assert.Throws<InconsistentMeetingProblemException>(() => MeetingScheduler.Schedule(problem));

        Assert.Contains(error.Problems, p => p.StartsWith(expected, StringComparison.Ordinal));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_SeveralProblems_NamesTheFirstFiveAndCountsTheRest()
    {
        var meetings = Enumerable.Range(0, 8).Select(i => Meeting($"m{i}", "a", $"ghost{i}")).ToList();
        var problem = Problem(1, 1, [Person("a")], meetings);

        var error = Assert.Throws<InconsistentMeetingProblemException>(() => MeetingScheduler.Schedule(problem));

        Assert.Equal(8, error.Problems.Count);
        Assert.Contains("'ghost4'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'ghost5'", error.Message, StringComparison.Ordinal);
        Assert.Contains("(and 3 more)", error.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(error, exactMatch: false);
    }

    private static MeetingProblem Problem(int slots, int tables, IReadOnlyList<MeetingParticipant> people, IReadOnlyList<MeetingRequest> meetings) =>
        new([.. Enumerable.Range(0, slots).Select(i => new MeetingSlot($"s{i}", Nine.AddMinutes(30 * i), Nine.AddMinutes((30 * i) + 30)))],
            [.. Enumerable.Range(0, tables).Select(i => $"t{i}")], people, meetings);

    private static MeetingParticipant Person(string id, string[]? away = null, int? max = null) => new(id, away, max);

    private static MeetingRequest Meeting(string id, string a, string b, int weight = 1) => new(id, [a, b], weight);

    /// <summary>Every hard rule and every reported number and reason, checked directly on ids.</summary>
    private static void AssertValid(MeetingProblem problem, MeetingSchedule result)
    {
        var meetings = problem.Meetings.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var away = problem.Participants.SelectMany(p => (p.UnavailableSlots ?? []).Select(s => (p.Id, s))).ToHashSet();
        var limit = problem.Participants.ToDictionary(p => p.Id, p => p.MaxMeetings ?? int.MaxValue, StringComparer.Ordinal);
        var slots = problem.Slots.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var tables = problem.Tables.ToHashSet(StringComparer.Ordinal);
        var busy = new HashSet<(string Participant, string Slot)>();
        var used = new HashSet<(string Slot, string Table)>();
        foreach (var p in result.Placements)
        {
            Assert.Contains(p.Slot, slots);
            Assert.Contains(p.Table, tables);
            Assert.True(used.Add((p.Slot, p.Table)), $"table {p.Table} twice in {p.Slot}");
            foreach (var person in meetings[p.Meeting].Participants)
            {
                Assert.True(busy.Add((person, p.Slot)), $"{person} twice in {p.Slot}");
                Assert.DoesNotContain((person, p.Slot), away);
            }

            var @lock = problem.Locks.SingleOrDefault(l => l.Meeting == p.Meeting);
            Assert.Equal(@lock is not null, p.Locked);
            Assert.True(@lock is null || (@lock.Slot == p.Slot && @lock.Table == p.Table));
        }

        Assert.All(problem.Locks, l => Assert.Contains(new MeetingPlacement(l.Meeting, l.Slot, l.Table, Locked: true), result.Placements));
        var count = result.Placements.SelectMany(p => meetings[p.Meeting].Participants).CountBy(p => p).ToDictionary(c => c.Key, c => c.Value);
        Assert.All(count, c => Assert.True(c.Value <= limit[c.Key], $"{c.Key} over their limit"));
        var placed = result.Placements.Select(p => p.Meeting).ToList();
        Assert.Equal(placed.Count, placed.Distinct().Count());
        Assert.Equal(problem.Meetings.Select(m => m.Id).Order(), placed.Concat(result.Unplaced.Select(u => u.Meeting)).Order());
        Assert.Equal(placed.Count, result.Placed);
        Assert.Equal(placed.Sum(m => (long)meetings[m].Weight), result.TotalWeight);
        Assert.True(result.TotalWeight <= result.WeightBound);
        Assert.True(!result.ProvedOptimal || result.TotalWeight == result.WeightBound);
        foreach (var u in result.Unplaced)
        {
            var parts = meetings[u.Meeting].Participants;
            var common = problem.Slots.Select(s => s.Id).Where(s => parts.All(p => !away.Contains((p, s)))).ToList();
            var free = common.Where(s => parts.All(p => !busy.Contains((p, s)))).ToList();
            var atLimit = parts.Any(p => count.GetValueOrDefault(p) >= limit[p]);
            Assert.False(!atLimit && free.Any(s => used.Count(x => x.Slot == s) < problem.Tables.Count), $"{u.Meeting} fits somewhere");
            switch (u.Reason)
            {
                case UnplacedReason.NoCommonAvailableSlot:
                    Assert.Empty(common);
                    break;
                case UnplacedReason.ParticipantLimitReached:
                    Assert.Equal(limit[u.Participant!], count.GetValueOrDefault(u.Participant!));
                    Assert.NotEmpty(common);
                    break;
                case UnplacedReason.NoCommonFreeSlotLeft:
                    Assert.NotEmpty(common);
                    Assert.Empty(free);
                    Assert.Contains(u.Participant, parts);
                    break;
                case UnplacedReason.NoTableFree:
                    Assert.NotEmpty(free);
                    Assert.All(free, s => Assert.Equal(problem.Tables.Count, used.Count(x => x.Slot == s)));
                    break;
                default:
                    Assert.Fail($"unknown reason {u.Reason}");
                    break;
            }
        }
    }
}
