using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Errors;

/// <summary>
/// One gate for the text rule (<see cref="TextInput.HasForbiddenCharacters"/>) on every request, before any endpoint
/// runs: query values, form values and every string in a JSON body (with its path), plus nulls inside JSON arrays.
/// The API answers 400 with the fields; a page drops the query values it cannot use (see <see cref="PageQuery"/>) and
/// says so; any other request answers 400.
/// </summary>
internal static class InputGuard
{
    /// <summary>Bodies above this are left to the framework's own limits rather than scanned.</summary>
    private const long MaxScannedBody = 16 * 1024 * 1024;

    public static IApplicationBuilder UseInputGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                await next(context); // the error page, re-executed for a request already judged
                return;
            }

            var errors = new ValidationErrors();
            var page = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
            if (page is not null)
            {
                PageQuery.Clean(context, page);
            }
            else
            {
                foreach (var (key, values) in context.Request.Query)
                {
                    foreach (var value in values)
                    {
                        errors.PlainText(key, value);
                    }
                }
            }

            // A form that failed the antiforgery check is refused by its endpoint unread; even asking for its content type would throw.
            if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: false }
                && context.Request.HasFormContentType)
            {
                await CheckFormAsync(context, errors);
            }
            else if (context.Request.HasJsonContentType() && context.Request.ContentLength is null or <= MaxScannedBody)
            {
                await CheckJsonAsync(context, errors);
            }

            if (!errors.HasErrors)
            {
                await next(context);
            }
            else if (ApiRequests.IsApi(context.Request))
            {
                var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                await ApiProblems.WriteAsync(context, new HttpValidationProblemDetails(errors.ToDictionary())
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = localizer["Problem.Validation"],
                });
            }
            else
            {
                errors.ThrowIfAny(); // the error page says "bad request"
            }
        });

    private static async Task CheckFormAsync(HttpContext context, ValidationErrors errors)
    {
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            errors.Add(BindingProblems.Body, CoreMessages.Get("Validation.Unstorable"));
            return;
        }

        foreach (var (key, values) in form)
        {
            foreach (var value in values)
            {
                errors.PlainText(key, value);
            }
        }
    }

    private static async Task CheckJsonAsync(HttpContext context, ValidationErrors errors)
    {
        context.Request.EnableBuffering();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        context.Request.Body.Position = 0;
        JsonInputScan.Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), errors);
    }
}
