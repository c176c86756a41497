using TechBridge.Core.Shared;

namespace TechBridge.Core.Matching;

/// <summary>Document ids ("org:…", "person:…", "equipment:…", "technology:…", "need:…" with the Guid in "N" form) to and from entity ids.</summary>
public static class PartnerDocumentIds
{
    private static readonly string[] Prefixes =
    [
        EntityDocuments.OrganizationPrefix, EntityDocuments.PersonPrefix, EntityDocuments.EquipmentPrefix,
        EntityDocuments.TechnologyPrefix, EntityDocuments.NeedPrefix,
    ];

    public static string Of(string prefix, Guid id) => prefix + id.ToString("N");

    /// <summary>The entity id of a document id with the given prefix, or null when the id has another prefix or is malformed.</summary>
    public static Guid? Parse(string documentId, string prefix)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return documentId.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParseExact(documentId.AsSpan(prefix.Length), "N", out var id) ? id : null;
    }

    /// <summary>The entities the document ids name, by kind (unknown prefixes are ignored).</summary>
    public static EntityChanges ToEntities(IEnumerable<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var sets = Prefixes.ToDictionary(p => p, _ => new HashSet<Guid>(), StringComparer.Ordinal);
        foreach (var id in documentIds)
        {
            foreach (var prefix in Prefixes)
            {
                if (Parse(id, prefix) is { } entity)
                {
                    sets[prefix].Add(entity);
                    break;
                }
            }
        }

        return new EntityChanges(
            sets[EntityDocuments.OrganizationPrefix], sets[EntityDocuments.PersonPrefix], sets[EntityDocuments.EquipmentPrefix],
            sets[EntityDocuments.TechnologyPrefix], sets[EntityDocuments.NeedPrefix]);
    }
}
