using System.Globalization;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Eligibility;

/// <summary>
/// Checks a proposal against the qualifying criteria and the call's rules, each check with a reason the applicant (before
/// submitting) and the program manager (at screening) read: at least one criterion met with evidence; the research
/// period; the researcher dispatch (for center joint research, domestic researchers abroad for at least half of the
/// months of the period, counting a month once however many are away); the government contribution against the
/// per-task cap and its share of the total; a lead organisation and, when required, an overseas partner; the required
/// documents.
/// </summary>
public static class EligibilityRules
{
    public const int MinMonthsSaved = 12;
    public const int MinCostReductionPercent = 50;

    public static EligibilityReport Evaluate(CallRules rules, QualifyingAnswers answers, ProposalPlan plan)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(plan);
        List<EligibilityCheck> checks = [Criteria(answers), Period(rules, plan)];
        if (rules.RequiresDispatchOfHalfThePeriod)
        {
            checks.Add(Dispatch(plan));
        }

        checks.AddRange(Budget(rules, plan));
        checks.Add(Lead(plan));
        if (rules.ApplicantTypes.Count > 0)
        {
            checks.Add(ApplicantType(rules, plan));
        }
        if (rules.RequiresOverseasPartner)
        {
            checks.Add(Overseas(plan));
        }

        checks.Add(Documents(rules, plan));
        return new EligibilityReport(checks);
    }

    /// <summary>How many months of the period have at least one domestic researcher dispatched.</summary>
    public static int DispatchedMonths(ProposalPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var covered = new bool[Math.Max(0, plan.Months) + 1];
        foreach (var d in plan.Dispatch)
        {
            for (var month = Math.Max(1, d.FromMonth); month < d.FromMonth + d.Months && month <= plan.Months; month++)
            {
                covered[month] = true;
            }
        }

        return covered.Count(c => c);
    }

    private static EligibilityCheck Criteria(QualifyingAnswers a)
    {
        var met = new List<string>();
        var unsupported = new List<string>();
        Consider(a.CannotDevelopDomesticallyWithinThreeYears || a.KeySourceIpHeldAbroad, a.TechnologyEvidence, "Eligibility.Criterion.Technology");
        Consider(a.MonthsSaved >= MinMonthsSaved && a.CostReductionPercent >= MinCostReductionPercent, a.TimeAndCostEvidence, "Eligibility.Criterion.TimeAndCost");
        Consider(a.CertificationOrStandardsEssential, a.CertificationEvidence, "Eligibility.Criterion.Certification");
        if (met.Count > 0)
        {
            return new EligibilityCheck("criteria", true, CoreMessages.Get("Eligibility.CriteriaMet", string.Join(", ", met)));
        }

        var reason = unsupported.Count > 0
            ? CoreMessages.Get("Eligibility.CriteriaNoEvidence", string.Join(", ", unsupported))
            : CoreMessages.Get("Eligibility.CriteriaNone", MinMonthsSaved, MinCostReductionPercent);
        return new EligibilityCheck("criteria", false, reason);

        void Consider(bool holds, string? evidence, string name)
        {
            if (!holds)
            {
                return;
            }

            (string.IsNullOrWhiteSpace(evidence) ? unsupported : met).Add(CoreMessages.Get(name));
        }
    }

    private static EligibilityCheck Period(CallRules rules, ProposalPlan plan) =>
        plan.Months >= 1 && plan.Months <= rules.MaxMonths
            ? new EligibilityCheck("period", true, CoreMessages.Get("Eligibility.PeriodMet", plan.Months, rules.MaxMonths))
            : new EligibilityCheck("period", false, CoreMessages.Get("Eligibility.PeriodOut", plan.Months, rules.MaxMonths));

    private static EligibilityCheck Dispatch(ProposalPlan plan)
    {
        var dispatched = DispatchedMonths(plan);
        var half = (plan.Months + 1) / 2;
        return dispatched >= half && plan.Months > 0
            ? new EligibilityCheck("dispatch", true, CoreMessages.Get("Eligibility.DispatchMet", dispatched, plan.Months))
            : new EligibilityCheck("dispatch", false, CoreMessages.Get("Eligibility.DispatchShort", dispatched, plan.Months, half));
    }

    private static IEnumerable<EligibilityCheck> Budget(CallRules rules, ProposalPlan plan)
    {
        var government = plan.Budget.Sum(b => b.GovernmentKrw);
        var total = government + plan.Budget.Sum(b => b.PrivateKrw);
        yield return government <= rules.MaxGovernmentKrwPerTask
            ? new EligibilityCheck("budget-cap", true, CoreMessages.Get("Eligibility.CapMet", Won(government), Won(rules.MaxGovernmentKrwPerTask)))
            : new EligibilityCheck("budget-cap", false, CoreMessages.Get("Eligibility.CapOver", Won(government), Won(rules.MaxGovernmentKrwPerTask)));

        // Whole percent, rounded up, so 75.01% does not pass a 75% limit.
        var share = total == 0 ? 0 : (int)Math.Ceiling(government * 100m / total);
        yield return total > 0 && share <= rules.MaxGovernmentSharePercent
            ? new EligibilityCheck("budget-share", true, CoreMessages.Get("Eligibility.ShareMet", share, rules.MaxGovernmentSharePercent))
            : new EligibilityCheck("budget-share", false, total == 0
                ? CoreMessages.Get("Eligibility.BudgetEmpty")
                : CoreMessages.Get("Eligibility.ShareOver", share, rules.MaxGovernmentSharePercent));
    }

    private static EligibilityCheck Lead(ProposalPlan plan) =>
        plan.Partners.Count(p => p.Role == PartnerRole.Lead) == 1
            ? new EligibilityCheck("lead", true, CoreMessages.Get("Eligibility.LeadMet", plan.Partners.First(p => p.Role == PartnerRole.Lead).Name))
            : new EligibilityCheck("lead", false, CoreMessages.Get("Eligibility.LeadMissing"));

    private static EligibilityCheck ApplicantType(CallRules rules, ProposalPlan plan)
    {
        var allowed = string.Join(", ", rules.ApplicantTypes.Select(t => t.Name));
        return plan.LeadApplicantType is { } lead && rules.ApplicantTypes.Any(t => t.Code == lead.Code)
            ? new EligibilityCheck("applicant-type", true, CoreMessages.Get("Eligibility.ApplicantTypeMet", lead.Name))
            : new EligibilityCheck("applicant-type", false, CoreMessages.Get("Eligibility.ApplicantTypeOut", plan.LeadApplicantType?.Name ?? "—", allowed));
    }

    private static EligibilityCheck Overseas(ProposalPlan plan)
    {
        var overseas = plan.Partners.Where(p => p.Role == PartnerRole.Overseas).Select(p => p.Name).ToList();
        return overseas.Count > 0
            ? new EligibilityCheck("overseas", true, CoreMessages.Get("Eligibility.OverseasMet", string.Join(", ", overseas)))
            : new EligibilityCheck("overseas", false, CoreMessages.Get("Eligibility.OverseasMissing"));
    }

    private static EligibilityCheck Documents(CallRules rules, ProposalPlan plan)
    {
        var missing = rules.RequiredDocuments.Where(d => !plan.DocumentKinds.Contains(d.Kind)).Select(d => d.Name).ToList();
        return missing.Count == 0
            ? new EligibilityCheck("documents", true, CoreMessages.Get("Eligibility.DocumentsMet"))
            : new EligibilityCheck("documents", false, CoreMessages.Get("Eligibility.DocumentsMissing", string.Join(", ", missing)));
    }

    private static string Won(long krw) => krw.ToString("N0", CultureInfo.InvariantCulture);
}
