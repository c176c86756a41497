using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Marketplace.Inquiries;

namespace TechBridge.Core.Tests.Marketplace.Inquiries;

public sealed class PersonContactVisibilityTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CanSee_PersonHidesContact_OnlySelfStaffAndAnsweredSendersSeeIt(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        Assert.Equal(1, await world.Host.RunAsync<PersonContactVisibility, int>(v => v.SetHiddenAsync(world.ResearcherAccount, true)));
        var inquiry = await world.StartAsync(world.Sender, InquirySubjectKind.Person, world.Researcher);

        Assert.False(await CanSeeAsync(world, viewer: null));
        Assert.False(await CanSeeAsync(world, world.Stranger));
        Assert.False(await CanSeeAsync(world, world.Sender)); // asked, not yet answered
        Assert.True(await CanSeeAsync(world, world.ResearcherAccount));
        Assert.True(await CanSeeAsync(world, world.Manager, programStaff: true));

        await world.ReplyAsync(world.ResearcherAccount, inquiry);

        Assert.True(await CanSeeAsync(world, world.Sender));
        Assert.False(await CanSeeAsync(world, world.SenderColleague));
        Assert.False(await CanSeeAsync(world, world.Stranger));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SetHidden_ShownAgain_EveryoneSeesItAndTheChangeIsAudited(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        await world.Host.RunAsync<PersonContactVisibility, int>(v => v.SetHiddenAsync(world.ResearcherAccount, true));
        Assert.True(await world.Host.RunAsync<PersonContactVisibility, bool?>(v => v.HiddenForAsync(world.ResearcherAccount)));

        await world.Host.RunAsync<PersonContactVisibility, int>(v => v.SetHiddenAsync(world.ResearcherAccount, false));

        Assert.False(await world.Host.RunAsync<PersonContactVisibility, bool?>(v => v.HiddenForAsync(world.ResearcherAccount)));
        Assert.Null(await world.Host.RunAsync<PersonContactVisibility, bool?>(v => v.HiddenForAsync(world.Stranger)));
        Assert.True(await CanSeeAsync(world, viewer: null));
        var researcher = world.Researcher.ToString();
        Assert.Equal(2, await world.Host.QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Person" && e.EntityId == researcher && e.Action == TechBridge.Core.Shared.Audit.AuditAction.Modified
            && e.After != null && e.After.Contains("HidesContact"))));
    }

    private static Task<bool> CanSeeAsync(InquiryWorld world, Guid? viewer, bool programStaff = false) =>
        world.Host.RunAsync<PersonContactVisibility, bool>(v => v.CanSeeAsync(world.Researcher, viewer, programStaff));
}
