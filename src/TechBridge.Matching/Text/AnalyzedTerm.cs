namespace TechBridge.Matching.Text;

/// <summary>What kind of evidence a term is; the index keeps kinds apart and a query weighs them differently.</summary>
public enum TermKind : byte
{
    /// <summary>A whole word as written (normalised, lower-cased): "반도체를", "euv", "2차전지".</summary>
    Word = 0,

    /// <summary>A reduced form: an English Porter2 stem ("batteries" → "batteri") or a Korean word without its particle/ending ("반도체를" → "반도체").</summary>
    Stem = 1,

    /// <summary>A Korean syllable bigram ("반도", "도체"): recall for compounds and spacing variants.</summary>
    Bigram = 2,
}

/// <summary>One term produced by an analyser, with its ordinal position in the text.</summary>
public readonly record struct AnalyzedTerm(string Text, TermKind Kind, int Position);
