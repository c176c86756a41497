using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Review.Conflicts;

namespace TechBridge.Core.Programs.Review.Pool;

/// <summary>
/// The directory people and organisations an import may match, read in a few queries (in chunks of 500 values), then
/// looked up in memory; people and organisations the import creates are added so later rows find them.
/// </summary>
internal sealed class ReviewerMatchQueries
{
    private readonly Dictionary<string, Known> byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid> organizations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, List<Known>> byOrganization = [];

    public sealed record Known(Guid Id, string NameKo, string NameEn, string? Email, string CountryCode, Guid? OrganizationId);

    public static async Task<ReviewerMatchQueries> LoadAsync(TechBridgeDbContext db, IReadOnlyList<ReviewerCandidate> candidates, CancellationToken cancellationToken)
    {
        var index = new ReviewerMatchQueries();
        var emails = candidates.Select(c => c.Email?.ToLowerInvariant()).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in emails.Chunk(500))
        {
            var people = await db.People.AsNoTracking().Where(p => p.Email != null && chunk.Contains(p.Email.ToLower())).OrderBy(p => p.Id)
                .Select(p => new Known(p.Id, p.NameKo, p.NameEn, p.Email, p.CountryCode, null)).ToListAsync(cancellationToken);
            foreach (var person in people)
            {
                index.byEmail.TryAdd(person.Email!, person);
            }
        }

        var names = candidates.Select(c => c.Organization?.ToLowerInvariant()).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in names.Chunk(500))
        {
            var found = await db.Organizations.AsNoTracking().Where(o => chunk.Contains(o.NameKo.ToLower()) || chunk.Contains(o.NameEn.ToLower()))
                .OrderBy(o => o.Id).Select(o => new { o.Id, o.NameKo, o.NameEn }).ToListAsync(cancellationToken);
            foreach (var o in found)
            {
                index.organizations.TryAdd(o.NameKo, o.Id);
                index.organizations.TryAdd(o.NameEn, o.Id);
            }
        }

        var ids = index.organizations.Values.Distinct().ToList();
        foreach (var chunk in ids.Chunk(500))
        {
            var staff = await db.Affiliations.AsNoTracking().Where(a => a.EndDate == null && chunk.Contains(a.OrganizationId))
                .Select(a => new Known(a.PersonId, a.Person!.NameKo, a.Person.NameEn, a.Person.Email, a.Person.CountryCode, a.OrganizationId))
                .ToListAsync(cancellationToken);
            staff.ForEach(index.Add);
        }

        if (candidates.Any(c => c.Email is null && c.Organization is null))
        {
            var unaffiliated = await db.People.AsNoTracking().Where(p => !p.Affiliations.Any(a => a.EndDate == null))
                .Select(p => new Known(p.Id, p.NameKo, p.NameEn, p.Email, p.CountryCode, null)).ToListAsync(cancellationToken);
            unaffiliated.ForEach(index.Add);
        }

        return index;
    }

    /// <summary>The person with the candidate's e-mail; without one, a person of the same name at the same organisation (or, without one, at none).</summary>
    public Known? Find(ReviewerCandidate candidate)
    {
        if (candidate.Email is { } email)
        {
            return byEmail.GetValueOrDefault(email);
        }

        var organization = candidate.Organization is { } name ? OrganizationNamed(name) : null;
        if (candidate.Organization is not null && organization is null)
        {
            return null;
        }

        var keys = Keys(candidate.NameKo, candidate.NameEn);
        return byOrganization.GetValueOrDefault(organization ?? Guid.Empty)?.OrderBy(p => p.Id)
            .FirstOrDefault(p => keys.Count > 0 ? Keys(p.NameKo, p.NameEn).Overlaps(keys) : SameText(p, candidate));
    }

    public Guid? OrganizationNamed(string name) => organizations.TryGetValue(name, out var id) ? id : null;

    public void AddOrganization(string name, Guid id) => organizations[name] = id;

    public void Add(Known person)
    {
        if (person.Email is { } email)
        {
            byEmail.TryAdd(email, person);
        }

        var organization = person.OrganizationId ?? Guid.Empty;
        if (!byOrganization.TryGetValue(organization, out var list))
        {
            byOrganization[organization] = list = [];
        }

        list.Add(person);
    }

    private static HashSet<string> Keys(string nameKo, string nameEn)
    {
        var keys = new HashSet<string>(PersonNameKey.Of(nameKo), StringComparer.Ordinal);
        keys.UnionWith(PersonNameKey.Of(nameEn));
        return keys;
    }

    private static bool SameText(Known person, ReviewerCandidate candidate) =>
        (candidate.NameEn.Length > 0 && string.Equals(person.NameEn, candidate.NameEn, StringComparison.OrdinalIgnoreCase))
        || (candidate.NameKo.Length > 0 && string.Equals(person.NameKo, candidate.NameKo, StringComparison.Ordinal));
}
