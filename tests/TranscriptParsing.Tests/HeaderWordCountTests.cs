using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>The header's word count answers as walking the words one by one does, on every spacing.</summary>
public class HeaderWordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Word", 1)]
    [InlineData("Two words", 2)]
    [InlineData(" Leading and trailing ", 3)]
    [InlineData("Freighters on the Great Lakes are sailing this spring with their holds partly empty.", 14)]
    [InlineData("Two  spaces between words in a line long enough for the vectorised pass", 13)]
    [InlineData("A tab\tbetween words in a line long enough for the vectorised pass too", 14)]
    [InlineData("A no-break\u00A0space in a line long enough for the vectorised pass too", 13)]
    [InlineData("Spaces at the end of a line long enough for the vectorised pass  ", 13)]
    [InlineData("sixteen chars!! x", 3)]
    [InlineData("fifteen chars!  x", 3)]
    public void Counts_words_as_the_word_walk_does(string line, int expected)
    {
        Assert.Equal(expected, HeaderScanner.WordCount(line));
        Assert.Equal(WalkedWords(line), HeaderScanner.WordCount(line));
    }

    [Fact]
    public void Counts_words_at_every_position_of_a_double_space()
    {
        var words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i] != ' ')
            {
                continue;
            }

            var spaced = words.Insert(i, " ");
            Assert.Equal(WalkedWords(spaced), HeaderScanner.WordCount(spaced));
        }
    }

    private static int WalkedWords(string line)
    {
        int words = 0, position = 0;
        while (TextWords.Next(line, ref position, out _, ' ', ' '))
        {
            words++;
        }

        return words;
    }
}
