using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/programs/proposals: applications to calls. A company user or researcher with an organisation starts a draft
/// under an open call, saves it (If-Match) as often as they like, invites the partners by e-mail, submits it once
/// (final, with a receipt number) or withdraws it while the call is open. Program managers and administrators read
/// submitted proposals (never drafts) and list a call's submissions. To anyone else a proposal does not exist (404).
/// A partner answers its invitation without an account, through the token of the e-mailed link. A broken business rule
/// (call not open or already closed, proposal already final) is 409 with its <c>code</c>, like every business rule of the API.
/// </summary>
public static class ProposalEndpoints
{
    public static IEndpointRouteBuilder MapProposalEndpoints(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/api/v1/programs/calls/{callId:guid}/proposals").WithTags("Programs");
        calls.MapPost("/", CreateAsync).WithName("CreateProposal")
            .WithSummary("Start a draft under an open call, led by the caller's organisation (company users and researchers with an organisation): 201 with the proposal and its ETag; 409 when the call is not open")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        calls.MapGet("/", ReceivedAsync).WithName("ListReceivedProposals").RequireAuthorization(Policies.CallManager)
            .WithSummary("The proposals submitted to the call (withdrawn ones marked), in receipt order, with their failed eligibility checks")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        var proposals = app.MapGroup("/api/v1/programs/proposals").WithTags("Programs");
        proposals.MapGet("/", MineAsync).WithName("ListMyProposals").WithSummary("The caller's own proposals, last changed first");
        proposals.MapGet("/{id:guid}", GetAsync).WithName("GetProposal")
            .WithSummary("One proposal with its eligibility report and ETag: the live draft, or the frozen copy once submitted (applicant; managers once submitted)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        proposals.MapPut("/{id:guid}", SaveAsync).WithName("SaveProposal").WithVersionCheck()
            .WithSummary("Save the draft as it stands (If-Match: the ETag of its GET): 200 with { version }, which is also the new ETag; 400 with the fields; 409 once final or the call closed")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        proposals.MapPost("/{id:guid}/invitations", InviteAsync).WithName("InviteProposalPartners")
            .WithSummary("E-mail the invitation to every partner with an address who has not confirmed, or only to { \"partnerId\" }: 200 with { sent }")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        proposals.MapPost("/{id:guid}/submit", SubmitAsync).WithName("SubmitProposal").WithVersionCheck()
            .WithSummary("Submit the draft, final (If-Match): 200 with { receiptNumber }; 400 naming what is missing or which partner has not confirmed; 409 after the call's close")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        proposals.MapPost("/{id:guid}/withdraw", WithdrawAsync).WithName("WithdrawProposal").WithVersionCheck()
            .WithSummary("Withdraw a draft or a submitted proposal while the call is open (If-Match): 204")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        proposals.MapPost("/{id:guid}/screening", ScreenAsync).WithName("ScreenProposal").RequireAuthorization(Policies.CallManager).WithVersionCheck()
            .WithSummary("Record the screening of a submitted proposal after the call's close: { \"outcome\": \"Passed\"|\"Rejected\", \"note\" } (a reason is required to reject), If-Match: 200 with { version }")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        // Partners have no account: the link's token is the credential. Rate-limited per client like the account's token forms.
        // Mapped on the app rather than the group, so its route has no trailing slash.
        app.MapGet("/api/v1/programs/invitations/{token}", FindInvitationAsync).WithTags("Programs").AllowAnonymous().WithName("GetPartnerInvitation")
            .WithSummary("What the invited partner is asked to join (no sign-in: the token of the e-mailed link); 404 for an unknown link")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var invitations = app.MapGroup("/api/v1/programs/invitations/{token}").WithTags("Programs").AllowAnonymous();
        invitations.MapPost("/confirm", (string token, PartnerInvitations service, CancellationToken ct) => RespondAsync(token, true, service, ct))
            .WithName("ConfirmPartnerInvitation").WithSummary("The partner confirms its participation: 204; 409 once the proposal was submitted")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        invitations.MapPost("/decline", (string token, PartnerInvitations service, CancellationToken ct) => RespondAsync(token, false, service, ct))
            .WithName("DeclinePartnerInvitation").WithSummary("The partner declines: 204; 409 once the proposal was submitted")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Created<ProposalDetail>> CreateAsync(Guid callId, HttpContext context, ProposalService service, ProposalQueries queries, CancellationToken ct)
    {
        var me = Me(context);
        var id = await service.CreateAsync(me, callId, cancellationToken: ct);
        var proposal = await queries.GetAsync(me, id, ct);
        context.Response.SetETag(proposal.Version);
        return TypedResults.Created($"/api/v1/programs/proposals/{id}", proposal);
    }

    private static async Task<Ok<IReadOnlyList<ReceivedProposal>>> ReceivedAsync(Guid callId, HttpContext context, ProposalQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ReceivedAsync(Me(context), callId, ct));

    private static async Task<Ok<IReadOnlyList<ProposalSummary>>> MineAsync(HttpContext context, ProposalQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MineAsync(Me(context), ct));

    private static async Task<Ok<ProposalDetail>> GetAsync(Guid id, HttpContext context, ProposalQueries queries, CancellationToken ct)
    {
        var proposal = await queries.GetAsync(Me(context), id, ct);
        context.Response.SetETag(proposal.Version);
        return TypedResults.Ok(proposal);
    }

    private static async Task<Ok<ProposalSaved>> SaveAsync(Guid id, ProposalInput input, HttpContext context, ProposalService service, CancellationToken ct)
    {
        var version = await service.SaveAsync(Me(context), id, input, context.Request.IfMatch(), ct);
        context.Response.SetETag(version);
        return TypedResults.Ok(new ProposalSaved(version));
    }

    private static async Task<Ok<ProposalSaved>> ScreenAsync(Guid id, ProposalScreeningBody body, HttpContext context, ProposalScreening screening, CancellationToken ct)
    {
        var version = await screening.DecideAsync(Me(context), id, body.Outcome, body.Note, context.Request.IfMatch(), ct);
        context.Response.SetETag(version);
        return TypedResults.Ok(new ProposalSaved(version));
    }

    private static async Task<Ok<ProposalInvitationsSent>> InviteAsync(
        Guid id, [FromBody] ProposalInvitationBody? body, HttpContext context, PartnerInvitations invitations, CancellationToken ct) =>
        TypedResults.Ok(new ProposalInvitationsSent(await invitations.InviteAsync(Me(context), id, body?.PartnerId, ct)));

    private static async Task<Ok<ProposalReceipt>> SubmitAsync(Guid id, HttpContext context, ProposalService service, CancellationToken ct) =>
        TypedResults.Ok(new ProposalReceipt(await service.SubmitAsync(Me(context), id, context.Request.IfMatch(), ct)));

    private static async Task<NoContent> WithdrawAsync(Guid id, HttpContext context, ProposalService service, CancellationToken ct)
    {
        await service.WithdrawAsync(Me(context), id, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PartnerInvitationView>> FindInvitationAsync(string token, PartnerInvitations invitations, CancellationToken ct) =>
        TypedResults.Ok(await invitations.FindAsync(token, ct));

    private static async Task<NoContent> RespondAsync(string token, bool confirm, PartnerInvitations invitations, CancellationToken ct)
    {
        await invitations.RespondAsync(token, confirm, ct);
        return TypedResults.NoContent();
    }

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
