using System.Globalization;
using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Shared.Formatting;
using static TechBridge.Core.Data.Seeding.Demo.DemoMarketplaceActivityTexts;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// About six months of marketplace activity on the demo data, written as the services would have written it: inquiry
/// threads from demo company accounts (to technologies' owners, to the demo company's needs, to researchers), deals opened
/// from six of them and moved through the pipeline one legal step at a time (one signed, one lost), a past partnering event
/// with a clash-free published schedule and meeting feedback and an upcoming one open for registration, Hi-TECH matches and
/// K-TAG advisory requests. Every id and time comes from the <see cref="DemoRandom"/>, so one seed gives the same rows.
/// Selling owners get a tech-transfer officer account (and researchers who answered a Hi-TECH proposal an account of their
/// own), because only an owner's member may open and move a deal.
/// </summary>
public static partial class DemoMarketplaceActivityBuilder
{
    /// <summary>How far back the history goes.</summary>
    public const int HistoryDays = 180;

    /// <summary>A need filed more recently has no thread or Hi-TECH proposal yet.</summary>
    public const int MinNeedAgeDays = 14;

    /// <summary>The stages the six deals reach, in order of the inquiries they come from (Lost: lost after the technical meeting).</summary>
    public static readonly IReadOnlyList<DealState> DealOutcomes =
        [DealState.Contract, DealState.TermSheet, DealState.TechnicalMeeting, DealState.Nda, DealState.Lost, DealState.Inquiry];

    /// <summary>The history for <paramref name="input"/> as of <paramref name="now"/>; the same seed, input and time give the same rows.</summary>
    public static DemoMarketplaceActivity Build(int seed, DateTimeOffset now, DemoMarketplaceInput input) => Build(new DemoRandom(seed, now), input);

    internal static DemoMarketplaceActivity Build(DemoRandom random, DemoMarketplaceInput input)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(input);
        // Only what existed before the history starts: no thread about a technology, and no message from an account, yet to come.
        var start = random.Now.AddDays(-HistoryDays);
        input = input with
        {
            Companies = [.. input.Companies.Where(c => c.CreatedAt < start)],
            Technologies = [.. input.Technologies.Where(t => t.CreatedAt < start)],
            Needs = [.. input.Needs.Where(n => n.CreatedAt < random.Now.AddDays(-MinNeedAgeDays))],
        };
        var result = new DemoMarketplaceActivity();
        var technologies = random.Sample(input.Technologies.OrderBy(t => t.Id).ToList(), DealOutcomes.Count + 2);
        var officers = Officers(random, technologies, result);
        BuildTechnologyThreads(random, input, technologies, officers, result);
        BuildNeedThreads(random, input, result);
        BuildPersonThreads(random, input, result);
        BuildEvents(random, input, officers.Values.ToList(), result);
        BuildHiTech(random, input, result);
        BuildAdvisory(random, input, result);
        result.TechnologyChanges.Sort((a, b) => a.At.CompareTo(b.At));
        return result;
    }

    /// <summary>The KST calendar day of an instant.</summary>
    public static DateOnly KstDay(DateTimeOffset at) => DateOnly.FromDateTime(Kst.ToKst(at).DateTime);

    /// <summary>An instant on a KST day at a minute of that day.</summary>
    public static DateTimeOffset KstAt(DateOnly day, int minuteOfDay) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Kst.Offset).AddMinutes(minuteOfDay).ToUniversalTime();

    /// <summary>A working-hours instant (KST 09:00–18:00) some days before now.</summary>
    private static DateTimeOffset DaysAgo(DemoRandom random, int days) => KstAt(KstDay(random.Now).AddDays(-days), (9 * 60) + random.Next(0, 9 * 60));

    private static Dictionary<Guid, DemoMarketplaceInput.Account> Officers(
        DemoRandom random, IReadOnlyList<DemoMarketplaceInput.Technology> technologies, DemoMarketplaceActivity result)
    {
        var officers = new Dictionary<Guid, DemoMarketplaceInput.Account>();
        foreach (var owner in technologies.Select(t => (t.OwnerId, t.OwnerWebsite)).DistinctBy(o => o.OwnerId))
        {
            var domain = owner.OwnerWebsite is { } website && Uri.TryCreate(website, UriKind.Absolute, out var uri) ? uri.Host : "demo.techbridge.kr";
            var email = string.Create(CultureInfo.InvariantCulture, $"tlo{officers.Count + 1:00}@{domain}");
            var surname = random.PickWeighted(DemoKoreanNames.Surnames, n => n.Weight);
            var name = surname.Ko + random.Pick(DemoKoreanNames.GivenNames).Ko;
            var user = NewUser(random, email, name, Roles.Researcher, owner.OwnerId, random.Now.AddDays(-HistoryDays - random.Next(10, 200)));
            result.Users.Add(user);
            officers[owner.OwnerId] = new DemoMarketplaceInput.Account(user.Id, name);
        }

        return officers;
    }

    internal static UserAccount NewUser(DemoRandom random, string email, string name, string role, Guid? organizationId, DateTimeOffset createdAt)
    {
        var user = new UserAccount
        {
            Id = random.NextGuid(), Email = email, UserName = email, NormalizedEmail = UserAccount.Normalize(email), NormalizedUserName = UserAccount.Normalize(email),
            EmailConfirmed = true, SecurityStamp = random.NextGuid().ToString("N"), ConcurrencyStamp = random.NextGuid().ToString(), DisplayName = name,
            OrganizationId = organizationId, IsDemo = true, CreatedAt = createdAt,
        };
        user.Roles.Add(new UserRole { UserId = user.Id, Role = role });
        return user;
    }

    /// <summary>
    /// Eight threads about technologies: six become deals (opened by the owner's officer after replying), one is answered
    /// and left there, one waits for an answer. The demo company account sends the first three and the seventh.
    /// </summary>
    private static void BuildTechnologyThreads(
        DemoRandom random, DemoMarketplaceInput input, List<DemoMarketplaceInput.Technology> technologies,
        Dictionary<Guid, DemoMarketplaceInput.Account> officers, DemoMarketplaceActivity result)
    {
        var others = input.Companies.Where(c => c.OrganizationId != input.MainCompany.OrganizationId).ToList();
        for (var n = 0; n < technologies.Count; n++)
        {
            var technology = technologies[n];
            var buyer = n is 0 or 1 or 2 or 6 || others.Count == 0 ? input.MainCompany : others[(n * 3) % others.Count];
            if (buyer.OrganizationId == technology.OwnerId)
            {
                continue;
            }

            var officer = officers[technology.OwnerId];
            var outcome = n < DealOutcomes.Count ? DealOutcomes[n] : (DealState?)null;
            var english = n is 3 or 7;
            var steps = outcome switch { null => 0, DealState.Lost => 2, var s => DealTransitions.Stages.ToList().IndexOf(s.Value) };
            var created = DaysAgo(random, Math.Min(HistoryDays - 2, 25 + (steps * 30) + random.Next(0, 15)));
            var title = Truncate(technology.Title);
            var inquiry = NewInquiry(random, InquirySubjectKind.Technology, technology.Id, title, technology.OwnerId, null, buyer,
                english ? $"Licensing inquiry: {Cut(title, 150)}" : $"「{Cut(title, 150)}」 기술이전 문의", created);
            var thread = english ? TechnologyThreadEn : TechnologyThreadKo;
            var count = n == 7 ? 1 : n == 6 ? 2 : Math.Min(thread.Length, random.Next(2, 5));
            var at = created;
            for (var m = 0; m < count; m++)
            {
                at = m == 0 ? created : at.AddHours(random.Next(3, 40));
                AddMessage(random, result, inquiry, m % 2 == 0 ? buyer.UserId : officer.UserId, string.Format(CultureInfo.InvariantCulture, thread[m], title), at);
            }

            Finish(random, result, inquiry, buyer.UserId, [officer.UserId], everyoneRead: n != 1, recipientRead: true);
            if (outcome is { } reached)
            {
                BuildDeal(random, result, inquiry, technology, officer, buyer, reached, at.AddDays(random.Next(1, 4)));
            }
        }
    }

    /// <summary>Two companies write to the demo company about its needs: one thread answered by the demo company, one it has not read.</summary>
    private static void BuildNeedThreads(DemoRandom random, DemoMarketplaceInput input, DemoMarketplaceActivity result)
    {
        var needs = input.Needs.Where(n => n.CompanyId == input.MainCompany.OrganizationId).OrderBy(n => n.Id).ToList();
        var senders = input.Companies.Where(c => c.OrganizationId != input.MainCompany.OrganizationId).OrderBy(c => c.UserId).ToList();
        for (var n = 0; n < Math.Min(2, Math.Min(needs.Count, senders.Count)); n++)
        {
            var need = needs[n];
            var sender = senders[(senders.Count - 1 - n) % senders.Count];
            var title = Truncate(need.Title);
            var created = After(random, DaysAgo(random, n == 0 ? random.Next(40, 120) : random.Next(3, 12)), need.CreatedAt);
            var inquiry = NewInquiry(random, InquirySubjectKind.Need, need.Id, title, need.CompanyId, null, sender, $"「{Cut(title, 150)}」 협력 제안", created);
            var at = created;
            var count = n == 0 ? 3 : 1;
            for (var m = 0; m < count; m++)
            {
                at = m == 0 ? created : at.AddHours(random.Next(4, 30));
                AddMessage(random, result, inquiry, m % 2 == 0 ? sender.UserId : input.MainCompany.UserId, string.Format(CultureInfo.InvariantCulture, NeedThread[m], title), at);
            }

            Finish(random, result, inquiry, sender.UserId, [input.MainCompany.UserId], everyoneRead: n == 0, recipientRead: n == 0);
        }
    }

    /// <summary>Two questions to researchers (who have no account yet, so no answer): one still open, one its sender closed.</summary>
    private static void BuildPersonThreads(DemoRandom random, DemoMarketplaceInput input, DemoMarketplaceActivity result)
    {
        var people = random.Sample(input.People.OrderBy(p => p.Id).ToList(), 2);
        var senders = new[] { input.MainCompany }.Concat(input.Companies.Where(c => c.OrganizationId != input.MainCompany.OrganizationId).Take(1)).ToList();
        for (var n = 0; n < people.Count; n++)
        {
            var sender = senders[n % senders.Count];
            var created = DaysAgo(random, random.Next(15, 150));
            var inquiry = NewInquiry(random, InquirySubjectKind.Person, people[n].Id, Truncate(people[n].Name), null, people[n].Id, sender, PersonSubject, created);
            AddMessage(random, result, inquiry, sender.UserId, PersonBody, created);
            if (n == 1)
            {
                inquiry.Status = InquiryStatus.Closed;
                result.Versions[inquiry.Id]++;
            }
        }
    }

    private static Inquiry NewInquiry(
        DemoRandom random, InquirySubjectKind kind, Guid subjectId, string title, Guid? organization, Guid? person, DemoMarketplaceInput.Company sender, string subject,
        DateTimeOffset created)
    {
        var inquiry = new Inquiry
        {
            Id = random.NextGuid(), SubjectKind = kind, SubjectId = subjectId, SubjectTitle = title, RecipientOrganizationId = organization, RecipientPersonId = person,
            SenderId = sender.UserId, SenderOrganizationId = sender.OrganizationId, Subject = Cut(subject, InquiryLimits.SubjectLength), Status = InquiryStatus.Open,
            CreatedAt = created, LastMessageAt = created,
        };
        return inquiry;
    }

    /// <summary>Adds a message; a reply raises the thread's version (it sets the thread's last-message time).</summary>
    private static void AddMessage(DemoRandom random, DemoMarketplaceActivity result, Inquiry inquiry, Guid author, string body, DateTimeOffset at)
    {
        if (!result.Inquiries.Contains(inquiry))
        {
            result.Inquiries.Add(inquiry);
            result.Versions[inquiry.Id] = 1;
        }
        else
        {
            result.Versions[inquiry.Id]++;
        }

        inquiry.LastMessageAt = at;
        result.Messages.Add(new InquiryMessage { Id = random.NextGuid(), InquiryId = inquiry.Id, AuthorUserId = author, Body = body.Trim(), SentAt = at });
    }

    /// <summary>
    /// Read receipts: whoever replied had opened the thread just before; when <paramref name="everyoneRead"/> the party who did not write
    /// the last message read it a few hours later; when only <paramref name="recipientRead"/> the recipients read an unanswered first message.
    /// </summary>
    private static void Finish(DemoRandom random, DemoMarketplaceActivity result, Inquiry inquiry, Guid sender, IReadOnlyList<Guid> recipients, bool everyoneRead, bool recipientRead)
    {
        var messages = result.Messages.Where(m => m.InquiryId == inquiry.Id).OrderBy(m => m.SentAt).ToList();
        var reads = new Dictionary<Guid, DateTimeOffset>();
        foreach (var reply in messages.Skip(1))
        {
            reads[reply.AuthorUserId] = reply.SentAt.AddMinutes(-random.Next(5, 60));
        }

        var last = messages[^1];
        foreach (var user in recipients.Prepend(sender).Where(u => u != last.AuthorUserId))
        {
            if (everyoneRead || (recipientRead && messages.Count == 1 && recipients.Contains(user)))
            {
                reads[user] = last.SentAt.AddHours(random.Next(1, 20));
            }
        }

        foreach (var (user, at) in reads.Where(r => r.Value < random.Now).OrderBy(r => r.Key))
        {
            result.Reads.Add(new InquiryRead { Id = random.NextGuid(), InquiryId = inquiry.Id, UserId = user, ReadAt = at });
        }
    }

    /// <summary>
    /// A deal opened by the owner's officer from the thread and moved one legal step at a time to <paramref name="reached"/>
    /// (Lost: lost by the buyer after the technical meeting), each step a few weeks after the previous, with the technology's
    /// status following as <c>DealService</c> keeps it.
    /// </summary>
    private static void BuildDeal(
        DemoRandom random, DemoMarketplaceActivity result, Inquiry inquiry, DemoMarketplaceInput.Technology technology, DemoMarketplaceInput.Account officer,
        DemoMarketplaceInput.Company buyer, DealState reached, DateTimeOffset opened)
    {
        opened = KstAt(KstDay(opened), (10 * 60) + random.Next(0, 7 * 60));
        var deal = new Deal
        {
            Id = random.NextGuid(), TechnologyId = technology.Id, SellerOrganizationId = technology.OwnerId, BuyerUserId = buyer.UserId,
            BuyerOrganizationId = buyer.OrganizationId, InquiryId = inquiry.Id, State = DealState.Inquiry, LastStepOn = KstDay(opened), OpenedById = officer.UserId,
            OpenedAt = opened, UpdatedAt = opened,
        };
        result.Deals.Add(deal);
        result.Versions[deal.Id] = 1;
        result.Steps.Add(new DealStep
        {
            Id = random.NextGuid(), DealId = deal.Id, Stage = DealState.Inquiry, OccurredOn = deal.LastStepOn, Note = StepNotes[DealState.Inquiry], ActorId = officer.UserId,
            ActorSide = DealSide.Seller, RecordedAt = opened,
        });
        var status = LicensingStatus.Available;
        var target = reached == DealState.Lost ? DealState.TechnicalMeeting : reached;
        var kind = technology.Offers.Count > 0 ? technology.Offers[0] : LicenceKind.NonExclusive;
        var fee = Fee(random, technology);
        var at = opened;
        while (deal.State != target)
        {
            var stage = DealTransitions.Next(deal.State)!.Value;
            at = KstAt(KstDay(at).AddDays(random.Next(12, 27)), (10 * 60) + random.Next(0, 7 * 60));
            var sellerActs = stage is DealState.Nda or DealState.TermSheet;
            var terms = DealTransitions.HasTerms(stage);
            var royalty = stage == DealState.Contract ? 250 : 300;
            result.Steps.Add(new DealStep
            {
                Id = random.NextGuid(), DealId = deal.Id, Stage = stage, OccurredOn = KstDay(at), ActorId = sellerActs ? officer.UserId : buyer.UserId,
                ActorSide = sellerActs ? DealSide.Seller : DealSide.Buyer, Note = StepNotes[stage], LicenceKind = terms ? kind : null, UpfrontFeeKrw = terms ? fee : null,
                RoyaltyBasisPoints = terms ? royalty : null, RecordedAt = at,
            });
            deal.State = stage;
            deal.LastStepOn = KstDay(at);
            deal.UpdatedAt = at;
            result.Versions[deal.Id]++;
            status = Follow(result, technology.Id, status, deal.State, at);
        }

        if (reached == DealState.Lost)
        {
            at = at.AddDays(random.Next(10, 20));
            deal.LostAtStage = deal.State;
            deal.State = DealState.Lost;
            deal.LossReason = DealLossReason.Price;
            deal.LossNote = LossNote;
            deal.LostAt = at;
            deal.LostById = buyer.UserId;
            deal.UpdatedAt = at;
            result.Versions[deal.Id]++;
            Follow(result, technology.Id, status, deal.State, at);
        }
    }

    /// <summary>The technology's status as <c>DealService.FollowTechnologyAsync</c> derives it from its only deal; a change is recorded.</summary>
    private static LicensingStatus Follow(DemoMarketplaceActivity result, Guid technology, LicensingStatus current, DealState state, DateTimeOffset at)
    {
        var status = state is DealState.Contract or DealState.FollowUp ? LicensingStatus.Licensed
            : state is DealState.TechnicalMeeting or DealState.TermSheet ? LicensingStatus.UnderNegotiation
            : LicensingStatus.Available;
        if (status != current)
        {
            result.TechnologyChanges.Add(new DemoMarketplaceActivity.TechnologyChange(technology, status, at));
        }

        return status;
    }

    /// <summary>An upfront fee in whole millions of won, inside the owner's asking range when it has one.</summary>
    private static long Fee(DemoRandom random, DemoMarketplaceInput.Technology technology)
    {
        var min = Math.Max(1, (technology.FeeMinKrw ?? 20_000_000) / 1_000_000);
        var max = Math.Max(min, (technology.FeeMaxKrw ?? 80_000_000) / 1_000_000);
        return random.Next((int)min, (int)max + 1) * 1_000_000L;
    }

    /// <summary><paramref name="at"/>, or a working-hours time one to three days after <paramref name="earliest"/> when that is later.</summary>
    private static DateTimeOffset After(DemoRandom random, DateTimeOffset at, DateTimeOffset earliest) =>
        at > earliest ? at : KstAt(KstDay(earliest).AddDays(random.Next(1, 4)), (9 * 60) + random.Next(0, 9 * 60));

    /// <summary>The hit's title as the inquiry service keeps it.</summary>
    private static string Truncate(string title) => title.Length > MarketplaceLimits.TitleLength ? title[..MarketplaceLimits.TitleLength] : title;

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
