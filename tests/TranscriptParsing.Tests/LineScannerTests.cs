using System;
using System.Collections.Generic;
using System.Text;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The one-pass search for a line's end and the marks before it (<c>:</c> and <c>Q</c>), held to the plain loop it
/// replaces, and the reader's inline labels found through the marks it notes.
/// </summary>
public class LineScannerTests
{
    [Theory]
    [InlineData("", -1, -1, -1, -1)]
    [InlineData("no marks here", -1, -1, -1, -1)]
    [InlineData("ANNA: Hello\nBOB: Hi", 11, 4, -1, 4)]
    [InlineData("ANNA: at 9:30\r\nBOB: Hi", 13, 4, 10, 10)]
    [InlineData("Q: one: two: three:", -1, 0, 1, 18)]
    [InlineData("\nANNA:", 0, -1, -1, -1)]
    [InlineData("old Mac line\rnext: line", 12, -1, -1, -1)]
    [InlineData("chars whose low byte is a mark: \u013A \u0151 \u010A \u010D \uFF1A \u8A0A \u0151:", -1, 30, 45, 45)]
    public void Finds_the_line_end_and_the_first_second_and_last_marks_before_it(string text, int end, int first, int second, int last)
    {
        Assert.Equal(end, LineScanner.FindLineEnd(text, out int firstMark, out int secondMark, out int lastMark));
        Assert.Equal((first, second, last), (firstMark, secondMark, lastMark));
    }

    [Fact]
    public void Agrees_with_the_plain_loop_on_random_texts_of_every_length()
    {
        // Runs long enough for the vector blocks and the tail, with the marks and breaks at every offset, and chars
        // whose low byte is a mark or a break (packing must not mistake them).
        string[] pieces =
        [
            "a", "speech ", "Q", ":", "\n", "\r", "\r\n", "9:30", "WORD", "\u013A", "\u0151", "\u010A", "\u010D", "\uFF1A",
            "\u8A0A", "\u00FF", "\uFFFF", "\u0000", " ", "a longer run of ordinary words with no mark at all ",
        ];
        var random = new Random(20261130);
        for (int run = 0; run < 20000; run++)
        {
            string text = Support.RandomText.Join(random, pieces, 0, 40);
            int skip = text.Length == 0 ? 0 : random.Next(text.Length);
            var span = text.AsSpan(skip);
            int end = LineScanner.FindLineEnd(span, out int first, out int second, out int last);
            Assert.Equal(PlainLineEnd(span, out int plainFirst, out int plainSecond, out int plainLast), end);
            Assert.Equal((plainFirst, plainSecond, plainLast), (first, second, last));
        }
    }

    [Fact]
    public void Finds_inline_labels_and_questions_after_any_number_of_marks_before_them()
    {
        // The reader answers the first two marks of a line and its last without a search; labels after more marks than
        // that, or between them, are found through the search it falls back on.
        string[] decoys = ["she had a choice: wait or go.", "at 9:30 the Queen left.", "Quite so.", "It said: no.", "They met in Quebec."];
        var random = new Random(1130);
        for (int run = 0; run < 3000; run++)
        {
            var text = new StringBuilder("ANNA ORTIZ: ");
            var expected = new List<string> { "ANNA ORTIZ" };
            int sentences = random.Next(0, 7);
            for (int i = 0; i < sentences; i++)
            {
                text.Append(decoys[random.Next(decoys.Length)]).Append(' ');
            }

            if (random.Next(3) == 0)
            {
                text.Append("Fine.  Q    Where did the ships go?");
                expected.Add("Q");
            }
            else
            {
                text.Append("Fine. BOB MARSH: And then?");
                expected.Add("BOB MARSH");
            }

            Assert.Equal(expected, Labels(text.ToString()));
        }
    }

    private static List<string> Labels(string text)
    {
        var reader = new TranscriptReader(text, new TranscriptReaderOptions { NoHeader = true, NoFooter = true });
        var labels = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenKind == TranscriptTokenKind.Turn)
            {
                labels.Add(reader.Label.ToString());
            }
        }

        return labels;
    }

    private static int PlainLineEnd(ReadOnlySpan<char> text, out int first, out int second, out int last)
    {
        first = second = last = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                return i;
            }

            if (text[i] is ':' or 'Q')
            {
                if (first < 0)
                {
                    first = i;
                }
                else if (second < 0)
                {
                    second = i;
                }

                last = i;
            }
        }

        return -1;
    }
}
