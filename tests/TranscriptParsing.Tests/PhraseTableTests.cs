using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary><see cref="PhraseTable"/>'s prefix lookups answer as comparing the text with every phrase in turn would.</summary>
public class PhraseTableTests
{
    private static readonly string[] Short = ["Ab", "Abc", "X"];
    private static readonly string[] Long = ["Abcdef", "Listen to this", "Listen ·"];

    [Theory]
    [InlineData("Ab", true)]
    [InlineData("A", false)]
    [InlineData("Abcd", true)]
    [InlineData("Abcdefg", true)]
    [InlineData("Abcdx", true)]
    [InlineData("Listen to this show", true)]
    [InlineData("Listen to that", false)]
    [InlineData("Listen ·", true)]
    [InlineData("Listen", false)]
    [InlineData("X", true)]
    [InlineData("x", false)]
    [InlineData("", false)]
    public void Finds_a_prefix_as_the_plain_comparison_does(string text, bool expected)
    {
        var table = new PhraseTable([.. Short, .. Long]);
        Assert.Equal(expected, table.IsPrefixOf(text));
        Assert.Equal(expected, PlainIsPrefixOf([.. Short, .. Long], text));
    }

    [Theory]
    [InlineData("Abcdefg", 3)]
    [InlineData("Abc", 1)]
    [InlineData("Abcdex", 1)]
    [InlineData("Listen to this", 2)]
    [InlineData("Xylophone", 1)]
    [InlineData("Nothing", 0)]
    public void Grouped_lookup_names_every_list_with_a_prefix(string text, int expected)
    {
        var table = PhraseTable.Grouped(Short, Long);
        Assert.Equal(expected, table.PrefixGroups(text));
        int plain = (PlainIsPrefixOf(Short, text) ? 1 : 0) | (PlainIsPrefixOf(Long, text) ? 2 : 0);
        Assert.Equal(plain, table.PrefixGroups(text));
        Assert.Equal(expected != 0, table.IsPrefixOf(text));
    }

    /// <summary>Phrases whose second chars share their low bits ('B', 'b', 'ł', 'Ă'), and one of a single char.</summary>
    private static readonly string[] SharedSlots = ["A\u0142c", "AB", "A\u0102", "Ab", "Q", "Abb", "Qq x"];

    [Theory]
    [InlineData("A\u0102x")]
    [InlineData("A\u0142cd")]
    [InlineData("A\u0142")]
    [InlineData("AB")]
    [InlineData("Abb c")]
    [InlineData("Ab c")]
    [InlineData("A\u0102 c")]
    [InlineData("Ab")]
    [InlineData("A")]
    [InlineData("Q")]
    [InlineData("Qz")]
    [InlineData("Qq x y")]
    [InlineData("Q\u0151 x")]
    [InlineData("Zz")]
    public void Phrases_whose_second_chars_share_a_slot_are_each_found(string text)
    {
        var table = new PhraseTable(SharedSlots);
        Assert.Equal(PlainIsPrefixOf(SharedSlots, text), table.IsPrefixOf(text));
        Assert.Equal(PlainWordAtStart(SharedSlots, text), table.WordAtStart(text));
    }

    private static int PlainWordAtStart(string[] phrases, string text)
    {
        foreach (var phrase in phrases)
        {
            if (text.Length > phrase.Length && text.StartsWith(phrase, System.StringComparison.Ordinal) && text[phrase.Length] == ' ')
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    private static bool PlainIsPrefixOf(string[] phrases, string text)
    {
        foreach (var phrase in phrases)
        {
            if (text.StartsWith(phrase, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
