using System.Text;

namespace TechBridge.Bench;

/// <summary>
/// A deterministic mixed Korean/English corpus of ~120-token documents with Zipf-distributed vocabulary:
/// Korean nouns (2–4 syllables) that often carry a particle ("반도체를"), English words that inflect
/// ("batteries", "coated"), acronyms and numbers with units. Queries are drawn from a target document's
/// words in their base form, so the target is the relevant answer.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] Particles = ["을", "를", "이", "가", "의", "에서", "으로", "과", "와", "는", "은", "에"];
    private static readonly string[] EnglishSuffixes = ["", "", "", "s", "ing", "ed", "ation", "er"];
    private static readonly string[] Units = ["nm", "mm", "kWh", "MPa", "인치", "℃", "GHz", "%"];
    private readonly string[] korean;
    private readonly string[] english;
    private readonly int seed;
    private string[]? sortedKorean;
    private string[]? sortedEnglish;

    public SyntheticCorpus(int seed = 20261122, int vocabularyPerLanguage = 40_000)
    {
        this.seed = seed;
        var random = new Random(seed);
        korean = Enumerable.Range(0, vocabularyPerLanguage).Select(_ => KoreanWord(random)).Distinct().ToArray();
        english = Enumerable.Range(0, vocabularyPerLanguage).Select(_ => EnglishWord(random)).Distinct().ToArray();
    }

    public sealed record Document(string Id, string Title, string Body, bool Korean);

    public sealed record Query(string Id, string Text, string RelevantId, int Terms);

    public IEnumerable<Document> Documents(int count)
    {
        var random = new Random(seed + 1);
        for (var i = 0; i < count; i++)
        {
            var isKorean = random.Next(2) == 0;
            yield return new Document($"doc{i}", Text(random, isKorean, random.Next(6, 11), inflect: false), Text(random, isKorean, random.Next(100, 121), inflect: true), isKorean);
        }
    }

    /// <summary>Queries of <paramref name="terms"/> words taken (uninflected) from random target documents' vocabulary.</summary>
    public IReadOnlyList<Query> Queries(int documentCount, int count, int terms)
    {
        var random = new Random(seed + 7 + terms);
        var targets = Enumerable.Range(0, count).Select(_ => random.Next(documentCount)).ToHashSet();
        var result = new List<Query>(count);
        var docRandom = new Random(seed + 1);
        var index = 0;
        foreach (var doc in Documents(documentCount))
        {
            if (targets.Contains(index++))
            {
                var words = doc.Title.Split(' ').Concat(doc.Body.Split(' ')).Select(Base).Where(w => w.Length > 1).Distinct().ToList();
                var picked = words.OrderBy(_ => random.Next()).Take(terms);
                result.Add(new Query($"q{terms}-{result.Count}", string.Join(' ', picked), doc.Id, terms));
            }
        }

        return result;
    }

    private string Text(Random random, bool isKorean, int tokens, bool inflect)
    {
        var builder = new StringBuilder();
        for (var t = 0; t < tokens; t++)
        {
            if (t > 0)
            {
                builder.Append(' ');
            }

            var roll = random.NextDouble();
            if (roll < 0.03)
            {
                builder.Append(random.Next(1, 400)).Append(Units[random.Next(Units.Length)]);
            }
            else if (isKorean ? roll < 0.85 : roll < 0.08)
            {
                builder.Append(korean[Zipf(random, korean.Length)]);
                if (inflect && random.NextDouble() < 0.4)
                {
                    builder.Append(Particles[random.Next(Particles.Length)]);
                }
            }
            else
            {
                var word = english[Zipf(random, english.Length)];
                builder.Append(word);
                if (inflect && word.Length > 3)
                {
                    builder.Append(EnglishSuffixes[random.Next(EnglishSuffixes.Length)]);
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>The vocabulary word a token was made from (particle or suffix removed).</summary>
    private string Base(string token)
    {
        foreach (var particle in Particles.OrderByDescending(p => p.Length))
        {
            if (token.EndsWith(particle, StringComparison.Ordinal) && Array.BinarySearch(SortedKorean, token[..^particle.Length], StringComparer.Ordinal) >= 0)
            {
                return token[..^particle.Length];
            }
        }

        foreach (var suffix in EnglishSuffixes.Where(s => s.Length > 0).OrderByDescending(s => s.Length))
        {
            if (token.EndsWith(suffix, StringComparison.Ordinal) && Array.BinarySearch(SortedEnglish, token[..^suffix.Length], StringComparer.Ordinal) >= 0)
            {
                return token[..^suffix.Length];
            }
        }

        return token;
    }

    private string[] SortedKorean => sortedKorean ??= [.. korean.Order(StringComparer.Ordinal)];

    private string[] SortedEnglish => sortedEnglish ??= [.. english.Order(StringComparer.Ordinal)];

    /// <summary>Zipf(s≈1) rank sampling by inverting the harmonic CDF approximation.</summary>
    private static int Zipf(Random random, int n) => (int)Math.Min(n - 1, Math.Exp(random.NextDouble() * Math.Log(n + 1)) - 1);

    private static string KoreanWord(Random random)
    {
        var syllables = random.Next(2, 5);
        var chars = new char[syllables];
        for (var i = 0; i < syllables; i++)
        {
            // Initial × medial × final from a common subset, so words look like Korean technical nouns.
            var initial = random.Next(19);
            var medial = random.Next(21);
            var final = random.NextDouble() < 0.5 ? 0 : random.Next(1, 28);
            chars[i] = (char)(0xAC00 + (((initial * 21) + medial) * 28) + final);
        }

        return new string(chars);
    }

    private static string EnglishWord(Random random)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var length = random.Next(2, 5);
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            builder.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
        }

        if (random.NextDouble() < 0.4)
        {
            builder.Append(consonants[random.Next(consonants.Length)]);
        }

        return builder.ToString();
    }
}
