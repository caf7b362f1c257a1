using System;
using System.Text;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The reader takes a header line's end and chrome kind from the layout's entries in order, rather than searching for
/// the line's break and for its entry: every chrome token of the header must end and be classified as that search
/// found them.
/// </summary>
public class HeaderChromeCursorTests
{
    private static readonly string[] Pieces =
    [
        "Play Live Radio", "Next Up:", "0:00 0:00", "Shallow Water on the Great Lakes", "WEBVTT - A Title Here", "Transcript",
        "This is a rush transcript. It may not be in its final form.", "Copyright 2024 Some Radio. All rights reserved.",
        "Freighters on the Great Lakes are sailing this spring with their holds partly empty and the ports are worried about it.",
        "LIDIA HAVERKAMP: Glad to be here.", "MARSDEN: Start with the basics.", "(MUSIC)", "---", "title: A Show", "Local NPR 88.7 90.3",
        "Learn Moreabout PBS online sponsorship", "Heard on Morning Edition", "November 1, 20205:00 AM ET", "By Ann Lee", "x",
        "Available On Air Stations", "Title Of Story", "Title Of Story\u200B", "Title Of Story  ", "Read more", "www.example.org",
        "Every word of it is protected by United States copyright law, and the rest of the words here", "and may not be copied in whole",
    ];

    [Theory]
    [InlineData("Title Of Story\nNovember 1, 20205:00 AM ET\nHeard on Morning Edition\n\nSTEVE INSKEEP, HOST:\n\nHello there.\n")]
    [InlineData("Play Live Radio  \nNext Up:\t\n0:00 0:00\u200B\nShallow Water on the Great Lakes\n\nHOST: Welcome back, everybody.")]
    [InlineData("Play Live Radio\r\nNext Up:\r\n\r\nTitle Of Story\r\n\r\nHOST: Welcome back, everybody.")]
    [InlineData("Learn Moreabout PBS online sponsorship [Announcer] Hello there.")]
    [InlineData("Play Live Radio\nNext Up:")]
    [InlineData("Title Of Story\nEvery word of it is protected by United States copyright law, and the rest of the words here\nand may not be copied in whole\n\nHOST: Welcome back, everybody.")]
    [InlineData("Learn Moreabout PBS online sponsorship\u200B\nTitle Of Story\n\nHOST: Welcome back, everybody.")]
    [InlineData("Learn Moreabout PBS online sponsorship- \u200B\nTitle Of Story\n\nHOST: Welcome back, everybody.")]
    public void Header_chrome_ends_and_kinds_are_those_the_search_finds(string text) => AssertChromeAsSearched(text);

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Header_chrome_ends_and_kinds_are_those_the_search_finds_in_each_sample(string name) =>
        AssertChromeAsSearched(Samples.Read(name));

    [Fact]
    public void Header_chrome_ends_and_kinds_are_those_the_search_finds_in_random_texts()
    {
        var random = new Random(1510);
        string[] separators = ["\n", "\n\n", "\r\n", "\r\n\r\n", " \n", "\u200B\n", "\r"];
        int chrome = 0;
        for (int i = 0; i < 3000; i++)
        {
            chrome += AssertChromeAsSearched(RandomText.Join(random, Pieces, 1, 14, separators, lastSeparatorSometimes: true));
        }

        Assert.True(chrome > 3000, $"only {chrome} chrome lines");
    }

    [Fact]
    public void Header_chrome_past_the_layouts_room_is_classified_as_the_search_finds()
    {
        // More chrome lines than the layout keeps: the lines past its room are classified by the reader.
        var text = new StringBuilder();
        for (int i = 0; i < KnownChromeLines.Capacity + 8; i++)
        {
            text.Append(i % 2 == 0 ? "Play Live Radio\n" : "Next Up:\n");
        }

        text.Append("\nHOST: Welcome back, everybody.");
        Assert.True(AssertChromeAsSearched(text.ToString()) > KnownChromeLines.Capacity);
    }

    /// <summary>Reads every token and checks each chrome token of the header against the search; returns how many there were.</summary>
    private static int AssertChromeAsSearched(string text)
    {
        var layout = HeaderScanner.Analyze(text, 80, 24_000, 200);
        var reader = new TranscriptReader(text);
        int chrome = 0;
        while (reader.Read())
        {
            int start = reader.Span.Start;
            if (reader.TokenKind != TranscriptTokenKind.Chrome || start >= layout.BodyStart || (start == layout.TitleLineStart && layout.TitleStart > start))
            {
                continue;
            }

            int lineEnd = text.AsSpan(start, layout.BodyStart - start).IndexOfAny('\n', '\r');
            int end = lineEnd < 0 ? layout.BodyStart : start + lineEnd;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '\u200B' or '\uFEFF'))
            {
                end--;
            }

            var kind = ChromeKind.None;
            bool known = false;
            for (int i = 0; i < layout.KnownChromeCount && !known; i++)
            {
                known = layout.KnownChrome[i].Start == start && layout.KnownChrome[i].End == end;
                kind = known ? layout.KnownChrome[i].Kind : kind;
            }

            kind = known ? kind : ChromeScanner.Classify(text.AsSpan(start, end - start));
            Assert.Equal(end, reader.Span.End);
            Assert.Equal(kind == ChromeKind.None ? ChromeKind.Other : kind, reader.ChromeKind);
            chrome++;
        }

        return chrome;
    }
}
