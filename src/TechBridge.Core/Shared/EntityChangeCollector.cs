using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Directory;

namespace TechBridge.Core.Shared;

/// <summary>Reads the pending changes of a context as the directory entities they belong to.</summary>
internal static class EntityChangeCollector
{
    public static EntityChanges Collect(DbContext context)
    {
        var organizations = new HashSet<Guid>();
        var people = new HashSet<Guid>();
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
            }
        }

        return new EntityChanges(organizations, people);
    }
}
