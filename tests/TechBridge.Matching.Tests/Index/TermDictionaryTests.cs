using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Index;

public sealed class TermDictionaryTests
{
    private static TermDictionary Of(params string[] keys)
    {
        var offsets = new int[keys.Length + 1];
        for (var i = 0; i < keys.Length; i++)
        {
            offsets[i + 1] = offsets[i] + keys[i].Length;
        }

        return new TermDictionary(string.Concat(keys).ToCharArray(), offsets);
    }

    [Fact]
    public void TryGet_ManyKeys_FindsEachAtItsOrdinalAndNothingElse()
    {
        var keys = Enumerable.Range(0, 5_000).Select(i => i % 2 == 0 ? $"term{i}" : $"반도체{i}").Prepend("").ToArray();
        var dictionary = Of(keys);

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(dictionary.TryGet(keys[i], out var ordinal));
            Assert.Equal(i, ordinal);
            Assert.Equal(keys[i], dictionary.Key(i).ToString());
        }

        Assert.False(dictionary.TryGet("term1", out _));
        Assert.False(dictionary.TryGet("반도체", out _));
    }

    [Fact]
    public void Constructor_OffsetsBeyondCharacters_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => new TermDictionary("abc".ToCharArray(), [0, 2, 4]));
        Assert.Throws<InvalidDataException>(() => new TermDictionary("abc".ToCharArray(), [0, 2, 1, 3]));
    }

    [Fact]
    public void Constructor_DuplicateKey_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => Of("abc", "abc"));
    }
}

public sealed class TermTableTests
{
    [Fact]
    public void GetOrAdd_SameTextAsWordAndAsBigram_GivesTwoTerms()
    {
        var table = new TermTable();

        var word = table.GetOrAdd("반도", TermKind.Word, out var wordAdded);
        var bigram = table.GetOrAdd("반도", TermKind.Bigram, out var bigramAdded);
        var stem = table.GetOrAdd(new string("반도".AsSpan()), TermKind.Stem, out var stemAdded);

        Assert.True(wordAdded);
        Assert.True(bigramAdded);
        Assert.NotEqual(word, bigram);
        Assert.False(stemAdded); // words and stems share one term space
        Assert.Equal(word, stem);
        Assert.Equal("\u0002반도", table.Key(bigram).ToString());
        Assert.Equal("반도", table.Key(word).ToString());
    }

    [Fact]
    public void GetOrAdd_HundredThousandTerms_KeepsEveryIdThroughGrowth()
    {
        var table = new TermTable();
        var ids = Enumerable.Range(0, 100_000).Select(i => table.GetOrAdd("t" + i, TermKind.Word, out _)).ToArray();

        Assert.Equal(Enumerable.Range(0, 100_000), ids);
        Assert.Equal(77_777, table.GetOrAdd("t77777", TermKind.Word, out var added));
        Assert.False(added);
        Assert.Equal("t77777", table.Key(77_777).ToString());
        Assert.Equal(table.Offsets[^1], table.Characters.Length);
    }
}
