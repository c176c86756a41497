using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Errors;

/// <summary>
/// Maps exceptions to problem details in one place: invalid input → 400, broken rule → 409, unknown → 404,
/// forbidden → 403, stale If-Match → 412 and lost race → 409 (both with the current version; versioned endpoints answer
/// those themselves to add the ETag, see EntityTags.WithVersionCheck), a request the framework could not bind → 400 with
/// the field, a database constraint → 409 (unique) or 400 (foreign key, refused value) with the field where the model can
/// tell, anything else → 500 without internals. Pages get the same status with the error page.
/// </summary>
internal sealed class DomainExceptionHandler(IStringLocalizer<SharedResource> localizer, ILogger<DomainExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(httpContext, exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        // The middleware has already pointed Request.Path at the error page; the feature keeps the original path.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!ApiRequests.IsApi(path))
        {
            httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
            return false; // the /error page renders it
        }

        await ApiProblems.WriteAsync(httpContext, problem);
        return true;
    }

    private ProblemDetails ToProblem(HttpContext context, Exception exception) => exception switch
    {
        ValidationFailedException invalid => Validation(StatusCodes.Status400BadRequest, invalid.Errors.ToDictionary(e => e.Key, e => e.Value)),
        NotFoundException => Problem(StatusCodes.Status404NotFound, null),
        ForbiddenException => Problem(StatusCodes.Status403Forbidden, null),
        BusinessRuleException rule => Problem(StatusCodes.Status409Conflict, rule.Message, rule.Code),
        ReservationConflictException overlap => Overlap(overlap),
        IdempotencyKeyReusedException reused => Problem(StatusCodes.Status422UnprocessableEntity, reused.Message, "Reservation.IdempotencyKeyReused"),
        PreconditionFailedException stale => StaleVersionProblems.Create(localizer, stale),
        ConcurrencyConflictException conflict => StaleVersionProblems.Create(localizer, conflict),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, CoreMessages.Get("Concurrency.Conflict"), "Concurrency.Conflict"),
        BadHttpRequestException bad => BindingProblems.Errors(bad, localizer) is { Count: > 0 } errors
            ? Validation(bad.StatusCode, errors)
            : Problem(bad.StatusCode, localizer["Problem.MalformedRequest"]),
        _ when ConstraintViolation.From(exception, Model(context)) is { } violation => Constraint(violation),
        _ => Problem(StatusCodes.Status500InternalServerError, null),
    };

    /// <summary>409 naming the reservation the period overlaps, so a client can pick another slot.</summary>
    private ProblemDetails Overlap(ReservationConflictException overlap)
    {
        var problem = Problem(StatusCodes.Status409Conflict, overlap.Message, "Reservation.Conflict");
        problem.Extensions["conflict"] = new { start = Kst.ToKst(overlap.ConflictStart), end = Kst.ToKst(overlap.ConflictEnd) };
        return problem;
    }

    private HttpValidationProblemDetails Validation(int status, Dictionary<string, string[]> errors) =>
        new(errors) { Status = status, Title = localizer[status == StatusCodes.Status400BadRequest ? "Problem.Validation" : ApiProblems.TitleKey(status)] };

    private ProblemDetails Constraint(ConstraintViolation violation)
    {
        var (status, key) = violation.Kind switch
        {
            ConstraintKind.Unique => (StatusCodes.Status409Conflict, "Validation.Duplicate"),
            ConstraintKind.ForeignKey => (StatusCodes.Status400BadRequest, "Validation.UnknownReference"),
            _ => (StatusCodes.Status400BadRequest, "Validation.Unstorable"),
        };
        var message = CoreMessages.Get(key);
        if (violation.Field is null)
        {
            return Problem(status, message);
        }

        var problem = Validation(status, new() { [violation.Field] = [message] });
        problem.Title = localizer[ApiProblems.TitleKey(status)];
        problem.Detail = message;
        return problem;
    }

    private static IModel? Model(HttpContext context) =>
        context.RequestServices.GetService<TechBridgeDbContext>()?.GetService<IDesignTimeModel>().Model;

    private ProblemDetails Problem(int status, string? detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Title = localizer[ApiProblems.TitleKey(status)], Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }
}
