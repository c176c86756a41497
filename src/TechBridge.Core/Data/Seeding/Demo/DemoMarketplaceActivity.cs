using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Marketplace.Talent;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>The plain facts of the demo data that <see cref="DemoMarketplaceActivityBuilder"/> builds on.</summary>
public sealed record DemoMarketplaceInput(
    DemoMarketplaceInput.Company MainCompany,
    IReadOnlyList<DemoMarketplaceInput.Company> Companies,
    DemoMarketplaceInput.Account Researcher,
    DemoMarketplaceInput.Account Coordinator,
    DemoMarketplaceInput.Account ProgramManager,
    IReadOnlyList<DemoMarketplaceInput.Technology> Technologies,
    IReadOnlyList<DemoMarketplaceInput.Need> Needs,
    IReadOnlyList<DemoMarketplaceInput.Person> People,
    IReadOnlyList<DemoMarketplaceInput.YoungResearcher> YoungResearchers,
    IReadOnlyList<DemoMarketplaceInput.KtagMember> KtagMembers)
{
    /// <summary>A signed-in account (the demo researcher, coordinator, program manager).</summary>
    public sealed record Account(Guid UserId, string Name);

    /// <summary>A company user account (created at <paramref name="CreatedAt"/>) and its company.</summary>
    public sealed record Company(Guid UserId, string UserName, Guid OrganizationId, string OrganizationName, IReadOnlyList<string> Fields, DateTimeOffset CreatedAt);

    /// <summary>A demo public technology offered for licensing, and its owner organisation (which has no account yet).</summary>
    public sealed record Technology(
        Guid Id, string Title, Guid OwnerId, string OwnerName, string? OwnerWebsite, IReadOnlyList<string> Fields, IReadOnlyList<LicenceKind> Offers,
        long? FeeMinKrw, long? FeeMaxKrw, DateTimeOffset CreatedAt);

    /// <summary>An open technology need of a demo company.</summary>
    public sealed record Need(Guid Id, Guid CompanyId, string Title, IReadOnlyList<string> Fields, DateTimeOffset CreatedAt);

    /// <summary>A demo researcher in the directory (a recipient of person inquiries).</summary>
    public sealed record Person(Guid Id, string Name);

    /// <summary>A demo young researcher who qualifies for Hi-TECH (talent profile, PhD within the limit, available, an e-mail address, no account).</summary>
    public sealed record YoungResearcher(Guid PersonId, string Name, string Email, IReadOnlyList<string> Fields);

    /// <summary>A demo K-TAG member abroad.</summary>
    public sealed record KtagMember(Guid PersonId, string CountryCode);
}

/// <summary>What <see cref="DemoMarketplaceActivityBuilder"/> returns: rows to add, technology status changes to apply in order, and the versions the services would have reached.</summary>
public sealed class DemoMarketplaceActivity
{
    /// <summary>Accounts the history needs: a tech-transfer officer of each selling owner, and the Hi-TECH researchers who answered.</summary>
    public List<UserAccount> Users { get; } = [];

    public List<Inquiry> Inquiries { get; } = [];

    public List<InquiryMessage> Messages { get; } = [];

    public List<InquiryRead> Reads { get; } = [];

    public List<Deal> Deals { get; } = [];

    public List<DealStep> Steps { get; } = [];

    /// <summary>The technology status each deal move would have set (only real changes), in time order.</summary>
    public List<TechnologyChange> TechnologyChanges { get; } = [];

    public List<PartneringEvent> Events { get; } = [];

    public List<EventParticipant> Participants { get; } = [];

    public List<EventMeetingRequest> MeetingRequests { get; } = [];

    public List<EventPlacement> Placements { get; } = [];

    public List<EventPlacementSeat> Seats { get; } = [];

    public List<EventScheduleRun> Runs { get; } = [];

    public List<EventMeetingFeedback> Feedback { get; } = [];

    public List<HiTechMatch> Matches { get; } = [];

    public List<AdvisoryRequest> Advisory { get; } = [];

    /// <summary>The version each versioned row would have after the service calls that made it (1 + one per saved change).</summary>
    public Dictionary<Guid, long> Versions { get; } = [];

    public sealed record TechnologyChange(Guid TechnologyId, LicensingStatus Status, DateTimeOffset At);
}
