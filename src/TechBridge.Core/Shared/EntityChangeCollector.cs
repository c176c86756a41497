using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Marketplace;

namespace TechBridge.Core.Shared;

/// <summary>Reads the pending changes of a context as the matched entities they belong to (a changed child row counts for its parent).</summary>
internal static class EntityChangeCollector
{
    public static EntityChanges Collect(DbContext context)
    {
        HashSet<Guid> organizations = [], people = [], equipment = [], technologies = [], needs = [];
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Organization o: organizations.Add(o.Id); break;
                case OrganizationField f: organizations.Add(f.OrganizationId); break;
                case Person p: people.Add(p.Id); break;
                case PersonField f: people.Add(f.PersonId); break;
                case Affiliation a: people.Add(a.PersonId); break;
                case PublicationAuthor a: people.Add(a.PersonId); break;
                case Equipment e: equipment.Add(e.Id); break;
                case EquipmentField f: equipment.Add(f.EquipmentId); break;
                case EquipmentStage s: equipment.Add(s.EquipmentId); break;
                case EquipmentOffering o: equipment.Add(o.EquipmentId); break;
                case PublicTechnology t: technologies.Add(t.Id); break;
                case PublicTechnologyField f: technologies.Add(f.TechnologyId); break;
                case PublicTechnologyPatent p: technologies.Add(p.TechnologyId); break;
                case TechnologyNeed n: needs.Add(n.Id); break;
                case TechnologyNeedField f: needs.Add(f.NeedId); break;
                case TechnologyNeedCountry c: needs.Add(c.NeedId); break;
            }
        }

        return new EntityChanges(organizations, people, equipment, technologies, needs);
    }
}
