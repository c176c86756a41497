using System.Buffers;

namespace TechBridge.Matching.Text;

/// <summary>
/// Splits normalised text (see <see cref="TextNormalizer"/>) into tokens without allocating per token.
/// Use with <c>foreach (var token in new Tokenizer(text))</c>.
/// </summary>
/// <remarks>
/// <para>A raw token (<see cref="TokenRole.Whole"/>) is a maximal run of letters and digits of any script.
/// Inside it, and only between the characters named, a few connectors are kept:
/// an apostrophe or ampersand between Latin letters ("company's", "r&amp;d"), a decimal point between
/// digits ("0.5"), and a thousands comma (digit, comma, exactly three digits), which is dropped
/// ("1,487억원" → "1487억원"). Everything else (whitespace, punctuation, '/', '·') separates tokens.</para>
/// <para>Mixed-script tokens are kept whole and then split at every script boundary, the parts sharing the
/// whole's position: "2차전지" → "2차전지", "2", "차전지"; "sic기판" → "sic기판", "sic", "기판"; "co2" → "co2", "co", "2".</para>
/// <para>A hyphen between two tokens (no spaces) splits them, and after the last token of such a chain a
/// <see cref="TokenRole.Joined"/> token with the hyphens removed follows: "li-ion" → "li", "ion", "liion";
/// "온-디바이스" → "온", "디바이스", "온디바이스". The join exists because the same compound is written with and
/// without the hyphen ("온디바이스"). Chains made only of numbers ("2024-2025", "02-123-4567") are ranges or
/// phone numbers and get no join. A slash never joins ("r&amp;d/ip" → "r&amp;d", "ip"): it lists alternatives.</para>
/// </remarks>
public ref struct Tokenizer
{
    private readonly ReadOnlySpan<char> _text;
    private int _next;
    private int _position;

    private ReadOnlySpan<char> _whole;
    private int _wholePosition;
    private int _partOffset;
    private bool _partsPending;

    private bool _chainOpen;
    private int _chainStart;
    private int _chainEnd;
    private int _chainCount;
    private int _chainPosition;
    private bool _chainAllNumeric;
    private TokenScript _chainScript;
    private bool _joinPending;

    private char[]? _buffer;
    private char[]? _joinBuffer;

    /// <summary>Creates a tokenizer over <paramref name="normalizedText"/>.</summary>
    public Tokenizer(ReadOnlySpan<char> normalizedText)
    {
        _text = normalizedText;
    }

    /// <summary>The current token; valid after <see cref="MoveNext"/> returned <see langword="true"/>.</summary>
    public Token Current { get; private set; }

    /// <summary>Returns this tokenizer, so that it can be used in <c>foreach</c>.</summary>
    public readonly Tokenizer GetEnumerator() => this;

    /// <summary>Returns the pooled buffers used for rewritten tokens; <c>foreach</c> calls this.</summary>
    public void Dispose()
    {
        Return(ref _buffer);
        Return(ref _joinBuffer);
    }

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        if (_partsPending)
        {
            EmitNextPart();
            return true;
        }

        if (_joinPending)
        {
            EmitJoined();
            return true;
        }

        if (!ScanWord(out var start, out var end, out var hasThousands, out var script))
        {
            return false;
        }

        _whole = hasThousands ? WithoutCommas(_text[start..end]) : _text[start..end];
        TrackChain(start, end, script);

        Current = new Token(_whole, script, TokenRole.Whole, _position);
        if (script == TokenScript.Mixed)
        {
            _partsPending = true;
            _partOffset = 0;
            _wholePosition = _position;
        }

        _position++;
        return true;
    }

    private bool ScanWord(out int start, out int end, out bool hasThousands, out TokenScript script)
    {
        var text = _text;
        var i = _next;
        hasThousands = false;
        byte cls = CharClass.Separator;
        var width = 1;
        while (i < text.Length)
        {
            cls = CharClass.Classify(text, i, out width);
            if (cls <= (byte)TokenScript.Other)
            {
                break;
            }

            i += width;
        }

        start = i;
        script = (TokenScript)cls;
        if (i >= text.Length)
        {
            end = _next = text.Length;
            return false;
        }

        var previous = cls;
        i += width;
        while (i < text.Length)
        {
            cls = CharClass.Classify(text, i, out width);
            if (cls <= (byte)TokenScript.Other)
            {
                if (cls != previous)
                {
                    script = TokenScript.Mixed;
                }

                previous = cls;
                i += width;
                continue;
            }

            if (cls == CharClass.Mark)
            {
                i += width;
                continue;
            }

            if (IsConnector(text, i, previous, ref hasThousands))
            {
                i++;
                continue;
            }

            break;
        }

        end = _next = i;
        return true;
    }

    private static bool IsConnector(ReadOnlySpan<char> text, int i, byte previous, ref bool hasThousands)
    {
        if (i + 1 >= text.Length)
        {
            return false;
        }

        var c = text[i];
        var next = CharClass.Classify(text, i + 1, out _);
        if (c is '\'' or '&')
        {
            return previous == (byte)TokenScript.Latin && next == (byte)TokenScript.Latin;
        }

        if (c == '.')
        {
            return previous == (byte)TokenScript.Number && next == (byte)TokenScript.Number && char.IsAsciiDigit(text[i - 1]);
        }

        if (c == ',' && previous == (byte)TokenScript.Number && IsThousandsComma(text, i))
        {
            hasThousands = true;
            return true;
        }

        return false;
    }

    /// <summary>Digit group of 1–3 before, exactly three digits after, then no further digit.</summary>
    private static bool IsThousandsComma(ReadOnlySpan<char> text, int comma)
    {
        if (comma + 3 >= text.Length)
        {
            return false;
        }

        for (var k = 1; k <= 3; k++)
        {
            if (!char.IsAsciiDigit(text[comma + k]))
            {
                return false;
            }
        }

        if (comma + 4 < text.Length && char.IsAsciiDigit(text[comma + 4]))
        {
            return false;
        }

        var before = 0;
        for (var k = comma - 1; k >= 0 && char.IsAsciiDigit(text[k]); k--)
        {
            before++;
        }

        return before is >= 1 and <= 3;
    }

    private ReadOnlySpan<char> WithoutCommas(ReadOnlySpan<char> source)
    {
        var buffer = Rent(ref _buffer, source.Length);

        var length = 0;
        foreach (var c in source)
        {
            if (c != ',')
            {
                buffer[length++] = c;
            }
        }

        return buffer.AsSpan(0, length);
    }

    private void EmitNextPart()
    {
        var whole = _whole;
        var start = _partOffset;
        var script = CharClass.Classify(whole, start, out var width);
        var i = start + width;
        while (i < whole.Length)
        {
            var cls = CharClass.Classify(whole, i, out width);
            // Connectors and marks were only admitted inside a run, so they never start a new part.
            if (cls <= (byte)TokenScript.Other && cls != script)
            {
                break;
            }

            i += width;
        }

        _partOffset = i;
        _partsPending = i < whole.Length;
        Current = new Token(whole[start..i], (TokenScript)script, TokenRole.Part, _wholePosition);
    }

    private void TrackChain(int start, int end, TokenScript script)
    {
        if (!_chainOpen)
        {
            _chainStart = start;
            _chainCount = 0;
            _chainPosition = _position;
            _chainAllNumeric = true;
            _chainScript = script;
        }
        else if (script != _chainScript)
        {
            _chainScript = TokenScript.Mixed;
        }

        _chainCount++;
        _chainEnd = end;
        _chainAllNumeric &= script == TokenScript.Number;

        var text = _text;
        _chainOpen = end + 1 < text.Length && text[end] == '-' && CharClass.Classify(text, end + 1, out _) <= (byte)TokenScript.Other;
        if (!_chainOpen && _chainCount >= 2 && !_chainAllNumeric)
        {
            _joinPending = true;
        }
    }

    private void EmitJoined()
    {
        _joinPending = false;
        var source = _text[_chainStart.._chainEnd];
        var buffer = Rent(ref _joinBuffer, source.Length);
        var length = 0;
        foreach (var c in source)
        {
            if (c is not ('-' or ','))
            {
                buffer[length++] = c;
            }
        }

        Current = new Token(buffer.AsSpan(0, length), _chainScript, TokenRole.Joined, _chainPosition);
    }

    private static char[] Rent(ref char[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length)
        {
            Return(ref buffer);
            buffer = ArrayPool<char>.Shared.Rent(Math.Max(64, length));
        }

        return buffer;
    }

    private static void Return(ref char[]? buffer)
    {
        if (buffer is not null)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
