using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Marketplace.Talent;

/// <summary>
/// Starts a call proposal from an accepted Hi-TECH match (the consortium draft): the need's title and description become
/// the task, its first field the call accepts becomes the field, the researcher's institution joins as domestic partner
/// (invited like any partner the applicant adds) and the researcher as co-investigator at full effort. The applicant edits
/// everything afterwards as in any draft.
/// </summary>
internal static class HiTechConsortium
{
    public static async Task ApplyAsync(TechBridgeDbContext db, Proposal proposal, Guid matchId, Guid applicantOrganizationId, ProgramCall call, CancellationToken cancellationToken)
    {
        var match = await db.HiTechMatches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == matchId && m.CompanyId == applicantOrganizationId, cancellationToken)
            ?? throw new NotFoundException(nameof(HiTechMatch), matchId);
        if (match.Status != HiTechMatchStatus.Accepted)
        {
            throw new BusinessRuleException("HiTech.NotAccepted", CoreMessages.Get("HiTech.NotAccepted"));
        }

        var need = await db.TechnologyNeeds.AsNoTracking().Where(n => n.Id == match.NeedId)
            .Select(n => new { n.Title, n.Description, Fields = n.Fields.Select(f => f.FieldCode).ToList() }).SingleAsync(cancellationToken);
        var researcher = await db.People.AsNoTracking().Where(p => p.Id == match.ResearcherPersonId)
            .Select(p => new
            {
                p.NameKo, p.NameEn, p.Email,
                Organization = p.Affiliations.Where(a => a.EndDate == null)
                    .Select(a => new { a.OrganizationId, a.Organization!.NameKo, a.Organization.NameEn, a.Organization.CountryCode }).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var callFields = call.Fields.Select(f => f.FieldCode).ToHashSet(StringComparer.Ordinal);
        proposal.TitleKo = Cut(need.Title, ProposalLimits.TitleLength);
        proposal.SummaryKo = Cut(need.Description, ProposalLimits.SummaryLength);
        proposal.FieldCode = need.Fields.FirstOrDefault(f => callFields.Count == 0 || callFields.Contains(f));
        var name = researcher.NameKo.Length > 0 ? researcher.NameKo : researcher.NameEn;
        var partner = new ProposalPartner
        {
            ProposalId = proposal.Id, Position = 1, Role = PartnerRole.DomesticPartner, OrganizationId = researcher.Organization?.OrganizationId,
            Name = researcher.Organization is { } o ? (o.NameKo.Length > 0 ? o.NameKo : o.NameEn) : name,
            CountryCode = researcher.Organization?.CountryCode ?? "KR", ContactName = name, ContactEmail = researcher.Email, Response = PartnerResponse.Pending,
        };
        proposal.Partners.Add(partner);
        proposal.Researchers.Add(new ProposalResearcher
        {
            ProposalId = proposal.Id, Position = 0, PartnerId = partner.Id, Name = name, Email = researcher.Email, Role = ResearcherRole.CoInvestigator,
            EffortPercent = 100,
        });
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
