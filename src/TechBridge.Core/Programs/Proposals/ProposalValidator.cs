using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>
/// Checks a draft as written (every field at once, keyed by the input's camelCase path such as <c>partners[1].contactEmail</c>):
/// lengths and characters, a field and topic of the call, a period within the call's, known countries and directory
/// organisations, rows that point at rows that exist, amounts and months in range, one budget line per partner and year.
/// What a draft may still lack is checked at submission (<see cref="RequireComplete"/>).
/// </summary>
public sealed class ProposalValidator(TechBridgeDbContext db, TaxonomyCatalog taxonomy)
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    public async Task ValidateDraftAsync(ProgramCall call, ProposalInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        var codes = await taxonomy.GetAsync(cancellationToken);
        Text(errors, "titleKo", input.TitleKo, "Field.ProposalTitleKo", ProposalLimits.TitleLength);
        Text(errors, "titleEn", input.TitleEn, "Field.ProposalTitleEn", ProposalLimits.TitleLength);
        Text(errors, "summaryKo", input.SummaryKo, "Field.ProposalSummaryKo", ProposalLimits.SummaryLength);
        Text(errors, "summaryEn", input.SummaryEn, "Field.ProposalSummaryEn", ProposalLimits.SummaryLength);
        if (input.FieldCode is { } field && !call.Fields.Exists(f => f.FieldCode == field.Trim()))
        {
            errors.Add("fieldCode", CoreMessages.Get("Proposal.FieldNotInCall"));
        }

        if (input.TopicPosition is { } topic && !call.Topics.Exists(t => t.Position == topic))
        {
            errors.Add("topicPosition", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.Topic")));
        }

        Range(errors, "months", input.Months, "Field.ResearchMonths", 1, call.MaxMonths);
        var partners = input.Partners ?? [];
        await PartnersAsync(errors, partners, codes, cancellationToken);
        Researchers(errors, input.Researchers ?? [], partners.Count);
        Budget(errors, input.Budget ?? [], partners.Count);
        Dispatch(errors, input.Dispatch ?? [], input.Researchers?.Count ?? 0, codes);
        if (input.Answers is { } a)
        {
            Text(errors, "answers.technologyEvidence", a.TechnologyEvidence, "Field.Evidence", ProposalLimits.EvidenceLength);
            Text(errors, "answers.timeAndCostEvidence", a.TimeAndCostEvidence, "Field.Evidence", ProposalLimits.EvidenceLength);
            Text(errors, "answers.certificationEvidence", a.CertificationEvidence, "Field.Evidence", ProposalLimits.EvidenceLength);
            Range(errors, "answers.monthsSaved", a.MonthsSaved, "Field.MonthsSaved", 0, CallLimits.MaxMonths);
            Range(errors, "answers.costReductionPercent", a.CostReductionPercent, "Field.CostReductionPercent", 0, 100);
        }

        errors.ThrowIfAny();
    }

    /// <summary>What a proposal must have before it is submitted, each missing part under its field.</summary>
    public static void RequireComplete(ProgramCall call, Proposal p)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(p);
        var errors = new ValidationErrors();
        Required(errors, "titleKo", p.TitleKo, "Field.ProposalTitleKo");
        Required(errors, "titleEn", p.TitleEn, "Field.ProposalTitleEn");
        Required(errors, "summaryKo", p.SummaryKo, "Field.ProposalSummaryKo");
        Required(errors, "summaryEn", p.SummaryEn, "Field.ProposalSummaryEn");
        if (p.FieldCode is null)
        {
            errors.Add("fieldCode", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.Field")));
        }

        if (call.Kind == CallKind.ItemDesignated && p.TopicPosition is null)
        {
            errors.Add("topicPosition", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.Topic")));
        }

        if (p.Months is null)
        {
            errors.Add("months", CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.ResearchMonths")));
        }

        if (!p.Researchers.Exists(r => r.Role == ResearcherRole.PrincipalInvestigator))
        {
            errors.Add("researchers", CoreMessages.Get("Proposal.PrincipalInvestigatorMissing"));
        }

        if (p.BudgetLines.Count == 0)
        {
            errors.Add("budget", CoreMessages.Get("Eligibility.BudgetEmpty"));
        }
        else if (p.Months is { } months && p.BudgetLines.Max(b => b.Year) > (months + 11) / 12)
        {
            errors.Add("budget", CoreMessages.Get("Proposal.BudgetBeyondPeriod", (months + 11) / 12));
        }

        foreach (var partner in p.Partners.Where(x => x.Role != PartnerRole.Lead).OrderBy(x => x.Position))
        {
            var key = $"partners[{partner.Position}]";
            if (partner.ContactEmail is null)
            {
                errors.Add($"{key}.contactEmail", CoreMessages.Get("Proposal.PartnerEmailMissing", partner.Name));
            }
            else if (partner.Response != PartnerResponse.Confirmed)
            {
                errors.Add(key, CoreMessages.Get(partner.Response == PartnerResponse.Declined ? "Proposal.PartnerDeclined" : "Proposal.PartnerNotConfirmed", partner.Name));
            }
        }

        errors.ThrowIfAny();
    }

    private async Task PartnersAsync(ValidationErrors errors, IReadOnlyList<ProposalPartnerInput> partners, TaxonomySnapshot codes, CancellationToken cancellationToken)
    {
        if (partners.Count > ProposalLimits.MaxPartners)
        {
            errors.Add("partners", CoreMessages.Get("Validation.TooMany", CoreMessages.Get("Field.Partners"), ProposalLimits.MaxPartners));
            return;
        }

        var organizationIds = partners.Where(p => p?.OrganizationId is not null).Select(p => p.OrganizationId!.Value).Distinct().ToList();
        var known = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < partners.Count; i++)
        {
            var key = $"partners[{i}]";
            if (partners[i] is not { } p)
            {
                errors.Add(key, CoreMessages.Get("Validation.NullItem"));
                continue;
            }

            if (p.Role is not { } role || !Enum.IsDefined(role))
            {
                errors.Add($"{key}.role", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.PartnerRole")));
            }

            if (p.OrganizationId is { } organization)
            {
                if (!known.Contains(organization))
                {
                    errors.Add($"{key}.organizationId", CoreMessages.Get("Validation.UnknownOrganization"));
                }
            }
            else
            {
                errors.RequireText($"{key}.name", p.Name, "Field.PartnerName", ProposalLimits.NameLength);
                errors.PlainText($"{key}.name", p.Name);
                errors.RequireCode($"{key}.countryCode", p.CountryCode, "Field.Country", c => codes.Countries.ContainsKey(c.ToUpperInvariant()), "Validation.Choose");
            }

            Text(errors, $"{key}.contactName", p.ContactName, "Field.ContactName", ProposalLimits.NameLength);
            Email(errors, $"{key}.contactEmail", p.ContactEmail);
        }

        if (partners.Count(p => p?.Role == PartnerRole.Lead) > 1)
        {
            errors.Add("partners", CoreMessages.Get("Eligibility.LeadMissing"));
        }
    }

    private static void Researchers(ValidationErrors errors, IReadOnlyList<ProposalResearcherInput> researchers, int partners)
    {
        if (researchers.Count > ProposalLimits.MaxResearchers)
        {
            errors.Add("researchers", CoreMessages.Get("Validation.TooMany", CoreMessages.Get("Field.Researchers"), ProposalLimits.MaxResearchers));
            return;
        }

        for (var i = 0; i < researchers.Count; i++)
        {
            var key = $"researchers[{i}]";
            if (researchers[i] is not { } r)
            {
                errors.Add(key, CoreMessages.Get("Validation.NullItem"));
                continue;
            }

            Reference(errors, $"{key}.partner", r.Partner, partners, "Field.Partner");
            errors.RequireText($"{key}.name", r.Name, "Field.ResearcherName", ProposalLimits.NameLength);
            errors.PlainText($"{key}.name", r.Name);
            Email(errors, $"{key}.email", r.Email);
            if (r.Role is not { } role || !Enum.IsDefined(role))
            {
                errors.Add($"{key}.role", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.ResearcherRole")));
            }

            Range(errors, $"{key}.effortPercent", r.EffortPercent ?? 0, "Field.EffortPercent", 1, 100);
        }
    }

    private static void Budget(ValidationErrors errors, IReadOnlyList<ProposalBudgetInput> lines, int partners)
    {
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var key = $"budget[{i}]";
            if (lines[i] is not { } b)
            {
                errors.Add(key, CoreMessages.Get("Validation.NullItem"));
                continue;
            }

            Reference(errors, $"{key}.partner", b.Partner, partners, "Field.Partner");
            Range(errors, $"{key}.year", b.Year ?? 0, "Field.BudgetYear", 1, ProposalLimits.MaxYears);
            Amount(errors, $"{key}.governmentKrw", b.GovernmentKrw, "Field.GovernmentKrw");
            Amount(errors, $"{key}.privateKrw", b.PrivateKrw, "Field.PrivateKrw");
            if (b.Partner is { } partner && b.Year is { } year && !seen.Add((partner, year)))
            {
                errors.Add($"{key}.year", CoreMessages.Get("Validation.Duplicate"));
            }
        }
    }

    private static void Dispatch(ValidationErrors errors, IReadOnlyList<ProposalDispatchInput> rows, int researchers, TaxonomySnapshot codes)
    {
        if (rows.Count > ProposalLimits.MaxDispatches)
        {
            errors.Add("dispatch", CoreMessages.Get("Validation.TooMany", CoreMessages.Get("Field.Dispatch"), ProposalLimits.MaxDispatches));
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var key = $"dispatch[{i}]";
            if (rows[i] is not { } d)
            {
                errors.Add(key, CoreMessages.Get("Validation.NullItem"));
                continue;
            }

            Reference(errors, $"{key}.researcher", d.Researcher, researchers, "Field.Researcher");
            errors.RequireText($"{key}.institution", d.Institution, "Field.HostInstitution", ProposalLimits.NameLength);
            errors.PlainText($"{key}.institution", d.Institution);
            errors.RequireCode($"{key}.countryCode", d.CountryCode, "Field.Country", c => codes.Countries.ContainsKey(c.ToUpperInvariant()), "Validation.Choose");
            Range(errors, $"{key}.fromMonth", d.FromMonth ?? 0, "Field.FromMonth", 1, CallLimits.MaxMonths);
            Range(errors, $"{key}.months", d.Months ?? 0, "Field.DispatchMonths", 1, CallLimits.MaxMonths);
        }
    }

    private static void Reference(ValidationErrors errors, string key, int? index, int count, string label)
    {
        if (index is not { } i)
        {
            errors.Add(key, CoreMessages.Get("Validation.Choose", CoreMessages.Get(label)));
        }
        else if (i < 0 || i >= count)
        {
            errors.Add(key, CoreMessages.Get("Validation.UnknownReference"));
        }
    }

    private static void Amount(ValidationErrors errors, string key, long? value, string label)
    {
        if (value is < 0 or > ProposalLimits.MaxYearlyKrw)
        {
            errors.Add(key, CoreMessages.Get("Validation.Range", CoreMessages.Get(label), 0, ProposalLimits.MaxYearlyKrw.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static void Range(ValidationErrors errors, string key, int? value, string label, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add(key, CoreMessages.Get("Validation.Range", CoreMessages.Get(label), min, max));
        }
    }

    private static void Email(ValidationErrors errors, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && (value.Trim().Length > ProposalLimits.EmailLength || !EmailFormat.IsValid(value.Trim())))
        {
            errors.Add(key, CoreMessages.Get("Validation.Email"));
        }
    }

    private static void Text(ValidationErrors errors, string key, string? value, string label, int length)
    {
        errors.MaxLength(key, value, label, length);
        errors.PlainText(key, value);
    }

    private static void Required(ValidationErrors errors, string key, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(key, CoreMessages.Get("Validation.Required", CoreMessages.Get(label)));
        }
    }
}
