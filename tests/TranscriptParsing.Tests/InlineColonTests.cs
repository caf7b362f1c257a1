using System;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The tests that let the reader pass over a colon inside a paragraph without looking for a label before it (a clock's,
/// "from 9:30 to 11:00", or one after a word in lower case, "has a choice: load less"): no inline scan from any earlier
/// char may read a label that ends at such a colon.
/// </summary>
public class InlineColonTests
{
    [Theory]
    [InlineData("It ran from 9:30 to 11:00.", 13, true)]
    [InlineData("It ran from 9:30 to 11:00.", 22, true)]
    [InlineData("AT 9:30 WE LEFT.", 4, true)]
    [InlineData("today. COOPER (20:00:15): Hello", 17, false)]
    [InlineData("today. COOPER (20:00:15): Hello", 20, false)]
    [InlineData("today. COOPER (20:00:15): Hello", 24, false)]
    [InlineData("the choice: load less", 10, false)]
    [InlineData("ends at 9:", 9, false)]
    [InlineData(":30 past", 0, false)]
    public void A_colon_between_digits_outside_a_stamp_in_parentheses_is_a_clock(string text, int colon, bool clock)
    {
        Assert.Equal(':', text[colon]);
        Assert.Equal(clock, LabelScanner.IsClockColonOutsideParentheses(text, colon, text.Length));
    }

    [Theory]
    [InlineData("the captain has a choice: load less", true)]
    [InlineData("where it was, the captain has a choice: load less", true)]
    [InlineData("today. DAVID KESTENBAUM, host: And", false)]
    [InlineData("today. ANNA (voice-over), host and producer: And", false)]
    [InlineData("today. ANNA, host, producer: And", false)]
    [InlineData("today. ANNA,\thost: And", false)]
    [InlineData("today. ANNA ,host : And", false)]
    [InlineData("it was, caf\u00E9 host: And", false)]
    [InlineData("it was\u00A0, host: And", false)]
    [InlineData("the ferry (late): runs", false)]
    [InlineData("the FERRY: runs", false)]
    public void A_colon_after_lower_case_with_no_comma_that_may_open_a_role_ends_no_label(string text, bool skipped)
    {
        int colon = text.IndexOf(':');
        Assert.Equal(skipped, LabelScanner.FollowsLowerCaseWithoutRole(text, 0, colon));
    }

    [Fact]
    public void A_label_with_its_time_stamp_in_parentheses_is_still_found_after_a_sentence()
    {
        var reader = new TranscriptReader("COOPER: It ran from 9:30 to 11:00. ANNA ORTIZ (20:00:15): Hello there.", new TranscriptReaderOptions { NoHeader = true, NoFooter = true });
        var labels = new System.Collections.Generic.List<string>();
        while (reader.Read())
        {
            if (reader.TokenKind == TranscriptTokenKind.Turn)
            {
                labels.Add(reader.Label.ToString());
            }
        }

        Assert.Equal(["COOPER", "ANNA ORTIZ"], labels);
    }

    [Fact]
    public void No_inline_label_ends_at_a_colon_passed_over_in_random_texts()
    {
        string[] pieces =
        [
            "9:30", "11:00", "(20:00:15)", "(9:30", "1:2:3:4:5", "12:", ":45", "COOPER", "ANNA ORTIZ", "AGENT 99", "Mr.", "MR.",
            "the", "It", ".", ",", ", HOST", ", host", "(voice-over)", "(", ")", ":", "-- ", "?", ">>", "McCAIN", "S.", "A", "Q",
            "10", "1", "'", "\"", "choice:", "host:", "; co-host", "caf\u00E9", "\u00C9MILE", "\u00A0", "\t", "\u2019", "&", "/",
            "McC", "c", "Mc", "was,", ",,", "\u200B", "-", "\u2014",
        ];
        string[] separators = [" ", " ", "", "  ", ". ", ", "];
        var random = new Random(20261129);
        for (int run = 0; run < 6000; run++)
        {
            AssertNoLabelEndsAtAColonPassedOver(Support.RandomText.Join(random, pieces, 2, 11, separators));
        }
    }

    [Theory]
    [MemberData(nameof(Support.Samples.All), MemberType = typeof(Support.Samples))]
    public void No_inline_label_ends_at_a_colon_passed_over_in_a_sample(string sample)
    {
        foreach (var raw in Support.Samples.Read(sample).Split('\n'))
        {
            AssertNoLabelEndsAtAColonPassedOver(raw.TrimEnd('\r'));
        }
    }

    /// <summary>Every colon the tests pass over: no scan from a char before it (after the floor) reads a label that ends at it.</summary>
    private static void AssertNoLabelEndsAtAColonPassedOver(string line)
    {
        for (int colon = line.IndexOf(':'); colon >= 0; colon = line.IndexOf(':', colon + 1))
        {
            foreach (int floor in new[] { Math.Max(0, colon - 200), Math.Max(0, colon - 12) })
            {
                if (!LabelScanner.IsClockColonOutsideParentheses(line, colon, line.Length) && !LabelScanner.FollowsLowerCaseWithoutRole(line, floor, colon))
                {
                    continue;
                }

                for (int b = floor; b < colon; b++)
                {
                    foreach (var strictness in new[] { LabelScanner.Strictness.Inline, LabelScanner.Strictness.InlineCapitals })
                    {
                        bool found = LabelScanner.TryScan(line.AsSpan(b), 200, strictness, out var match);
                        Assert.False(found && b + match.TextStart > colon && b + match.LabelEnd <= colon, line + " @" + b);
                    }
                }
            }
        }
    }
}
