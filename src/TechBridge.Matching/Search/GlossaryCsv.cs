using System.Text;

namespace TechBridge.Matching.Search;

/// <summary>Reads the glossary CSV (<c>ko,en,fields,note</c>; RFC 4180 quoting; fields separated by ';').</summary>
public static class GlossaryCsv
{
    public static IReadOnlyList<GlossaryEntry> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    public static IReadOnlyList<GlossaryEntry> Read(TextReader reader, string name = "glossary.csv")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<GlossaryEntry>();
        var line = 0;
        var header = true;
        foreach (var row in Rows(reader))
        {
            line++;
            if (header)
            {
                header = false;
                if (row.Count < 2 || row[0] != "ko" || row[1] != "en")
                {
                    throw new InvalidDataException($"{name} line 1: expected the header 'ko,en,fields,note'.");
                }

                continue;
            }

            if (row.Count == 1 && row[0].Length == 0)
            {
                continue;
            }

            if (row.Count < 2 || string.IsNullOrWhiteSpace(row[0]) || string.IsNullOrWhiteSpace(row[1]))
            {
                throw new InvalidDataException($"{name} line {line}: expected a Korean and an English term.");
            }

            var fields = row.Count > 2 ? row[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var note = row.Count > 3 && !string.IsNullOrWhiteSpace(row[3]) ? row[3].Trim() : null;
            entries.Add(new GlossaryEntry(row[0].Trim(), row[1].Trim(), fields) { Note = note });
        }

        return entries;
    }

    /// <summary>RFC 4180 records; a quoted cell may contain commas, quotes ("") and line breaks.</summary>
    private static IEnumerable<List<string>> Rows(TextReader reader)
    {
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        cell.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                yield return row;
                row = [];
            }
            else if (ch != '\uFEFF' || cell.Length > 0 || row.Count > 0)
            {
                cell.Append(ch);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString().TrimEnd('\r'));
            yield return row;
        }
    }
}
