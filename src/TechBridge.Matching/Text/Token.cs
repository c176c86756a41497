namespace TechBridge.Matching.Text;

/// <summary>How a <see cref="Token"/> relates to the raw token stream.</summary>
public enum TokenRole : byte
{
    /// <summary>A raw token as written between separators; each one takes the next position.</summary>
    Whole = 0,

    /// <summary>One single-script run of the preceding <see cref="Whole"/> mixed token ("2" and "차전지" of "2차전지"); same position.</summary>
    Part = 1,

    /// <summary>The hyphen-free join of a hyphenated chain ("liion" after "li", "ion"); position of the chain's first token.</summary>
    Joined = 2,
}

/// <summary>One token from <see cref="Tokenizer"/>. <see cref="Text"/> is only valid until the next <see cref="Tokenizer.MoveNext"/>.</summary>
public readonly ref struct Token
{
    /// <summary>Creates a token.</summary>
    public Token(ReadOnlySpan<char> text, TokenScript script, TokenRole role, int position)
    {
        Text = text;
        Script = script;
        Role = role;
        Position = position;
    }

    /// <summary>The characters of the token (as in the input: the tokenizer does not change case).</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>The script of the token; <see cref="TokenScript.Mixed"/> only for a whole or joined token spanning scripts.</summary>
    public TokenScript Script { get; }

    /// <summary>Whether this is a raw token, a part of a mixed raw token, or a joined hyphenated chain.</summary>
    public TokenRole Role { get; }

    /// <summary>Ordinal of the raw token this token belongs to (0-based).</summary>
    public int Position { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Role}:{Script}:{Text.ToString()}@{Position}";
}
