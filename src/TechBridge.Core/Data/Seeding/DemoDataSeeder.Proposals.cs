using System.Text;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data.Seeding.Demo;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Data.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>Proposals the closed demo call received (all submitted) and the open one (most submitted, some still drafts).</summary>
    public const int ClosedCallProposals = 120;

    public const int OpenCallProposals = 52;

    public const int OpenCallDrafts = 12;

    /// <summary>Proposals the call now in review received (all submitted).</summary>
    public const int ReviewCallProposals = 40;

    /// <summary>
    /// Demo proposals from demo consortia to the closed calls (the international joint R&amp;D call and the global cooperation
    /// call in review) and the open cooperation-center call,
    /// with their required documents (small PDFs in the attachment folder) and, for the submitted ones, the frozen copy
    /// and receipt number the submission gives.
    /// </summary>
    private async Task SeedProposalsAsync(CancellationToken cancellationToken)
    {
        var now = Clock.UtcNow(time);
        var calls = await db.ProgramCalls.AsNoTracking().Include(c => c.Fields).Include(c => c.Topics).Include(c => c.Documents).Include(c => c.ApplicantTypes)
            .AsSplitQuery().Where(c => c.IsDemo && c.Status != CallStatus.Draft && c.OpensAt < now).ToListAsync(cancellationToken);
        var closedCalls = calls.Where(c => c.Status == CallStatus.Closed).OrderBy(c => c.ClosesAt).ToList();
        var closed = closedCalls.FirstOrDefault();
        var reviewing = closedCalls.Skip(1).FirstOrDefault();
        var open = calls.FirstOrDefault(c => c.Status == CallStatus.Published && c.ClosesAt > now);
        var applicants = (await db.Users.AsNoTracking()
                .Where(u => u.IsDemo && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.Company))
                .Join(db.Organizations.Where(o => o.Kind == OrganizationKind.Company), u => u.OrganizationId, o => (Guid?)o.Id,
                    (u, o) => new { UserId = u.Id, OrganizationId = o.Id, o.NameKo })
                .ToListAsync(cancellationToken))
            .OrderBy(a => a.UserId).Select(a => new DemoProposalBuilder.Applicant(a.UserId, a.OrganizationId, a.NameKo)).ToList();
        var institutions = await db.Organizations.AsNoTracking()
            .Where(o => o.IsDemo && (o.Kind == OrganizationKind.University || o.Kind == OrganizationKind.ResearchInstitute || o.Kind == OrganizationKind.OverseasInstitution))
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.Kind, o.NameKo, o.NameEn, o.CountryCode }).ToListAsync(cancellationToken);
        var domestic = institutions.Where(o => o.CountryCode == "KR" && o.Kind != OrganizationKind.OverseasInstitution)
            .Select(o => new DemoProposalBuilder.Institution(o.Id, o.NameKo, o.CountryCode)).ToList();
        var overseas = institutions.Where(o => o.CountryCode != "KR")
            .Select(o => new DemoProposalBuilder.Institution(o.Id, o.NameEn.Length > 0 ? o.NameEn : o.NameKo, o.CountryCode)).ToList();
        var members = (await db.Affiliations.AsNoTracking().Where(a => a.EndDate == null && a.Person!.IsDemo)
                .Select(a => new { a.OrganizationId, a.Person!.NameKo, a.Person.NameEn, a.Person.Email, a.Person.CountryCode }).ToListAsync(cancellationToken))
            .ToLookup(a => a.OrganizationId, a => new DemoProposalBuilder.Member(a.CountryCode == "KR" && a.NameKo.Length > 0 ? a.NameKo : a.NameEn, a.Email));
        if (closed is null || open is null || applicants.Count == 0 || overseas.Count == 0)
        {
            return;
        }

        IReadOnlyList<DemoProposalBuilder.Member> PeopleOf(Guid organization) => [.. members[organization]];
        var random = new DemoRandom(Seed + 7, now);
        var closedProposals = DemoProposalBuilder.Build(random, closed, ClosedCallProposals, applicants, domestic, overseas, PeopleOf, closed.OpensAt, closed.ClosesAt.AddDays(-1));
        var openProposals = DemoProposalBuilder.Build(random, open, OpenCallProposals, applicants, domestic, overseas, PeopleOf, open.OpensAt, now.AddHours(-1));
        var reviewingProposals = reviewing is null ? []
            : DemoProposalBuilder.Build(random, reviewing, ReviewCallProposals, applicants, domestic, overseas, PeopleOf, reviewing.OpensAt, reviewing.ClosesAt.AddDays(-1));
        var drafts = openProposals.OrderByDescending(p => p.CreatedAt).Take(OpenCallDrafts).ToHashSet();
        foreach (var draft in drafts.Where((_, i) => i % 2 == 0))
        {
            var waiting = draft.Partners.First(p => p.Role != PartnerRole.Lead);
            (waiting.Response, waiting.RespondedAt) = (PartnerResponse.Pending, null);
        }

        var submitted = closedProposals.Select(p => (Proposal: p, Call: closed))
            .Concat(reviewingProposals.Select(p => (Proposal: p, Call: reviewing!)))
            .Concat(openProposals.Where(p => !drafts.Contains(p)).Select(p => (Proposal: p, Call: open))).ToList();
        var files = new List<Attachment>();
        foreach (var (proposal, call) in submitted)
        {
            foreach (var kind in call.Documents.Select(d => d.Kind).Order())
            {
                files.Add(await DemoDocumentAsync(proposal, kind, proposal.CreatedAt.AddDays(2), cancellationToken));
            }
        }

        db.Proposals.AddRange(closedProposals);
        db.Proposals.AddRange(openProposals);
        db.Proposals.AddRange(reviewingProposals);
        db.Attachments.AddRange(files);
        await db.SaveChangesAsync(cancellationToken);

        var reader = new ProposalContentReader(db);
        var names = await db.Users.AsNoTracking().Where(u => u.IsDemo).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var receipts = new Dictionary<int, int>();
        foreach (var (proposal, call) in submitted.OrderBy(s => s.Proposal.CreatedAt).ThenBy(s => s.Proposal.Id))
        {
            var deadline = call.Status == CallStatus.Closed ? call.ClosesAt : now;
            var at = proposal.CreatedAt.AddDays(3) < deadline ? proposal.CreatedAt.AddDays(3) : deadline.AddMinutes(-30);
            var year = Kst.ToKst(at).Year;
            receipts[year] = receipts.GetValueOrDefault(year) + 1;
            proposal.Status = ProposalStatus.Submitted;
            proposal.SubmittedAt = at;
            proposal.UpdatedAt = at;
            proposal.ReceiptNumber = $"{year}-{receipts[year]:0000}";
            var content = await reader.ReadAsync(proposal, call, cancellationToken);
            var snapshot = new ProposalSnapshot(proposal.Id, call.Id, proposal.ReceiptNumber, at, proposal.ApplicantId, names.GetValueOrDefault(proposal.ApplicantId, string.Empty), content);
            (proposal.SnapshotJson, proposal.SnapshotSha256) = ProposalSnapshots.Serialize(snapshot);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>A small real PDF naming the document, stored like an upload.</summary>
    private async Task<Attachment> DemoDocumentAsync(Proposal proposal, DocumentKind kind, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var text = $"{kind}: {proposal.TitleEn}".Replace("(", "[", StringComparison.Ordinal).Replace(")", "]", StringComparison.Ordinal);
        var stream = $"BT /F1 11 Tf 40 780 Td ({text[..Math.Min(text.Length, 90)]}) Tj ET";
        var pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
                  "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n" +
                  $"4 0 obj<</Length {stream.Length}>>stream\n{stream}\nendstream endobj\n" +
                  "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        await using var content = new MemoryStream(Encoding.ASCII.GetBytes(pdf));
        using var staged = await attachments.StageAsync(content, long.MaxValue, cancellationToken);
        return new Attachment
        {
            OwnerType = AttachmentOwnerTypes.Proposal, OwnerId = proposal.Id, FileName = $"{kind}.pdf", ContentType = "application/pdf", Size = staged.Size,
            Sha256 = staged.Sha256, StorageKey = attachments.Commit(staged, at), Kind = kind.ToString(), UploadedById = proposal.ApplicantId, UploadedAt = at,
        };
    }
}
