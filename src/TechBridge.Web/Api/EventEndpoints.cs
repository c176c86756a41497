using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/marketplace/events: partnering events for any signed-in user; Core decides who may do what (coordinators and
/// program managers create, the organiser manages; company, researcher and center accounts register; the participants
/// list, meetings and agenda are for registered participants). Bad input 400, not allowed 403, unknown (or someone
/// else's draft) 404, a broken rule (wrong state, duplicate request, inconsistent schedule input) 409.
/// </summary>
public static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/v1/marketplace/events").WithTags("Marketplace");
        events.MapGet("/", ListAsync).WithName("ListEvents").WithSummary("Partnering events (drafts only for their organisers)");
        events.MapPost("/", CreateAsync).WithName("CreateEvent").WithSummary("Create a draft event (coordinators and program managers): 201 with { id }")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        events.MapGet("/{id:guid}", DetailAsync).WithName("GetEvent").WithSummary("One event with its slots and the caller's registration, and its ETag")
            .ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateEvent")
            .WithSummary("Change the event (its organiser, program managers; If-Match optional): 204; days, hours and meeting length are fixed once anyone registered (400), a closed event is 409, a stale If-Match 412")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        events.MapPost("/{id:guid}/open", (Guid id, HttpContext c, EventService s, CancellationToken ct) => AdvanceAsync(id, PartneringEventStatus.Open, c, s, ct))
            .WithName("OpenEvent").WithSummary("Open registration (Draft → Open): 204").ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPost("/{id:guid}/close", (Guid id, HttpContext c, EventService s, CancellationToken ct) => AdvanceAsync(id, PartneringEventStatus.Closed, c, s, ct))
            .WithName("CloseEvent").WithSummary("Close the event (Scheduled → Closed): 204").ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPut("/{id:guid}/registration", RegisterAsync).WithName("RegisterForEvent")
            .WithSummary("Register (or update the profile): { organization, offers, requests, fields, unavailableSlots }: 200 with { id }")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapGet("/{id:guid}/participants", ParticipantsAsync).WithName("ListEventParticipants")
            .WithSummary("Participants (contacts only after an accepted meeting) and the people the caller should meet").ProducesProblem(StatusCodes.Status403Forbidden);
        events.MapGet("/{id:guid}/meetings", MeetingsAsync).WithName("ListMyEventMeetings").WithSummary("The caller's meeting requests, in and out");
        events.MapPost("/{id:guid}/meetings", RequestAsync).WithName("RequestEventMeeting").WithSummary("Request a meeting: { recipientId, message }: 201 with { id }")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPost("/{id:guid}/meetings/{requestId:guid}/accept", AcceptAsync).WithName("AcceptEventMeeting").WithSummary("Accept a request made to the caller: 204");
        events.MapPost("/{id:guid}/meetings/{requestId:guid}/decline", DeclineAsync).WithName("DeclineEventMeeting").WithSummary("Decline: { reason }: 204");
        events.MapPut("/{id:guid}/meetings/{requestId:guid}/feedback", FeedbackAsync).WithName("GiveEventMeetingFeedback")
            .WithSummary("After the meeting: { followUpPlanned, nextStep }: 204").ProducesValidationProblem();
        events.MapPost("/{id:guid}/meetings/{requestId:guid}/follow-up", FollowUpAsync).WithName("FollowUpEventMeeting")
            .WithSummary("After recording a planned follow-up, continue the meeting in an inquiry to the other participant: { subject, body }: 200 with { id } of the thread (the existing one when the meeting already has one)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapGet("/{id:guid}/follow-ups", FollowUpsAsync).WithName("GetEventFollowUps")
            .WithSummary("The organiser's count of meetings with a follow-up planned, continued in an inquiry, and led to a deal").ProducesProblem(StatusCodes.Status403Forbidden);
        events.MapGet("/{id:guid}/schedule", ScheduleAsync).WithName("GetEventSchedule").WithSummary("The organiser's schedule: placed and unplaced meetings, the last run");
        events.MapPost("/{id:guid}/schedule/run", RunAsync).WithName("RunEventSchedule")
            .WithSummary("Run (or rerun) the scheduler, keeping locked meetings: 200 with the counts; 409 on inconsistent input").ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPut("/{id:guid}/schedule/placements/{placementId:guid}/lock", LockAsync).WithName("LockEventMeeting").WithSummary("Lock or unlock: { locked }: 204");
        events.MapPost("/{id:guid}/schedule/publish", PublishAsync).WithName("PublishEventSchedule").WithSummary("Publish the schedule (Open → Scheduled), telling every participant: 204");
        events.MapGet("/{id:guid}/agenda", AgendaAsync).WithName("GetMyEventAgenda").WithSummary("The caller's meetings once the schedule is published");
        events.MapGet("/{id:guid}/agenda.ics", AgendaCalendarAsync).WithName("GetMyEventAgendaCalendar").WithSummary("The caller's agenda as iCalendar (RFC 5545)");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<EventRow>>> ListAsync(HttpContext context, EventQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(Me(context), ct));

    private static EventInput Input(EventBody body) => new(body.NameKo, body.NameEn, body.Description, body.Venue, body.IsOnline ?? false,
        body.FirstDay, body.LastDay, body.DailyStart, body.DailyEnd, body.MeetingMinutes, body.Tables, body.RegistrationDeadline);

    private static async Task<Created<CreatedId>> CreateAsync(EventBody body, HttpContext context, EventService service, CancellationToken ct)
    {
        var id = await service.CreateAsync(Me(context), Input(body), ct);
        return TypedResults.Created($"/api/v1/marketplace/events/{id}", new CreatedId(id));
    }

    private static async Task<Ok<EventDetail>> DetailAsync(Guid id, HttpContext context, EventQueries queries, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(Me(context), id, ct);
        context.Response.SetETag(detail.Version);
        return TypedResults.Ok(detail);
    }

    private static async Task<NoContent> UpdateAsync(Guid id, EventBody body, HttpContext context, EventService service, CancellationToken ct)
    {
        await service.UpdateAsync(Me(context), id, Input(body), context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> AdvanceAsync(Guid id, PartneringEventStatus to, HttpContext context, EventService service, CancellationToken ct)
    {
        await service.AdvanceAsync(Me(context), id, to, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CreatedId>> RegisterAsync(Guid id, EventRegistrationBody body, HttpContext context, EventService service, CancellationToken ct) =>
        TypedResults.Ok(new CreatedId(await service.RegisterAsync(Me(context), id,
            new RegistrationInput(body.Organization, body.Offers, body.Requests, body.Fields, body.UnavailableSlots), ct)));

    private static async Task<Ok<ParticipantsPage>> ParticipantsAsync(Guid id, HttpContext context, EventQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ParticipantsAsync(Me(context), id, ct));

    private static async Task<Ok<IReadOnlyList<MeetingRequestView>>> MeetingsAsync(Guid id, HttpContext context, EventQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MeetingsAsync(Me(context), id, ct));

    private static async Task<Created<CreatedId>> RequestAsync(Guid id, EventMeetingRequestBody body, HttpContext context, EventMeetingService service, CancellationToken ct)
    {
        if (body.RecipientId is not { } recipient)
        {
            throw ValidationFailedException.For("recipientId", CoreMessages.Get("Validation.Required", CoreMessages.Get("Event.Field.Recipient")));
        }

        var created = await service.RequestAsync(Me(context), id, recipient, body.Message, ct);
        return TypedResults.Created($"/api/v1/marketplace/events/{id}/meetings#{created}", new CreatedId(created));
    }

    private static async Task<NoContent> AcceptAsync(Guid id, Guid requestId, HttpContext context, EventMeetingService service, CancellationToken ct)
    {
        await service.AnswerAsync(Me(context), id, requestId, accept: true, null, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeclineAsync(Guid id, Guid requestId, EventDeclineBody? body, HttpContext context, EventMeetingService service, CancellationToken ct)
    {
        await service.AnswerAsync(Me(context), id, requestId, accept: false, body?.Reason, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> FeedbackAsync(Guid id, Guid requestId, EventFeedbackBody body, HttpContext context, EventMeetingService service, CancellationToken ct)
    {
        await service.FeedbackAsync(Me(context), id, requestId, body.FollowUpPlanned, body.NextStep, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CreatedId>> FollowUpAsync(Guid id, Guid requestId, EventFollowUpBody body, HttpContext context, EventMeetingService service, CancellationToken ct) =>
        TypedResults.Ok(new CreatedId(await service.FollowUpAsync(Me(context), id, requestId, body.Subject, body.Body, ct)));

    private static async Task<Ok<EventFollowUpSummary>> FollowUpsAsync(Guid id, HttpContext context, EventQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.FollowUpsAsync(Me(context), id, ct));

    private static async Task<Ok<ScheduleView>> ScheduleAsync(Guid id, HttpContext context, EventQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ScheduleAsync(Me(context), id, ct));

    private static async Task<Ok<ScheduleRunResult>> RunAsync(Guid id, HttpContext context, EventScheduleService service, CancellationToken ct) =>
        TypedResults.Ok(await service.RunAsync(Me(context), id, ct));

    private static async Task<NoContent> LockAsync(Guid id, Guid placementId, EventLockBody body, HttpContext context, EventScheduleService service, CancellationToken ct)
    {
        if (body.Locked is not { } locked)
        {
            throw ValidationFailedException.For("locked", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Event.Field.Locked")));
        }

        await service.LockAsync(Me(context), id, placementId, locked, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> PublishAsync(Guid id, HttpContext context, EventScheduleService service, CancellationToken ct)
    {
        await service.PublishAsync(Me(context), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<AgendaView>> AgendaAsync(Guid id, HttpContext context, EventQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.AgendaAsync(Me(context), id, ct));

    private static async Task<FileContentHttpResult> AgendaCalendarAsync(Guid id, HttpContext context, EventQueries queries, CancellationToken ct) =>
        TypedResults.File(await queries.AgendaCalendarAsync(Me(context), id, ct), EventCalendar.ContentType, $"agenda-{id}.ics");

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
