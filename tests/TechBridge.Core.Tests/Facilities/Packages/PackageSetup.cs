using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Packages;
using TechBridge.Core.Tests.Facilities.Requests;

namespace TechBridge.Core.Tests.Facilities.Packages;

/// <summary>The package set-up the package tests share, in the support-request world: the XRD package and its creation.</summary>
internal static class PackageSetup
{
    /// <summary>The XRD package: four hours on <paramref name="equipment"/> and one consulting session, 330,000 KRW.</summary>
    public static PackageInput Input(Guid equipment) => new(
        "XRD 결정구조 분석 패키지", "XRD crystal structure package", 330_000,
        [
            new PackageComponentInput(EquipmentServiceKind.EquipmentUse, 4, PackageUnit.Hours, equipment),
            new PackageComponentInput(EquipmentServiceKind.Consulting, 1, PackageUnit.Sessions, Note: "결과 해석 상담"),
        ],
        DescriptionKo: "XRD 4시간 측정과 분석 보고서, 상담 1회");

    public static Task<Guid> CreateAsync(SupportWorld world, Guid user, Guid center, PackageInput input) =>
        world.Host.RunAsync<PackageService, Guid>(s => s.CreateAsync(user, center, input));

    /// <summary>The world's operator creates the XRD package of the world's item at the world's center.</summary>
    public static Task<Guid> CreateXrdAsync(SupportWorld world) => CreateAsync(world, world.Operator, world.Center, Input(world.Equipment));
}
