using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Shared;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>
/// Writes a validated <see cref="ProposalInput"/> into a draft. Partners are matched by id so an invitation's answer
/// survives a save, unless the partner's organisation, name or contact address changed (then it is asked again);
/// researchers, budget lines and dispatches are replaced as a whole. The lead stays the applicant's organisation.
/// </summary>
internal sealed class ProposalDraftWriter(TechBridgeDbContext db)
{
    public async Task ApplyAsync(Proposal proposal, ProposalInput input, CancellationToken cancellationToken)
    {
        proposal.TitleKo = input.TitleKo?.Trim() ?? string.Empty;
        proposal.TitleEn = input.TitleEn?.Trim() ?? string.Empty;
        proposal.SummaryKo = TextInput.Blank(input.SummaryKo);
        proposal.SummaryEn = TextInput.Blank(input.SummaryEn);
        proposal.FieldCode = TextInput.Blank(input.FieldCode);
        proposal.TopicPosition = input.TopicPosition;
        proposal.Months = input.Months;
        var a = input.Answers ?? new ProposalAnswersInput(false, false, null, null, null, null, false, null);
        proposal.CannotDevelopDomestically = a.CannotDevelopDomestically;
        proposal.KeySourceIpHeldAbroad = a.KeySourceIpHeldAbroad;
        proposal.TechnologyEvidence = TextInput.Blank(a.TechnologyEvidence);
        proposal.MonthsSaved = a.MonthsSaved ?? 0;
        proposal.CostReductionPercent = a.CostReductionPercent ?? 0;
        proposal.TimeAndCostEvidence = TextInput.Blank(a.TimeAndCostEvidence);
        proposal.CertificationEssential = a.CertificationEssential;
        proposal.CertificationEvidence = TextInput.Blank(a.CertificationEvidence);

        var partners = await PartnersAsync(proposal, input.Partners ?? [], cancellationToken);
        foreach (var row in proposal.Researchers.Cast<object>().Concat(proposal.BudgetLines).Concat(proposal.Dispatches))
        {
            db.Remove(row);
        }

        proposal.Researchers.Clear();
        proposal.BudgetLines.Clear();
        proposal.Dispatches.Clear();
        proposal.Researchers.AddRange((input.Researchers ?? []).Select((r, i) => new ProposalResearcher
        {
            ProposalId = proposal.Id, Position = i, PartnerId = partners[r.Partner!.Value].Id, Name = r.Name!.Trim(),
            Email = TextInput.Blank(r.Email), Role = r.Role!.Value, EffortPercent = r.EffortPercent!.Value,
        }));
        proposal.BudgetLines.AddRange((input.Budget ?? []).Select(b => new ProposalBudgetLine
        {
            ProposalId = proposal.Id, PartnerId = partners[b.Partner!.Value].Id, Year = b.Year!.Value,
            GovernmentKrw = b.GovernmentKrw ?? 0, PrivateKrw = b.PrivateKrw ?? 0,
        }));
        proposal.Dispatches.AddRange((input.Dispatch ?? []).Select((d, i) => new ProposalDispatch
        {
            ProposalId = proposal.Id, Position = i, ResearcherPosition = d.Researcher!.Value, Institution = d.Institution!.Trim(),
            CountryCode = d.CountryCode!.Trim().ToUpperInvariant(), FromMonth = d.FromMonth!.Value, Months = d.Months!.Value,
        }));
    }

    /// <summary>The partners aligned with the input's rows (a lead row is always the stored lead); the lead is placed first.</summary>
    private async Task<List<ProposalPartner>> PartnersAsync(Proposal proposal, IReadOnlyList<ProposalPartnerInput> input, CancellationToken cancellationToken)
    {
        var lead = proposal.Partners.Single(p => p.Role == PartnerRole.Lead);
        var organizationIds = input.Where(p => p.OrganizationId is not null).Select(p => p.OrganizationId!.Value).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.NameKo, o.NameEn, o.CountryCode }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var result = new List<ProposalPartner>();
        var kept = new HashSet<Guid> { lead.Id };
        foreach (var row in input)
        {
            if (row.Role == PartnerRole.Lead || row.Id == lead.Id)
            {
                result.Add(lead);
                continue;
            }

            var partner = row.Id is { } id ? proposal.Partners.Find(p => p.Id == id && p.Role != PartnerRole.Lead) : null;
            if (partner is null || !kept.Add(partner.Id))
            {
                partner = new ProposalPartner { ProposalId = proposal.Id, Response = PartnerResponse.Pending };
                proposal.Partners.Add(partner);
                db.Add(partner); // added explicitly: found through the navigation, its ready-made key would be taken for a stored row
                kept.Add(partner.Id);
            }

            var (name, country) = row.OrganizationId is { } organization && organizations.TryGetValue(organization, out var o)
                ? (o.NameKo.Length > 0 ? o.NameKo : o.NameEn, o.CountryCode)
                : (row.Name!.Trim(), row.CountryCode!.Trim().ToUpperInvariant());
            var email = TextInput.Blank(row.ContactEmail);
            if (partner.OrganizationId != row.OrganizationId || partner.Name != name || !string.Equals(partner.ContactEmail, email, StringComparison.OrdinalIgnoreCase))
            {
                partner.Response = PartnerResponse.Pending;
                partner.InvitedAt = null;
                partner.RespondedAt = null;
                partner.InvitationTokenHash = null;
            }

            partner.Role = row.Role!.Value;
            partner.OrganizationId = row.OrganizationId;
            partner.Name = name;
            partner.CountryCode = country;
            partner.ContactName = TextInput.Blank(row.ContactName);
            partner.ContactEmail = email;
            result.Add(partner);
        }

        var ordered = result.Contains(lead) ? result.Distinct().ToList() : [lead, .. result];

        foreach (var gone in proposal.Partners.Where(p => !kept.Contains(p.Id)).ToList())
        {
            proposal.Partners.Remove(gone);
            db.Remove(gone);
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i;
        }

        return result;
    }
}
