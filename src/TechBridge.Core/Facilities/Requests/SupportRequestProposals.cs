using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Matching;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Facilities.Requests;

/// <summary>
/// What fits each R&amp;D stage of a request: the partner search for equipment in the request's industry, its text the
/// title, product and problem, its TRL range the stage's; hits are kept when the equipment serves that stage and can be
/// booked. The same engine and explanation (matched terms) as Find partners.
/// </summary>
public sealed class SupportRequestProposals(PartnerSearch search, TechBridgeDbContext db, TaxonomyCatalog taxonomy)
{
    private const int Candidates = 40;

    public async Task<IReadOnlyList<StageProposals>> ForAsync(SupportRequestDetail request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var catalog = await taxonomy.GetAsync(cancellationToken);
        var text = $"{request.Title}\n{request.Product}\n{request.Problem}";
        if (text.Length > PartnerSearch.MaxTextLength)
        {
            text = text[..PartnerSearch.MaxTextLength];
        }

        var result = new List<StageProposals>();
        foreach (var code in request.Stages.OrderBy(c => catalog.RndStages.TryGetValue(c, out var s) ? s.SortOrder : int.MaxValue))
        {
            if (!catalog.RndStages.TryGetValue(code, out var stage))
            {
                continue;
            }

            var hits = await search.SearchAsync(new PartnerQuery(text, Kinds: [EntityDocuments.EquipmentType], Industry: request.IndustryCode,
                Top: Candidates, TrlMin: stage.TrlMin, TrlMax: stage.TrlMax), cancellationToken);
            var ids = hits.Hits.Select(h => h.Id).ToList();
            var facts = await db.Equipment.AsNoTracking()
                .Where(e => ids.Contains(e.Id) && e.Stages.Any(s => s.StageCode == code) && EquipmentStatuses.Bookable.Contains(e.Status))
                .Select(e => new { e.Id, e.CenterId, e.FeeKrw, e.FeeUnit, Services = e.Offerings.Select(o => o.Service).ToList() })
                .ToDictionaryAsync(e => e.Id, cancellationToken);
            var proposals = hits.Hits.Where(h => facts.ContainsKey(h.Id)).Take(SupportRequestLimits.ProposalsPerStage)
                .Select(h =>
                {
                    var f = facts[h.Id];
                    return new EquipmentProposal(h.Id, h.NameKo, h.NameEn, f.CenterId, h.Owner?.NameKo ?? string.Empty, h.Owner?.NameEn ?? string.Empty,
                        h.Score, h.Matched.Select(m => m.Term).Take(6).ToList(), f.FeeKrw, f.FeeUnit, f.Services);
                })
                .ToList();
            result.Add(new StageProposals(code, stage.NameKo, stage.NameEn, proposals));
        }

        return result;
    }
}
