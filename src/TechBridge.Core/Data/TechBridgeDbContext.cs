using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Programs.Reference;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Data;

/// <summary>The one database context. Every SaveChanges writes audit entries in the same transaction.</summary>
public sealed class TechBridgeDbContext(
    DbContextOptions<TechBridgeDbContext> options,
    IAuditActor actor,
    TimeProvider time,
    IEnumerable<IEntityChangeObserver> observers) : DbContext(options)
{
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<Industry> Industries => Set<Industry>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<RndStage> RndStages => Set<RndStage>();
    public DbSet<TrlLevel> TrlLevels => Set<TrlLevel>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationField> OrganizationFields => Set<OrganizationField>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonField> PersonFields => Set<PersonField>();
    public DbSet<Affiliation> Affiliations => Set<Affiliation>();
    public DbSet<Publication> Publications => Set<Publication>();
    public DbSet<PublicationAuthor> PublicationAuthors => Set<PublicationAuthor>();
    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<UserRole> UserRoles => Set<UserRole>();
    public DbSet<UserToken> UserTokens => Set<UserToken>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<OrganizationLinkRequest> OrganizationLinkRequests => Set<OrganizationLinkRequest>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ProgramInfo> Programs => Set<ProgramInfo>();
    public DbSet<ProgramFigure> ProgramFigures => Set<ProgramFigure>();
    public DbSet<ProgramStage> ProgramStages => Set<ProgramStage>();
    public DbSet<SuperGapProject> SuperGapProjects => Set<SuperGapProject>();
    public DbSet<AlchemistTheme> AlchemistThemes => Set<AlchemistTheme>();
    public DbSet<CooperationPair> CooperationPairs => Set<CooperationPair>();
    public DbSet<CooperationType> CooperationTypes => Set<CooperationType>();
    public DbSet<Matching.GlossaryTerm> GlossaryTerms => Set<Matching.GlossaryTerm>();
    public DbSet<Equipment> Equipment => Set<Equipment>();
    public DbSet<EquipmentField> EquipmentFields => Set<EquipmentField>();
    public DbSet<EquipmentStage> EquipmentStages => Set<EquipmentStage>();
    public DbSet<EquipmentOffering> EquipmentOfferings => Set<EquipmentOffering>();
    public DbSet<EquipmentBlackout> EquipmentBlackouts => Set<EquipmentBlackout>();
    public DbSet<Facilities.Reservations.Reservation> Reservations => Set<Facilities.Reservations.Reservation>();
    public DbSet<Facilities.Requests.SupportRequest> SupportRequests => Set<Facilities.Requests.SupportRequest>();
    public DbSet<Facilities.Requests.SupportRequestStage> SupportRequestStages => Set<Facilities.Requests.SupportRequestStage>();
    public DbSet<Facilities.Requests.SupportAssignment> SupportAssignments => Set<Facilities.Requests.SupportAssignment>();
    public DbSet<Facilities.Requests.SupportRequestEvent> SupportRequestEvents => Set<Facilities.Requests.SupportRequestEvent>();
    public DbSet<Facilities.Disposals.DisposalCase> DisposalCases => Set<Facilities.Disposals.DisposalCase>();
    public DbSet<Facilities.Disposals.DisposalEvent> DisposalEvents => Set<Facilities.Disposals.DisposalEvent>();
    public DbSet<Facilities.Packages.ServicePackage> ServicePackages => Set<Facilities.Packages.ServicePackage>();
    public DbSet<Facilities.Packages.PackageComponent> ServicePackageComponents => Set<Facilities.Packages.PackageComponent>();
    public DbSet<Programs.Calls.ProgramCall> ProgramCalls => Set<Programs.Calls.ProgramCall>();
    public DbSet<Programs.Proposals.Proposal> Proposals => Set<Programs.Proposals.Proposal>();
    public DbSet<Programs.Review.Pool.PoolReviewer> Reviewers => Set<Programs.Review.Pool.PoolReviewer>();
    public DbSet<Programs.Review.Assignments.ReviewAssignment> ReviewAssignments => Set<Programs.Review.Assignments.ReviewAssignment>();
    public DbSet<Programs.Review.Assignments.AssignmentRun> AssignmentRuns => Set<Programs.Review.Assignments.AssignmentRun>();
    public DbSet<Programs.Review.Assignments.StageResult> StageResults => Set<Programs.Review.Assignments.StageResult>();
    public DbSet<Programs.Selection.CallSelection> CallSelections => Set<Programs.Selection.CallSelection>();
    public DbSet<Programs.Selection.SelectionEntry> SelectionEntries => Set<Programs.Selection.SelectionEntry>();
    public DbSet<Programs.Selection.SelectionAdjustment> SelectionAdjustments => Set<Programs.Selection.SelectionAdjustment>();
    public DbSet<Programs.Proposals.ProposalExclusionRequest> ExclusionRequests => Set<Programs.Proposals.ProposalExclusionRequest>();
    public DbSet<Programs.Review.Declarations.ReviewerDeclaration> ReviewerDeclarations => Set<Programs.Review.Declarations.ReviewerDeclaration>();
    public DbSet<PublicTechnology> PublicTechnologies => Set<PublicTechnology>();
    public DbSet<PublicTechnologyField> PublicTechnologyFields => Set<PublicTechnologyField>();
    public DbSet<PublicTechnologyPatent> PublicTechnologyPatents => Set<PublicTechnologyPatent>();
    public DbSet<TechnologyNeed> TechnologyNeeds => Set<TechnologyNeed>();
    public DbSet<TechnologyNeedField> TechnologyNeedFields => Set<TechnologyNeedField>();
    public DbSet<TechnologyNeedCountry> TechnologyNeedCountries => Set<TechnologyNeedCountry>();
    public DbSet<Marketplace.Inquiries.Inquiry> Inquiries => Set<Marketplace.Inquiries.Inquiry>();
    public DbSet<Marketplace.Inquiries.InquiryMessage> InquiryMessages => Set<Marketplace.Inquiries.InquiryMessage>();
    public DbSet<Marketplace.Inquiries.InquiryRead> InquiryReads => Set<Marketplace.Inquiries.InquiryRead>();
    public DbSet<Marketplace.Inquiries.InquiryReport> InquiryReports => Set<Marketplace.Inquiries.InquiryReport>();
    public DbSet<Marketplace.Deals.Deal> Deals => Set<Marketplace.Deals.Deal>();
    public DbSet<Marketplace.Deals.DealStep> DealSteps => Set<Marketplace.Deals.DealStep>();
    public DbSet<Marketplace.Deals.DealRevenueReport> DealRevenueReports => Set<Marketplace.Deals.DealRevenueReport>();
    public DbSet<Marketplace.Events.PartneringEvent> PartneringEvents => Set<Marketplace.Events.PartneringEvent>();
    public DbSet<Marketplace.Events.EventParticipant> EventParticipants => Set<Marketplace.Events.EventParticipant>();
    public DbSet<Marketplace.Events.EventMeetingRequest> EventMeetingRequests => Set<Marketplace.Events.EventMeetingRequest>();
    public DbSet<Marketplace.Events.EventPlacement> EventPlacements => Set<Marketplace.Events.EventPlacement>();
    public DbSet<Marketplace.Events.EventPlacementSeat> EventPlacementSeats => Set<Marketplace.Events.EventPlacementSeat>();
    public DbSet<Marketplace.Events.EventScheduleRun> EventScheduleRuns => Set<Marketplace.Events.EventScheduleRun>();
    public DbSet<Marketplace.Events.EventMeetingFeedback> EventMeetingFeedback => Set<Marketplace.Events.EventMeetingFeedback>();
    public DbSet<Marketplace.Talent.TalentProfile> TalentProfiles => Set<Marketplace.Talent.TalentProfile>();
    public DbSet<Marketplace.Talent.HiTechMatch> HiTechMatches => Set<Marketplace.Talent.HiTechMatch>();
    public DbSet<Marketplace.Talent.AdvisoryRequest> AdvisoryRequests => Set<Marketplace.Talent.AdvisoryRequest>();
    public DbSet<Marketplace.Events.EventMeetingFollowUp> EventMeetingFollowUps => Set<Marketplace.Events.EventMeetingFollowUp>();
    public DbSet<Shared.Attachments.Attachment> Attachments => Set<Shared.Attachments.Attachment>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<OutgoingEmail> OutgoingEmails => Set<OutgoingEmail>();
    public DbSet<NotificationSetting> NotificationSettings => Set<NotificationSetting>();

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TechBridgeDbContext).Assembly);
        VersionedModel.Configure(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
        if (IsSqlite)
        {
            // SQLite has no date-time type; storing UTC ticks keeps ordering and comparison in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveAsync(acceptAllChangesOnSuccess, async: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAsync(acceptAllChangesOnSuccess, async: true, cancellationToken);

    /// <summary>
    /// Raises the versions of the versioned entities the unit of work touches, audits every change, and saves, all in
    /// one transaction (see <see cref="VersionedSave"/>). With <paramref name="async"/> false every step runs synchronously.
    /// </summary>
    private async Task<int> SaveAsync(bool acceptAllChangesOnSuccess, bool async, CancellationToken cancellationToken)
    {
        var versions = VersionStamps.Stamp(this);
        var audit = AuditTrail.Record(this, actor, time);
        var changes = EntityChangeCollector.Collect(this);
        try
        {
            var saved = await VersionedSave.SaveAsync(
                this,
                versions,
                () => async ? base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken) : Task.FromResult(base.SaveChanges(acceptAllChangesOnSuccess)),
                async,
                cancellationToken);
            Notify(changes);
            return saved;
        }
        catch
        {
            AuditTrail.Forget(this, audit);
            foreach (var version in versions)
            {
                version.Undo();
            }

            throw;
        }
    }

    private void Notify(EntityChanges changes)
    {
        // A notification is only a hint: the matching index re-reads the entities from the database.
        if (changes.IsEmpty)
        {
            return;
        }

        foreach (var observer in observers)
        {
            observer.Changed(changes);
        }
    }
}
