using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Matching;
using TechBridge.Core.Shared;
using TechBridge.Core.Programs.Reference;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Calendar;
using TechBridge.Core.Shared.Jobs;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the data layer and every Core feature service.</summary>
    public static IServiceCollection AddTechBridgeCore(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddTechBridgeData(database);
        services.AddSingleton<TaxonomyCatalog>();
        services.AddOptions<BusinessCalendarOptions>();
        services.AddSingleton<BusinessCalendar>();
        services.AddTechBridgeIdentity();
        services.AddScoped<AccountService>();
        services.AddScoped<SignInService>();
        services.AddScoped<TwoFactorService>();
        services.AddScoped<SessionRevoker>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<LinkRequestService>();
        services.AddScoped<AccountQueries>();
        services.AddScoped<Accounts.ApiTokens.ApiTokenService>();
        services.AddScoped<OrganizationQueries>();
        services.AddScoped<OrganizationService>();
        services.AddScoped<PersonQueries>();
        services.AddScoped<DirectoryStatsQueries>();
        services.AddScoped<EquipmentQueries>();
        services.AddScoped<EquipmentService>();
        services.AddScoped<IndustryQueries>();
        services.AddScoped<IndustryService>();
        services.AddScoped<Facilities.Utilisation.UtilisationQueries>();
        services.AddScoped<Facilities.Statements.StatementQueries>();
        services.AddScoped<CenterEquipmentService>();
        services.AddScoped<Facilities.Packages.PackageValidator>();
        services.AddScoped<Facilities.Packages.PackageService>();
        services.AddScoped<Facilities.Packages.PackageQueries>();
        services.AddScoped<FacilityActors>();
        services.AddScoped<Programs.ProgramActors>();
        services.AddScoped<Programs.Calls.CallValidator>();
        services.AddScoped<Programs.Calls.CallService>();
        services.AddScoped<Programs.Calls.CallQueries>();
        services.AddScoped<Facilities.Reservations.ReservationService>();
        services.AddScoped<Facilities.Reservations.ReservationNotices>();
        services.AddScoped<Facilities.Reservations.ReservationQueries>();
        services.AddScoped<Facilities.Reservations.AvailabilitySearch>();
        services.AddScoped<Facilities.Assistant.EquipmentAssistant>();
        services.AddSingleton<Facilities.Assistant.AssistantVocabularySource>();
        services.AddScoped<Facilities.Reservations.ReservationTimeline>();
        services.AddRecurringJob<Facilities.Reservations.HoldExpiryJob>(Facilities.Reservations.HoldExpiryJob.Name, Facilities.Reservations.HoldExpiryJob.Interval);
        services.AddOptions<Facilities.Requests.SupportRequestOptions>();
        services.AddScoped<Facilities.Requests.SupportRequestAccess>();
        services.AddScoped<Facilities.Requests.SupportRequestNotices>();
        services.AddScoped<Facilities.Requests.SupportRequestService>();
        services.AddScoped<Facilities.Requests.SupportAssignmentService>();
        services.AddScoped<Facilities.Requests.SupportRequestQueries>();
        services.AddScoped<Facilities.Requests.SupportRequestProposals>();
        services.AddScoped<Facilities.Requests.SupportRequestEscalation>();
        services.AddRecurringJob<Facilities.Requests.SupportRequestEscalationJob>(Facilities.Requests.SupportRequestEscalationJob.Name, Facilities.Requests.SupportRequestEscalationJob.Interval);
        services.AddScoped<Facilities.Disposals.DisposalAccess>();
        services.AddScoped<Facilities.Disposals.DisposalNotices>();
        services.AddScoped<Facilities.Disposals.DisposalEvidenceSource>();
        services.AddScoped<Facilities.Disposals.DisposalService>();
        services.AddScoped<Facilities.Disposals.DisposalQueries>();
        services.AddScoped<TechnologyQueries>();
        services.AddScoped<NeedQueries>();
        services.AddScoped<NeedService>();
        services.AddScoped<ProgramReferenceQueries>();
        services.AddScoped<AuditQueries>();
        services.AddOptions<MatchingOptions>();
        services.AddSingleton<PartnerIndex>();
        services.AddSingleton<IEntityChangeObserver>(sp => sp.GetRequiredService<PartnerIndex>());
        services.AddHostedService(sp => sp.GetRequiredService<PartnerIndex>());
        services.AddScoped<PartnerSearch>();
        services.AddScoped<GlossaryService>();
        services.AddScoped<GlossaryQueries>();
        services.AddTechBridgeNotifications();
        services.AddOptions<Shared.Attachments.AttachmentOptions>();
        services.AddSingleton<Shared.Attachments.AttachmentStore>();
        services.AddScoped<Shared.Attachments.AttachmentService>();
        services.AddScoped<Shared.Attachments.IAttachmentOwnerPolicy, EquipmentAttachmentPolicy>();
        services.AddScoped<Shared.Attachments.IAttachmentOwnerPolicy, Facilities.Requests.SupportRequestAttachmentPolicy>();
        return services;
    }
}
