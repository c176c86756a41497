using TechBridge.Core.Accounts;
using TechBridge.Core.Programs.Calls;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>Calls set up in the shared app through its services, by the demo program manager.</summary>
public static class PublishedCalls
{
    /// <summary>An open call's body, opening now and closing in 30 days (the API's JSON).</summary>
    public static object Body(string title = "권한 확인 공고") => new
    {
        programCode = "GLOBAL_COOP_CENTERS", titleKo = title, titleEn = "Authorization check call", kind = "Open",
        opensAt = DateTimeOffset.UtcNow.AddMinutes(-1), closesAt = DateTimeOffset.UtcNow.AddDays(30),
        totalBudgetKrw = 10_000_000_000L, maxGovernmentKrwPerTask = 1_000_000_000L, maxGovernmentSharePercent = 75, maxMonths = 36,
        requiresDispatch = true, requiresOverseasPartner = true, fieldCodes = new[] { "SECONDARY_BATTERY" }, applicantTypes = new[] { "SmallBusiness" },
        documents = new[] { "ResearchPlan" },
        stages = new object[]
        {
            new { kind = "Screening", weightPercent = 0, reviewersPerProposal = 0 },
            new { kind = "OverseasPeerReview", weightPercent = 40, reviewersPerProposal = 3 },
            new { kind = "DomesticPanel", weightPercent = 60, reviewersPerProposal = 5 },
        },
    };

    public static CallInput Input(string title = "권한 확인 공고") => new()
    {
        ProgramCode = "GLOBAL_COOP_CENTERS", TitleKo = title, TitleEn = "Authorization check call", Kind = CallKind.Open,
        OpensAt = DateTimeOffset.UtcNow.AddMinutes(-1), ClosesAt = DateTimeOffset.UtcNow.AddDays(30), TotalBudgetKrw = 10_000_000_000,
        MaxGovernmentKrwPerTask = 1_000_000_000, MaxGovernmentSharePercent = 75, MaxMonths = 36, RequiresDispatch = true, RequiresOverseasPartner = true,
        FieldCodes = ["SECONDARY_BATTERY"], ApplicantTypes = [ApplicantType.SmallBusiness], Documents = [DocumentKind.ResearchPlan],
        Stages =
        [
            new CallStageInput(StageKind.Screening, 0, null, 0, null),
            new CallStageInput(StageKind.OverseasPeerReview, 40, null, 3, null),
            new CallStageInput(StageKind.DomesticPanel, 60, null, 5, null),
        ],
    };

    /// <summary>A new call by the demo program manager: a draft, or published when asked.</summary>
    public static async Task<Guid> NewCallAsync(this AppFixture fixture, bool published = true, string title = "권한 확인 공고")
    {
        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
        var id = await fixture.RunAsync<CallService, Guid>(s => s.CreateAsync(manager, Input(title)));
        if (published)
        {
            await fixture.RunAsync<CallService, bool>(async s =>
            {
                await s.PublishAsync(manager, id);
                return true;
            });
        }

        return id;
    }
}
