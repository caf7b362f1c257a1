using System;
using System.Text;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// <see cref="AsciiWordSet"/> gives the answer of a search for each of its words with
/// <see cref="CaseInsensitive.Contains"/>, on texts short and long, ASCII and not.
/// </summary>
public class AsciiWordSetTests
{
    private static readonly string[] Words = ["VOICE-OVER", "ON CAMERA", "OFF-MIKE", "BY PHONE", "SINGING", "CO-HOST"];

    [Theory]
    [InlineData("voice-over", true)]
    [InlineData("Reporter, Voice-Over", true)]
    [InlineData("on camera", true)]
    [InlineData("ON  CAMERA", false)]
    [InlineData("off mike", false)]
    [InlineData("co-hostess", true)]
    [InlineData("SINGIN", false)]
    [InlineData("", false)]
    [InlineData("sınging", false)] // a dotless i is not ASCII: it matches no letter of an ASCII word
    [InlineData("SINGING \u00e9", true)]
    public void Finds_a_word_ignoring_the_case_of_ascii_letters(string text, bool expected)
    {
        var set = new AsciiWordSet(Words);
        Assert.Equal(expected, set.IsFoundIn(text));
        Assert.Equal(expected, WordByWord(text));
    }

    [Fact]
    public void Answers_as_a_search_for_each_word_on_random_texts()
    {
        var set = new AsciiWordSet(Words);
        var random = new Random(20261129);
        const string Alphabet = "singSINGoncamerON CAMERAvicevoice-VOICE-OVERbyphoneBYPHONE-  co-hostCO-HOSTéıK\u212A";
        var text = new StringBuilder();
        var buffer = new char[AsciiWordSet.MostChars];
        int found = 0;
        for (int i = 0; i < 20_000; i++)
        {
            text.Clear();
            int length = random.Next(0, 200);
            for (int c = 0; c < length; c++)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            if (random.Next(4) == 0)
            {
                // Plant a word, in mixed case, somewhere in the text.
                string word = Words[random.Next(Words.Length)];
                var planted = new StringBuilder(word.Length);
                foreach (char w in word)
                {
                    planted.Append(random.Next(2) == 0 ? char.ToLowerInvariant(w) : w);
                }

                text.Insert(random.Next(text.Length + 1), planted.ToString());
            }

            string s = text.ToString();
            bool expected = WordByWord(s);
            found += expected ? 1 : 0;
            Assert.True(expected == set.IsFoundIn(s), $"'{s}': expected {expected}");

            // The same answer from the upper-case copy that several sets share.
            var upper = AsciiWordSet.ToUpper(s, buffer);
            Assert.True(upper.IsEmpty || upper.SequenceEqual(s.ToUpperInvariant()), $"'{s}': upper case '{upper.ToString()}'");
            Assert.True(expected == set.IsFoundIn(s, upper), $"'{s}' given its upper case: expected {expected}");
        }

        Assert.InRange(found, 2_000, 18_000);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Host")]
    [InlineData("CAFÉ")]
    public void Refuses_a_word_that_is_not_upper_case_ascii(string word)
    {
        Assert.Throws<ArgumentException>(() => new AsciiWordSet("HOST", word));
    }

    private static bool WordByWord(string text)
    {
        foreach (var word in Words)
        {
            if (CaseInsensitive.Contains(text, word))
            {
                return true;
            }
        }

        return false;
    }
}
