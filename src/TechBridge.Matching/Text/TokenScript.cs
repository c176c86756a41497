namespace TechBridge.Matching.Text;

/// <summary>The writing system of a token or of one part of a mixed token; each script has its own analysis rules.</summary>
public enum TokenScript : byte
{
    /// <summary>Latin letters (ASCII and accented), possibly with inner apostrophes or ampersands: "euv", "company's", "r&amp;d".</summary>
    Latin = 0,

    /// <summary>Decimal digits, possibly with a decimal point: "12", "0.5".</summary>
    Number = 1,

    /// <summary>Hangul syllables and jamo: "반도체를".</summary>
    Hangul = 2,

    /// <summary>Han ideographs (CJK), as in "非리튬계" or "美".</summary>
    Han = 3,

    /// <summary>Any other letters (Greek, Cyrillic, kana, ...).</summary>
    Other = 4,

    /// <summary>A whole token made of runs of more than one script: "2차전지", "euv용", "3nm".</summary>
    Mixed = 5,
}
