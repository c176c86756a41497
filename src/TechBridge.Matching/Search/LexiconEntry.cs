namespace TechBridge.Matching.Search;

/// <summary>One learned word pair with its translation probabilities both ways (p(en|ko), p(ko|en)).</summary>
public sealed record LexiconEntry(string Korean, string English, float EnglishGivenKorean, float KoreanGivenEnglish);
