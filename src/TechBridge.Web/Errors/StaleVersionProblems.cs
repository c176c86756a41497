using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Web.Errors;

/// <summary>The problem for a change based on an old version: 412 for a stale If-Match, 409 for a lost race, both with the current version.</summary>
internal static class StaleVersionProblems
{
    public static ProblemDetails Create(IStringLocalizer localizer, StaleVersionException stale)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(stale);
        var status = stale is PreconditionFailedException ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict;
        var title = status == StatusCodes.Status412PreconditionFailed ? "Problem.PreconditionFailed" : ApiProblems.TitleKey(status);
        return new ProblemDetails
        {
            Status = status,
            Title = localizer[title],
            Detail = stale.Message,
            Extensions = { ["currentVersion"] = stale.CurrentVersion },
        };
    }
}
