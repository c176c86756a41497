using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Matching;

/// <summary>
/// The minimum-evidence rule that splits a group's hits into confident matches and weaker ones (shown folded): a
/// confident hit scores at least <see cref="MinShareOfBest"/> of its group's best and has evidence of its own — a
/// matched word that is not common (see <see cref="Explainer"/>'s share), two uncommon Korean syllable pairs (a compound
/// written without spaces), or, with dense retrieval, a cosine similarity of at least <see cref="MinSimilarity"/>.
/// </summary>
public static class MatchConfidence
{
    /// <summary>A hit below a quarter of its group's best score is a long-tail match, whatever it matched.</summary>
    public const double MinShareOfBest = 0.25;

    /// <summary>A dense-only hit (no shared words) counts when its vector is at least this close to the need's.</summary>
    public const float MinSimilarity = 0.4f;

    public static bool IsConfident(double score, double bestInGroup, HitExplanation? explanation, float? similarity) =>
        score >= MinShareOfBest * bestInGroup && HasEvidence(explanation, similarity);

    public static bool HasEvidence(HitExplanation? explanation, float? similarity)
    {
        if (similarity >= MinSimilarity)
        {
            return true;
        }

        var terms = explanation?.Terms ?? [];
        return terms.Any(t => !t.Common && t.Kind != TermKind.Bigram)
            || terms.Count(t => !t.Common && t.Kind == TermKind.Bigram) >= 2;
    }
}
