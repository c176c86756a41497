using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Disposals;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// Disposal cases set up in the shared app through its services: a fresh item at the demo operator's center (in the demo
/// coordinator's industry), proposed by the demo operator; transfers go to the "other center" account's center.
/// </summary>
public static class DisposalWebWorld
{
    public static async Task<Guid> OtherCenterAsync(this AppFixture fixture)
    {
        await fixture.OtherCenterClientAsync();
        return await fixture.QueryAsync(db => db.Users.AsNoTracking().Where(u => u.Email == OtherCenterEmail).Select(u => u.OrganizationId!.Value).SingleAsync());
    }

    /// <summary>A fresh item at the demo center, proposed for disposal by the demo operator: (case, item).</summary>
    public static async Task<(Guid Case, Guid Equipment)> ProposedAsync(this AppFixture fixture)
    {
        var item = await fixture.NewEquipmentAsync();
        var user = await fixture.UserIdAsync(Email(Roles.CenterOperator));
        var id = await fixture.RunAsync<DisposalService, Guid>(s => s.ProposeAsync(user, item, new DisposalProposalInput(DisposalReasonKind.Idle, "이용 실적이 없습니다.")));
        return (id, item);
    }

    /// <summary>A proposed case taken through the steps (the program manager decides; transfers go to the other center, accepted by its operator).</summary>
    public static async Task<Guid> CaseAtAsync(this AppFixture fixture, params DisposalAction[] steps)
    {
        var (id, _) = await fixture.ProposedAsync();
        foreach (var step in steps)
        {
            var (email, input) = step switch
            {
                DisposalAction.ApproveTransfer => (Email(Roles.ProgramManager), new DisposalStepInput("이전합니다.", await fixture.OtherCenterAsync())),
                DisposalAction.ApproveDisposal or DisposalAction.Reject => (Email(Roles.ProgramManager), new DisposalStepInput("검토했습니다.")),
                DisposalAction.AcceptTransfer or DisposalAction.DeclineTransfer => (OtherCenterEmail, new DisposalStepInput("검토했습니다.")),
                _ => (Email(Roles.CenterOperator), new DisposalStepInput(null, DisposedOn: Day(0), Method: DisposalMethod.Scrap)),
            };
            var user = await fixture.UserIdAsync(email);
            await fixture.RunAsync<DisposalService, bool>(async s =>
            {
                await s.ActAsync(user, id, step, input);
                return true;
            });
        }

        return id;
    }

    public static Task<DisposalCase> DisposalAsync(this AppFixture fixture, Guid id) =>
        fixture.QueryAsync(db => db.DisposalCases.AsNoTracking().SingleAsync(c => c.Id == id));

    public static Task<Equipment> ItemAsync(this AppFixture fixture, Guid id) =>
        fixture.QueryAsync(db => db.Equipment.AsNoTracking().SingleAsync(e => e.Id == id));
}
