using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Packages;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>Packages of the demo operator's center set up in the shared app through its services.</summary>
public static class PackageWorld
{
    public static object Body(Guid equipment, string name = "XRD 결정구조 분석 패키지") => new
    {
        nameKo = name, nameEn = "XRD crystal structure package", priceKrw = 330_000,
        components = new object[]
        {
            new { kind = "EquipmentUse", quantity = 4, unit = "Hours", equipmentId = equipment },
            new { kind = "Consulting", quantity = 1, unit = "Sessions", note = "결과 해석 상담" },
        },
    };

    /// <summary>A new active package of the demo center (on a new item), created by the demo operator; retired when asked.</summary>
    public static async Task<Guid> NewPackageAsync(this AppFixture fixture, bool retired = false, string name = "권한 확인 패키지")
    {
        var equipment = await fixture.NewEquipmentAsync();
        var center = await fixture.DemoCenterAsync();
        var operatorId = await fixture.UserIdAsync(Email(Roles.CenterOperator));
        var id = await fixture.RunAsync<PackageService, Guid>(s => s.CreateAsync(operatorId, center, new PackageInput(
            name, null, 100_000, [new PackageComponentInput(EquipmentServiceKind.EquipmentUse, 2, PackageUnit.Hours, equipment)])));
        if (retired)
        {
            await fixture.RunAsync<PackageService, bool>(async s =>
            {
                await s.RetireAsync(operatorId, id);
                return true;
            });
        }

        return id;
    }
}
