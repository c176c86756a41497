using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Tests.Marketplace.Inquiries;

namespace TechBridge.Core.Tests.Marketplace.Deals;

/// <summary>
/// The deal state machine through the service: every legal transition of the table succeeds, and every other pair of
/// states (all 7 × 7) is refused with <c>Deal.IllegalTransition</c> naming the current state.
/// </summary>
public sealed class DealTransitionTests
{
    private static readonly DealState[] All = Enum.GetValues<DealState>();

    [Fact]
    public void Table_Pipeline_IsOneStepForwardOrLostFromAnOpenStage()
    {
        var expected = DealTransitions.Stages.Zip(DealTransitions.Stages.Skip(1))
            .Concat(DealTransitions.Stages.Take(5).Select(s => (s, DealState.Lost)))
            .ToHashSet();
        Assert.Equal(expected, DealTransitions.Legal.ToHashSet());
        Assert.Equal(10, DealTransitions.Legal.Count);
        Assert.Equal([DealState.FollowUp, DealState.Lost], All.Where(s => !DealTransitions.IsOpen(s)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Walk_EveryLegalTransitionSucceeds_EveryIllegalOneIsRefused(string provider)
    {
        await using var world = await InquiryWorld.StartAsync(provider);
        var legal = new List<(DealState, DealState)>();
        var refused = new List<(DealState, DealState)>();

        // One deal forward through every stage; at each state every illegal target is refused first.
        var forward = await world.OpenDirectAsync();
        foreach (var stage in DealTransitions.Stages)
        {
            Assert.Equal(stage, (await world.DealAsync(world.Sender, forward)).State);
            refused.AddRange(await RefuseIllegalAsync(world, forward, stage));
            if (DealTransitions.Next(stage) is { } next)
            {
                await world.RecordAsync(world.Sender, forward, DealWorld.Step(next));
                legal.Add((stage, next));
            }
        }

        // A deal lost from each open stage; from lost nothing is legal.
        foreach (var stage in DealTransitions.Stages.Where(DealTransitions.IsOpen))
        {
            var deal = await world.OpenDirectAsync();
            await world.DriveToAsync(deal, stage);
            await world.LoseAsync(world.InstituteEn, deal, DealLossReason.Timing);
            var lost = await world.DealAsync(world.Sender, deal);
            Assert.Equal((DealState.Lost, stage, DealLossReason.Timing), (lost.State, lost.LostAtStage, lost.LossReason));
            legal.Add((stage, DealState.Lost));
            if (stage == DealState.Contract)
            {
                refused.AddRange(await RefuseIllegalAsync(world, deal, DealState.Lost));
            }
        }

        Assert.Equal(DealTransitions.Legal.ToHashSet(), legal.ToHashSet());
        Assert.Equal(All.Length * All.Length, legal.Count + refused.Count);
        Assert.Empty(legal.Intersect(refused));
    }

    private static async Task<List<(DealState, DealState)>> RefuseIllegalAsync(InquiryWorld world, Guid deal, DealState from)
    {
        var refused = new List<(DealState, DealState)>();
        foreach (var to in All.Where(t => !DealTransitions.IsLegal(from, t)))
        {
            var error = to == DealState.Lost
                ? await Assert.ThrowsAsync<BusinessRuleException>(() => world.LoseAsync(world.Sender, deal))
                : await Assert.ThrowsAsync<BusinessRuleException>(() => world.RecordAsync(world.Sender, deal, DealWorld.Step(to)));
            Assert.Equal("Deal.IllegalTransition", error.Code);
            Assert.Contains(CoreMessages.Get($"Deal.State.{from}"), error.Message, StringComparison.Ordinal);
            Assert.Equal(from, (await world.DealAsync(world.Sender, deal)).State);
            refused.Add((from, to));
        }

        return refused;
    }
}
