using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TechBridge.Web.Tests.Localization;

public sealed partial class ResourceCompletenessTests
{
    private static readonly string[] ResourceSets =
    [
        "src/TechBridge.Web/Resources/Localization/SharedResource",
        "src/TechBridge.Core/Shared/Resources/CoreMessages",
    ];

    public static TheoryData<string> Sets => [.. ResourceSets];

    [Theory]
    [MemberData(nameof(Sets))]
    public void ResourceSet_KoreanAndEnglish_HaveTheSameKeysAndNoBlankKorean(string set)
    {
        var korean = Read(set + ".resx");
        var english = Read(set + ".en.resx");

        Assert.Empty(korean.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(korean.Keys));
        Assert.DoesNotContain(korean, pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    [Fact]
    public void UiSource_EveryLiteralLocalizerKey_ExistsInTheResources()
    {
        var keys = Read(ResourceSets[0] + ".resx").Keys.ToHashSet(StringComparer.Ordinal);
        var web = Path.Combine(RepositoryRoot.Path, "src/TechBridge.Web");
        var used = System.IO.Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(keys));
    }

    [Fact]
    public void UiSource_EveryInterpolatedEnumKey_ExistsForEveryEnumValue()
    {
        var keys = Read(ResourceSets[0] + ".resx").Keys.ToHashSet(StringComparer.Ordinal);
        var enums = new Dictionary<string, Type>
        {
            ["OrganizationKind"] = typeof(Core.Directory.OrganizationKind),
            ["CompanySize"] = typeof(Core.Directory.CompanySize),
            ["PersonKind"] = typeof(Core.Directory.PersonKind),
            ["Sort"] = typeof(Core.Directory.DirectorySort),
            ["AuditAction"] = typeof(Core.Shared.Audit.AuditAction),
            ["CooperationDirection"] = typeof(Core.Marketplace.CooperationDirection),
            ["EquipmentStatus"] = typeof(Core.Facilities.EquipmentStatus),
            ["EquipmentServiceKind"] = typeof(Core.Facilities.EquipmentServiceKind),
            ["LicensingStatus"] = typeof(Core.Marketplace.LicensingStatus),
            ["NeedStatus"] = typeof(Core.Marketplace.NeedStatus),
            ["ListSort"] = typeof(Core.Shared.ListSort),
            ["DisposalStatus"] = typeof(Core.Facilities.Disposals.DisposalStatus),
            ["DisposalReason"] = typeof(Core.Facilities.Disposals.DisposalReasonKind),
            ["DisposalMethod"] = typeof(Core.Facilities.Disposals.DisposalMethod),
            ["DisposalEvent"] = typeof(Core.Facilities.Disposals.DisposalEventKind),
            ["Disposals.Do"] = typeof(Core.Facilities.Disposals.DisposalAction),
        };

        var missing = enums.SelectMany(e => Enum.GetNames(e.Value).Select(n => $"{e.Key}.{n}"))
            .Concat(Core.Accounts.Roles.All.Select(r => $"Role.{r}"))
            .Where(k => !keys.Contains(k));

        Assert.Empty(missing);
    }

    private static Dictionary<string, string> Read(string relative) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, relative)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty, StringComparer.Ordinal);

    /// <summary>A literal key given to the localizer (L["Key"], localizer["Key", …]) or to an export table's T("Key").</summary>
    [GeneratedRegex("""(?:(?:\bL|\bl|\blocalizer)\["(?<key>[A-Za-z0-9_.]+)"[\],])|(?:\bT\("(?<key>[A-Za-z0-9_.]+)"\))""")]
    private static partial Regex LiteralKey();
}
