using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Review.Conflicts;

/// <summary>One conflict of interest between an active pool reviewer and a proposal to review, with its source and evidence as people read them.</summary>
public sealed record CallConflict(
    Guid ProposalId, string ReceiptNumber, string ProposalTitleKo, string ProposalTitleEn, Guid ReviewerId, string ReviewerNameKo, string ReviewerNameEn,
    ConflictSource Source, string Evidence);

/// <summary>The conflicts of a call: how many proposals and reviewers were compared, and every conflict found.</summary>
public sealed record CallConflictReport(int Proposals, int Reviewers, int Years, IReadOnlyList<CallConflict> Conflicts);

/// <summary>
/// Finds the conflicts of interest between the active reviewers of the pool and a call's proposals still in the running
/// (submitted, not withdrawn, not rejected at screening), from what is stored: the organisations of each proposal's
/// partners and the names of its researchers as submitted (frozen), and each reviewer's affiliations and publications
/// (with their co-authors in every spelling) in the directory. Program managers only.
/// </summary>
public sealed class CallConflictQueries(TechBridgeDbContext db, ProgramActors actors, TimeProvider time)
{
    public const int DefaultYears = 3;
    public const int MaxYears = 10;

    public async Task<CallConflictReport> ForCallAsync(Guid userId, Guid callId, int years = DefaultYears, CancellationToken cancellationToken = default)
    {
        if ((await actors.FindAsync(userId, cancellationToken))?.IsManager != true)
        {
            throw new ForbiddenException(CoreMessages.Get("Call.ManagersOnly"));
        }

        if (!await db.ProgramCalls.AnyAsync(c => c.Id == callId, cancellationToken))
        {
            throw new NotFoundException(nameof(ProgramCall), callId);
        }

        years = Math.Clamp(years, 0, MaxYears);
        var (proposals, reviewers, found) = await FindAsync(callId, years, cancellationToken);
        var evidence = await ReadableEvidenceAsync(found, cancellationToken);
        var proposalOf = proposals.ToDictionary(p => p.Id.ToString());
        var reviewerOf = reviewers.ToDictionary(r => r.Id.ToString());
        var conflicts = found.Select((c, i) =>
            {
                var p = proposalOf[c.ProposalId].Snapshot;
                var r = reviewerOf[c.ReviewerId];
                return new CallConflict(p.ProposalId, p.ReceiptNumber, p.Content.TitleKo, p.Content.TitleEn, r.Id, r.NameKo, r.NameEn, c.Source, evidence[i]);
            })
            .OrderBy(c => c.ReceiptNumber, StringComparer.Ordinal).ThenBy(c => c.Source).ThenBy(c => c.ReviewerNameEn, StringComparer.Ordinal)
            .ToList();
        return new CallConflictReport(proposals.Count, reviewers.Count, years, conflicts);
    }

    /// <summary>Each conflict's evidence as people read it: an organisation's id replaced by its name (Korean, else English).</summary>
    internal async Task<IReadOnlyList<string>> ReadableEvidenceAsync(IReadOnlyList<ConflictOfInterest> found, CancellationToken cancellationToken)
    {
        var organizationIds = found.Select(OrganizationOf).OfType<Guid>().Distinct().ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in organizationIds.Chunk(500))
        {
            foreach (var o in await db.Organizations.AsNoTracking().Where(o => chunk.Contains(o.Id)).Select(o => new { o.Id, o.NameKo, o.NameEn }).ToListAsync(cancellationToken))
            {
                names[o.Id.ToString()] = o.NameKo.Length > 0 ? o.NameKo : o.NameEn;
            }
        }

        return [.. found.Select(c => OrganizationOf(c) is { } organization && names.TryGetValue(organization.ToString(), out var name)
            ? name + c.Evidence[organization.ToString().Length..]
            : c.Evidence)];
    }

    /// <summary>The organisation a conflict's evidence starts with: all of it for the same organisation, the part before the project for a joint project.</summary>
    private static Guid? OrganizationOf(ConflictOfInterest conflict) =>
        conflict.Source is ConflictSource.SameOrganization or ConflictSource.JointProject
        && conflict.Evidence.Length >= 36 && Guid.TryParse(conflict.Evidence.AsSpan(0, 36), out var id)
            ? id
            : null;

    /// <summary>
    /// The conflicts between the active pool and the call's proposals in the running, from every source: the directory
    /// (organisations, names, co-authorship in the window), joint projects (proposals selected in other calls with the reviewer among their researchers), the reviewers' declarations (an assignment declined for a
    /// conflict of interest, or an organisation or person declared in advance) and the applicants' exclusion requests (matched to reviewers by name in any spelling and,
    /// when given, by organisation). No access check: callers check it.
    /// </summary>
    internal async Task<(List<(Guid Id, ProposalSnapshot Snapshot)> Proposals, List<PoolPerson> Reviewers, IReadOnlyList<ConflictOfInterest> Found)> FindAsync(
        Guid callId, int years, CancellationToken cancellationToken)
    {
        var currentYear = Kst.ToKst(time.GetUtcNow()).Year;
        var proposals = (await db.Proposals.AsNoTracking()
                .Where(p => p.CallId == callId && p.Status == ProposalStatus.Submitted && p.Screening != ScreeningOutcome.Rejected)
                .Select(p => new { p.Id, p.SnapshotJson }).ToListAsync(cancellationToken))
            .Select(p => (p.Id, Snapshot: ProposalSnapshots.Deserialize(p.SnapshotJson!))).ToList();
        var parties = proposals.Select(p => new ProposalParties(
            p.Id.ToString(),
            [.. p.Snapshot.Content.Partners.Where(x => x.OrganizationId is not null).Select(x => x.OrganizationId!.Value.ToString())],
            [.. p.Snapshot.Content.Researchers.Select(r => r.Name)])).ToList();

        var since = new DateOnly(currentYear - years, 1, 1);
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.IsActive)
            .Select(r => new PoolPerson(r.Id, r.Person!.NameKo, r.Person.NameEn)
            {
                Email = r.Person.Email,
                Organizations = r.Person.Affiliations.Where(a => a.EndDate == null || a.EndDate >= since).Select(a => a.OrganizationId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var firstYear = currentYear - years;
        var written = await db.Reviewers.AsNoTracking().Where(r => r.IsActive)
            .Join(db.Set<Directory.PublicationAuthor>(), r => r.PersonId, a => a.PersonId, (r, a) => new { ReviewerId = r.Id, a.PublicationId })
            .Join(db.Publications.Where(p => p.Year >= firstYear), x => x.PublicationId, p => p.Id, (x, p) => new { x.ReviewerId, p.Id, p.Title, p.Year })
            .ToListAsync(cancellationToken);
        var publicationIds = written.Select(w => w.Id).Distinct().ToList();
        var authors = (await db.Set<Directory.PublicationAuthor>().AsNoTracking().Where(a => publicationIds.Contains(a.PublicationId))
                .Select(a => new { a.PublicationId, a.Person!.NameKo, a.Person.NameEn }).ToListAsync(cancellationToken))
            .ToLookup(a => a.PublicationId, a => new[] { a.NameKo, a.NameEn });
        var publications = written.Select(w => new { w.ReviewerId, w.Title, w.Year, Authors = authors[w.Id].SelectMany(n => n).Where(n => n.Length > 0).ToList() });
        var byReviewer = publications.ToLookup(p => p.ReviewerId);
        var projects = await JointProjects.ForReviewersAsync(db, callId, reviewers, firstYear, cancellationToken);
        var profiles = reviewers.Select(r => new ReviewerProfile(
            r.Id.ToString(), [.. new[] { r.NameKo, r.NameEn }.Where(n => n.Length > 0)], [.. r.Organizations.Select(o => o.ToString())])
        {
            Publications = [.. byReviewer[r.Id].Select(p => new ReviewerPublication(p.Title, p.Year, p.Authors))],
            Projects = [.. projects[r.Id]],
        }).ToList();

        var declared = (await db.ReviewAssignments.AsNoTracking()
                .Where(a => a.CallId == callId && a.Status == AssignmentStatus.Declined && a.DeclineReason == DeclineReason.ConflictOfInterest)
                .Select(a => new { a.ReviewerId, a.ProposalId }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ReviewerId, a => a.ProposalId.ToString());
        var inAdvance = await DeclarationMatches.ForProposalsAsync(db, proposals, reviewers, DateOnly.FromDateTime(Kst.ToKst(time.GetUtcNow()).DateTime), cancellationToken);
        profiles = [.. profiles.Select(p => p with
        {
            DeclaredProposalIds = [.. declared[Guid.Parse(p.Id)].Distinct()],
            DeclaredInAdvance = [.. inAdvance[Guid.Parse(p.Id)]],
        })];
        var requests = await ExclusionMatches.ForCallAsync(db, callId, reviewers, cancellationToken);
        parties = [.. parties.Select(p => p with { ExclusionRequests = requests[p.Id].ToList() })];
        return (proposals, reviewers, ConflictFinder.Find(profiles, parties, currentYear, years));
    }
}
