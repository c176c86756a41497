using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// Proposals set up in the shared app through its services (calls come from <see cref="PublishedCalls"/>): an applicant of
/// its own (a company user linked to a small company made for the test), drafts by the demo company user, complete ones and
/// submitted ones, and the invitation link a partner was mailed.
/// </summary>
public static partial class ProposalWorld
{
    public const string Password = "Long-enough-password-123";

    /// <summary>A new company user linked to a new small company of its own; the organisation may be renamed by its test.</summary>
    public static async Task<(string Email, Guid UserId, Guid OrganizationId)> NewApplicantAsync(this AppFixture fixture, string name)
    {
        var organization = new Organization
        {
            Kind = OrganizationKind.Company, NameKo = name, NameEn = "Test applicant " + Guid.NewGuid().ToString("N")[..8], CountryCode = "KR",
            SizeClass = CompanySize.Small, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        await fixture.QueryAsync(async db =>
        {
            db.Organizations.Add(organization);
            return await db.SaveChangesAsync();
        });
        var email = $"applicant-{Guid.NewGuid():N}@test.techbridge.kr";
        var account = await fixture.RunAsync<AccountService, UserAccount>(s =>
            s.CreateAsync(new NewAccount(email, "시험 신청자", Password, [Roles.Company], OrganizationId: organization.Id)));
        return (email, account.Id, organization.Id);
    }

    /// <summary>A draft by <paramref name="email"/> (the demo company user when none) under <paramref name="call"/> (a new open call when none).</summary>
    public static async Task<Guid> NewDraftAsync(this AppFixture fixture, Guid? call = null, string? email = null)
    {
        var user = await fixture.UserIdAsync(email ?? Email(Roles.Company));
        var callId = call ?? await fixture.NewCallAsync();
        return await fixture.RunAsync<ProposalService, Guid>(s => s.CreateAsync(user, callId));
    }

    /// <summary>A draft with everything a submission needs and no partner but the lead (so nobody has to confirm).</summary>
    public static async Task<Guid> CompleteDraftAsync(this AppFixture fixture, Guid? call = null, string? email = null)
    {
        var user = await fixture.UserIdAsync(email ?? Email(Roles.Company));
        var id = await fixture.NewDraftAsync(call, email);
        var lead = await fixture.QueryAsync(db => db.Set<ProposalPartner>().AsNoTracking()
            .Where(p => p.ProposalId == id && p.Role == PartnerRole.Lead).Select(p => new { p.Id, p.OrganizationId }).SingleAsync());
        var input = new ProposalInput
        {
            TitleKo = "권한 확인 과제", TitleEn = "Authorization check task", SummaryKo = "권한을 확인하는 과제입니다.", SummaryEn = "A task to check access.",
            FieldCode = "SECONDARY_BATTERY", Months = 24,
            Partners = [new ProposalPartnerInput(lead.Id, PartnerRole.Lead, lead.OrganizationId, null, null, null, null)],
            Researchers = [new ProposalResearcherInput(0, "김연구", "pi@example.com", ResearcherRole.PrincipalInvestigator, 50)],
            Budget = [new ProposalBudgetInput(0, 1, 100_000_000, 40_000_000)],
        };
        await fixture.RunAsync<ProposalService, long>(s => s.SaveAsync(user, id, input));
        return id;
    }

    /// <summary>A submitted proposal of the demo company user (or <paramref name="email"/>).</summary>
    public static async Task<Guid> SubmittedAsync(this AppFixture fixture, Guid? call = null, string? email = null)
    {
        var user = await fixture.UserIdAsync(email ?? Email(Roles.Company));
        var id = await fixture.CompleteDraftAsync(call, email);
        await fixture.RunAsync<ProposalService, string>(s => s.SubmitAsync(user, id));
        return id;
    }

    /// <summary>
    /// Invites the proposal's partners as the demo company user (or <paramref name="email"/>) and returns the token mailed to
    /// <paramref name="partnerEmail"/> (the link's last segment).
    /// </summary>
    public static async Task<string> InvitationTokenAsync(this AppFixture fixture, string partnerEmail)
    {
        var body = await fixture.QueryAsync(db => db.OutgoingEmails.AsNoTracking().Where(e => e.To == partnerEmail)
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Select(e => e.TextBody).FirstAsync());
        var match = InvitationLink().Match(body);
        Assert.True(match.Success, $"No invitation link in the mail to {partnerEmail}:\n{body}");
        return match.Groups[1].Value;
    }

    /// <summary>A draft by the demo company user with one overseas partner, invited; returns the draft and the partner's token.</summary>
    public static async Task<(Guid Proposal, string Token)> InvitedAsync(this AppFixture fixture)
    {
        var user = await fixture.UserIdAsync(Email(Roles.Company));
        var id = await fixture.NewDraftAsync();
        var lead = await fixture.QueryAsync(db => db.Set<ProposalPartner>().AsNoTracking()
            .Where(p => p.ProposalId == id && p.Role == PartnerRole.Lead).Select(p => new { p.Id, p.OrganizationId }).SingleAsync());
        var partnerEmail = $"partner-{Guid.NewGuid():N}@example.org";
        await fixture.RunAsync<ProposalService, long>(s => s.SaveAsync(user, id, new ProposalInput
        {
            TitleKo = "초대 확인 과제",
            Partners =
            [
                new ProposalPartnerInput(lead.Id, PartnerRole.Lead, lead.OrganizationId, null, null, null, null),
                new ProposalPartnerInput(null, PartnerRole.Overseas, null, "Institut Beispiel", "DE", "Dr. Beispiel", partnerEmail),
            ],
        }));
        await fixture.RunAsync<PartnerInvitations, int>(s => s.InviteAsync(user, id));
        return (id, await fixture.InvitationTokenAsync(partnerEmail));
    }

    [GeneratedRegex("/programs/invitations/([A-Za-z0-9_-]+)")]
    private static partial Regex InvitationLink();
}
