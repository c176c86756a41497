using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Accounts;
using TechBridge.Web.Localization;
using TechBridge.Web.Security;

namespace TechBridge.Web.Auth;

/// <summary>Sign-out and the language switch: small form posts used by every page.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", LogoutAsync).RequireAntiforgeryToken().ExcludeFromDescription();
        app.MapPost("/account/culture", SetCultureAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        context.Response.Redirect("/");
    }

    private static async Task<IResult> SetCultureAsync(
        HttpContext context, [FromForm] string culture, [FromForm] string? returnUrl, AccountService accounts)
    {
        if (!Cultures.IsSupported(culture))
        {
            return Results.BadRequest();
        }

        Cultures.WriteCookie(context.Response, culture);
        if (context.User.UserId() is { } id)
        {
            await accounts.SetCultureAsync(id, culture, context.RequestAborted);
        }

        return Results.LocalRedirect(LocalUrls.OrHome(returnUrl));
    }

}
