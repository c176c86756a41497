using System.Globalization;

namespace TechBridge.Matching.Search;

/// <summary>Reads the lexicon file (data/lexicon/ko-en.tsv): a header, then <c>ko  en  p_en_given_ko  p_ko_given_en  count</c>.</summary>
public static class LexiconTsv
{
    public static IReadOnlyList<LexiconEntry> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    public static IReadOnlyList<LexiconEntry> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<LexiconEntry>();
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var cells = text.Split('\t');
            if (line == 1)
            {
                if (cells.Length < 4 || cells[0] != "ko" || cells[1] != "en")
                {
                    throw new InvalidDataException($"{name} line 1: expected the header 'ko, en, p_en_given_ko, p_ko_given_en, count' (tab-separated).");
                }

                continue;
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (cells.Length < 4 || cells[0].Length == 0 || cells[1].Length == 0
                || !float.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var enGivenKo)
                || !float.TryParse(cells[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var koGivenEn))
            {
                throw new InvalidDataException($"{name} line {line}: expected a Korean word, an English word and two probabilities.");
            }

            entries.Add(new LexiconEntry(cells[0], cells[1], enGivenKo, koGivenEn));
        }

        return entries;
    }
}
