using System;
using System.Collections.Generic;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// <see cref="ChromeScanner.Classify"/> weighs a line's first char, last char and length before it calls a test, and
/// <see cref="ChromeScanner.IsDateLine"/> a word's first char before it compares the word: a line or word those facts
/// turn away must be one the test itself would turn away.
/// </summary>
public class ChromeGateTests
{
    private static readonly string[] LinePieces =
    [
        "Local", "NPR", "CNN", "ABC", "Sky", "for", "the", "Lakes", "88.7", "90.3", "1450", "102.1FM", "FM", "AM", "WFPL", "KQED-FM",
        "Season", "Episode", "11", "4pm", "6pm", "11am", "to", "from", "Weekdays", "Mon.", "Thurs", "Sunday", "ET", "PT", "a.m.",
        "202-457-4481", "(202)", "885-4598", "-", "--", "---", "===", "___", "***", "###", "~~~", "|", "Home", "Video", ":", ",", ".",
        "?", "!", "(", ")", "[", "]", "0:00", "4:57", "12:30:15", ":00:35.:00:45.", "-->", "2019", "2021.", "1/17/17", "/05/2014",
        "2021-01-22", "November", "Sep", "Sept.", "May", "the1a.org", "www.example.com", "http://x.org", "By", "BY", "Ada", "Lind",
        "Sen.", "Bo", "Strand", "View", "Full", "Text", "News", "Releases", "/", "•", "·", "\u00A0", "Kelvin\u212A", "\u017Fun",
        "Tuesday", "Fri", "am", "pm", "PM", "GMT", "UTC", "EST", "m", "M", "x", "X",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "", ", ", " | ", " / ", "  ", "\t"];

    /// <summary>Lines of every shape the gates weigh: random pieces, and each sample's lines.</summary>
    private static IEnumerable<string> Lines()
    {
        var random = new Random(1307);
        for (int i = 0; i < 20_000; i++)
        {
            yield return RandomText.Join(random, LinePieces, 1, 9, Separators, lastSeparatorSometimes: true).Trim();
        }

        // Long lines, past each of the gates' lengths.
        for (int i = 0; i < 2_000; i++)
        {
            yield return RandomText.Join(random, LinePieces, 20, 120, Separators, lastSeparatorSometimes: true).Trim();
        }

        foreach (string name in Samples.Names)
        {
            foreach (string line in Samples.Read(name).Split('\n'))
            {
                yield return line.Trim();
            }
        }
    }

    [Fact]
    public void A_line_the_gates_turn_away_fails_the_test_they_guard()
    {
        int lines = 0;
        foreach (string text in Lines())
        {
            var line = ChromeScanner.TrimBullets(text);
            if (line.IsEmpty)
            {
                continue;
            }

            lines++;
            char first = line[0], last = line[^1];
            bool opensWithLetter = char.IsAsciiLetter(first);
            if (opensWithLetter)
            {
                Assert.False(ChromeScanner.IsTimingMarks(line), text);
                Assert.False(ChromeScanner.IsNumber(line), text);
            }

            if (!ChromeScanner.IsRuleMark(first))
            {
                Assert.False(ChromeScanner.IsRule(line), text);
            }

            if (!ChromeScanner.MayOpenTimes(first))
            {
                Assert.False(ChromeScanner.IsOnlyTimes(line, timingMarks: false), text);
                Assert.False(ChromeScanner.IsOnlyTimes(line), text);
            }

            if (first != '(')
            {
                Assert.False(ChromeScanner.IsSentenceInParentheses(line), text);
            }

            if (line.Length > ChromeScanner.MaxDateLine)
            {
                Assert.False(ChromeScanner.IsDateLine(line), text);
            }

            if (!ChromeScanner.MayBeSiteName(first, last))
            {
                Assert.False(ChromeScanner.IsSiteName(line), text);
            }

            if (line.Length > ChromeScanner.MaxScheduleLine)
            {
                Assert.False(ChromeScanner.IsSchedule(line), text);
            }

            if (line.Length > ChromeScanner.MaxPhoneNumberLine)
            {
                Assert.False(ChromeScanner.HasPhoneNumber(line), text);
            }

            if (first is not ('S' or 'E'))
            {
                Assert.False(ChromeScanner.IsEpisodeNumbering(line), text);
            }

            if (line.Length > ChromeScanner.MaxListOfNames || last is '.' or '?' or '!')
            {
                Assert.False(ChromeScanner.IsListOfNames(line), text);
            }

            if (line.Length > ChromeScanner.MaxDomain)
            {
                Assert.False(ChromeScanner.IsDomain(line), text);
            }

            if (!ChromeScanner.MayEndFrequency(last))
            {
                Assert.Equal(0, ChromeScanner.StationNameLength(line));
            }

            if (line.Length > ChromeScanner.MaxStationMarksLine)
            {
                Assert.False(ChromeScanner.HasStationMarks(line), text);
            }

            if ((first | 0x20) is not ('h' or 'w'))
            {
                Assert.False(line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase), text);
            }
        }

        Assert.True(lines > 20_000);
    }

    [Theory]
    [InlineData("HTTP://example.org", ChromeKind.Url)]
    [InlineData("www.example.org/page", ChromeKind.Url)]
    [InlineData("By Ada Lind", ChromeKind.Byline)]
    [InlineData("----", ChromeKind.Navigation)]
    [InlineData("= = = =", ChromeKind.Navigation)]
    [InlineData("(Below is a lightly edited transcript of the interview.)", ChromeKind.Notice)]
    [InlineData("Sep 18, 2015", ChromeKind.AirDate)]
    [InlineData("/05/2014", ChromeKind.AirDate)]
    [InlineData("April 25, 2019 5:08 PM ET", ChromeKind.AirDate)]
    [InlineData("PM 4:57", ChromeKind.Navigation)]
    [InlineData("Call 202-457-4481 for copies", ChromeKind.Other)]
    [InlineData("KQED 88.5 FM", ChromeKind.Station)]
    [InlineData("89.3 WFPL \u00B7 90.5 WUOL-FM and more stations on the air", ChromeKind.Station)]
    public void Classifies_lines_of_each_gated_shape(string line, ChromeKind kind) => Assert.Equal(kind, ChromeScanner.Classify(line));

    /// <summary>Words of date lines and of others, to hold the date line's first-char dispatch to the comparisons it spares.</summary>
    private static readonly string[] WordPieces =
    [
        "Jan", "January", "Sept", "Sep.", "May", "june", "Mon", "monday", "Thurs", "tu", "Wed", "FRI", "sat", "Sun", "ET", "et", "EST",
        "edt", "PT", "am", "PM", "a.m", "p.m", "GMT", "utc", "1", "18", "2015", "1/17/17", "2021-01-22", "07.11.2003", "/05/2014",
        "5:08", "12:30pm", "11am", "Title", "Heard", "on", "Morning", "Edition", "x", "Q", "\u017Fun", "\u212Aelvin", "\u0131t", "&",
        "'", "\"", "(", "#", "Oct", "Nov", "Dec", "Aug", "Apr", "Mar", "Feb", "Jul", "Jun", "December", "Zulu", "yesterday",
    ];

    [Fact]
    public void A_date_word_the_first_char_turns_away_is_no_month_weekday_or_zone()
    {
        var random = new Random(1308);
        for (int i = 0; i < 20_000; i++)
        {
            string word = RandomText.Join(random, WordPieces, 1, 2);
            char first = word[0];
            bool zone = word.Length is 2 or 3 && ChromeScanner.IsDateLineZone(word);
            if (char.IsAsciiDigit(first))
            {
                // A word that opens with a digit is read as a number, a numeric date or a clock alone.
                Assert.False(ChromeScanner.IsMonthWord(word), word);
                Assert.False(ChromeScanner.IsWeekday(word), word);
                Assert.False(zone, word);
            }

            if (!ChromeScanner.MayOpenDateWord(first))
            {
                Assert.False(ChromeScanner.IsMonthWord(word) || ChromeScanner.IsWeekday(word) || ChromeScanner.AllDigits(word)
                    || ChromeScanner.IsNumericDate(word) || ChromeScanner.IsClock(word) || zone, word);
            }
        }
    }

    [Theory]
    [InlineData("Sep 18, 2015", true)]
    [InlineData("Tuesday, April 25, 2019 5:08 PM ET", true)]
    [InlineData("18/05/2014", true)]
    [InlineData("/05/2014", true)]
    [InlineData("thurs. jan 5", false)]
    [InlineData("Thurs. Jan 5", true)]
    [InlineData("November 1, 20205:00 AM ET", false)]
    [InlineData("Title Of Story", false)]
    [InlineData("2019", false)]
    [InlineData("Jan 5 & 6", false)]
    public void Reads_date_lines(string line, bool date) => Assert.Equal(date, ChromeScanner.IsDateLine(line));
}
