using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Matching;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Transactions;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Talent;

/// <summary>
/// Hi-TECH 1:1 matching. The engine ranks people for a company's need; the candidates are those with a young-researcher
/// talent side, each with the rules that keep the company from proposing (PhD more than seven years ago, unavailable, no
/// e-mail address to reach them, already in an accepted Hi-TECH task). A member of the need's company proposes; the researcher
/// accepts or declines; the company may withdraw an unanswered proposal. Changes and their notices are saved in one
/// serializable transaction, so a researcher cannot accept two tasks at once.
/// </summary>
public sealed class HiTechService(
    TechBridgeDbContext db, TalentAccounts accounts, PartnerSearch search, NeedQueries needs, TaxonomyCatalog taxonomy, TalentNotices notices,
    TimeProvider time)
{
    /// <summary>The candidates to show: the best eligible ones (and any already proposed to), then a few held back with the reason.</summary>
    public async Task<HiTechCandidates> CandidatesAsync(Guid userId, Guid needId, CancellationToken cancellationToken = default)
    {
        var me = await accounts.CallerAsync(userId, cancellationToken);
        var need = await needs.GetAsync(needId, cancellationToken);
        if (!me.IsStaff && !(me.IsCompany && me.OrganizationId == need.Company.Id))
        {
            throw new ForbiddenException(CoreMessages.Get("HiTech.CompanyOnly"));
        }

        var candidates = await RankAsync(need, cancellationToken);

        // Candidates already proposed to stay listed, whatever their rank, so the company sees where each proposal stands.
        var eligible = candidates.Where(c => c.Ineligible.Count == 0 || c.ExistingStatus is not null).OrderByDescending(c => c.Score).ToList();
        var shown = eligible.Where((c, i) => i < TalentRules.CandidatesShown || c.ExistingStatus is not null)
            .Concat(candidates.Where(c => c.Ineligible.Count > 0 && c.ExistingStatus is null).OrderByDescending(c => c.Score).Take(TalentRules.IneligibleShown));
        return new HiTechCandidates(need.Id, need.Title, need.Company.NameKo, [.. shown]);
    }

    /// <summary>Every young researcher the engine finds for the need (up to <see cref="TalentRules.CandidatePool"/> people), with the rules' reasons.</summary>
    private async Task<List<HiTechCandidate>> RankAsync(NeedDetail need, CancellationToken cancellationToken)
    {
        var needId = need.Id;

        var query = NeedPartnerQuery.For(need, await taxonomy.GetAsync(cancellationToken), TalentRules.CandidatePool) with
        {
            Kinds = [EntityDocuments.PersonType],
        };
        var hits = (await search.SearchAsync(query, cancellationToken)).Hits;
        var ids = hits.Select(h => h.Id).ToList();
        var profiles = await db.TalentProfiles.AsNoTracking()
            .Where(t => ids.Contains(t.PersonId) && t.Stage == CareerStage.YoungResearcher).ToDictionaryAsync(t => t.PersonId, cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => profiles.Keys.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.NameKo, p.NameEn, p.Email, p.Keywords, p.Bio,
                Fields = p.Fields.Select(f => f.FieldCode).ToList(),
                Organization = p.Affiliations.Where(a => a.EndDate == null).Select(a => a.Organization!.NameKo).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var engaged = (await db.HiTechMatches.AsNoTracking()
            .Where(m => profiles.Keys.Contains(m.ResearcherPersonId) && m.Status == HiTechMatchStatus.Accepted && m.NeedId != needId)
            .Select(m => m.ResearcherPersonId).ToListAsync(cancellationToken)).ToHashSet();
        var existing = await db.HiTechMatches.AsNoTracking()
            .Where(m => m.NeedId == needId && (m.Status == HiTechMatchStatus.Proposed || m.Status == HiTechMatchStatus.Accepted))
            .ToDictionaryAsync(m => m.ResearcherPersonId, cancellationToken);
        var year = Clock.UtcNow(time).ToOffset(Shared.Formatting.Kst.Offset).Year;
        var needWords = EventSuggestions.WordsByTerm($"{need.Title}\n{need.Description}");

        var candidates = new List<HiTechCandidate>();
        foreach (var hit in hits.Where(h => people.ContainsKey(h.Id)))
        {
            var person = people[hit.Id];
            var profile = profiles[hit.Id];
            var reasons = new List<string>();
            if (!TalentRules.IsYoung(profile.PhdYear, year))
            {
                reasons.Add(CoreMessages.Get("HiTech.Ineligible.NotYoung", TalentRules.YoungResearcherYears));
            }

            if (profile.Availability == TalentAvailability.Unavailable)
            {
                reasons.Add(CoreMessages.Get("HiTech.Ineligible.Unavailable"));
            }

            if (string.IsNullOrWhiteSpace(person.Email))
            {
                reasons.Add(CoreMessages.Get("HiTech.Ineligible.NoEmail"));
            }

            if (engaged.Contains(hit.Id))
            {
                reasons.Add(CoreMessages.Get("HiTech.Ineligible.Engaged"));
            }

            // Shown as the researcher wrote the word, never as the engine's stem.
            var theirs = EventSuggestions.WordsByTerm($"{person.Keywords}\n{person.Bio}");
            var words = needWords.Keys.Intersect(theirs.Keys, StringComparer.Ordinal).Select(t => theirs[t]).Distinct(StringComparer.Ordinal).Take(8).ToList();
            existing.TryGetValue(hit.Id, out var match);
            candidates.Add(new HiTechCandidate(hit.Id, person.NameKo, person.NameEn, person.Organization, profile.PhdYear, profile.Availability,
                person.Fields, hit.Score, words, reasons, match?.Status, match?.Id));
        }

        return candidates;
    }

    /// <summary>A member of the need's company proposes the task to an eligible young researcher.</summary>
    public async Task<Guid> ProposeAsync(Guid userId, Guid needId, Guid personId, string? message, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.OptionalText("message", message, "HiTech.Field.Message", TalentRules.MessageLength);
        errors.ThrowIfAny();
        var me = await accounts.CallerAsync(userId, cancellationToken);
        var need = await needs.GetAsync(needId, cancellationToken);
        if (!me.IsCompany || me.OrganizationId != need.Company.Id)
        {
            throw new ForbiddenException(CoreMessages.Get("HiTech.CompanyOnly"));
        }

        if (need.Status != NeedStatus.Open)
        {
            throw new BusinessRuleException("HiTech.NeedClosed", CoreMessages.Get("HiTech.NeedClosed"));
        }

        var candidate = (await RankAsync(need, cancellationToken)).SingleOrDefault(c => c.PersonId == personId);
        if (candidate is null)
        {
            var known = await db.TalentProfiles.AnyAsync(t => t.PersonId == personId, cancellationToken);
            throw known ? new BusinessRuleException("HiTech.NotCandidate", CoreMessages.Get("HiTech.NotCandidate")) : new NotFoundException("Person", personId);
        }

        if (candidate.ExistingStatus is not null)
        {
            throw new BusinessRuleException("HiTech.AlreadyProposed", CoreMessages.Get("HiTech.AlreadyProposed"));
        }

        if (candidate.Ineligible.Count > 0)
        {
            throw new BusinessRuleException("HiTech.Ineligible", string.Join(" ", candidate.Ineligible));
        }

        return await SerializableTransaction.RunAsync(db, async ct =>
        {
            if (await db.HiTechMatches.AnyAsync(m => m.NeedId == needId && m.ResearcherPersonId == personId
                    && (m.Status == HiTechMatchStatus.Proposed || m.Status == HiTechMatchStatus.Accepted), ct))
            {
                throw new BusinessRuleException("HiTech.AlreadyProposed", CoreMessages.Get("HiTech.AlreadyProposed"));
            }

            var match = new HiTechMatch
            {
                NeedId = needId, CompanyId = need.Company.Id, ResearcherPersonId = personId, ProposedById = userId,
                Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(), Status = HiTechMatchStatus.Proposed,
                Score = candidate.Score, ProposedAt = Clock.UtcNow(time),
            };
            db.HiTechMatches.Add(match);
            await notices.HiTechProposedAsync(match, ct);
            await db.SaveChangesAsync(ct);
            return match.Id;
        }, cancellationToken);
    }

    /// <summary>The researcher accepts (true) or declines (false, with an optional reason) a proposal made to them.</summary>
    public async Task AnswerAsync(Guid userId, Guid matchId, bool accept, string? reason, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.OptionalText("reason", reason, "HiTech.Field.Reason", TalentRules.ReasonLength);
        errors.ThrowIfAny();
        var me = await accounts.CallerAsync(userId, cancellationToken);
        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var match = await VisibleAsync(me, matchId, ct);
            if (!me.Is(match.ResearcherPersonId))
            {
                throw new ForbiddenException(CoreMessages.Get("HiTech.ResearcherOnly"));
            }

            ExpectedVersion.Check(match, expectedVersion, nameof(HiTechMatch), matchId);
            if (match.Status != HiTechMatchStatus.Proposed)
            {
                throw new BusinessRuleException("HiTech.Answered", CoreMessages.Get("HiTech.Answered"));
            }

            if (accept && await db.HiTechMatches.AnyAsync(m => m.ResearcherPersonId == match.ResearcherPersonId && m.Status == HiTechMatchStatus.Accepted, ct))
            {
                throw new BusinessRuleException("HiTech.Ineligible", CoreMessages.Get("HiTech.Ineligible.Engaged"));
            }

            match.Status = accept ? HiTechMatchStatus.Accepted : HiTechMatchStatus.Declined;
            match.DeclineReason = accept || string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            match.AnsweredAt = Clock.UtcNow(time);
            match.AnsweredById = userId;
            await notices.HiTechAnsweredAsync(match, ct);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    /// <summary>The company withdraws a proposal the researcher has not answered yet.</summary>
    public async Task WithdrawAsync(Guid userId, Guid matchId, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var me = await accounts.CallerAsync(userId, cancellationToken);
        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var match = await VisibleAsync(me, matchId, ct);
            if (!me.IsCompany || me.OrganizationId != match.CompanyId)
            {
                throw new ForbiddenException(CoreMessages.Get("HiTech.CompanyOnly"));
            }

            ExpectedVersion.Check(match, expectedVersion, nameof(HiTechMatch), matchId);
            if (match.Status != HiTechMatchStatus.Proposed)
            {
                throw new BusinessRuleException("HiTech.Answered", CoreMessages.Get("HiTech.Answered"));
            }

            match.Status = HiTechMatchStatus.Withdrawn;
            match.AnsweredAt = Clock.UtcNow(time);
            match.AnsweredById = userId;
            await notices.HiTechWithdrawnAsync(match, ct);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    /// <summary>The match if the caller is one of its parties or program staff; otherwise it does not exist for them.</summary>
    internal async Task<HiTechMatch> VisibleAsync(TalentCaller me, Guid matchId, CancellationToken cancellationToken)
    {
        var match = await db.HiTechMatches.SingleOrDefaultAsync(m => m.Id == matchId, cancellationToken);
        return match is not null && HiTechAccess.CanSee(me, match.CompanyId, match.ResearcherPersonId)
            ? match
            : throw new NotFoundException(nameof(HiTechMatch), matchId);
    }
}

internal static class HiTechAccess
{
    /// <summary>A match is seen by its company's members, its researcher and program staff.</summary>
    public static bool CanSee(TalentCaller me, Guid companyId, Guid researcherPersonId) =>
        me.IsStaff || me.Is(researcherPersonId) || (me.IsCompany && me.OrganizationId == companyId);
}
