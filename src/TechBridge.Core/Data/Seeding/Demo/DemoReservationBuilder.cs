using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// A year of bookings for utilisation reports, for <see cref="Items"/> demo items (every item of the showcase center among
/// them): completed ones with check-in, check-out and fees over the past <see cref="HistoryDays"/> days, some cancelled,
/// declined or missed, and confirmed or requested ones in the next <see cref="AheadDays"/> days. Each item gets a level of
/// use (busy, steady, occasional or idle; aged items are often busy, disposal candidates idle). Bookings start and end in
/// the item's operating hours, never overlap one another and keep clear of the item's blackouts.
/// </summary>
internal static class DemoReservationBuilder
{
    public const int Items = 600;
    public const int HistoryDays = 365;
    public const int AheadDays = 60;

    private enum Use
    {
        Busy,
        Steady,
        Occasional,
        Idle,
    }

    private static readonly (Use Use, int Weight)[] Uses = [(Use.Busy, 12), (Use.Steady, 45), (Use.Occasional, 33), (Use.Idle, 10)];

    private static readonly (ReservationStatus Status, int Weight)[] PastStatuses =
        [(ReservationStatus.Completed, 86), (ReservationStatus.Cancelled, 6), (ReservationStatus.Declined, 4), (ReservationStatus.NoShow, 4)];

    private static readonly string[] Purposes =
    [
        "시제품 성능 검증", "양산 전 신뢰성 평가", "고객사 제출용 시험 데이터 확보", "불량 원인 분석", "공정 조건 최적화",
        "국책과제 중간 평가 대응", "인증 시험 사전 점검", "신규 소재 특성 평가",
    ];

    private static readonly string[] CancelReasons = ["시료 준비 지연으로 일정 취소", "내부 개발 일정 변경", "과제 일정 조정으로 다음 달로 연기"];
    private static readonly string[] DeclineReasons = ["해당 기간 센터 자체 시험 일정과 중복", "장비 사용 교육 미이수", "시료 반입 조건(유해물질 정보) 미충족"];
    private static readonly string[] BlackoutReasons = ["정기 교정", "예방 정비", "소모품·부품 교체", "센터 자체 시험"];

    public static (List<Reservation> Reservations, List<EquipmentBlackout> Blackouts) Build(
        DemoRandom random, IReadOnlyList<Equipment> equipment, IReadOnlyList<UserAccount> users, Guid? showcaseCenter)
    {
        var reservations = new List<Reservation>();
        var blackouts = new List<EquipmentBlackout>();
        if (users.Count == 0)
        {
            return (reservations, blackouts);
        }

        var showcase = equipment.Where(e => e.CenterId == showcaseCenter).ToList();
        var chosen = showcase.Concat(random.Sample(equipment.Where(e => e.CenterId != showcaseCenter).ToList(), Items - showcase.Count))
            .OrderBy(e => e.Id).ToList();
        var today = DateOnly.FromDateTime(Shared.Formatting.Kst.ToKst(random.Now).DateTime);
        foreach (var item in chosen)
        {
            var itemBlackouts = Blackouts(random, item, today);
            blackouts.AddRange(itemBlackouts);
            var use = item.Status switch
            {
                EquipmentStatus.DisposalCandidate => Use.Idle,
                EquipmentStatus.Aged when random.Chance(0.5) => Use.Busy,
                _ => random.PickWeighted(Uses, u => u.Weight).Use,
            };
            foreach (var period in Periods(random, item, use, today, itemBlackouts))
            {
                reservations.Add(Reservation(random, item, period, random.Pick(users)));
            }
        }

        return (reservations, blackouts);
    }

    /// <summary>Maintenance in the coming months for some items; items under maintenance are out from a few weeks ago until a few weeks ahead.</summary>
    private static List<EquipmentBlackout> Blackouts(DemoRandom random, Equipment item, DateOnly today)
    {
        var list = new List<EquipmentBlackout>();
        if (item.Status == EquipmentStatus.UnderMaintenance)
        {
            list.Add(Blackout(random, item, today.AddDays(-random.Next(7, 40)), today.AddDays(random.Next(7, 45)), "고장 수리(부품 수급 대기)"));
        }
        else if (item.Status.IsBookable() && random.Chance(0.08))
        {
            var start = today.AddDays(random.Next(3, 80));
            list.Add(Blackout(random, item, start, start.AddDays(random.Next(1, 6)), random.Pick(BlackoutReasons)));
        }

        return list;
    }

    private static EquipmentBlackout Blackout(DemoRandom random, Equipment item, DateOnly from, DateOnly until, string reason) => new()
    {
        Id = random.NextGuid(),
        EquipmentId = item.Id,
        Start = OperatingCalendar.DayStart(from).ToUniversalTime(),
        End = OperatingCalendar.DayStart(until).ToUniversalTime(),
        Reason = reason,
        CreatedAt = random.Now.AddDays(-random.Next(20, 60)),
    };

    /// <summary>Bookings of one item, in order: by the hour within single days, or for whole days (day-rate equipment).</summary>
    private static IEnumerable<TimeInterval> Periods(DemoRandom random, Equipment item, Use use, DateOnly today, List<EquipmentBlackout> blackouts)
    {
        var (dayChance, minShare) = use switch
        {
            Use.Busy => (0.92, 0.6),
            Use.Steady => (0.12 + (random.NextDouble() * 0.28), 0.4),
            Use.Occasional => (0.04 + (random.NextDouble() * 0.1), 0.3),
            _ => (random.NextDouble() * 0.01, 0.3),
        };
        var rules = item.Rules;
        var last = item.Status.IsBookable() ? today.AddDays(AheadDays) : today;
        var byDay = item.FeeUnit == FeeUnit.PerDay;
        for (var day = today.AddDays(-HistoryDays); day < last; day = day.AddDays(1))
        {
            // Far-ahead days are less booked yet.
            var ahead = Math.Max(0, day.DayNumber - today.DayNumber);
            if (!rules.Days.Includes(day.DayOfWeek) || !random.Chance((byDay ? dayChance / 2 : dayChance) * (1 - (ahead / (double)(AheadDays + 30)))))
            {
                continue;
            }

            var open = OperatingCalendar.DayStart(day).AddMinutes(rules.OpensAtMinute);
            TimeInterval period;
            if (byDay)
            {
                var end = day;
                for (var n = random.Next(1, 6); n > 1 || !rules.Days.Includes(end.DayOfWeek); end = end.AddDays(1))
                {
                    n -= rules.Days.Includes(end.DayOfWeek) ? 1 : 0;
                }

                period = new TimeInterval(open, OperatingCalendar.DayStart(end).AddMinutes(rules.ClosesAtMinute));
                day = end.AddDays(random.Next(0, 3));
            }
            else
            {
                var span = (rules.ClosesAtMinute - rules.OpensAtMinute) / 60;
                var hours = Math.Min(Math.Min(rules.MaxHours, span), (int)Math.Round(span * (minShare + (random.NextDouble() * (1 - minShare)))));
                if (hours < rules.MinHours)
                {
                    continue;
                }

                var start = open.AddHours(random.Next(0, span - hours + 1));
                period = new TimeInterval(start, start.AddHours(hours));
            }

            // Equipment out of service has no bookings from now on.
            if (period.Duration.TotalHours <= rules.MaxHours && period.Duration.TotalHours >= rules.MinHours
                && (item.Status.IsBookable() || period.End <= random.Now)
                && !blackouts.Exists(b => period.Overlaps(new TimeInterval(b.Start, b.End))))
            {
                yield return new TimeInterval(period.Start.ToUniversalTime(), period.End.ToUniversalTime());
            }
        }
    }

    private static Reservation Reservation(DemoRandom random, Equipment item, TimeInterval period, UserAccount user)
    {
        var now = random.Now;
        var created = period.Start.AddHours(-item.LeadHours - random.Next(0, 24 * 21));
        if (created > now)
        {
            created = now.AddHours(-random.Next(1, 72));
        }

        var status = period.End <= now ? random.PickWeighted(PastStatuses, s => s.Weight).Status
            : period.Start <= now ? ReservationStatus.CheckedIn
            : item.RequiresApproval && random.Chance(0.35) ? ReservationStatus.Requested
            : ReservationStatus.Confirmed;
        if (status == ReservationStatus.Declined && !item.RequiresApproval)
        {
            status = ReservationStatus.Cancelled;
        }

        var reservation = new Reservation
        {
            Id = random.NextGuid(),
            EquipmentId = item.Id,
            CompanyId = user.OrganizationId!.Value,
            RequestedById = user.Id,
            Start = period.Start,
            End = period.End,
            Purpose = random.Pick(Purposes),
            Status = status,
            CreatedAt = created,
            UpdatedAt = created,
        };
        switch (status)
        {
            case ReservationStatus.Completed:
                var checkedIn = period.Start.AddMinutes(random.Next(0, 11));
                var checkedOut = period.End.AddMinutes(-random.Next(0, 21));
                var samples = item.FeeUnit == FeeUnit.PerSample ? random.Next(1, Math.Max(2, (int)period.Duration.TotalHours * 2) + 1) : (int?)null;
                (reservation.FeeKrw, reservation.VatKrw) = Fees.For(item.FeeKrw, item.FeeUnit, item.VatExempt, new TimeInterval(checkedIn, checkedOut), samples ?? 0);
                (reservation.CheckedInAt, reservation.CheckedOutAt, reservation.Samples, reservation.UpdatedAt) = (checkedIn, checkedOut, samples, checkedOut);
                break;
            case ReservationStatus.CheckedIn:
                (reservation.CheckedInAt, reservation.UpdatedAt) = (period.Start.AddMinutes(random.Next(0, 11)), period.Start.AddMinutes(11) < now ? period.Start.AddMinutes(11) : now);
                break;
            case ReservationStatus.Cancelled:
                (reservation.Reason, reservation.UpdatedAt) = (random.Pick(CancelReasons), Between(random, created, period.Start));
                break;
            case ReservationStatus.Declined:
                (reservation.Reason, reservation.UpdatedAt) = (random.Pick(DeclineReasons), Between(random, created, period.Start));
                break;
            case ReservationStatus.NoShow:
                reservation.UpdatedAt = period.Start.AddHours(1);
                break;
            case ReservationStatus.Confirmed when item.RequiresApproval:
                reservation.UpdatedAt = Between(random, created, now);
                break;
        }

        return reservation;
    }

    private static DateTimeOffset Between(DemoRandom random, DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? from : from.AddMinutes(random.Next(0, (int)Math.Min(int.MaxValue, (to - from).TotalMinutes)));
}
