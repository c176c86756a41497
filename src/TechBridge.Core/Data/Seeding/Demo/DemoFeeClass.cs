using TechBridge.Core.Facilities;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// How centers charge for and book one class of equipment: the fee unit and a realistic range in KRW (rounded to
/// <see cref="StepKrw"/>), the fee note (<c>{0}</c> is the equipment kind, <c>{1}</c> the fee), and the booking rules
/// that go with it (hourly instruments are booked by the hour, chambers and test rigs for days, analyses per sample).
/// </summary>
public sealed record DemoFeeClass(
    string Name, FeeUnit Unit, long MinKrw, long MaxKrw, long StepKrw, string Note,
    int MinHours, int MaxHours, int LeadHours, int CancelHours, double AutoConfirm)
{
    /// <summary>Electron, ion and optical microscopes and CT: an operator images the company's samples by the hour.</summary>
    public static readonly DemoFeeClass Imaging = new(nameof(Imaging), FeeUnit.PerHour, 50_000, 250_000, 5_000,
        "{0} 시간당 {1}, 전담 오퍼레이터 분석 지원 및 이미지 데이터 제공", 1, 8, 48, 24, 0.1);

    /// <summary>Spectrometers, diffractometers, chromatographs, sequencers: the center analyses samples and reports.</summary>
    public static readonly DemoFeeClass Sample = new(nameof(Sample), FeeUnit.PerSample, 30_000, 300_000, 5_000,
        "{0} 분석 시료당 {1}, 공인 양식 결과 보고서 포함", 1, 8, 72, 48, 0);

    /// <summary>Process tools the company's engineers run themselves: deposition, etching, printing, machining.</summary>
    public static readonly DemoFeeClass Process = new(nameof(Process), FeeUnit.PerHour, 30_000, 200_000, 5_000,
        "{0} 장비 사용료 시간당 {1} (소모품·재료비 별도)", 2, 9, 48, 24, 0.2);

    /// <summary>Bench instruments for electrical, dimensional and motion measurement.</summary>
    public static readonly DemoFeeClass Bench = new(nameof(Bench), FeeUnit.PerHour, 20_000, 100_000, 5_000,
        "{0} 측정 시간당 {1}, 교육 이수자 직접 측정 가능", 1, 8, 24, 24, 0.5);

    /// <summary>Chambers, cyclers, furnaces, dynamometers and reliability rigs that run a test for days.</summary>
    public static readonly DemoFeeClass LongTest = new(nameof(LongTest), FeeUnit.PerDay, 150_000, 1_500_000, 10_000,
        "{0} 시험 1일 {1}, 시험 조건 사전 협의 후 연속 운전", 8, 24 * 14, 72, 72, 0);

    /// <summary>Large facilities (tanks, tunnels, sleds, clean rooms, test fields) booked by the day with a crew.</summary>
    public static readonly DemoFeeClass Facility = new(nameof(Facility), FeeUnit.PerDay, 800_000, 5_000_000, 100_000,
        "{0} 1일 {1}, 운영 인력 지원 포함 (2주 전 사전 협의 필수)", 8, 24 * 10, 72, 168, 0);

    public static IReadOnlyList<DemoFeeClass> All { get; } = [Imaging, Sample, Process, Bench, LongTest, Facility];
}
