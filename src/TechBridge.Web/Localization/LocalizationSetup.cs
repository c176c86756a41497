using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace TechBridge.Web.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddTechBridgeLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.Supported.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Cultures.Korean);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // Korean unless the person chose otherwise: a ?culture= link, the cookie, or the account's preference
            // (written to the cookie at sign-in). The browser's Accept-Language is deliberately not consulted.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static IApplicationBuilder UseTechBridgeLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();
}
