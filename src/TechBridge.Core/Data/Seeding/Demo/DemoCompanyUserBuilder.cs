using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Company user accounts that make the demo reservations: one researcher each at <see cref="Count"/> demo companies. They
/// carry no password hash here; the seeder gives them the demo accounts' (hashing once per account would cost seconds).
/// </summary>
internal static class DemoCompanyUserBuilder
{
    public const int Count = 40;

    public static List<UserAccount> Build(DemoRandom random, IReadOnlyList<Organization> companies)
    {
        var users = new List<UserAccount>();
        foreach (var (company, index) in random.Sample(companies, Count).OrderBy(c => c.Id).Select((c, i) => (c, i + 1)))
        {
            var surname = random.PickWeighted(DemoKoreanNames.Surnames, n => n.Weight);
            var given = random.Pick(DemoKoreanNames.GivenNames);
            var domain = company.Website is { } website && Uri.TryCreate(website, UriKind.Absolute, out var uri) ? uri.Host : "demo.techbridge.kr";
            var email = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"booking{index:00}@{domain}");
            var user = new UserAccount
            {
                Id = random.NextGuid(),
                Email = email,
                UserName = email,
                NormalizedEmail = UserAccount.Normalize(email),
                NormalizedUserName = UserAccount.Normalize(email),
                EmailConfirmed = true,
                SecurityStamp = random.NextGuid().ToString("N"),
                ConcurrencyStamp = random.NextGuid().ToString(),
                DisplayName = surname.Ko + given.Ko,
                OrganizationId = company.Id,
                IsDemo = true,
                CreatedAt = random.Timestamps().Created,
            };
            user.Roles.Add(new UserRole { UserId = user.Id, Role = Roles.Company });
            users.Add(user);
        }

        return users;
    }
}
