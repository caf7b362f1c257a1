using System;
using System.Text;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The search for first- and second-person words reads only the words that could be one: its answers must be those of
/// a plain walk over every word.
/// </summary>
public class PersonalWordTests
{
    [Theory]
    [InlineData("I'm glad to be here.", true)]
    [InlineData("Tonight on Tell Me More: the vote.", false)]
    [InlineData("Me, too.", true)]
    [InlineData("The US and (y'all) know it.", true)]
    [InlineData("The US and the UK.", false)]
    [InlineData("\u201CYou\u201D said it.", true)]
    [InlineData("Tonight on Your Money, the markets.", false)]
    [InlineData("Your Money is on at nine.", true)]
    [InlineData("A program about the economy.", false)]
    [InlineData("", false)]
    public void Known_paragraphs_are_judged_as_before(string text, bool personal)
    {
        Assert.Equal(personal, TextWords.HasPersonalWord(text));
        Assert.Equal(personal, WordByWord(text));
    }

    [Fact]
    public void Random_texts_get_the_answer_of_a_walk_over_every_word()
    {
        string[] pieces =
        [
            "me", "Me", "ME", "my", "we", "We", "us", "US", "Us", "our", "you", "You", "your", "YOUR", "y'all", "Y\u2019all",
            "I", "I'm", "I\u2019d", "It", "i", "Tell", "More", "mystery", "owe", "u", "o", "w", "y", "you're", "we've",
            "\u0131", "\u017F", "u\u017F", "x", "ab", "TheWord", "M", "Y", "O", "W", "U", "Mm", "Yo",
            "mE", "wE", "uS", "oU", "yO", "Y'ALL", "ours", "mess", "wet", "use", "out", "yoke", "I2", "Ix", "I-", "m\u00E9", "w\u0301", "y\u2019",
            ".", ",", ";", ":", "!", "?", "\"", "(", ")", "\u201C", "\u201D", "\u2018", "\u2019", "\u2014", "-", "'",
        ];
        string[] separators = [" ", " ", " ", "  ", "\t", "\u00A0", "\n", "\r\n", ""];
        var random = new Random(20261129);
        for (int run = 0; run < 20000; run++)
        {
            string sample = Support.RandomText.Join(random, pieces, 0, 11, separators);
            Assert.True(WordByWord(sample) == TextWords.HasPersonalWord(sample), sample);
        }
    }

    [Fact]
    public void Every_personal_word_has_two_chars_and_starts_with_one_the_vectorised_pass_looks_for()
    {
        foreach (var word in Conventions.PersonalWords)
        {
            Assert.Contains(char.ToLowerInvariant(word[0]), "mwuoy");
            Assert.True(word.Length >= 2, word);
        }
    }

    [Fact]
    public void Long_texts_are_judged_at_every_offset()
    {
        string prose = "The program looks at the economy of the state, the budget (and more) of the capital.";
        for (int cut = 0; cut <= prose.Length; cut++)
        {
            foreach (var word in new[] { " me", " Tell Me", "?\n(you)", " \u201Cus", " yo-yo", " i", " I.", " our", " y'all", " mess", " u\u017F" })
            {
                string sample = prose[..cut] + word + prose[cut..];
                Assert.True(WordByWord(sample) == TextWords.HasPersonalWord(sample), sample);
            }
        }
    }

    /// <summary>The earlier form of <see cref="TextWords.HasPersonalWord"/>: every word in turn, with the sentence state carried along.</summary>
    private static bool WordByWord(ReadOnlySpan<char> text)
    {
        int position = 0;
        bool sentenceStart = true;
        while (TextWords.Next(text, ref position, out var word, '\n', '\r'))
        {
            bool opensSentence = sentenceStart;
            sentenceStart = TextWords.EndsSentence(word);
            word = TextWords.TrimPunctuation(word);
            if (word.Length == 0 || word.Length > 6 || (!opensSentence && word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1])))
            {
                continue;
            }

            if (word[0] == 'I' && (word.Length == 1 || word[1] is '\'' or '\u2019'))
            {
                return true;
            }

            foreach (var personal in Conventions.PersonalWords)
            {
                if (word.Length == personal.Length && word.Equals(personal, StringComparison.OrdinalIgnoreCase) && !(word.Length == 2 && word[1] == 'S'))
                {
                    return true;
                }

                if (word.Length > personal.Length && word.StartsWith(personal, StringComparison.OrdinalIgnoreCase) && word[personal.Length] is '\'' or '\u2019')
                {
                    return true;
                }
            }
        }

        return false;
    }
}
