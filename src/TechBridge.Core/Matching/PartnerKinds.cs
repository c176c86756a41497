using TechBridge.Core.Directory;

namespace TechBridge.Core.Matching;

/// <summary>
/// The kinds of partner a search returns, as the engine's EntityType facet spells them: each organisation kind, "Person",
/// "Equipment", "Technology" and "Need". Needs are other companies' needs, so a search includes them only when asked
/// (a researcher or center looking for companies whose needs it can meet).
/// </summary>
public static class PartnerKinds
{
    public static IReadOnlySet<string> Organizations { get; } = Enum.GetNames<OrganizationKind>().ToHashSet(StringComparer.Ordinal);

    /// <summary>What a search without a kind filter looks for: everything except needs.</summary>
    public static IReadOnlySet<string> Default { get; } =
        new HashSet<string>([.. Organizations, EntityDocuments.PersonType, EntityDocuments.EquipmentType, EntityDocuments.TechnologyType], StringComparer.Ordinal);

    public static IReadOnlySet<string> Known { get; } = new HashSet<string>([.. Default, EntityDocuments.NeedType], StringComparer.Ordinal);

    /// <summary>Kinds whose documents carry a TRL range, so a TRL filter applies to them (organisations and people have none).</summary>
    public static IReadOnlySet<string> WithTrl { get; } =
        new HashSet<string>([EntityDocuments.EquipmentType, EntityDocuments.TechnologyType, EntityDocuments.NeedType], StringComparer.Ordinal);

    /// <summary>
    /// The groups searched one after the other, each with its own top-k so that no kind crowds the others out:
    /// organisations (all their kinds together), people, equipment, technologies, needs.
    /// </summary>
    public static IEnumerable<IReadOnlySet<string>> Groups(IReadOnlySet<string> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var organizations = kinds.Where(Organizations.Contains).ToHashSet(StringComparer.Ordinal);
        if (organizations.Count > 0)
        {
            yield return organizations;
        }

        foreach (var single in new[] { EntityDocuments.PersonType, EntityDocuments.EquipmentType, EntityDocuments.TechnologyType, EntityDocuments.NeedType })
        {
            if (kinds.Contains(single))
            {
                yield return new HashSet<string>(StringComparer.Ordinal) { single };
            }
        }
    }
}
