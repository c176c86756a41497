using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Shared;
using TechBridge.Core.Tests.Marketplace.Inquiries;

namespace TechBridge.Core.Tests.Marketplace.Deals;

/// <summary>
/// Deals on the inquiry world: the institute owns the technology (seller side: its two members), the sender's company
/// inquires (buyer side: the sender and their colleague); program managers and administrators oversee; the stranger is nobody.
/// The clock stands at 2026-03-02 10:02 KST.
/// </summary>
internal static class DealWorld
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>An inquiry about the technology and the deal the institute's Korean member opens from it.</summary>
    public static async Task<(Guid Inquiry, Guid Deal)> OpenFromInquiryAsync(this InquiryWorld world)
    {
        var inquiry = await world.StartAsync(world.Sender, InquirySubjectKind.Technology, world.Technology);
        var deal = await world.OpenAsync(world.InstituteKo, new DealOpenInput(inquiry, null, null, Today, "문의 내용을 바탕으로 거래를 시작합니다."));
        return (inquiry, deal);
    }

    public static Task<Guid> OpenAsync(this InquiryWorld world, Guid user, DealOpenInput input) =>
        world.Host.RunAsync<DealService, Guid>(s => s.OpenAsync(user, input));

    /// <summary>The buyer opens a deal about the technology directly.</summary>
    public static Task<Guid> OpenDirectAsync(this InquiryWorld world) =>
        world.OpenAsync(world.Sender, new DealOpenInput(null, world.Technology, null, Today, null));

    /// <summary>A valid step reaching <paramref name="stage"/> (with terms where the stage records them).</summary>
    public static DealStepInput Step(DealState stage, DateOnly? on = null) => DealTransitions.HasTerms(stage)
        ? new DealStepInput(stage, on ?? Today, $"{stage} 기록", LicenceKind.NonExclusive, 30_000_000, 2.5m)
        : new DealStepInput(stage, on ?? Today, $"{stage} 기록");

    public static Task<Guid> RecordAsync(this InquiryWorld world, Guid user, Guid deal, DealStepInput input, long? version = null, IReadOnlyList<UploadedFile>? files = null) =>
        world.Host.RunAsync<DealService, Guid>(s => s.RecordStepAsync(user, deal, input, files, version));

    public static Task LoseAsync(this InquiryWorld world, Guid user, Guid deal, DealLossReason? reason = DealLossReason.Price, string? note = null, long? version = null) =>
        world.Host.RunAsync<DealService>(s => s.LoseAsync(user, deal, reason, note, version));

    /// <summary>Moves the deal forward (by the seller's Korean member) until it reaches <paramref name="stage"/>.</summary>
    public static async Task DriveToAsync(this InquiryWorld world, Guid deal, DealState stage)
    {
        var state = (await world.DealAsync(world.InstituteKo, deal)).State;
        while (state != stage && DealTransitions.Next(state) is { } next)
        {
            await world.RecordAsync(world.InstituteKo, deal, Step(next));
            state = next;
        }
    }

    public static Task<DealView> DealAsync(this InquiryWorld world, Guid user, Guid deal) =>
        world.Host.RunAsync<DealQueries, DealView>(q => q.DealAsync(user, deal));

    public static Task<PagedResult<DealRow>> DealsAsync(this InquiryWorld world, Guid user, DealFilter filter = DealFilter.All) =>
        world.Host.RunAsync<DealQueries, PagedResult<DealRow>>(q => q.MineAsync(user, filter, new PageRequest(1, 50)));
}
