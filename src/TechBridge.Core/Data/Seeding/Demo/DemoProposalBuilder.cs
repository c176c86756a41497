using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Demo proposals to a call from demo consortia: a demo company user's company leads, with a domestic university or
/// institute now and then and one or two overseas institutions from the directory; their researchers are directory
/// people of those organisations. Periods, budgets, dispatch plans and qualifying answers vary, and a few break a rule
/// (a short dispatch, a government share over the cap, no evidence) so screening has something to find. The proposals
/// are built as drafts with every partner's answer; the seeder attaches their documents and submits the chosen ones.
/// </summary>
internal static class DemoProposalBuilder
{
    public sealed record Applicant(Guid UserId, Guid OrganizationId, string OrganizationName);

    public sealed record Institution(Guid Id, string Name, string CountryCode);

    public sealed record Member(string Name, string? Email);

    private static readonly string[] TechnologyEvidence =
    [
        "핵심 공정 특허를 해외 협력기관이 보유하고 있어 국내 독자 개발 시 3년 이상 소요됩니다.",
        "The key source patents are held by the overseas partner; a domestic route would take more than three years.",
        "국내에는 해당 소재의 합성 설비와 원천 IP가 없어 해외 기관과의 협력이 필수적입니다.",
    ];

    private static readonly string[] TimeEvidence =
    [
        "협력기관의 시험 라인을 활용하면 개발 기간을 18개월 단축하고 설비 투자비를 60% 줄일 수 있습니다.",
        "Using the partner's pilot line saves about 14 months and more than half of the equipment cost.",
    ];

    private static readonly string[] CertificationEvidence =
    [
        "유럽 시장 진출에는 현지 실증과 IEC 국제 표준 인증이 필수입니다.",
        "Entering the US market requires UL certification and field demonstration with a local partner.",
    ];

    /// <param name="count">How many proposals to build.</param>
    /// <param name="peopleOf">Directory people of an organisation (may be empty).</param>
    public static List<Proposal> Build(
        DemoRandom random, ProgramCall call, int count, IReadOnlyList<Applicant> applicants, IReadOnlyList<Institution> domestic,
        IReadOnlyList<Institution> overseas, Func<Guid, IReadOnlyList<Member>> peopleOf, DateTimeOffset createdFrom, DateTimeOffset createdUntil)
    {
        var vocabularies = call.Fields.Select(f => DemoVocabulary.Find(f.FieldCode)).OfType<DemoFieldVocabulary>().ToList();
        var proposals = new List<Proposal>();
        for (var i = 0; i < count && vocabularies.Count > 0 && applicants.Count > 0 && overseas.Count > 0; i++)
        {
            proposals.Add(One(random, call, random.Pick(applicants), domestic, overseas, peopleOf, random.Pick(vocabularies), createdFrom, createdUntil));
        }

        return proposals;
    }

    private static Proposal One(
        DemoRandom random, ProgramCall call, Applicant applicant, IReadOnlyList<Institution> domestic, IReadOnlyList<Institution> overseas,
        Func<Guid, IReadOnlyList<Member>> peopleOf, DemoFieldVocabulary vocabulary, DateTimeOffset from, DateTimeOffset until)
    {
        var terms = DemoMarketplaceTerms.From(random, vocabulary);
        var created = from.AddSeconds(random.NextDouble() * Math.Max(1, (until - from).TotalSeconds));
        var months = call.MaxMonths >= 36 && random.Chance(0.5) ? 36 : Math.Min(24, call.MaxMonths);
        var proposal = new Proposal
        {
            CallId = call.Id, ApplicantId = applicant.UserId, Status = ProposalStatus.Draft, IsDemo = true, CreatedAt = created, UpdatedAt = created,
            TitleKo = $"{terms.Subject.Ko}의 {terms.Property.Ko} 향상을 위한 {terms.Method.Ko} 국제공동연구",
            TitleEn = $"International joint research on {terms.Method.En} to improve the {terms.Property.En} of {terms.Subject.En}",
            SummaryKo = $"{terms.Application.Ko}용 {terms.Subject.Ko}의 {terms.Metric.Ko} {terms.Value} 달성을 목표로, 해외 협력기관의 {terms.Method.Ko} 역량과 " +
                        $"국내 기업의 양산 경험을 결합합니다. {terms.Analysis.Ko}으로 성능을 검증하고 국내 연구자가 현지에서 공동 실험을 수행합니다.",
            SummaryEn = $"Targeting a {terms.Metric.En} of {terms.Value} for {terms.Subject.En} in {terms.Application.En}, the consortium combines the overseas " +
                        $"partner's expertise in {terms.Method.En} with the Korean company's production experience, verified by {terms.Analysis.En}.",
            FieldCode = vocabulary.FieldCode, Months = months,
            TopicPosition = call.Topics.Count > 0 ? random.Pick(call.Topics).Position : null,
        };
        Answer(random, proposal);

        var partners = new List<(ProposalPartner Partner, IReadOnlyList<Member> People)>();
        ProposalPartner Partner(PartnerRole role, Guid organization, string name, string country)
        {
            var people = peopleOf(organization);
            var contact = people.Count > 0 ? random.Pick(people) : null;
            var partner = new ProposalPartner
            {
                ProposalId = proposal.Id, Position = partners.Count, Role = role, OrganizationId = organization, Name = name, CountryCode = country,
                ContactName = role == PartnerRole.Lead ? null : contact?.Name,
                ContactEmail = role == PartnerRole.Lead ? null : contact?.Email ?? $"contact{partners.Count}.{proposal.Id.ToString("N")[..8]}@example.org",
                Response = PartnerResponse.Confirmed, RespondedAt = created.AddDays(random.Next(1, 4)),
                InvitedAt = role == PartnerRole.Lead ? null : created.AddHours(random.Next(1, 24)),
            };
            partners.Add((partner, people));
            return partner;
        }

        Partner(PartnerRole.Lead, applicant.OrganizationId, applicant.OrganizationName, "KR");
        if (domestic.Count > 0 && random.Chance(0.45))
        {
            var d = random.Pick(domestic);
            Partner(PartnerRole.DomesticPartner, d.Id, d.Name, d.CountryCode);
        }

        foreach (var o in random.Sample(overseas, random.Chance(0.25) ? 2 : 1))
        {
            Partner(PartnerRole.Overseas, o.Id, o.Name, o.CountryCode);
        }

        proposal.Partners.AddRange(partners.Select(p => p.Partner));
        Researchers(random, proposal, partners);
        Budget(random, call, proposal, partners.Select(p => p.Partner).ToList(), months);
        Dispatch(random, call, proposal, months, partners.First(p => p.Partner.Role == PartnerRole.Overseas).Partner);
        return proposal;
    }

    private static void Answer(DemoRandom random, Proposal p)
    {
        var criterion = random.Next(0, 3);
        var unsupported = random.Chance(0.05);
        p.CannotDevelopDomestically = criterion == 0 && random.Chance(0.6);
        p.KeySourceIpHeldAbroad = criterion == 0 && !p.CannotDevelopDomestically;
        p.TechnologyEvidence = criterion == 0 && !unsupported ? random.Pick(TechnologyEvidence) : null;
        p.MonthsSaved = criterion == 1 ? random.Next(12, 25) : random.Next(0, 12);
        p.CostReductionPercent = criterion == 1 ? random.Next(50, 71) : random.Next(0, 50);
        p.TimeAndCostEvidence = criterion == 1 && !unsupported ? random.Pick(TimeEvidence) : null;
        p.CertificationEssential = criterion == 2;
        p.CertificationEvidence = criterion == 2 && !unsupported ? random.Pick(CertificationEvidence) : null;
    }

    private static void Researchers(DemoRandom random, Proposal proposal, List<(ProposalPartner Partner, IReadOnlyList<Member> People)> partners)
    {
        var position = 0;
        foreach (var (partner, people) in partners)
        {
            var count = partner.Role == PartnerRole.Lead ? random.Next(2, 4) : 1;
            var chosen = people.Count == 0 ? [] : random.Sample(people, Math.Min(count, people.Count));
            for (var i = 0; i < chosen.Count; i++)
            {
                proposal.Researchers.Add(new ProposalResearcher
                {
                    ProposalId = proposal.Id, Position = position++, PartnerId = partner.Id, Name = chosen[i].Name, Email = chosen[i].Email,
                    Role = partner.Role == PartnerRole.Lead && i == 0 ? ResearcherRole.PrincipalInvestigator
                        : partner.Role == PartnerRole.Overseas && i == 0 ? ResearcherRole.CoInvestigator : ResearcherRole.Researcher,
                    EffortPercent = partner.Role == PartnerRole.Lead && i == 0 ? random.Next(3, 7) * 10 : random.Next(1, 5) * 10,
                });
            }
        }

        if (!proposal.Researchers.Exists(r => r.Role == ResearcherRole.PrincipalInvestigator))
        {
            proposal.Researchers.Insert(0, new ProposalResearcher
            {
                ProposalId = proposal.Id, Position = position, PartnerId = partners[0].Partner.Id, Name = "김민준", Role = ResearcherRole.PrincipalInvestigator,
                EffortPercent = 40,
            });
        }
    }

    private static void Budget(DemoRandom random, ProgramCall call, Proposal proposal, List<ProposalPartner> partners, int months)
    {
        var years = (months + 11) / 12;
        var overShare = random.Chance(0.04);
        var cap = call.MaxGovernmentKrwPerTask / years;
        foreach (var partner in partners)
        {
            var share = partner.Role == PartnerRole.Lead ? 0.6 : partner.Role == PartnerRole.DomesticPartner ? 0.25 : 0.15;
            for (var year = 1; year <= years; year++)
            {
                var government = (long)(cap * share * (0.55 + random.NextDouble() * 0.4)) / 1_000_000 * 1_000_000;
                var privateShare = overShare ? 0.15 : 0.3 + random.NextDouble() * 0.2;
                var privateKrw = partner.Role == PartnerRole.Overseas ? 0 : (long)(government * privateShare / (1 - privateShare)) / 1_000_000 * 1_000_000;
                proposal.BudgetLines.Add(new ProposalBudgetLine { ProposalId = proposal.Id, PartnerId = partner.Id, Year = year, GovernmentKrw = government, PrivateKrw = privateKrw });
            }
        }
    }

    private static void Dispatch(DemoRandom random, ProgramCall call, Proposal proposal, int months, ProposalPartner host)
    {
        var domestic = proposal.Researchers.Where(r => proposal.Partners.Single(p => p.Id == r.PartnerId).Role != PartnerRole.Overseas).ToList();
        if (domestic.Count == 0 || (!call.RequiresDispatch && random.Chance(0.5)))
        {
            return;
        }

        var target = call.RequiresDispatch && !random.Chance(0.08) ? (months + 1) / 2 + random.Next(0, 4) : random.Next(3, (months + 1) / 2);
        var first = domestic[0];
        var split = domestic.Count > 1 && random.Chance(0.5) ? target / 2 : target;
        proposal.Dispatches.Add(new ProposalDispatch
        {
            ProposalId = proposal.Id, Position = 0, ResearcherPosition = first.Position, Institution = host.Name, CountryCode = host.CountryCode, FromMonth = 1, Months = split,
        });
        if (split < target)
        {
            proposal.Dispatches.Add(new ProposalDispatch
            {
                ProposalId = proposal.Id, Position = 1, ResearcherPosition = domestic[1].Position, Institution = host.Name, CountryCode = host.CountryCode,
                FromMonth = split + 1, Months = target - split,
            });
        }
    }
}
