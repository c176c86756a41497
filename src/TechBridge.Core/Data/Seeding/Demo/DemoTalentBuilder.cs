using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace.Talent;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// The talent side of the demo directory, in id order: overseas Korean engineers get an employer (their current
/// organisation) and most are K-TAG members; about a third of the researchers in Korea are young researchers (PhD within the
/// last seven years, a few just past it, so the Hi-TECH page shows why they no longer qualify), about a third senior.
/// </summary>
internal static class DemoTalentBuilder
{
    public sealed record Candidate(Guid PersonId, PersonKind Kind, string CountryCode, string? Employer);

    public static List<TalentProfile> Build(DemoRandom random, IReadOnlyList<Candidate> people)
    {
        var year = random.Now.ToOffset(Shared.Formatting.Kst.Offset).Year;
        var profiles = new List<TalentProfile>();
        foreach (var person in people.OrderBy(p => p.PersonId))
        {
            var roll = random.NextDouble();
            TalentProfile? profile = person.Kind switch
            {
                PersonKind.OverseasKoreanEngineer => new TalentProfile
                {
                    PersonId = person.PersonId, Stage = CareerStage.OverseasKoreanEngineer, PhdYear = year - random.Next(8, 26),
                    Employer = person.Employer, IsKtagMember = roll < 0.85, WillingToConsult = random.Chance(0.7),
                },
                PersonKind.Researcher when person.CountryCode == "KR" && roll < 0.33 => new TalentProfile
                {
                    PersonId = person.PersonId, Stage = CareerStage.YoungResearcher,
                    PhdYear = year - (random.Chance(0.06) ? random.Next(8, 10) : random.Next(0, TalentRules.YoungResearcherYears + 1)),
                    WillingToConsult = random.Chance(0.3),
                },
                PersonKind.Researcher when roll < 0.66 => new TalentProfile
                {
                    PersonId = person.PersonId, Stage = CareerStage.SeniorResearcher, PhdYear = year - random.Next(8, 30), WillingToConsult = random.Chance(0.5),
                },
                _ => null,
            };
            if (profile is null)
            {
                continue;
            }

            var availability = random.NextDouble();
            profile.Availability = availability < 0.6 ? TalentAvailability.FullTime : availability < 0.9 ? TalentAvailability.PartTime : TalentAvailability.Unavailable;
            profile.UpdatedAt = random.Now.AddDays(-random.Next(1, 200));
            profiles.Add(profile);
        }

        return profiles;
    }
}
