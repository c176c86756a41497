using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// i-Platform bookings: availability of an equipment item, booking it (company users; <c>Idempotency-Key</c> makes a retry
/// safe), the reservations the caller may see, and the actions on one (the company confirms or cancels its own, the
/// center's operators approve, decline, check in and out). Overlap answers 409 with the conflicting interval.
/// </summary>
public static class ReservationEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapReservationEndpoints(this IEndpointRouteBuilder app)
    {
        var equipment = app.MapGroup("/api/v1/facilities/equipment").WithTags("Facilities");
        equipment.MapGet("/{id:guid}/availability", AvailabilityAsync).WithName("GetEquipmentAvailability")
            .WithSummary("Free intervals (ISO 8601, KST offset) of one equipment item in [from, to), at most 92 days; busy periods too");
        equipment.MapPost("/{id:guid}/reservations", BookAsync).WithName("BookEquipment")
            .WithSummary("Book [start, end) as a company user: 201 Requested (or Confirmed when no approval is needed), 409 on overlap, 400 outside the rules")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        equipment.MapGet("/{id:guid}/calendar.ics", EquipmentFeedAsync).WithName("EquipmentCalendarFeed")
            .WithSummary("The equipment's active reservations and blackouts as an iCalendar feed (next 92 days)");

        var reservations = app.MapGroup("/api/v1/facilities/reservations").WithTags("Facilities");
        reservations.MapGet("/", ListAsync).WithName("ListReservations")
            .WithSummary("Reservations the caller may see (mine=true: the caller's company's), by equipment, center, status and period");
        reservations.MapGet("/calendar.ics", MyFeedAsync).WithName("MyReservationsCalendarFeed")
            .WithSummary("The caller's company's (or center's) reservations as an iCalendar feed");
        reservations.MapGet("/{id:guid}", GetAsync).WithName("GetReservation").WithSummary("One reservation");
        reservations.MapGet("/{id:guid}/calendar.ics", OneFeedAsync).WithName("ReservationCalendarEntry")
            .WithSummary("One reservation as an iCalendar file (the same event UID as the feeds and the e-mailed invitation)");
        foreach (var (path, action) in Actions)
        {
            reservations.MapPost($"/{{id:guid}}/{path}", (Guid id, [FromBody] ReservationActionRequest? body, HttpContext context, ReservationService service,
                    ReservationQueries queries, FacilityActors actors, CancellationToken ct) => ActAsync(id, action, body, context, service, queries, actors, ct))
                .WithName($"Reservation{action}").WithSummary($"{action} the reservation (If-Match: the ETag of its GET, optional)")
                .WithVersionCheck(); // 412 and a lost race answer with the current version as the ETag, as on every versioned endpoint
        }

        return app;
    }

    private static readonly (string Path, ReservationAction Action)[] Actions =
    [
        ("confirm", ReservationAction.Confirm), ("approve", ReservationAction.Approve), ("decline", ReservationAction.Decline),
        ("cancel", ReservationAction.Cancel), ("check-in", ReservationAction.CheckIn), ("check-out", ReservationAction.CheckOut),
        ("no-show", ReservationAction.NoShow),
    ];

    private static async Task<Ok<EquipmentAvailability>> AvailabilityAsync(
        Guid id, [FromQuery] DateTimeOffset? from, [FromQuery] DateTimeOffset? to, HttpContext context, ReservationQueries queries,
        FacilityActors actors, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (from is null)
        {
            errors.Add("from", CoreMessages.Get("Validation.Required", "from"));
        }

        if (to is null)
        {
            errors.Add("to", CoreMessages.Get("Validation.Required", "to"));
        }

        errors.ThrowIfAny();
        var actor = await actors.FindAsync(Me(context), ct);
        return TypedResults.Ok(await queries.AvailabilityAsync(actor, id, from!.Value, to!.Value, ct));
    }

    private static async Task<Created<ReservationView>> BookAsync(
        Guid id, ReservationRequest request, HttpContext context, ReservationService service, ReservationQueries queries, FacilityActors actors,
        CancellationToken ct)
    {
        var key = context.Request.Headers.TryGetValue(IdempotencyKeyHeader, out var values) ? values.ToString() : null;
        var (reservationId, replayed) = await service.CreateAsync(Me(context), id, request.ToInput(), key, ct);
        if (replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        var view = await queries.GetAsync((await actors.FindAsync(Me(context), ct))!, reservationId, ct);
        context.Response.SetETag(view.Version);
        return TypedResults.Created($"/api/v1/facilities/reservations/{reservationId}", view);
    }

    private static async Task<Ok<PagedResult<ReservationView>>> ListAsync(
        [AsParameters] ReservationListQuery query, HttpContext context, ReservationQueries queries, FacilityActors actors, CancellationToken ct)
    {
        var filter = query.ToFilter();
        var actor = await ActorAsync(context, actors, ct);
        return TypedResults.Ok(await queries.ListAsync(actor, filter, query.ToPage(), ct));
    }

    private static async Task<Ok<ReservationView>> GetAsync(Guid id, HttpContext context, ReservationQueries queries, FacilityActors actors, CancellationToken ct)
    {
        var view = await queries.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        context.Response.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<ReservationView>> ActAsync(
        Guid id, ReservationAction action, ReservationActionRequest? body, HttpContext context, ReservationService service, ReservationQueries queries,
        FacilityActors actors, CancellationToken ct)
    {
        await service.ActAsync(Me(context), id, action, new ReservationDecision(body?.Reason, body?.Samples), context.Request.IfMatch(), ct);
        var view = await queries.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        context.Response.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<IResult> EquipmentFeedAsync(Guid id, HttpContext context, ReservationQueries queries, FacilityActors actors, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var availability = await queries.AvailabilityAsync(await actors.FindAsync(Me(context), ct), id, now.AddDays(-1), now + ReservationLimits.MaxAvailabilityWindow - TimeSpan.FromDays(1), ct);
        return TypedResults.File(ReservationCalendar.ForEquipment(availability), ReservationCalendar.ContentType, $"equipment-{id}.ics");
    }

    private static async Task<IResult> OneFeedAsync(Guid id, HttpContext context, ReservationQueries queries, FacilityActors actors, CancellationToken ct)
    {
        var view = await queries.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        return TypedResults.File(ReservationCalendar.ForReservations([view]), ReservationCalendar.ContentType, $"reservation-{id}.ics");
    }

    private static async Task<IResult> MyFeedAsync(HttpContext context, ReservationQueries queries, FacilityActors actors, TimeProvider time, CancellationToken ct)
    {
        var actor = await ActorAsync(context, actors, ct);
        var now = time.GetUtcNow();
        var page = await queries.ListAsync(actor, new ReservationFilter(Mine: actor.CompanyId is not null, CenterId: actor.CompanyId is null ? actor.CenterId : null,
            From: now.AddDays(-30)), new PageRequest(1, PageRequest.ExportLimit), ct); // every reservation, not the first page: a feed has no next page
        return TypedResults.File(ReservationCalendar.ForReservations(page.Items.Where(r => r.Status.IsActive() || r.Status == ReservationStatus.Completed)),
            ReservationCalendar.ContentType, "reservations.ics");
    }

    private static async Task<FacilityActor> ActorAsync(HttpContext context, FacilityActors actors, CancellationToken ct) =>
        await actors.FindAsync(Me(context), ct) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));

    // The groups are behind the fallback policy (a signed-in user), so the id is always there.
    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
