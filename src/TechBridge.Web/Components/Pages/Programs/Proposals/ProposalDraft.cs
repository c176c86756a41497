using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;

namespace TechBridge.Web.Components.Pages.Programs.Proposals;

/// <summary>
/// The editor's state of a draft: rows the inputs bind to, turned into a <see cref="ProposalInput"/> to save. The budget is
/// a table of partners by years (a cell per partner, year and source), so it always covers the research period; rows
/// that point at a partner or researcher follow it when rows above are removed.
/// </summary>
public sealed class ProposalDraft
{
    public string? TitleKo { get; set; }
    public string? TitleEn { get; set; }
    public string? SummaryKo { get; set; }
    public string? SummaryEn { get; set; }
    public string? FieldCode { get; set; }
    public int? TopicPosition { get; set; }
    public int? Months { get; set; }
    public List<PartnerRow> Partners { get; } = [];
    public List<ResearcherRow> Researchers { get; } = [];
    public List<DispatchRow> Dispatch { get; } = [];

    /// <summary>Government and private amounts by (partner row, year).</summary>
    public Dictionary<(PartnerRow Partner, int Year), BudgetCell> Budget { get; } = [];

    public bool CannotDevelopDomestically { get; set; }
    public bool KeySourceIpHeldAbroad { get; set; }
    public string? TechnologyEvidence { get; set; }
    public int? MonthsSaved { get; set; }
    public int? CostReductionPercent { get; set; }
    public string? TimeAndCostEvidence { get; set; }
    public bool CertificationEssential { get; set; }
    public string? CertificationEvidence { get; set; }

    /// <summary>The budget's years: the research period in whole years (at least one).</summary>
    public int Years => Math.Clamp(((Months ?? 12) + 11) / 12, 1, ProposalLimits.MaxYears);

    public static ProposalDraft From(ProposalInput input, IReadOnlyList<PartnerContent> partners)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(partners);
        var a = input.Answers;
        var draft = new ProposalDraft
        {
            TitleKo = input.TitleKo, TitleEn = input.TitleEn, SummaryKo = input.SummaryKo, SummaryEn = input.SummaryEn, FieldCode = input.FieldCode,
            TopicPosition = input.TopicPosition, Months = input.Months,
            CannotDevelopDomestically = a?.CannotDevelopDomestically ?? false, KeySourceIpHeldAbroad = a?.KeySourceIpHeldAbroad ?? false,
            TechnologyEvidence = a?.TechnologyEvidence, MonthsSaved = a?.MonthsSaved, CostReductionPercent = a?.CostReductionPercent,
            TimeAndCostEvidence = a?.TimeAndCostEvidence, CertificationEssential = a?.CertificationEssential ?? false, CertificationEvidence = a?.CertificationEvidence,
        };
        foreach (var p in input.Partners ?? [])
        {
            var stored = partners.FirstOrDefault(x => x.Id == p.Id);
            draft.Partners.Add(new PartnerRow
            {
                Id = p.Id, Role = p.Role ?? PartnerRole.DomesticPartner, OrganizationId = p.OrganizationId, Name = p.Name, CountryCode = p.CountryCode,
                ContactName = p.ContactName, ContactEmail = p.ContactEmail, Response = stored?.Response ?? PartnerResponse.Pending, InvitedAt = stored?.InvitedAt,
            });
        }

        foreach (var r in input.Researchers ?? [])
        {
            draft.Researchers.Add(new ResearcherRow
            {
                Partner = r.Partner is { } i && i < draft.Partners.Count ? draft.Partners[i] : null, Name = r.Name, Email = r.Email,
                Role = r.Role ?? ResearcherRole.Researcher, EffortPercent = r.EffortPercent,
            });
        }

        foreach (var b in input.Budget ?? [])
        {
            if (b.Partner is { } i && i < draft.Partners.Count && b.Year is { } year)
            {
                draft.Budget[(draft.Partners[i], year)] = new BudgetCell { GovernmentKrw = b.GovernmentKrw, PrivateKrw = b.PrivateKrw };
            }
        }

        foreach (var d in input.Dispatch ?? [])
        {
            draft.Dispatch.Add(new DispatchRow
            {
                Researcher = d.Researcher is { } i && i < draft.Researchers.Count ? draft.Researchers[i] : null, Institution = d.Institution,
                CountryCode = d.CountryCode, FromMonth = d.FromMonth, Months = d.Months,
            });
        }

        return draft;
    }

    public BudgetCell Cell(PartnerRow partner, int year)
    {
        if (!Budget.TryGetValue((partner, year), out var cell))
        {
            Budget[(partner, year)] = cell = new BudgetCell();
        }

        return cell;
    }

    public void RemovePartner(PartnerRow partner)
    {
        Partners.Remove(partner);
        foreach (var key in Budget.Keys.Where(k => k.Partner == partner).ToList())
        {
            Budget.Remove(key);
        }

        foreach (var researcher in Researchers.Where(r => r.Partner == partner))
        {
            researcher.Partner = null;
        }
    }

    public void RemoveResearcher(ResearcherRow researcher)
    {
        Researchers.Remove(researcher);
        Dispatch.RemoveAll(d => d.Researcher == researcher);
    }

    /// <summary>The draft to save. A row that points nowhere keeps a missing reference, which the validator names.</summary>
    public ProposalInput ToInput() => new()
    {
        TitleKo = TitleKo, TitleEn = TitleEn, SummaryKo = SummaryKo, SummaryEn = SummaryEn, FieldCode = string.IsNullOrEmpty(FieldCode) ? null : FieldCode,
        TopicPosition = TopicPosition, Months = Months,
        Partners = [.. Partners.Select(p => new ProposalPartnerInput(p.Id, p.Role, p.OrganizationId, p.Name, p.CountryCode, p.ContactName, p.ContactEmail))],
        Researchers = [.. Researchers.Select(r => new ProposalResearcherInput(Index(Partners, r.Partner), r.Name, r.Email, r.Role, r.EffortPercent))],
        Budget = [.. Budget.Where(b => Partners.Contains(b.Key.Partner) && b.Key.Year <= Years && (b.Value.GovernmentKrw is > 0 || b.Value.PrivateKrw is > 0))
            .OrderBy(b => b.Key.Year).ThenBy(b => Partners.IndexOf(b.Key.Partner))
            .Select(b => new ProposalBudgetInput(Partners.IndexOf(b.Key.Partner), b.Key.Year, b.Value.GovernmentKrw ?? 0, b.Value.PrivateKrw ?? 0))],
        Dispatch = [.. Dispatch.Select(d => new ProposalDispatchInput(Index(Researchers, d.Researcher), d.Institution, d.CountryCode, d.FromMonth, d.Months))],
        Answers = new ProposalAnswersInput(CannotDevelopDomestically, KeySourceIpHeldAbroad, TechnologyEvidence, MonthsSaved, CostReductionPercent,
            TimeAndCostEvidence, CertificationEssential, CertificationEvidence),
    };

    private static int? Index<T>(List<T> rows, T? row)
        where T : class => row is null || !rows.Contains(row) ? null : rows.IndexOf(row);
}

public sealed class PartnerRow
{
    public Guid? Id { get; set; }
    public PartnerRole Role { get; set; }
    public Guid? OrganizationId { get; set; }
    public string? Name { get; set; }
    public string? CountryCode { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public PartnerResponse Response { get; set; }
    public DateTimeOffset? InvitedAt { get; set; }
}

public sealed class ResearcherRow
{
    public PartnerRow? Partner { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public ResearcherRole Role { get; set; }
    public int? EffortPercent { get; set; }
}

public sealed class BudgetCell
{
    public long? GovernmentKrw { get; set; }
    public long? PrivateKrw { get; set; }
}

public sealed class DispatchRow
{
    public ResearcherRow? Researcher { get; set; }
    public string? Institution { get; set; }
    public string? CountryCode { get; set; }
    public int? FromMonth { get; set; }
    public int? Months { get; set; }
}
