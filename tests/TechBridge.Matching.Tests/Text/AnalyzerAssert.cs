using System.Globalization;
using System.Text;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Text;

/// <summary>
/// Compares an analyser's output with an expected term list, in the spirit of Lucene's
/// <c>AssertTokenStreamContents</c>. Each expected term is "K:text" or "K:text@position", where K is
/// W (Word), S (Stem) or B (Bigram); positions are checked only for terms that give one.
/// </summary>
public static class AnalyzerAssert
{
    /// <summary>Asserts that <paramref name="analyzer"/> turns <paramref name="text"/> into exactly <paramref name="expected"/>, in order.</summary>
    public static void Terms(IAnalyzer analyzer, string text, params string[] expected)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(expected);
        var terms = new List<AnalyzedTerm>();
        analyzer.Analyze(text, terms);

        var actual = terms.Select(Format).ToList();
        var mismatch = -1;
        for (var i = 0; i < Math.Max(expected.Length, actual.Count); i++)
        {
            if (i >= expected.Length || i >= actual.Count || !Matches(expected[i], terms[i]))
            {
                mismatch = i;
                break;
            }
        }

        if (mismatch < 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"Terms of \"{text}\" differ at index {mismatch}.").AppendLine();
        message.AppendLine("  #   expected                 actual");
        for (var i = 0; i < Math.Max(expected.Length, actual.Count); i++)
        {
            var left = i < expected.Length ? expected[i] : "(none)";
            var right = i < actual.Count ? actual[i] : "(none)";
            var marker = i == mismatch ? ">>" : "  ";
            message.Append(CultureInfo.InvariantCulture, $"{marker}{i,2}  {left,-24} {right}").AppendLine();
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>The "K:text@position" form of a term.</summary>
    public static string Format(AnalyzedTerm term) =>
        string.Create(CultureInfo.InvariantCulture, $"{KindLetter(term.Kind)}:{term.Text}@{term.Position}");

    private static bool Matches(string expected, AnalyzedTerm term)
    {
        var at = expected.LastIndexOf('@');
        if (at > 2 && int.TryParse(expected.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return expected == Format(term);
        }

        return expected == string.Create(CultureInfo.InvariantCulture, $"{KindLetter(term.Kind)}:{term.Text}");
    }

    private static char KindLetter(TermKind kind) => kind switch
    {
        TermKind.Word => 'W',
        TermKind.Stem => 'S',
        TermKind.Bigram => 'B',
        _ => '?',
    };
}
