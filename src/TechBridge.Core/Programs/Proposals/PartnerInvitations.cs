using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>What a partner invited by e-mail sees behind the link: the proposal, the call, the lead and its own part.</summary>
public sealed record PartnerInvitationView(
    string ProposalTitleKo, string ProposalTitleEn, string CallTitleKo, string CallTitleEn, string LeadName, string PartnerName, PartnerRole Role,
    PartnerResponse Response, DateTimeOffset? RespondedAt, bool CanRespond);

/// <summary>
/// Invites the consortium's partners by e-mail (Korean to domestic partners, English to overseas ones) and takes their
/// answer. The link carries a random token; only its hash is stored, and saving the draft with another address or
/// organisation for the partner voids it. A partner may answer until the proposal is submitted; the applicant is told.
/// </summary>
public sealed class PartnerInvitations(TechBridgeDbContext db, ProposalAccess access, INotifier notifier, TimeProvider time)
{
    /// <summary>Sends the invitation to every partner with an address who has not confirmed (or only to <paramref name="partnerId"/>). Returns how many were sent.</summary>
    public async Task<int> InviteAsync(Guid userId, Guid proposalId, Guid? partnerId = null, CancellationToken cancellationToken = default)
    {
        var (proposal, call, role) = await access.LoadAsync(userId, proposalId, cancellationToken);
        if (!role.IsApplicant)
        {
            throw new ForbiddenException(CoreMessages.Get("Proposal.ApplicantOnly"));
        }

        if (proposal.Status != ProposalStatus.Draft)
        {
            throw new BusinessRuleException("Proposal.Final", CoreMessages.Get("Proposal.Final"));
        }

        var now = Clock.UtcNow(time);
        if (call.Status == Calls.CallStatus.Closed || now >= call.ClosesAt)
        {
            throw new BusinessRuleException("Proposal.CallClosed", CoreMessages.Get("Proposal.CallClosed", Kst.Format(call.ClosesAt)));
        }

        var targets = proposal.Partners
            .Where(p => p.Role != PartnerRole.Lead && p.ContactEmail is not null && p.Response != PartnerResponse.Confirmed && (partnerId is null || p.Id == partnerId))
            .ToList();
        if (partnerId is { } one && targets.Count == 0)
        {
            throw new BusinessRuleException("Proposal.NothingToInvite", CoreMessages.Get("Proposal.NothingToInvite"));
        }

        var lead = proposal.Partners.Single(p => p.Role == PartnerRole.Lead).Name;
        foreach (var partner in targets)
        {
            var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
            partner.InvitationTokenHash = Hash(token);
            partner.InvitedAt = now;
            partner.Response = PartnerResponse.Pending;
            partner.RespondedAt = null;
            var english = partner.Role == PartnerRole.Overseas;
            await notifier.EmailAsync(partner.ContactEmail!, english ? "en" : "ko", Notice.Of(NoticeTemplates.ProposalPartnerInvited,
                english ? $"/programs/invitations/{token}?culture=en" : $"/programs/invitations/{token}",
                ("name", partner.ContactName ?? partner.Name), ("partner", partner.Name), ("lead", lead),
                ("title", english ? Or(proposal.TitleEn, proposal.TitleKo) : Or(proposal.TitleKo, proposal.TitleEn)),
                ("call", english ? call.TitleEn : call.TitleKo), ("closes", Kst.Format(call.ClosesAt))), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return targets.Count;
    }

    public async Task<PartnerInvitationView> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        var (partner, proposal) = await LoadAsync(token, cancellationToken);
        var call = await db.ProgramCalls.AsNoTracking().Where(c => c.Id == proposal.CallId).Select(c => new { c.TitleKo, c.TitleEn }).SingleAsync(cancellationToken);
        var lead = await db.Set<ProposalPartner>().AsNoTracking().Where(p => p.ProposalId == proposal.Id && p.Role == PartnerRole.Lead)
            .Select(p => p.Name).SingleAsync(cancellationToken);
        return new PartnerInvitationView(proposal.TitleKo, proposal.TitleEn, call.TitleKo, call.TitleEn, lead, partner.Name, partner.Role,
            partner.Response, partner.RespondedAt, proposal.Status == ProposalStatus.Draft);
    }

    /// <summary>Records the partner's answer and tells the applicant (inbox and e-mail).</summary>
    public async Task RespondAsync(string token, bool confirm, CancellationToken cancellationToken = default)
    {
        var (partner, proposal) = await LoadAsync(token, cancellationToken);
        if (proposal.Status != ProposalStatus.Draft)
        {
            throw new BusinessRuleException("Proposal.Final", CoreMessages.Get("Proposal.Final"));
        }

        var now = Clock.UtcNow(time);
        partner.Response = confirm ? PartnerResponse.Confirmed : PartnerResponse.Declined;
        partner.RespondedAt = now; // the proposal itself is not touched, so the applicant's open editor saves on without a conflict
        await notifier.NotifyUserAsync(proposal.ApplicantId, Notice.Of(NoticeTemplates.ProposalPartnerResponded,
            $"/programs/proposals/{proposal.Id}", ("partner", partner.Name), ("title", Or(proposal.TitleKo, proposal.TitleEn)),
            ("answer", CoreMessages.Get($"PartnerResponse.{partner.Response}"))), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(ProposalPartner Partner, Proposal Proposal)> LoadAsync(string token, CancellationToken cancellationToken)
    {
        var hash = string.IsNullOrWhiteSpace(token) || token.Length > 100 ? null : Hash(token.Trim());
        var partner = hash is null ? null : await db.Set<ProposalPartner>().SingleOrDefaultAsync(p => p.InvitationTokenHash == hash, cancellationToken);
        var proposal = partner is null ? null : await db.Proposals.SingleAsync(p => p.Id == partner.ProposalId, cancellationToken);
        return partner is null || proposal is null || proposal.Status == ProposalStatus.Withdrawn
            ? throw new NotFoundException("Invitation", "link")
            : (partner, proposal);
    }

    private static string Or(string first, string second) => first.Length > 0 ? first : second;

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
