using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Tests.Programs.Proposals;

/// <summary>
/// Proposals from consortia: a draft led by the applicant's organisation, saved as it is written, partners invited by
/// e-mail who confirm through the link, a final submission frozen with its receipt, refused after the close; hidden from
/// everyone but the applicant (and, once submitted, the program managers).
/// </summary>
public sealed class ProposalServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_CompanyUserWithOrganisation_StartsADraftLedByTheOrganisation(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);

        var id = await world.CreateAsync();

        var detail = await world.GetAsync(id);
        var lead = Assert.Single(detail.Content.Partners);
        Assert.Equal((PartnerRole.Lead, world.Company, "(주)누리배터리", PartnerResponse.Confirmed), (lead.Role, lead.OrganizationId, lead.Name, lead.Response));
        Assert.Equal((ProposalStatus.Draft, true, false), (detail.Status, detail.CanEdit, detail.Eligibility.Qualifies));
        Assert.Equal(ApplicantType.SmallBusiness, detail.Content.Rules.LeadApplicantType);
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(Proposal)).ToListAsync());
        Assert.Equal(AuditAction.Added, Assert.Single(audit).Action);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_ManagerOrClosedCall_IsRefused(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.CreateAsync(world.Manager));
        world.Time.Advance(TimeSpan.FromDays(31));
        var closed = await Assert.ThrowsAsync<BusinessRuleException>(() => world.CreateAsync());
        Assert.Equal("Proposal.CallClosed", closed.Code);
        Assert.Equal(0, await world.Host.QueryAsync(db => db.Proposals.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Save_CompleteConsortium_ReadsBackAsWrittenAndKeepsPartnerIds(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await world.CreateAsync();
        var input = world.CompleteInput(await world.LeadPartnerAsync(id));

        await world.SaveAsync(id, input);
        var first = await world.GetAsync(id);
        var again = ProposalQueries.ToInput(first.Content);
        await world.SaveAsync(id, again, first.Version);
        var second = await world.GetAsync(id);

        Assert.Equal(["(주)누리배터리", "한빛대학교 산학협력단", "Fraunhofer IKTS"], second.Content.Partners.Select(p => p.Name));
        Assert.Equal(first.Content.Partners.Select(p => p.Id), second.Content.Partners.Select(p => p.Id));
        Assert.Equal([0, 0, 2], second.Content.Researchers.Select(r => r.PartnerPosition));
        Assert.Equal(700_000_000, second.Content.GovernmentKrw);
        Assert.Equal(12, EligibilityRules.DispatchedMonths(new ProposalPlan(24, [], [.. second.Content.Dispatch.Select(d => new DispatchPeriod("", d.Institution, d.FromMonth, d.Months))], [], [])));
        Assert.Equal(JsonSerializer.Serialize(again), JsonSerializer.Serialize(ProposalQueries.ToInput(second.Content)));
        Assert.Equal(first.Version + 1, second.Version);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Save_BrokenReferencesAndStaleVersion_ReportsFieldsAndSavesNothing(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await world.CreateAsync();
        var input = world.CompleteInput(await world.LeadPartnerAsync(id)) with
        {
            FieldCode = "ROBOTICS",
            Months = 48,
            Researchers = [new ProposalResearcherInput(7, " ", "not-an-email", null, 0)],
            Budget = [new ProposalBudgetInput(0, 1, 1, 1), new ProposalBudgetInput(0, 1, -5, 1)],
            Dispatch = [new ProposalDispatchInput(3, "Fraunhofer", "ZZ", 0, 6)],
        };

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => world.SaveAsync(id, input));

        Assert.Equal(
            ["budget[1].governmentKrw", "budget[1].year", "dispatch[0].countryCode", "dispatch[0].fromMonth", "dispatch[0].researcher", "fieldCode", "months",
                "researchers[0].effortPercent", "researchers[0].email", "researchers[0].name", "researchers[0].partner", "researchers[0].role"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
        var detail = await world.GetAsync(id);
        Assert.Equal((1L, 1), (detail.Version, detail.Content.Partners.Count));
        var lead = await world.LeadPartnerAsync(id);
        await Assert.ThrowsAsync<PreconditionFailedException>(() => world.SaveAsync(id, world.CompleteInput(lead), version: 99));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Invite_Partners_GetsALinkInTheirLanguageAndTheirAnswerReachesTheApplicant(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await world.CreateAsync();
        await world.SaveAsync(id, world.CompleteInput(await world.LeadPartnerAsync(id)));

        var sent = await world.Host.RunAsync<PartnerInvitations, int>(s => s.InviteAsync(world.Applicant, id));

        Assert.Equal(2, sent);
        var mails = await world.Host.QueryAsync(db => db.OutgoingEmails.AsNoTracking().Where(m => m.Template == "ProposalPartnerInvited").ToListAsync());
        Assert.Equal(["en:weber@ikts.example.de", "ko:partner@hanbit.example.kr"], mails.Select(m => $"{m.Culture}:{m.To}").Order(StringComparer.Ordinal));
        var tokens = await world.InvitationTokensAsync();
        var view = await world.Host.RunAsync<PartnerInvitations, PartnerInvitationView>(s => s.FindAsync(tokens["weber@ikts.example.de"]));
        Assert.Equal(("Fraunhofer IKTS", "(주)누리배터리", PartnerRole.Overseas, true), (view.PartnerName, view.LeadName, view.Role, view.CanRespond));

        await world.Host.RunAsync<PartnerInvitations>(s => s.RespondAsync(tokens["weber@ikts.example.de"], confirm: true));
        await world.Host.RunAsync<PartnerInvitations>(s => s.RespondAsync(tokens["partner@hanbit.example.kr"], confirm: false));

        var partners = (await world.GetAsync(id)).Content.Partners;
        Assert.Equal([PartnerResponse.Confirmed, PartnerResponse.Declined, PartnerResponse.Confirmed], partners.Select(p => p.Response));
        var inbox = await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.UserId == world.Applicant).CountAsync());
        Assert.Equal(2, inbox);
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<PartnerInvitations>(s => s.RespondAsync("not-a-token", confirm: true)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Save_PartnerAddressChanged_AsksThePartnerAgain(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await world.CreateAsync();
        var input = world.CompleteInput(await world.LeadPartnerAsync(id));
        await world.SaveAsync(id, input);
        await world.ConfirmPartnersAndAttachAsync(id);
        var confirmed = ProposalQueries.ToInput((await world.GetAsync(id)).Content);
        var partners = confirmed.Partners!.ToList();
        partners[2] = partners[2] with { ContactEmail = "someone.else@ikts.example.de" };

        await world.SaveAsync(id, confirmed with { Partners = partners });

        var after = (await world.GetAsync(id)).Content.Partners;
        Assert.Equal([PartnerResponse.Confirmed, PartnerResponse.Confirmed, PartnerResponse.Pending], after.Select(p => p.Response));
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => world.SubmitAsync(id));
        Assert.Equal(["partners[2]"], error.Errors.Keys);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Submit_CompleteProposal_IsFinalFrozenAndNumbered(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await world.CreateAsync();
        await world.SaveAsync(id, world.CompleteInput(await world.LeadPartnerAsync(id)));
        await world.ConfirmPartnersAndAttachAsync(id);

        var receipt = await world.SubmitAsync(id);

        Assert.Equal("2026-0001", receipt);
        var detail = await world.GetAsync(id);
        Assert.Equal((ProposalStatus.Submitted, world.Time.GetUtcNow(), false, true), (detail.Status, detail.SubmittedAt, detail.CanEdit, detail.Eligibility.Qualifies));
        Assert.Equal(3, detail.Content.Documents.Count);
        await world.Host.QueryAsync(db => db.Organizations.Where(o => o.Id == world.Company)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.NameKo, "누리에너지(주)")));
        Assert.Equal("(주)누리배터리", (await world.GetAsync(id)).Content.Lead!.Name);
        var lead = await world.LeadPartnerAsync(id);
        var final = await Assert.ThrowsAsync<BusinessRuleException>(() => world.SaveAsync(id, world.CompleteInput(lead)));
        Assert.Equal("Proposal.Final", final.Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.AttachAsync(id, "IpEvidence"));
        var mail = await world.Host.QueryAsync(db => db.OutgoingEmails.AsNoTracking().SingleAsync(m => m.Template == "ProposalSubmitted"));
        Assert.Contains("2026-0001", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(detail.SnapshotSha256!, mail.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Submit_AfterTheCloseInstant_IsRefusedAndStaysADraft(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await world.CreateAsync();
        await world.SaveAsync(id, world.CompleteInput(await world.LeadPartnerAsync(id)));
        await world.ConfirmPartnersAndAttachAsync(id);
        world.Time.Advance(TimeSpan.FromDays(30));

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => world.SubmitAsync(id));

        Assert.Equal("Proposal.CallClosed", error.Code);
        Assert.Equal((ProposalStatus.Draft, null), ((await world.GetAsync(id)).Status, (await world.GetAsync(id)).ReceiptNumber));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Submit_FailedRules_IsAcceptedWithTheFailedChecksShownToTheManager(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await world.CreateAsync();
        var input = world.CompleteInput(await world.LeadPartnerAsync(id)) with { Dispatch = [new ProposalDispatchInput(0, "Fraunhofer IKTS", "DE", 1, 3)] };
        await world.SaveAsync(id, input);
        await world.ConfirmPartnersAndAttachAsync(id);
        Assert.Contains((await world.GetAsync(id)).Eligibility.Checks, c => c is { Code: "dispatch", Passed: false });

        await world.SubmitAsync(id);

        var received = Assert.Single(await world.Host.RunAsync<ProposalQueries, IReadOnlyList<ReceivedProposal>>(q => q.ReceivedAsync(world.Manager, world.Call)));
        Assert.Equal(("2026-0001", 1, 700_000_000L), (received.ReceiptNumber, received.FailedChecks, received.GovernmentKrw));
        var managerView = await world.GetAsync(id, world.Manager);
        Assert.Equal((false, true), (managerView.Role.IsApplicant, managerView.Role.IsManager));
        Assert.False(managerView.Eligibility.Checks.Single(c => c.Code == "dispatch").Passed);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_OtherUsersAndManagersBeforeSubmission_DoNotSeeTheProposal(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await world.CreateAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => world.GetAsync(id, world.OtherCompanyUser));
        await Assert.ThrowsAsync<NotFoundException>(() => world.GetAsync(id, world.Manager));
        await Assert.ThrowsAsync<NotFoundException>(() => world.AttachAsync(id, "ResearchPlan", world.OtherCompanyUser));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            world.Host.RunAsync<ProposalQueries, IReadOnlyList<ReceivedProposal>>(q => q.ReceivedAsync(world.Applicant, world.Call)));
        var badKind = await Assert.ThrowsAsync<ValidationFailedException>(() => world.AttachAsync(id, "Photo"));
        Assert.Equal(["kind"], badKind.Errors.Keys);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Withdraw_SubmittedBeforeClose_IsWithdrawnAndKeepsItsReceipt(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await world.CreateAsync();
        await world.SaveAsync(id, world.CompleteInput(await world.LeadPartnerAsync(id)));
        await world.ConfirmPartnersAndAttachAsync(id);
        await world.SubmitAsync(id);

        await world.Host.RunAsync<ProposalService>(s => s.WithdrawAsync(world.Applicant, id));

        var detail = await world.GetAsync(id);
        Assert.Equal((ProposalStatus.Withdrawn, "2026-0001", false), (detail.Status, detail.ReceiptNumber, detail.CanWithdraw));
        await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<ProposalService>(s => s.WithdrawAsync(world.Applicant, id)));
    }
}
