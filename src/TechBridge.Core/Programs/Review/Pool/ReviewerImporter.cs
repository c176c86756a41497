using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Review.Conflicts;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Evaluation;

namespace TechBridge.Core.Programs.Review.Pool;

/// <summary>
/// Brings reviewers from a file into the pool, all or nothing: every candidate is checked first (every problem reported,
/// by line or archive), then each is matched to a directory person (the same e-mail address; without one, a name that
/// may be the same person's, <see cref="PersonNameKey"/>, at the same organisation) or added to the directory with its
/// affiliation (to an organisation found by name or created) and publications, and put in the pool unless it is there
/// already; everything is saved in one transaction. It does not decide who may import: <see cref="ReviewerPoolService"/>
/// lets program managers do it, the command-line tool lets whoever runs it on the database.
/// </summary>
public sealed class ReviewerImporter(TechBridgeDbContext db, TaxonomyCatalog taxonomy, TimeProvider time)
{
    public async Task<ReviewerImportResult> ImportCsvAsync(Guid? addedById, Stream csv, CancellationToken cancellationToken = default)
    {
        var candidates = ReviewerCsv.Read(csv, Rules(await taxonomy.GetAsync(cancellationToken)));
        return await ImportAsync(addedById, ReviewerSource.Csv, candidates, cancellationToken);
    }

    /// <summary>
    /// Imports openreview-expertise archives (one per reviewer: the file name is the profile id such as <c>~Jane_Doe1</c>,
    /// the lines the reviewer's papers). The archives name no country, so the caller says where these reviewers work.
    /// </summary>
    public async Task<ReviewerImportResult> ImportOpenReviewAsync(
        Guid? addedById, IReadOnlyList<ReviewerArchive> archives, string? countryCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archives);
        var snapshot = await taxonomy.GetAsync(cancellationToken);
        var rules = Rules(snapshot);
        var country = TextInput.Blank(countryCode)?.ToUpperInvariant();
        if (country is null || !snapshot.Countries.ContainsKey(country))
        {
            throw ValidationFailedException.For("countryCode", country is null
                ? CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Country"))
                : CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Country"), country));
        }

        if (archives.Count == 0)
        {
            throw ValidationFailedException.For("file", CoreMessages.Get("ReviewerPool.OpenReview.Empty"));
        }

        var errors = new ValidationErrors();
        var candidates = new List<ReviewerCandidate>();
        foreach (var archive in archives)
        {
            var name = OpenReviewProfiles.NameOf(archive.ReviewerId);
            var papers = archive.Papers.Where(p => !string.IsNullOrWhiteSpace(p.Title))
                .Select(p => new CandidatePublication(Cut(p.Title.Trim(), ReviewerCandidateRules.TitleLength), null,
                    TextInput.Blank(p.Abstract) is { } text ? Cut(text, ReviewerCandidateRules.AbstractLength) : null))
                .ToList();
            var candidate = new ReviewerCandidate(archive.ReviewerId, string.Empty, name, null, null, country, [], null, null, papers);
            foreach (var problem in rules.Check(candidate))
            {
                errors.Add("file", $"{archive.ReviewerId}: {problem}");
            }

            candidates.Add(candidate);
        }

        ReviewerCandidateRules.ThrowIfAny(errors);
        return await ImportAsync(addedById, ReviewerSource.OpenReview, candidates, cancellationToken);
    }

    private ReviewerCandidateRules Rules(TaxonomySnapshot snapshot) =>
        new(snapshot.Fields.ContainsKey, snapshot.Countries.ContainsKey, Kst.ToKst(Clock.UtcNow(time)).Year);

    private async Task<ReviewerImportResult> ImportAsync(
        Guid? addedById, ReviewerSource source, IReadOnlyList<ReviewerCandidate> candidates, CancellationToken cancellationToken)
    {
        var now = Clock.UtcNow(time);
        var directory = await ReviewerMatchQueries.LoadAsync(db, candidates, cancellationToken);
        var pooled = (await db.Reviewers.AsNoTracking().Select(r => r.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var added = new List<(PoolReviewer Reviewer, string? Email)>();
        int skipped = 0, created = 0, matched = 0;
        foreach (var candidate in candidates)
        {
            var person = directory.Find(candidate);
            if (person is null)
            {
                person = Create(candidate, directory, now);
                created++;
            }
            else
            {
                matched++;
            }

            if (!pooled.Add(person.Id))
            {
                skipped++;
                continue;
            }

            var reviewer = new PoolReviewer
            {
                PersonId = person.Id, Group = PoolReviewer.GroupOf(person.CountryCode), MaxLoad = candidate.MaxLoad ?? ReviewerPoolLimits.DefaultMaxLoad,
                Source = source, AddedById = addedById, AddedAt = now, UpdatedAt = now,
            };
            db.Reviewers.Add(reviewer);
            added.Add((reviewer, person.Email));
        }

        await ReviewerAccounts.LinkAsync(db, added, cancellationToken);
        await ReviewerAccounts.LinkWaitingAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ReviewerImportResult(added.Count, skipped, created, matched);
    }

    private ReviewerMatchQueries.Known Create(ReviewerCandidate candidate, ReviewerMatchQueries directory, DateTimeOffset now)
    {
        var person = new Person
        {
            Kind = PersonKind.Expert, NameKo = candidate.NameKo, NameEn = candidate.NameEn, Email = candidate.Email, CountryCode = candidate.CountryCode,
            Keywords = candidate.Keywords, CreatedAt = now, UpdatedAt = now,
        };
        person.Fields.AddRange(candidate.FieldCodes.Select(f => new PersonField { PersonId = person.Id, FieldCode = f }));
        db.People.Add(person);
        Guid? organizationId = null;
        if (candidate.Organization is { } name)
        {
            organizationId = directory.OrganizationNamed(name);
            if (organizationId is null)
            {
                var organization = new Organization
                {
                    Kind = candidate.CountryCode == "KR" ? OrganizationKind.ResearchInstitute : OrganizationKind.OverseasInstitution,
                    NameKo = name, NameEn = name, CountryCode = candidate.CountryCode, CreatedAt = now, UpdatedAt = now,
                };
                db.Organizations.Add(organization);
                organizationId = organization.Id;
                directory.AddOrganization(name, organization.Id);
            }

            db.Affiliations.Add(new Affiliation { PersonId = person.Id, OrganizationId = organizationId.Value, StartDate = DateOnly.FromDateTime(Kst.ToKst(now).Date) });
        }

        foreach (var item in candidate.Publications)
        {
            var publication = new Publication
            {
                Title = item.Title, Abstract = item.Abstract, Year = item.Year ?? 0,
                Language = item.Title.Any(KoreanRomanization.IsHangulSyllable) ? "ko" : "en",
            };
            publication.Authors.Add(new PublicationAuthor { PublicationId = publication.Id, PersonId = person.Id, AuthorOrder = 1 });
            db.Publications.Add(publication);
        }

        var known = new ReviewerMatchQueries.Known(person.Id, person.NameKo, person.NameEn, person.Email, person.CountryCode, organizationId);
        directory.Add(known);
        return known;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
