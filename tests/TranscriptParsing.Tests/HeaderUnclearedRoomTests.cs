using System;
using System.Text;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The header layout's room for its lines, on the stack, is not cleared before use: a layout must not depend on what an
/// earlier layout left in that room.
/// </summary>
public class HeaderUnclearedRoomTests
{
    /// <summary>A header of many lines of every kind, which fills the room with lines the next layout must not read.</summary>
    private static string Filler()
    {
        var text = new StringBuilder();
        string[] lines =
        [
            "Play Live Radio", "A Heading In Title Case Over Nothing", "Sep 18, 2015", "Copyright 2019 Station Name", "Weekdays, 4pm - 6pm",
            "The teaser of a program, in a sentence of more than twelve words, that ends with a period.", "Learn More about PBS online sponsorship",
            "Guests: Ada Lind, Bo Strand", "---", "SPEAKERS: ADA LIND, HOST", "Read more",
        ];
        for (int i = 0; i < 78; i++)
        {
            text.Append(lines[i % lines.Length]).Append(i % 3 == 0 ? "\n\n" : "\n");
        }

        return text.ToString();
    }

    private static void AssertSame(in HeaderLayout expected, in HeaderLayout actual, string name)
    {
        Assert.True(expected.BodyStart == actual.BodyStart, name);
        Assert.True(expected.TitleStart == actual.TitleStart && expected.TitleEnd == actual.TitleEnd && expected.TitleLineStart == actual.TitleLineStart, name);
        Assert.True(expected.SummaryStart == actual.SummaryStart && expected.SummaryEnd == actual.SummaryEnd, name);
        Assert.True(expected.BodyOpensWithLabel == actual.BodyOpensWithLabel, name);
        Assert.True(expected.ScannedStart == actual.ScannedStart && expected.ScannedEnd == actual.ScannedEnd && expected.ScannedFound == actual.ScannedFound, name);
        Assert.True(expected.KnownChromeCount == actual.KnownChromeCount, name);
        for (int i = 0; i < expected.KnownChromeCount; i++)
        {
            Assert.True(expected.KnownChrome[i].Start == actual.KnownChrome[i].Start && expected.KnownChrome[i].End == actual.KnownChrome[i].End
                && expected.KnownChrome[i].Kind == actual.KnownChrome[i].Kind, name);
        }
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void A_sample_lays_out_the_same_after_a_header_of_many_lines(string name)
    {
        string text = Samples.Read(name);
        string filler = Filler();
        var first = HeaderScanner.Analyze(text, 80, 24_000, 200);
        _ = HeaderScanner.Analyze(filler, 80, 24_000, 200);
        var second = HeaderScanner.Analyze(text, 80, 24_000, 200);
        AssertSame(first, second, name);
    }

    [Fact]
    public void Small_pages_lay_out_the_same_after_a_header_of_many_lines()
    {
        string[] pieces =
        [
            "Title Of Story", "November 1, 2020 5:00 AM ET", "Heard on Morning Edition", "STEVE INSKEEP, HOST:", "Hello there.", "JANE DOE: Hi.",
            "Copyright (c) 2020 NPR. All rights reserved.", "Play Live Radio", "A teaser that tells of the program and of the people in it, at length.",
        ];
        var random = new Random(1309);
        string filler = Filler();
        for (int i = 0; i < 2_000; i++)
        {
            string text = RandomText.Join(random, pieces, 1, 8, ["\n", "\n\n", "\r\n"]);
            var first = HeaderScanner.Analyze(text, 80, 24_000, 200);
            _ = HeaderScanner.Analyze(filler, 80, 24_000, 200);
            var second = HeaderScanner.Analyze(text, 80, 24_000, 200);
            AssertSame(first, second, text);
        }
    }
}
