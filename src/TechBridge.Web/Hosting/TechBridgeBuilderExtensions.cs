using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using TechBridge.Core;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Core.Matching;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Calendar;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Web.Auth;
using TechBridge.Web.Auth.ApiTokens;
using TechBridge.Web.Errors;
using TechBridge.Web.Exports;
using TechBridge.Web.Localization;
using TechBridge.Web.Logging;
using TechBridge.Web.RateLimiting;
using TechBridge.Web.Security;

namespace TechBridge.Web.Hosting;

public static class TechBridgeBuilderExtensions
{
    /// <summary>The composition root: Core, auth, localisation, errors, API docs, health checks, Blazor.</summary>
    public static WebApplicationBuilder AddTechBridge(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Serve static assets (and their precompressed variants) from the build output in every environment,
        // not only Development; a published app has no runtime manifest and this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<InteractiveUser>();
        services.AddSingleton<InteractiveScopes>();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        var database = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddTechBridgeCore(database);
        services.Configure<MatchingOptions>(builder.Configuration.GetSection(MatchingOptions.Section));
        services.Configure<EmailOptions>(builder.Configuration.GetSection(EmailOptions.Section));
        services.Configure<NotificationOptions>(builder.Configuration.GetSection(NotificationOptions.Section));
        services.Configure<DigestOptions>(builder.Configuration.GetSection(DigestOptions.Section));
        services.Configure<BusinessCalendarOptions>(builder.Configuration.GetSection(BusinessCalendarOptions.Section));
        services.Configure<SupportRequestOptions>(builder.Configuration.GetSection(SupportRequestOptions.Section));
        services.Configure<Core.Shared.Attachments.AttachmentOptions>(builder.Configuration.GetSection(Core.Shared.Attachments.AttachmentOptions.Section));
        // Sign-in and antiforgery keys survive restarts (kept beside the SQLite file, or under the data directory).
        services.AddDataProtection().SetApplicationName("TechBridge")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(database.DataDirectory, "keys")));
        builder.AddTechBridgeLogging();
        services.AddTechBridgeAuth();
        services.AddTechBridgeApiTokens();
        services.AddTechBridgeLocalization();
        services.AddTechBridgeErrors();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "TechBridge API";
            document.Info.Description = "Open-innovation platform for industrial technology. 산업기술 개방형 혁신 플랫폼 API.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
        services.AddScoped<DirectoryTables>();
        services.AddScoped<AuditTables>();
        services.AddScoped<FacilitiesTables>();
        services.AddScoped<StatementTables>();
        services.AddScoped<SelectionTables>();
        services.AddScoped<MarketplaceTables>();
        services.AddScoped<FunnelTables>();
        services.AddScoped<Components.Pages.Facilities.Requests.SupportRequestActions>();
        services.AddScoped<Components.Pages.Facilities.Disposals.DisposalActions>();
        // Korean text is written as UTF-8, not as &#xXXXX; escapes (a third of the bytes, and readable source).
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Pages render statically; only components marked InteractiveServer (the booking calendar) open a circuit.
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddAntiforgery();
        services.AddTechBridgeSecurity();
        services.AddTechBridgeRateLimiting(builder.Configuration);
        return builder;
    }
}
