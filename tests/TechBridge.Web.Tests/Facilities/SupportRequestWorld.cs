using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// Support requests set up in the shared app through its services: sent by the demo company user in the demo
/// coordinator's first industry, routed to the demo operator's center on a fresh item (open around the clock), quoted by
/// the demo operator.
/// </summary>
public static class SupportRequestWorld
{
    public static async Task<string> DemoIndustryAsync(this AppFixture fixture)
    {
        var coordinator = await fixture.UserIdAsync(Email(Roles.Coordinator));
        return await fixture.QueryAsync(db => db.Industries.AsNoTracking()
            .Where(i => i.RepresentativeInstitutionId == db.Users.Where(u => u.Id == coordinator).Select(u => u.OrganizationId).First())
            .OrderBy(i => i.SortOrder).Select(i => i.Code).FirstAsync());
    }

    public static async Task<object> BodyAsync(this AppFixture fixture, string title = "전해질 결정 구조 분석") => new
    {
        title, industry = await fixture.DemoIndustryAsync(), product = "고체 전해질", problem = "이온 전도도가 낮습니다.", stages = new[] { "DEVELOPMENT" }, trl = 4,
        periodFrom = Day(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        periodTo = Day(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static async Task<Guid> SubmitRequestAsync(this AppFixture fixture, string title = "전해질 결정 구조 분석")
    {
        var company = await fixture.UserIdAsync(Email(Roles.Company));
        var industry = await fixture.DemoIndustryAsync();
        return await fixture.RunAsync<SupportRequestService, Guid>(s => s.SubmitAsync(company, new SupportRequestInput(
            title, industry, "고체 전해질", "이온 전도도가 낮습니다.", ["DEVELOPMENT"], 4, Day(10), Day(90))));
    }

    /// <summary>Routes a part of the request to the demo center on <paramref name="equipment"/> (a new item when null).</summary>
    public static async Task<(Guid Part, Guid Equipment)> AssignPartAsync(this AppFixture fixture, Guid request, Guid? equipment = null)
    {
        var item = equipment ?? await fixture.NewEquipmentAsync();
        var coordinator = await fixture.UserIdAsync(Email(Roles.Coordinator));
        var center = await fixture.DemoCenterAsync();
        var part = await fixture.RunAsync<SupportAssignmentService, Guid>(s =>
            s.AssignAsync(coordinator, request, new AssignmentInput(center, EquipmentServiceKind.EquipmentUse, "DEVELOPMENT", item, "분석 부탁드립니다.")));
        return (part, item);
    }

    public static async Task QuotePartAsync(this AppFixture fixture, Guid part, Guid equipment, DateTimeOffset start, DateTimeOffset end, long price = 150_000)
    {
        var center = await fixture.UserIdAsync(Email(Roles.CenterOperator));
        await fixture.RunAsync<SupportAssignmentService, bool>(async s =>
        {
            await s.ActAsync(center, part, SupportAssignmentAction.Quote, new QuoteInput(price, equipment, start, end));
            return true;
        });
    }

    public static async Task AskAsync(this AppFixture fixture, Guid request)
    {
        var coordinator = await fixture.UserIdAsync(Email(Roles.Coordinator));
        await fixture.RunAsync<SupportRequestService, bool>(async s =>
        {
            await s.ActAsync(coordinator, request, SupportRequestAction.Ask, new SupportMessage("시료는 몇 개입니까?"));
            return true;
        });
    }

    /// <summary>A request with a part quoted by the demo center for [start, end): (request, part, equipment).</summary>
    public static async Task<(Guid Request, Guid Part, Guid Equipment)> QuotedAsync(this AppFixture fixture, DateTimeOffset start, DateTimeOffset end)
    {
        var request = await fixture.SubmitRequestAsync();
        var (part, equipment) = await fixture.AssignPartAsync(request);
        await fixture.QuotePartAsync(part, equipment, start, end);
        return (request, part, equipment);
    }
}
