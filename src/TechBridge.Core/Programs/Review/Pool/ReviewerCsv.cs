using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Review.Pool;

/// <summary>
/// Reads the reviewer CSV: a header naming the columns <see cref="Columns"/> (in any order), then one reviewer per
/// record; UTF-8 with or without a BOM, RFC 4180 quoting. <c>fields</c> are field codes and <c>publications</c> are
/// <c>year|title</c> items (year optional), both separated by ';'. Every problem of every row is reported at once,
/// each message naming the line the record starts on.
/// </summary>
public static class ReviewerCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["name_ko", "name_en", "email", "organization", "country", "fields", "keywords", "max_load", "publications"];

    /// <summary>The candidates, checked by <see cref="ReviewerCandidateRules"/>; throws <see cref="ValidationFailedException"/> (key "file") otherwise.</summary>
    public static IReadOnlyList<ReviewerCandidate> Read(Stream csv, ReviewerCandidateRules rules)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new ValidationErrors();
        var candidates = new List<ReviewerCandidate>();
        using var reader = new StreamReader(csv, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = false,
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.None,
        };
        using var parser = new CsvParser(reader, configuration);
        try
        {
            if (!parser.Read())
            {
                throw ValidationFailedException.For("file", CoreMessages.Get("ReviewerPool.Csv.Empty"));
            }

            var header = parser.Record!.Select(h => h.Trim().ToLowerInvariant()).ToList();
            var missing = Columns.Where(c => !header.Contains(c)).ToList();
            if (missing.Count > 0 || header.Count != header.Distinct(StringComparer.Ordinal).Count())
            {
                throw ValidationFailedException.For("file", CoreMessages.Get("ReviewerPool.Csv.Header", string.Join(',', Columns)));
            }

            var index = Columns.ToDictionary(c => c, c => header.IndexOf(c), StringComparer.Ordinal);
            var line = parser.RawRow + 1;
            var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            while (parser.Read())
            {
                var record = parser.Record!;
                var start = line;
                line = parser.RawRow + 1;
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (candidates.Count >= ReviewerPoolLimits.MaxImportRows)
                {
                    throw ValidationFailedException.For("file", CoreMessages.Get("ReviewerPool.Import.TooMany", ReviewerPoolLimits.MaxImportRows));
                }

                var row = new List<string>();
                string? Cell(string column) => index[column] < record.Length ? TextInput.Blank(record[index[column]]) : null;
                var origin = CoreMessages.Get("ReviewerPool.Csv.Line", start);
                var maxLoad = Number(row, Cell("max_load"), "ReviewerPool.Field.MaxLoad");
                var publications = Publications(row, Cell("publications"));
                var nameKo = Cell("name_ko");
                var nameEn = Cell("name_en");
                var candidate = new ReviewerCandidate(
                    origin, nameKo ?? string.Empty, nameEn ?? string.Empty, Cell("email"), Cell("organization"),
                    Cell("country")?.ToUpperInvariant() ?? string.Empty, Split(Cell("fields")).Select(f => f.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList(),
                    Cell("keywords"), maxLoad, publications);
                row.AddRange(rules.Check(candidate));
                if (candidate.Email is { } email && !emails.TryAdd(email, start))
                {
                    row.Add(CoreMessages.Get("ReviewerPool.Import.SameEmail", emails[email]));
                }

                foreach (var message in row)
                {
                    errors.Add("file", $"{origin}: {message}");
                }

                candidates.Add(candidate);
            }
        }
        catch (DecoderFallbackException)
        {
            throw ValidationFailedException.For("file", CoreMessages.Get("ReviewerPool.Csv.Encoding"));
        }

        if (candidates.Count == 0 && !errors.HasErrors)
        {
            errors.Add("file", CoreMessages.Get("ReviewerPool.Csv.Empty"));
        }

        ReviewerCandidateRules.ThrowIfAny(errors);
        return candidates;
    }

    private static int? Number(List<string> errors, string? text, string labelKey)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(CoreMessages.Get("Validation.WholeNumber", CoreMessages.Get(labelKey)));
        return null;
    }

    /// <summary><c>2021|Title; Title without a year</c>; a title may itself contain '|' after the year.</summary>
    private static List<CandidatePublication> Publications(List<string> errors, string? text)
    {
        var publications = new List<CandidatePublication>();
        foreach (var item in Split(text))
        {
            var bar = item.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0)
            {
                publications.Add(new CandidatePublication(item, null, null));
                continue;
            }

            var yearText = item[..bar].Trim();
            var title = item[(bar + 1)..].Trim();
            int? year = null;
            if (yearText.Length > 0)
            {
                if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                {
                    year = y;
                }
                else
                {
                    errors.Add(CoreMessages.Get("ReviewerPool.Import.PublicationYear", yearText));
                    continue;
                }
            }

            publications.Add(new CandidatePublication(title, year, null));
        }

        return publications;
    }

    private static string[] Split(string? text) =>
        (text ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
