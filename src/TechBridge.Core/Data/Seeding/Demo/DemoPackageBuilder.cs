using System.Text.RegularExpressions;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Packages;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Demo service packages: one to three per center, each built around one of its items so the name and the lines fit what
/// the item does. An analysis instrument charged per sample gets an analysis package (samples analysed with a report, a
/// session on the results); an instrument or tool charged by the hour a use package (hours of use, an operator-led test, a
/// preparatory session); a test rig charged by the day a test package (days of testing, a session to agree the conditions).
/// The price is the items' fees with a package discount, rounded to 10,000 KRW; the VAT rule is the item's.
/// </summary>
internal static partial class DemoPackageBuilder
{
    public sealed record Item(Guid CenterId, Guid Id, string NameKo, string NameEn, long FeeKrw, FeeUnit FeeUnit, bool VatExempt);

    private const long ConsultingKrw = 150_000;

    public static List<ServicePackage> Build(DemoRandom random, IReadOnlyList<Item> items)
    {
        ArgumentNullException.ThrowIfNull(random);
        var packages = new List<ServicePackage>();
        foreach (var center in items.Where(i => i.FeeKrw > 0).GroupBy(i => i.CenterId).OrderBy(g => g.Key))
        {
            var pool = center.OrderBy(i => i.Id).ToList();
            var count = Math.Min(pool.Count, random.Next(1, 4));
            for (var n = 0; n < count; n++)
            {
                var item = pool[random.Next(0, pool.Count)];
                pool.Remove(item);
                packages.Add(Package(random, item));
            }
        }

        return packages;
    }

    private static ServicePackage Package(DemoRandom random, Item item)
    {
        var (ko, en) = (Short(item.NameKo), Short(string.IsNullOrEmpty(item.NameEn) ? item.NameKo : item.NameEn));
        var (created, updated) = random.Timestamps();
        var package = new ServicePackage
        {
            Id = random.NextGuid(), CenterId = item.CenterId, Status = PackageStatus.Active, VatExempt = item.VatExempt, IsDemo = true,
            CreatedAt = created, UpdatedAt = updated,
        };
        long fees;
        switch (item.FeeUnit)
        {
            case FeeUnit.PerSample:
                var samples = random.Pick([3, 5, 10]);
                (package.NameKo, package.NameEn) = ($"{ko} 분석 패키지", $"{en} analysis package");
                package.DescriptionKo = $"{ko} 시료 {samples}개 분석과 공인 양식 결과 보고서, 결과 해석 상담 1회를 묶은 패키지입니다.";
                package.DescriptionEn = $"Analysis of {samples} samples on the {en} with a report in the accredited format and one session on the results.";
                Add(package, EquipmentServiceKind.TestAnalysis, item.Id, samples, PackageUnit.Samples, "결과 보고서 포함");
                Add(package, EquipmentServiceKind.Consulting, null, 1, PackageUnit.Sessions, "결과 해석 상담");
                fees = item.FeeKrw * samples + ConsultingKrw;
                break;
            case FeeUnit.PerDay:
                var days = random.Pick([2, 3, 5]);
                (package.NameKo, package.NameEn) = ($"{ko} 시험 패키지", $"{en} test package");
                package.DescriptionKo = $"시험 조건 사전 협의 후 {ko} {days}일 연속 시험과 시험 성적서를 제공합니다.";
                package.DescriptionEn = $"{days} days of continuous testing on the {en} after agreeing the test conditions, with a test report.";
                Add(package, EquipmentServiceKind.Consulting, null, 1, PackageUnit.Sessions, "시험 조건 협의");
                Add(package, EquipmentServiceKind.EquipmentUse, item.Id, days, PackageUnit.Days, null);
                Add(package, EquipmentServiceKind.TestAnalysis, item.Id, 1, PackageUnit.Samples, "시험 성적서");
                fees = item.FeeKrw * days + ConsultingKrw;
                break;
            default:
                var hours = random.Pick([4, 8, 16]);
                (package.NameKo, package.NameEn) = ($"{ko} 활용 패키지", $"{en} use package");
                package.DescriptionKo = $"사전 기술 상담 1회와 {ko} {hours}시간 사용, 전담 인력의 측정 지원을 묶은 패키지입니다.";
                package.DescriptionEn = $"One preparatory session and {hours} hours on the {en} with measurements supported by the center's staff.";
                Add(package, EquipmentServiceKind.Consulting, null, 1, PackageUnit.Sessions, "사전 기술 상담");
                Add(package, EquipmentServiceKind.EquipmentUse, item.Id, hours, PackageUnit.Hours, null);
                Add(package, EquipmentServiceKind.TestAnalysis, item.Id, 1, PackageUnit.Sessions, "측정 지원");
                fees = item.FeeKrw * hours + ConsultingKrw;
                break;
        }

        var discounted = fees * random.Next(80, 96) / 100;
        package.PriceKrw = Math.Clamp(discounted / 10_000 * 10_000, 10_000, PackageLimits.MaxPriceKrw);
        return package;
    }

    private static void Add(ServicePackage package, EquipmentServiceKind kind, Guid? equipment, int quantity, PackageUnit unit, string? note) =>
        package.Components.Add(new PackageComponent
        {
            PackageId = package.Id, Position = package.Components.Count, Kind = kind, EquipmentId = equipment, Quantity = quantity, Unit = unit, Note = note,
        });

    /// <summary>The abbreviation in parentheses when the name has one ("X선 회절 분석기(XRD)" → "XRD"), else the name.</summary>
    private static string Short(string name) => Abbreviation().Match(name) is { Success: true } m ? m.Groups[1].Value : name.Trim();

    [GeneratedRegex(@"\(([A-Za-z0-9\-/ ]{2,12})\)\s*$")]
    private static partial Regex Abbreviation();
}
