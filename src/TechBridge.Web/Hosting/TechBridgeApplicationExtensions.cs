using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Web.Api;
using TechBridge.Web.Auth;
using TechBridge.Web.Auth.ApiTokens;
using TechBridge.Web.Components;
using TechBridge.Web.Errors;
using TechBridge.Web.Localization;
using TechBridge.Web.Logging;
using TechBridge.Web.RateLimiting;
using TechBridge.Web.Security;

namespace TechBridge.Web.Hosting;

public static class TechBridgeApplicationExtensions
{
    /// <summary>The request pipeline and every endpoint.</summary>
    public static WebApplication UseTechBridge(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.UseRequestLogging();
        app.UseTechBridgeLocalization(); // first, so error pages and problem titles are in the caller's language too
        app.UseExceptionHandler("/error");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Pages get the not-found page; API responses get a problem body (the inner middleware writes it first).
        app.UseStatusCodePagesWithReExecute("/not-found");
        // Again inside the re-executed branch: the not-found and error pages must not depend on the culture
        // surviving the re-execution (a CI run once rendered a Korean user's not-found page in the machine's locale).
        app.UseTechBridgeLocalization();
        app.UseApiStatusCodeProblems();
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "api/docs";
            options.SwaggerEndpoint("/openapi/v1.json", "TechBridge API v1");
            options.DocumentTitle = "TechBridge API";
        });
        app.MapStaticAssets().AllowAnonymous();
        app.UseAuthentication();
        app.UseApiTokenScopes();
        app.UseTechBridgeRateLimiting();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseInputGuard(); // after sign-in checks (401/403 first), before any endpoint reads input

        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();

        app.MapAccountEndpoints();
        app.MapTaxonomyEndpoints();
        app.MapDirectoryEndpoints();
        app.MapFacilitiesEndpoints();
        app.MapPackageEndpoints();
        app.MapCallEndpoints();
        app.MapProposalEndpoints();
        app.MapReviewerPoolEndpoints();
        app.MapReviewFormEndpoints();
        app.MapSelectionEndpoints();
        app.MapExclusionRequestEndpoints();
        app.MapReviewerDeclarationEndpoints();
        app.MapReviewStageEndpoints();
        app.MapReservationEndpoints();
        app.MapSupportRequestEndpoints();
        app.MapDisposalEndpoints();
        app.MapAvailabilitySearchEndpoints();
        app.MapAssistantEndpoints();
        app.MapAttachmentEndpoints();
        app.MapUtilisationEndpoints();
        app.MapStatementEndpoints();
        app.MapMarketplaceEndpoints();
        app.MapTechnologyListingEndpoints();
        app.MapProgramEndpoints();
        app.MapAdminEndpoints();
        app.MapApiTokenEndpoints();
        app.MapAccountApiEndpoints();
        app.MapPersonalDataEndpoints();
        app.MapMatchingEndpoints();
        app.MapGlossaryEndpoints();
        app.MapInboxEndpoints();
        app.MapInquiryEndpoints();
        app.MapDealEndpoints();
        app.MapEventEndpoints();
        app.MapTalentEndpoints();
        app.MapFunnelEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>Migrates and seeds the database; in Development also loads demo data and prints the demo accounts.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Demo content exists only where nobody relies on real data: Development, and the automated test host.
        var demo = app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Testing");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(demo);
        }

        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TechBridge");
        log.LogInformation("Database: {Database}", settings.Describe());
        if (demo)
        {
            app.Lifetime.ApplicationStarted.Register(() => PrintDemoAccounts(app));
        }
    }

    private static void PrintDemoAccounts(WebApplication app)
    {
        var urls = string.Join(", ", app.Urls);
        Console.WriteLine();
        Console.WriteLine($"TechBridge 포털 / portal: {urls}");
        Console.WriteLine($"데모 계정 / Demo accounts (password / 비밀번호: {DemoAccounts.Password})");
        foreach (var account in DemoAccounts.All)
        {
            Console.WriteLine($"  {string.Join(',', account.Roles),-16} {account.Email}");
        }

        Console.WriteLine();
    }
}
