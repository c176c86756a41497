using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Marketplace.Talent;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// Talent: /api/v1/account/talent (a researcher's own talent side), /api/v1/marketplace/hitech (Hi-TECH matching: the
/// need's company proposes, the researcher answers) and /api/v1/marketplace/advisory (K-TAG advice: companies ask,
/// coordinators assign, members log). Core decides who may act; a match or request the caller is no party to is 404.
/// Bad input 400, not allowed 403, a broken rule 409, a stale If-Match 412.
/// </summary>
public static class TalentEndpoints
{
    public static IEndpointRouteBuilder MapTalentEndpoints(this IEndpointRouteBuilder app)
    {
        var profile = app.MapGroup("/api/v1/account/talent").WithTags("Talent");
        profile.MapGet("/", MineAsync).WithName("GetMyTalentProfile").WithSummary("The caller's talent side (researchers); 404 before it is first saved")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        profile.MapPut("/", SaveAsync).WithName("SaveMyTalentProfile").WithSummary("Save the caller's talent side (If-Match optional): 200 with the profile")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed);

        var hitech = app.MapGroup("/api/v1/marketplace/hitech").WithTags("Talent");
        hitech.MapGet("/", MatchesAsync).WithName("ListHiTechMatches").WithSummary("The Hi-TECH matches the caller is party to (staff: all)");
        hitech.MapGet("/needs/{needId:guid}/candidates", CandidatesAsync).WithName("ListHiTechCandidates")
            .WithSummary("Young researchers for a need, ranked, with why and what keeps a proposal out (the need's company and staff)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        hitech.MapPost("/", ProposeAsync).WithName("ProposeHiTechTask").WithSummary("Propose a need to a candidate: { needId, personId, message }: 201 with { id }")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        hitech.MapGet("/{id:guid}", MatchAsync).WithName("GetHiTechMatch").WithSummary("One match with its consortium draft").ProducesProblem(StatusCodes.Status404NotFound);
        hitech.MapPost("/{id:guid}/accept", AcceptAsync).WithName("AcceptHiTechTask").WithSummary("The researcher accepts (If-Match optional): 204");
        hitech.MapPost("/{id:guid}/decline", DeclineAsync).WithName("DeclineHiTechTask").WithSummary("The researcher declines: { reason }: 204");
        hitech.MapPost("/{id:guid}/withdraw", WithdrawAsync).WithName("WithdrawHiTechTask").WithSummary("The company withdraws an unanswered proposal: 204");

        var advisory = app.MapGroup("/api/v1/marketplace/advisory").WithTags("Talent");
        advisory.MapGet("/", AdvisoryListAsync).WithName("ListAdvisoryRequests").WithSummary("K-TAG advisory requests the caller is party to (staff: all)");
        advisory.MapPost("/", AdvisoryCreateAsync).WithName("RequestAdvisory").WithSummary("A company asks: { topic, question, countryCode, fieldCode }: 201 with { id }")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        advisory.MapGet("/{id:guid}", AdvisoryDetailAsync).WithName("GetAdvisoryRequest").WithSummary("One request").ProducesProblem(StatusCodes.Status404NotFound);
        advisory.MapGet("/{id:guid}/members", AdvisoryMembersAsync).WithName("ListAdvisoryMembers").WithSummary("K-TAG members to assign, best first (coordinators)");
        advisory.MapPost("/{id:guid}/assign", AssignAsync).WithName("AssignAdvisoryMember").WithSummary("A coordinator assigns: { memberPersonId, note }: 204")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        advisory.MapPost("/{id:guid}/session", LogAsync).WithName("LogAdvisorySession")
            .WithSummary("The member or a coordinator logs the session: { sessionOn, minutes, outcome, note }: 204").ProducesValidationProblem();
        advisory.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelAdvisoryRequest").WithSummary("The company cancels before the session: 204");
        return app;
    }

    private static async Task<Results<Ok<TalentProfileView>, NotFound>> MineAsync(HttpContext context, TalentProfileService service, CancellationToken ct)
    {
        var mine = await service.MineAsync(Me(context), ct);
        if (mine is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.SetETag(mine.Version);
        return TypedResults.Ok(mine);
    }

    private static async Task<Ok<TalentProfileView>> SaveAsync(TalentProfileBody body, HttpContext context, TalentProfileService service, CancellationToken ct)
    {
        await service.SaveMineAsync(Me(context), new TalentProfileInput(body.Stage, body.PhdYear, body.CountryCode, body.Employer, body.IsKtagMember ?? false,
            body.Availability, body.AvailableFrom, body.WillingToConsult ?? false, body.Skills, body.Fields), context.Request.IfMatch(), ct);
        var mine = (await service.MineAsync(Me(context), ct))!;
        context.Response.SetETag(mine.Version);
        return TypedResults.Ok(mine);
    }

    private static async Task<Ok<IReadOnlyList<HiTechMatchRow>>> MatchesAsync(HttpContext context, TalentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MatchesAsync(Me(context), ct));

    private static async Task<Ok<HiTechCandidates>> CandidatesAsync(Guid needId, HttpContext context, HiTechService service, CancellationToken ct) =>
        TypedResults.Ok(await service.CandidatesAsync(Me(context), needId, ct));

    private static async Task<Created<CreatedId>> ProposeAsync(HiTechProposeBody body, HttpContext context, HiTechService service, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (body.NeedId is null)
        {
            errors.Add("needId", CoreMessages.Get("Validation.Required", CoreMessages.Get("HiTech.Field.Need")));
        }

        if (body.PersonId is null)
        {
            errors.Add("personId", CoreMessages.Get("Validation.Required", CoreMessages.Get("HiTech.Field.Person")));
        }

        errors.ThrowIfAny();
        var id = await service.ProposeAsync(Me(context), body.NeedId!.Value, body.PersonId!.Value, body.Message, ct);
        return TypedResults.Created($"/api/v1/marketplace/hitech/{id}", new CreatedId(id));
    }

    private static async Task<Ok<HiTechMatchDetail>> MatchAsync(Guid id, HttpContext context, TalentQueries queries, CancellationToken ct)
    {
        var detail = await queries.MatchAsync(Me(context), id, ct);
        context.Response.SetETag(detail.Version);
        return TypedResults.Ok(detail);
    }

    private static async Task<NoContent> AcceptAsync(Guid id, HttpContext context, HiTechService service, CancellationToken ct)
    {
        await service.AnswerAsync(Me(context), id, accept: true, null, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeclineAsync(Guid id, HiTechDeclineBody? body, HttpContext context, HiTechService service, CancellationToken ct)
    {
        await service.AnswerAsync(Me(context), id, accept: false, body?.Reason, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> WithdrawAsync(Guid id, HttpContext context, HiTechService service, CancellationToken ct)
    {
        await service.WithdrawAsync(Me(context), id, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<AdvisoryRow>>> AdvisoryListAsync(HttpContext context, TalentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.AdvisoryAsync(Me(context), ct));

    private static async Task<Created<CreatedId>> AdvisoryCreateAsync(AdvisoryRequestBody body, HttpContext context, AdvisoryService service, CancellationToken ct)
    {
        var id = await service.RequestAsync(Me(context), new AdvisoryRequestInput(body.Topic, body.Question, body.CountryCode, body.FieldCode), ct);
        return TypedResults.Created($"/api/v1/marketplace/advisory/{id}", new CreatedId(id));
    }

    private static async Task<Ok<AdvisoryDetail>> AdvisoryDetailAsync(Guid id, HttpContext context, TalentQueries queries, CancellationToken ct)
    {
        var detail = await queries.AdvisoryAsync(Me(context), id, ct);
        context.Response.SetETag(detail.Version);
        return TypedResults.Ok(detail);
    }

    private static async Task<Ok<IReadOnlyList<AdvisoryMemberOption>>> AdvisoryMembersAsync(Guid id, HttpContext context, TalentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MembersAsync(Me(context), id, ct));

    private static async Task<NoContent> AssignAsync(Guid id, AdvisoryAssignBody body, HttpContext context, AdvisoryService service, CancellationToken ct)
    {
        if (body.MemberPersonId is not { } member)
        {
            throw ValidationFailedException.For("memberPersonId", CoreMessages.Get("Advisory.NotMember"));
        }

        await service.AssignAsync(Me(context), id, member, body.Note, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> LogAsync(Guid id, AdvisorySessionBody body, HttpContext context, AdvisoryService service, CancellationToken ct)
    {
        await service.LogSessionAsync(Me(context), id, new AdvisorySessionInput(body.SessionOn, body.Minutes, body.Outcome, body.Note), context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> CancelAsync(Guid id, HttpContext context, AdvisoryService service, CancellationToken ct)
    {
        await service.CancelAsync(Me(context), id, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
