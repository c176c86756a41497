namespace TechBridge.Matching.Text;

/// <summary>
/// The Korean/English analyser used for documents and queries alike: <see cref="TextNormalizer"/>, then
/// <see cref="Tokenizer"/>, then per-script rules. Thread-safe and reusable.
/// </summary>
/// <remarks>
/// <para>Every raw token takes one position; all terms derived from it (parts, stems, bigrams) share that position.</para>
/// <list type="bullet">
/// <item><b>Latin</b>: dropped if an <see cref="EnglishStopWords">English stop word</see>, unless written as an
/// all-capital acronym ("IT"); otherwise <see cref="TermKind.Word"/> (lower case) and, if different, the Porter2
/// <see cref="TermKind.Stem"/> ("batteries" → Word "batteries", Stem "batteri").</item>
/// <item><b>Numbers</b>: Word ("12", "0.5").</item>
/// <item><b>Hangul</b>: dropped if a standalone <see cref="KoreanStopWords">Korean stop word</see>; otherwise the Stem
/// without particle/ending when there is one ("반도체를" → Stem "반도체", the inflected form itself is not kept), else
/// the Word ("반도체"), and the syllable
/// <see cref="TermKind.Bigram">bigrams</see> of the stem ("반도", "도체"). A one-syllable stem has no bigram: its Word is
/// the only evidence.</item>
/// <item><b>Han and other scripts</b>: Word.</item>
/// <item><b>Mixed tokens</b>: Word of the whole ("2차전지를"), Stem of the whole if a particle ends it ("2차전지"), then each
/// script part by its own rule ("2"; "차전지를", "차전지", "차전", "전지"). A trailing Hangul part that is nothing but a
/// particle or a Korean stop word is not emitted ("ai와" → "ai와", "ai"), nor is the whole's stem when it equals the
/// single part before it.</item>
/// <item><b>Hyphen joins</b> ("liion" from "li-ion"): Word, plus Stem when the join is all Latin or all Hangul.</item>
/// </list>
/// <para><b>Stems are emitted only when they differ from the word</b>, to keep postings small. Documents and queries go
/// through the same rule, so a word without a Stem term is its own stem: whoever looks up a query Stem term must
/// also look it up among Word terms (and a query Word term among Stem terms), so that "consisted" (Stem "consist")
/// finds "consist" (Word only) and vice versa.</para>
/// <para>Terms longer than <see cref="MaxTermLength"/> characters are not emitted (Hangul bigrams of a long token still are).</para>
/// </remarks>
public sealed class BilingualAnalyzer : IAnalyzer
{
    /// <summary>The longest Word or Stem term emitted, in characters; longer tokens are almost always junk (hashes, URLs).</summary>
    public const int MaxTermLength = 64;

    /// <summary>Creates an analyser.</summary>
    /// <param name="emitBigrams"><see langword="false"/> turns Hangul bigrams off (a baseline for benchmarks).</param>
    public BilingualAnalyzer(bool emitBigrams = true)
    {
        EmitsBigrams = emitBigrams;
    }

    /// <summary>Whether Hangul syllable bigrams are emitted.</summary>
    public bool EmitsBigrams { get; }

    /// <inheritdoc/>
    public void Analyze(string text, List<AnalyzedTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var cache = TermCache.Current;
        Emit(text, new ListTermSink(terms, cache), cache);
    }

    /// <inheritdoc/>
    public void Analyze(string text, ITermSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        Emit(text, sink, TermCache.Current);
    }

    private void Emit(string text, ITermSink sink, TermCache cache)
    {
        var normalized = TextNormalizer.Normalize(text, lowerCase: false);
        if (normalized.Length == 0)
        {
            return;
        }

        var emitter = new TermEmitter(sink, cache, EmitsBigrams, stackalloc char[MaxTermLength]);
        foreach (var token in new Tokenizer(normalized))
        {
            emitter.Add(token);
        }
    }

    /// <summary>Applies the per-script rules to each token; holds the state of the mixed token being split.</summary>
    private ref struct TermEmitter
    {
        private readonly ITermSink _sink;
        private readonly TermCache _cache;
        private readonly bool _bigrams;
        private readonly Span<char> _scratch;
        private int _wholeLength;
        private int _consumed;
        private bool _skipLastPart;

        public TermEmitter(ITermSink sink, TermCache cache, bool bigrams, Span<char> scratch)
        {
            _sink = sink;
            _cache = cache;
            _bigrams = bigrams;
            _scratch = scratch;
        }

        public void Add(Token token)
        {
            switch (token.Role)
            {
                case TokenRole.Whole when token.Script == TokenScript.Mixed:
                    AddMixed(token.Text, token.Position);
                    break;
                case TokenRole.Whole:
                    AddSingle(token.Text, token.Script, token.Position, standalone: true);
                    break;
                case TokenRole.Part:
                    _consumed += token.Text.Length;
                    if (!(_skipLastPart && _consumed == _wholeLength))
                    {
                        AddSingle(token.Text, token.Script, token.Position, standalone: false);
                    }

                    break;
                default:
                    AddJoined(token.Text, token.Script, token.Position);
                    break;
            }
        }

        private void AddMixed(ReadOnlySpan<char> text, int position)
        {
            _wholeLength = text.Length;
            _consumed = 0;
            _skipLastPart = false;
            if (text.Length > MaxTermLength)
            {
                return;
            }

            var word = Lower(text);
            Emit(word, TermKind.Word, position);
            var runStart = word.Length;
            while (runStart > 0 && Hangul.IsHangul(word[runStart - 1]))
            {
                runStart--;
            }

            var stemLength = KoreanSuffixStripper.StemLength(word);

            // A trailing Hangul run that is only a particle ("ai와", "1등") would be a noise part; and the stem then
            // repeats the part before it, unless that is itself mixed ("3d와" → stem "3d").
            _skipLastPart = runStart < word.Length && (stemLength == runStart || KoreanStopWords.Contains(word[runStart..]));
            if (stemLength < word.Length && (stemLength > runStart || IsMixed(word[..stemLength])))
            {
                Emit(word[..stemLength], TermKind.Stem, position);
            }
        }

        private void AddSingle(ReadOnlySpan<char> text, TokenScript script, int position, bool standalone)
        {
            switch (script)
            {
                case TokenScript.Hangul:
                    AddHangul(text, position, standalone);
                    break;
                case TokenScript.Latin when text.Length <= MaxTermLength:
                    var word = Lower(text);
                    if (EnglishStopWords.Contains(word) && !IsAcronym(text))
                    {
                        return;
                    }

                    var wordString = _cache.GetString(word, out var slot);
                    _sink.Add(wordString, TermKind.Word, position);
                    AddEnglishStem(wordString, slot, position);
                    break;
                case TokenScript.Number or TokenScript.Han or TokenScript.Other when text.Length <= MaxTermLength:
                    Emit(Lower(text), TermKind.Word, position);
                    break;
            }
        }

        private void AddHangul(ReadOnlySpan<char> text, int position, bool standalone)
        {
            if (standalone && KoreanStopWords.Contains(text))
            {
                return;
            }

            var stemLength = KoreanSuffixStripper.StemLength(text);
            if (text.Length <= MaxTermLength)
            {
                // An inflected word is indexed by its stem alone: "반도체를", "반도체의" and "반도체에서" would
                // otherwise each be a term of their own, multiplying the dictionary for no gain in matching.
                if (stemLength < text.Length)
                {
                    Emit(text[..stemLength], TermKind.Stem, position);
                }
                else
                {
                    Emit(text, TermKind.Word, position);
                }
            }

            if (_bigrams)
            {
                for (var i = 0; i + 1 < stemLength; i++)
                {
                    Emit(text.Slice(i, 2), TermKind.Bigram, position);
                }
            }
        }

        private void AddJoined(ReadOnlySpan<char> text, TokenScript script, int position)
        {
            if (text.Length > MaxTermLength)
            {
                return;
            }

            var word = Lower(text);
            var wordString = _cache.GetString(word, out var slot);
            _sink.Add(wordString, TermKind.Word, position);
            if (script == TokenScript.Latin)
            {
                AddEnglishStem(wordString, slot, position);
            }
            else if (script == TokenScript.Hangul)
            {
                var stemLength = KoreanSuffixStripper.StemLength(word);
                if (stemLength < word.Length)
                {
                    Emit(word[..stemLength], TermKind.Stem, position);
                }
            }
        }

        private void AddEnglishStem(string word, int slot, int position)
        {
            if (!IsStemmable(word))
            {
                return;
            }

            var stem = _cache.GetStem(word, slot);
            if (!ReferenceEquals(stem, word) && stem != word)
            {
                _sink.Add(stem, TermKind.Stem, position);
            }
        }

        private readonly void Emit(ReadOnlySpan<char> text, TermKind kind, int position) => _sink.Add(text, kind, position);

        /// <summary>Lower-cases into the scratch buffer; the result is valid until the next call.</summary>
        /// <remarks>
        /// ASCII and Hangul (which has no case) are done here: the framework's invariant lower-casing of any span that
        /// is not all ASCII goes to ICU, which cost more than the rest of the analysis of a mixed token like "12인치".
        /// </remarks>
        private readonly ReadOnlySpan<char> Lower(ReadOnlySpan<char> text)
        {
            var scratch = _scratch[..text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsAscii(c))
                {
                    scratch[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                }
                else if (Hangul.IsHangul(c))
                {
                    scratch[i] = c;
                }
                else
                {
                    var length = text.ToLowerInvariant(_scratch);
                    return _scratch[..length];
                }
            }

            return scratch;
        }

        /// <summary>"IT", "AND" as written in capitals are acronyms, not the stop words "it", "and".</summary>
        private static bool IsAcronym(ReadOnlySpan<char> text) => text.Length >= 2 && !text.ContainsAnyInRange('a', 'z');

        /// <summary>Porter2 is for English words: ASCII letters with apostrophes only (not "r&amp;d", not "café").</summary>
        private static bool IsStemmable(string word)
        {
            foreach (var c in word)
            {
                if (!char.IsAsciiLetterLower(c) && c != '\'')
                {
                    return false;
                }
            }

            return word.Length > 2;
        }

        private static bool IsMixed(ReadOnlySpan<char> text)
        {
            var first = CharClass.Classify(text, 0, out var width);
            for (var i = width; i < text.Length; i += width)
            {
                var cls = CharClass.Classify(text, i, out width);
                if (cls != first && cls <= (byte)TokenScript.Other)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
