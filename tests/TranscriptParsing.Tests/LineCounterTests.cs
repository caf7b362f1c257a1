using System;
using System.Text;
using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The line counter reads the text between two blocks in one vectorised pass; it must count as the reader does
/// (<c>\n</c>, and <c>\r</c> when no <c>\n</c> follows) whatever the length, the breaks and where the range ends.
/// </summary>
public class LineCounterTests
{
    [Fact]
    public void Counts_as_a_char_by_char_count_does_for_every_length_and_mix_of_breaks()
    {
        var random = new Random(7);
        var pieces = new[] { "\n", "\r", "\r\n", "a", "bc", " ", "\u010A", "\u0D0D", "\n\r" };
        for (int round = 0; round < 400; round++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, round < 200 ? 80 : 700);
            while (builder.Length < length)
            {
                builder.Append(pieces[random.Next(round % 3 == 0 ? 3 : pieces.Length)]);
            }

            var text = builder.ToString();
            int from = random.Next(0, text.Length + 1);
            int to = random.Next(from, text.Length + 1);
            int lineStart = -7;
            int lines = LineCounter.CountBetween(text, from, to, ref lineStart);

            var (expectedLines, expectedStart) = CountOneByOne(text, from, to);
            Assert.Equal(expectedLines, lines);
            Assert.Equal(expectedStart, lineStart);

            int feeds = LineCounter.CountLineFeeds(text.AsSpan(from, to - from), out bool carriageReturn);
            Assert.Equal(text.AsSpan(from, to - from).Count('\n'), feeds);
            Assert.Equal(text.AsSpan(from, to - from).Contains('\r'), carriageReturn);
        }
    }

    [Fact]
    public void Counts_past_what_one_lane_can_hold()
    {
        // More breaks than a 16-bit lane counts: the lanes are summed before they overflow.
        var text = new string('\n', (ushort.MaxValue * 40) + 5);
        Assert.Equal(text.Length, LineCounter.CountLineFeeds(text, out bool carriageReturn));
        Assert.False(carriageReturn);
    }

    private static (int Lines, int LineStart) CountOneByOne(string text, int from, int to)
    {
        int lines = 0, lineStart = -7;
        for (int i = from; i < to; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }

            if (text[i] is '\n' or '\r')
            {
                lineStart = i + 1;
            }
        }

        return (lines, lineStart);
    }
}
