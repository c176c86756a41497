using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>The eligibility report of a proposal's content, in the current UI language (the same content always gives the same report).</summary>
public static class ProposalEligibility
{
    public static EligibilityReport Evaluate(ProposalContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var r = content.Rules;
        var rules = new CallRules(r.MaxMonths, r.MaxGovernmentKrwPerTask, r.MaxGovernmentSharePercent, r.RequiresDispatch, r.RequiresOverseasPartner,
            [.. r.RequiredDocuments.Select(k => (k.ToString(), CoreMessages.Get($"DocumentKind.{k}")))])
        {
            ApplicantTypes = [.. r.ApplicantTypes.Select(t => (t.ToString(), CoreMessages.Get($"ApplicantType.{t}")))],
        };
        var partnerOf = content.Partners.ToDictionary(p => p.Position);
        var domestic = content.Researchers.Where(x => partnerOf.TryGetValue(x.PartnerPosition, out var p) && p.Role != PartnerRole.Overseas)
            .Select(x => x.Position).ToHashSet();
        var researchers = content.Researchers.ToDictionary(x => x.Position, x => x.Name);
        var plan = new ProposalPlan(
            content.Months ?? 0,
            [.. content.Partners.Select(p => new PlanPartner(p.Name, p.Role))],
            [.. content.Dispatch.Where(d => domestic.Contains(d.ResearcherPosition))
                .Select(d => new DispatchPeriod(researchers.GetValueOrDefault(d.ResearcherPosition, string.Empty), d.Institution, d.FromMonth, d.Months))],
            [.. content.Budget.Select(b => new BudgetLine(b.Year, partnerOf.TryGetValue(b.PartnerPosition, out var p) ? p.Name : string.Empty, b.GovernmentKrw, b.PrivateKrw))],
            [.. content.Documents.Where(d => d.Kind is not null).Select(d => d.Kind!.Value.ToString())])
        {
            LeadApplicantType = r.LeadApplicantType is { } lead ? (lead.ToString(), CoreMessages.Get($"ApplicantType.{lead}")) : null,
        };
        return EligibilityRules.Evaluate(rules, content.Answers, plan);
    }
}
