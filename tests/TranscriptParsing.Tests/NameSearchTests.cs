using System;
using System.Text;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The search for a name narrows the places by the name's first and last chars, many at a time; it must find what
/// <see cref="CaseInsensitive.IndexOf"/> finds, wherever the name stands and whatever stands around it.
/// </summary>
public class NameSearchTests
{
    [Theory]
    [InlineData("SMITH")]
    [InlineData("MCEVERS")]
    [InlineData("O'BRIEN")]
    [InlineData("DE LA CRUZ")]
    [InlineData("AB")]
    [InlineData("X")]
    [InlineData("1A")]
    [InlineData("JOSÉ")]
    public void Finds_what_the_char_by_char_search_finds(string name)
    {
        var random = new Random(name.Length * 31);
        var pieces = new[] { "s", "S", "h", "H", "smit", "SMIT", "mith", " ", "\n", "a", "é", "É", "\u212A", "\u0131", "'", "-", "1", name, name.ToLowerInvariant() };
        for (int round = 0; round < 500; round++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, round < 250 ? 40 : 300);
            while (builder.Length < length)
            {
                builder.Append(pieces[random.Next(round % 4 == 0 ? pieces.Length - 2 : pieces.Length)]);
            }

            var text = builder.ToString();
            int from = random.Next(0, text.Length + 1);
            Assert.Equal(CaseInsensitive.IndexOf(text.AsSpan(from), name), NameSearch.IndexOf(text.AsSpan(from), name));
        }
    }

    [Fact]
    public void Passes_over_chars_that_equal_a_letter_only_with_the_case_bit_set()
    {
        // '\u00C1' | 0x20 is '\u00E1', 'A' | 0x20 is 'a', '@' | 0x20 is '`': only letters match letters.
        const string Lookalikes = "@BCD `bcd \u0141bcd\u0101bcd xxxxxxxxxxxxxxxxxxxxxxxx";
        Assert.Equal(-1, NameSearch.IndexOf(Lookalikes, "ABCD"));
        Assert.Equal(Lookalikes.Length, NameSearch.IndexOf(Lookalikes + "aBcD", "ABCD"));
    }
}
