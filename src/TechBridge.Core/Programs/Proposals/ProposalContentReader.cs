using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Shared.Attachments;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>Reads a draft's <see cref="ProposalContent"/>: its rows in order, its documents, the call's rules and the lead's applicant type.</summary>
public sealed class ProposalContentReader(TechBridgeDbContext db)
{
    public async Task<ProposalContent> ReadAsync(Proposal p, ProgramCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(call);
        var partners = p.Partners.OrderBy(x => x.Position).ToList();
        var position = partners.ToDictionary(x => x.Id, x => x.Position);
        var documents = await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.OwnerType == AttachmentOwnerTypes.Proposal && a.OwnerId == p.Id)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Kind, a.FileName, a.Size, a.Sha256 }).ToListAsync(cancellationToken);
        var leadOrganization = partners.FirstOrDefault(x => x.Role == PartnerRole.Lead)?.OrganizationId;
        var lead = leadOrganization is { } id
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Kind, o.SizeClass }).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new ProposalContent(
            p.TitleKo, p.TitleEn, p.SummaryKo, p.SummaryEn, p.FieldCode, p.TopicPosition, p.Months,
            [.. partners.Select(x => new PartnerContent(x.Id, x.Position, x.Role, x.OrganizationId, x.Name, x.CountryCode, x.ContactName, x.ContactEmail,
                x.Response, x.InvitedAt, x.RespondedAt))],
            [.. p.Researchers.OrderBy(r => r.Position).Select(r => new ResearcherContent(r.Position, position.GetValueOrDefault(r.PartnerId), r.Name, r.Email, r.Role, r.EffortPercent))],
            [.. p.BudgetLines.OrderBy(b => b.Year).ThenBy(b => position.GetValueOrDefault(b.PartnerId))
                .Select(b => new BudgetContent(position.GetValueOrDefault(b.PartnerId), b.Year, b.GovernmentKrw, b.PrivateKrw))],
            [.. p.Dispatches.OrderBy(d => d.Position).Select(d => new DispatchContent(d.ResearcherPosition, d.Institution, d.CountryCode, d.FromMonth, d.Months))],
            p.Answers(),
            [.. documents.Select(d => new DocumentContent(d.Id, Enum.TryParse<DocumentKind>(d.Kind, out var kind) ? kind : null, d.FileName, d.Size, d.Sha256))],
            Rules(call, lead is null ? null : ApplicantTypeOf(lead.Kind, lead.SizeClass)));
    }

    public static CallRulesContent Rules(ProgramCall call, ApplicantType? leadType)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new CallRulesContent(call.MaxMonths, call.MaxGovernmentKrwPerTask, call.MaxGovernmentSharePercent, call.RequiresDispatch,
            call.RequiresOverseasPartner, [.. call.Documents.Select(d => d.Kind).Order()], [.. call.ApplicantTypes.Select(t => t.Type).Order()], leadType);
    }

    /// <summary>The call's applicant type of an organisation in the directory, or null when it is none of them (e.g. an agency).</summary>
    public static ApplicantType? ApplicantTypeOf(OrganizationKind kind, CompanySize? size) => kind switch
    {
        OrganizationKind.Company => size switch
        {
            CompanySize.Large => ApplicantType.LargeCompany,
            CompanySize.MidSize => ApplicantType.MidSizedCompany,
            _ => ApplicantType.SmallBusiness,
        },
        OrganizationKind.University => ApplicantType.University,
        OrganizationKind.ResearchInstitute => ApplicantType.ResearchInstitute,
        _ => null,
    };
}
