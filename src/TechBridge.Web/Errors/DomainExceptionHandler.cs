using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Errors;

/// <summary>
/// Maps exceptions to problem details in one place: invalid input → 400, broken rule → 409, unknown → 404,
/// forbidden → 403, stale If-Match → 412 and lost race → 409 (both with the current version; versioned endpoints answer
/// those themselves to add the ETag, see EntityTags.WithVersionCheck), anything else → 500 without internals. Pages get
/// the same status with the error page.
/// </summary>
internal sealed class DomainExceptionHandler(IStringLocalizer<SharedResource> localizer, ILogger<DomainExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
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

        problem.Extensions["requestId"] = httpContext.TraceIdentifier;
        await ApiProblems.WriteAsync(httpContext, problem);
        return true;
    }

    private ProblemDetails ToProblem(Exception exception) => exception switch
    {
        ValidationFailedException invalid => new HttpValidationProblemDetails(invalid.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = localizer["Problem.Validation"],
        },
        NotFoundException => Problem(StatusCodes.Status404NotFound, null),
        ForbiddenException => Problem(StatusCodes.Status403Forbidden, null),
        BusinessRuleException rule => Problem(StatusCodes.Status409Conflict, rule.Message, rule.Code),
        PreconditionFailedException stale => StaleVersionProblems.Create(localizer, stale),
        ConcurrencyConflictException conflict => StaleVersionProblems.Create(localizer, conflict),
        BadHttpRequestException bad => Problem(bad.StatusCode, localizer["Problem.MalformedRequest"]),
        _ => Problem(StatusCodes.Status500InternalServerError, null),
    };

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
