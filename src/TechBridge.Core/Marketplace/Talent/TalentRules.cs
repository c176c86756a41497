namespace TechBridge.Core.Marketplace.Talent;

public static class TalentRules
{
    /// <summary>A young researcher is at most this many years past the PhD (Hi-TECH's "신진연구자" rule).</summary>
    public const int YoungResearcherYears = 7;

    public const int EmployerLength = 200;
    public const int SkillsLength = 1000;
    public const int MessageLength = 2000;
    public const int ReasonLength = 500;
    public const int TopicLength = 200;
    public const int QuestionLength = 4000;
    public const int NoteLength = 2000;
    public const int MaxSessionMinutes = 600;

    /// <summary>How many candidates the Hi-TECH page asks the engine for before the eligibility filters.</summary>
    public const int CandidatePool = 200;

    /// <summary>How many candidates the page lists: the best eligible ones, then the best of those held back, with the reason.</summary>
    public const int CandidatesShown = 25;

    /// <summary>Of the listed candidates, at most this many are ones the rules hold back.</summary>
    public const int IneligibleShown = 5;

    /// <summary>Whether a PhD year still counts as young in <paramref name="year"/> (the year of the PhD is year 0).</summary>
    public static bool IsYoung(int? phdYear, int year) => phdYear is { } y && y <= year && year - y <= YoungResearcherYears;
}
