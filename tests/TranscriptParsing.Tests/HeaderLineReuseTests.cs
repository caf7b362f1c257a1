using System;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// What the header layout reuses rather than finds again: the break of the line after a blank line, as the test for
/// speech after a line found it, and the quick test for furniture glued to a line, which must answer as the test of
/// every opener does.
/// </summary>
public class HeaderLineReuseTests
{
    private static readonly string[] Pieces =
    [
        "Learn More", "Learn Moreabout PBS online sponsorship", "Learn More about PBS online sponsorship", "- ", "L", "Le",
        "LIDIA HAVERKAMP:", "Local NPR 88.7", " ", "  ", "\t", "\u00A0", "\n", "\r", "\r\n", "\n\n", "\r\n\r\n", "\n \n",
        "Freighters on the Great Lakes are sailing this spring.", "Welcome to the program.", "MARSDEN: Start with the basics.",
        "Play Live Radio", "0:00 0:00", "x", ".",
    ];

    [Theory]
    [InlineData("Learn Moreabout PBS online sponsorship [Announcer] Hello.")]
    [InlineData("Learn Moreabout PBS online sponsorship- [Announcer] Hello.")]
    [InlineData("Learn More about PBS online sponsorship  ")]
    [InlineData("Learn More")]
    [InlineData("Learn More about it")]
    [InlineData("Local NPR for the Prairie Lakes")]
    [InlineData("LIDIA HAVERKAMP: Glad to be here.")]
    [InlineData("")]
    public void Glued_furniture_quick_test_answers_as_every_opener_does(string line) =>
        Assert.Equal(GluedBySlowPath(line), ChromeScanner.GluedFurnitureLength(line));

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Glued_furniture_quick_test_answers_as_every_opener_does_on_each_sample_line(string name)
    {
        foreach (var line in Samples.Read(name).Split('\n'))
        {
            var trimmed = line.Trim();
            Assert.Equal(GluedBySlowPath(trimmed), ChromeScanner.GluedFurnitureLength(trimmed));
        }
    }

    [Fact]
    public void Glued_furniture_quick_test_answers_as_every_opener_does_on_random_lines()
    {
        var random = new Random(1207);
        for (int i = 0; i < 5000; i++)
        {
            var line = RandomText.Join(random, Pieces, 1, 5);
            Assert.Equal(GluedBySlowPath(line), ChromeScanner.GluedFurnitureLength(line));
        }
    }

    [Theory]
    [InlineData("Title\n\nA paragraph of text.\nMore")]
    [InlineData("Title\r\n\r\n  A paragraph of text.  \r\nMore")]
    [InlineData("Title\r\r\tA paragraph of text.\rMore")]
    [InlineData("Title\n \n\u00A0A paragraph of text.")]
    [InlineData("Title\n\n")]
    [InlineData("Title\nA line right under it.\n")]
    public void Line_after_a_blank_line_is_found_where_a_search_for_its_break_finds_it(string text) => Assert.True(AssertLineEndsAsSearched(text) >= 0);

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Line_after_a_blank_line_is_found_where_a_search_for_its_break_finds_it_in_each_sample(string name) =>
        Assert.True(AssertLineEndsAsSearched(Samples.Read(name)) > 0);

    [Fact]
    public void Line_after_a_blank_line_is_found_where_a_search_for_its_break_finds_it_in_random_texts()
    {
        var random = new Random(1208);
        int found = 0;
        for (int i = 0; i < 2000; i++)
        {
            found += AssertLineEndsAsSearched(RandomText.Join(random, Pieces, 1, 12));
        }

        Assert.True(found > 500, $"only {found} lines after blank lines");
    }

    [Theory]
    [InlineData("Learn Moreabout PBS online sponsorship\u200B\nTitle Of Story\n\nHOST: Welcome back, everybody.")]
    [InlineData("Learn Moreabout PBS online sponsorship\uFEFF")]
    public void Furniture_glued_to_chars_of_no_width_alone_is_read_without_an_exception(string text)
    {
        var layout = HeaderScanner.Analyze(text, 80, 24_000, 200);
        Assert.True(layout.BodyStart <= text.Length);
        var reader = new TranscriptReader(text);
        while (reader.Read())
        {
        }
    }

    private static int GluedBySlowPath(string line) =>
        line.Length > "Learn More".Length && line[0] == 'L' ? ChromeScanner.GluedFurnitureLengthSlow(line) : 0;

    /// <summary>From the end of every line, the line the memo names starts after a break and ends at its own next break.</summary>
    private static int AssertLineEndsAsSearched(string text)
    {
        int found = 0;
        for (int end = 0; end <= text.Length; end++)
        {
            if (end < text.Length && text[end] is not ('\n' or '\r'))
            {
                continue;
            }

            var memo = new HeaderScanner.ProseMemo { Start = -1, LineStart = -1 };
            HeaderScanner.IsSpeechParagraphAfter(text, end, ref memo);
            if (memo.LineStart < 0)
            {
                continue;
            }

            Assert.True(memo.LineStart > 0 && text[memo.LineStart - 1] is '\n' or '\r', $"line start {memo.LineStart} in {text}");
            Assert.True(memo.LineStart <= memo.Start);
            Assert.True(text.AsSpan(memo.LineStart, memo.Start - memo.LineStart).IndexOfAny('\n', '\r') < 0);
            int searched = text.AsSpan(memo.LineStart).IndexOfAny('\n', '\r');
            Assert.Equal(searched < 0 ? text.Length : memo.LineStart + searched, memo.LineEnd);
            found++;
        }

        return found;
    }
}

/// <summary>The layout written in place over the layout of another text is the layout a fresh one gets.</summary>
public class HeaderLayoutInPlaceTests
{
    private static readonly string[] Pieces =
    [
        "Play Live Radio", "Next Up:", "0:00 0:00", "Shallow Water on the Great Lakes", "WEBVTT - A Title Here",
        "This is a rush transcript. It may not be in its final form.", "Copyright 2024 Some Radio. All rights reserved.",
        "Freighters on the Great Lakes are sailing this spring with their holds partly empty and the ports are worried about it.",
        "LIDIA HAVERKAMP: Glad to be here.", "MARSDEN: Start with the basics.", "(MUSIC)", "[Announcer] Hello.", "---", "title: A Show",
    ];

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Layout_in_place_equals_a_fresh_layout_on_each_sample(string name)
    {
        foreach (string other in Samples.Names)
        {
            AssertSameLayoutInPlace(Samples.Read(other), Samples.Read(name));
        }
    }

    [Fact]
    public void Layout_in_place_equals_a_fresh_layout_on_random_texts()
    {
        var random = new Random(1209);
        string[] separators = ["\n", "\n\n", "\r\n\r\n"];
        string previous = RandomText.Join(random, Pieces, 1, 10, separators);
        for (int i = 0; i < 2000; i++)
        {
            string text = RandomText.Join(random, Pieces, 1, 10, separators);
            AssertSameLayoutInPlace(previous, text);
            previous = text;
        }
    }

    private static void AssertSameLayoutInPlace(string before, string text)
    {
        var fresh = HeaderScanner.Analyze(text, 80, 24_000, 200);
        var reused = default(HeaderLayout);
        HeaderScanner.Analyze(before, 80, 24_000, 200, ref reused);
        HeaderScanner.Analyze(text, 80, 24_000, 200, ref reused);
        Assert.Equal(
            (fresh.BodyStart, fresh.TitleStart, fresh.TitleEnd, fresh.TitleLineStart, fresh.SummaryStart, fresh.SummaryEnd, fresh.BodyOpensWithLabel),
            (reused.BodyStart, reused.TitleStart, reused.TitleEnd, reused.TitleLineStart, reused.SummaryStart, reused.SummaryEnd, reused.BodyOpensWithLabel));
        Assert.Equal((fresh.ScannedStart, fresh.ScannedEnd, fresh.ScannedFound, fresh.ScannedMatch), (reused.ScannedStart, reused.ScannedEnd, reused.ScannedFound, reused.ScannedMatch));
        Assert.Equal(fresh.KnownChromeCount, reused.KnownChromeCount);
        for (int i = 0; i < fresh.KnownChromeCount; i++)
        {
            Assert.Equal((fresh.KnownChrome[i].Start, fresh.KnownChrome[i].End, fresh.KnownChrome[i].Kind), (reused.KnownChrome[i].Start, reused.KnownChrome[i].End, reused.KnownChrome[i].Kind));
        }
    }
}

/// <summary>The prefix before the title on its line, found as the title is chosen, is the one the line holds.</summary>
public class HeaderTitlePrefixTests
{
    [Theory]
    [InlineData("WEBVTT - A Title of the Show Here\n\nHOST: Welcome to the show, everybody.", "A Title of the Show Here", 9)]
    [InlineData("Transcript of The Long Interview Today\n\nHOST: Welcome to the show, everybody.", "The Long Interview Today", 14)]
    [InlineData("---\ntitle: (230531) Grimes used AI to sing\n---\n\nHOST: Welcome to the show, everybody.", "Grimes used AI to sing", 16)]
    [InlineData("---\ntitle: A Plain Title\n---\n\nHOST: Welcome to the show, everybody.", "A Plain Title", 7)]
    [InlineData("Shallow Water on the Great Lakes\n\nHOST: Welcome to the show, everybody.", "Shallow Water on the Great Lakes", 0)]
    public void Title_starts_after_the_prefix_on_its_line(string text, string title, int prefix)
    {
        var layout = HeaderScanner.Analyze(text, 80, 24_000, 200);
        Assert.Equal(title, text[layout.TitleStart..layout.TitleEnd]);
        Assert.Equal(prefix, layout.TitleStart - layout.TitleLineStart);
    }
}
