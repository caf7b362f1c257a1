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
