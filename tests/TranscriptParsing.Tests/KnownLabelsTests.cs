using System;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The labels a reader remembers: a line recognised from an earlier one must get exactly the match the label scan
/// gives it, and a line the memory cannot vouch for is left to the scan.
/// </summary>
public class KnownLabelsTests
{
    [Theory]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN: Why are the levels dropping?")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN:")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN:   Wide gap.")]
    [InlineData("OWEN ABERNATHY, CNN ANCHOR: And I'm Owen.", "OWEN ABERNATHY, CNN ANCHOR: We begin.")]
    [InlineData("Mr. WENDELL OSTRANDER (Director, Tidewater Shellfish Cooperative): When I was a kid.", "Mr. WENDELL OSTRANDER (Director, Tidewater Shellfish Cooperative): Now.")]
    [InlineData("Mr. OSTRANDER: You put them out too early.", "Mr. OSTRANDER: She's the reason.")]
    [InlineData("Judy Woodruff: Good evening, and welcome.", "Judy Woodruff: Thank you.")]
    [InlineData("Judy Woodruff: Good evening, and welcome.", "Judy Woodruff: The Keith Richards Interview")]
    [InlineData("Judy Woodruff: Good evening, and welcome.", "Judy Woodruff:")]
    [InlineData("Miller: Yes, we did, and we will again.", "Miller: Yes")]
    [InlineData("Miller: Yes, we did, and we will again.", "Miller:")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN: (00:22) Start with the basics.")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN: (laughing) Right.")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN://example.com")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDENS: Another speaker.")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN, HOST: Another label.")]
    [InlineData("Speaker 1: Welcome to the show.", "Speaker 1: Thanks.")]
    public void A_recalled_label_is_the_scanned_label(string first, string second)
    {
        string text = first + "\n" + second;
        var known = default(KnownLabels);
        Assert.True(LabelScanner.TryScan(first, 200, LabelScanner.Strictness.Body, out var firstMatch));
        known.Remember(0, first, firstMatch);

        bool scanned = LabelScanner.TryScan(second, 200, LabelScanner.Strictness.Body, out var scannedMatch);
        if (known.TryRecall(text, second, out var recalled))
        {
            Assert.True(scanned);
            Assert.Equal(scannedMatch, recalled);
        }
    }

    [Theory]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN: Why are the levels dropping?")]
    [InlineData("Judy Woodruff: Good evening, and welcome.", "Judy Woodruff: Thank you.")]
    public void A_speakers_next_turn_is_recalled(string first, string second)
    {
        var known = default(KnownLabels);
        Assert.True(LabelScanner.TryScan(first, 200, LabelScanner.Strictness.Body, out var firstMatch));
        known.Remember(0, first, firstMatch);

        Assert.True(known.TryRecall(first + "\n" + second, second, out _));
    }

    [Theory]
    [InlineData("[14:00:05] DELIA MARCHETTI, CNN ANCHOR: Hello.")]
    [InlineData(">> ROSE: Welcome back.")]
    [InlineData("Q: What did you see?")]
    [InlineData("RAFAEL DUQUESNE, CNN CORRESPONDENT (20:00:15): Hello.")]
    [InlineData("AGENT 99: Hello.")]
    [InlineData("Jen Psaki: (00:22) Good afternoon.")]
    public void Labels_whose_match_hangs_on_more_than_their_first_chars_are_not_remembered(string line)
    {
        var known = default(KnownLabels);
        if (LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var match))
        {
            known.Remember(0, line, match);
        }

        Assert.False(known.TryRecall(line + "\n" + line, line, out _));
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Every_line_of_a_sample_recalled_as_the_reader_does_gets_the_scanned_match(string sample)
    {
        string text = Samples.Read(sample);
        var known = default(KnownLabels);
        int position = 0;
        while (position < text.Length)
        {
            int end = text.AsSpan(position).IndexOfAny('\r', '\n');
            end = end < 0 ? text.Length : position + end;
            int start = position;
            while (start < end && text[start] == ' ')
            {
                start++;
            }

            var line = text.AsSpan(start, end - start);
            position = end + 1;
            if (line.IsEmpty)
            {
                continue;
            }

            bool scanned = LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var scannedMatch);
            if (known.TryRecall(text, line, out var recalled))
            {
                Assert.True(scanned, line.ToString());
                Assert.Equal(scannedMatch, recalled);
            }
            else if (scanned)
            {
                known.Remember(start, line, scannedMatch);
            }
        }
    }
}
