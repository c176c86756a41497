using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Errors;

/// <summary>Writes RFC 9457 problem details with a title in the caller's language.</summary>
internal static class ApiProblems
{
    public static string TitleKey(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Problem.BadRequest",
        StatusCodes.Status401Unauthorized => "Problem.Unauthorized",
        StatusCodes.Status403Forbidden => "Problem.Forbidden",
        StatusCodes.Status404NotFound => "Problem.NotFound",
        StatusCodes.Status405MethodNotAllowed => "Problem.MethodNotAllowed",
        StatusCodes.Status409Conflict => "Problem.Conflict",
        StatusCodes.Status413PayloadTooLarge => "Problem.PayloadTooLarge",
        StatusCodes.Status415UnsupportedMediaType => "Problem.UnsupportedMediaType",
        StatusCodes.Status422UnprocessableEntity => "Problem.Unprocessable",
        < StatusCodes.Status500InternalServerError => "Problem.BadRequest",
        _ => "Problem.ServerError",
    };

    public static async Task WriteStatusAsync(HttpContext context, int status, string? detail = null)
    {
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await WriteAsync(context, new ProblemDetails { Status = status, Title = localizer[TitleKey(status)], Detail = detail });
    }

    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
