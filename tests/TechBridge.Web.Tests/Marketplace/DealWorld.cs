using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// Deals for the web tests: a public technology of the demo equipment center (seller side: the demo center operator) and a
/// deal with the demo company user (buyer side), written straight to the database at the stage a test needs, dated
/// yesterday (KST) so a step today is valid.
/// </summary>
internal static class DealWorld
{
    public const string Api = "/api/v1/marketplace/deals";

    public static DateOnly Yesterday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(-1);

    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A new public technology owned by the demo center.</summary>
    public static async Task<Guid> TechnologyAsync(this AppFixture fixture)
    {
        var center = await fixture.DemoCenterAsync();
        var now = DateTimeOffset.UtcNow;
        var technology = new PublicTechnology
        {
            OwnerId = center, TitleKo = $"진공 증착 공정 기술 {Guid.NewGuid():N}"[..24], TitleEn = "Vacuum deposition process", Summary = "증착", Trl = 6,
            Status = LicensingStatus.Available, CreatedAt = now, UpdatedAt = now,
        };
        await fixture.QueryAsync(db =>
        {
            db.PublicTechnologies.Add(technology);
            return db.SaveChangesAsync();
        });
        return technology.Id;
    }

    /// <summary>An inquiry of the demo company about a new technology of the demo center.</summary>
    public static async Task<Guid> TechnologyInquiryAsync(this AppFixture fixture)
    {
        var technology = await fixture.TechnologyAsync();
        var sender = await fixture.UserIdAsync(Email(Roles.Company));
        var now = DateTimeOffset.UtcNow.AddDays(-2);
        var inquiry = new Inquiry
        {
            SubjectKind = InquirySubjectKind.Technology, SubjectId = technology, SubjectTitle = "진공 증착 공정 기술", RecipientOrganizationId = await fixture.DemoCenterAsync(),
            SenderId = sender, SenderOrganizationId = await fixture.DemoCompanyAsync(), Subject = "기술이전 문의", Status = InquiryStatus.Open, CreatedAt = now, LastMessageAt = now,
        };
        await fixture.QueryAsync(db =>
        {
            db.Inquiries.Add(inquiry);
            db.InquiryMessages.Add(new InquiryMessage { InquiryId = inquiry.Id, AuthorUserId = sender, Body = "실시 조건을 알고 싶습니다.", SentAt = now });
            return db.SaveChangesAsync();
        });
        return inquiry.Id;
    }

    /// <summary>A deal between the demo center (seller) and the demo company user (buyer) at <paramref name="state"/>, one step per stage reached.</summary>
    public static async Task<Guid> DealAsync(this AppFixture fixture, DealState state = DealState.Inquiry)
    {
        var technology = await fixture.TechnologyAsync();
        var buyer = await fixture.UserIdAsync(Email(Roles.Company));
        var seller = await fixture.UserIdAsync(Email(Roles.CenterOperator));
        var now = DateTimeOffset.UtcNow.AddDays(-1);
        var deal = new Deal
        {
            TechnologyId = technology, SellerOrganizationId = await fixture.DemoCenterAsync(), BuyerUserId = buyer, BuyerOrganizationId = await fixture.DemoCompanyAsync(),
            State = state, LastStepOn = Yesterday, OpenedById = seller, OpenedAt = now, UpdatedAt = now,
        };
        var reached = state == DealState.Lost ? DealState.Inquiry : state;
        var steps = DealTransitions.Stages.TakeWhile(s => s <= reached).Select((s, i) => new DealStep
        {
            DealId = deal.Id, Stage = s, OccurredOn = Yesterday, Note = $"{s} 기록", ActorId = i % 2 == 0 ? seller : buyer, ActorSide = i % 2 == 0 ? DealSide.Seller : DealSide.Buyer,
            LicenceKind = DealTransitions.HasTerms(s) ? LicenceKind.NonExclusive : null, UpfrontFeeKrw = DealTransitions.HasTerms(s) ? 30_000_000 : null,
            RoyaltyBasisPoints = DealTransitions.HasTerms(s) ? 250 : null, RecordedAt = now.AddMinutes(i),
        }).ToList();
        if (state == DealState.Lost)
        {
            deal.LostAtStage = DealState.Inquiry;
            deal.LossReason = DealLossReason.Price;
            deal.LostAt = now;
            deal.LostById = buyer;
        }

        await fixture.QueryAsync(db =>
        {
            db.Deals.Add(deal);
            db.DealSteps.AddRange(steps);
            return db.SaveChangesAsync();
        });
        return deal.Id;
    }
}
