using System;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The label scan the header layout keeps for the reader: the scan of the last line it classified, kept only when it is
/// the scan the reader would make (one that also looked for a name alone on its line).
/// </summary>
public class HeaderScanTests
{
    [Fact]
    public void The_first_turn_keeps_its_scan()
    {
        const string text = "Ice Roads Open Late on the Northern Lakes\n\nSUNNIVA LARK, HOST: Good morning.\n";
        var layout = HeaderScanner.Analyze(text, 80, 24_000, 200);

        int turn = text.IndexOf("SUNNIVA", StringComparison.Ordinal);
        Assert.Equal(turn, layout.BodyStart);
        Assert.Equal((turn, text.Length - 1), (layout.ScannedStart, layout.ScannedEnd));
        Assert.True(LabelScanner.TryScan(text.AsSpan(turn, text.Length - 1 - turn), 200, LabelScanner.Strictness.Body, out var expected));
        Assert.True(layout.ScannedFound);
        Assert.Equal(expected, layout.ScannedMatch);
    }

    [Fact]
    public void A_name_alone_on_its_line_before_speech_that_names_it_again_opens_the_body()
    {
        const string text = "Ira Glass\n\nIt is a show about people, and today we have three of them.\n\nIra Glass\n\nAnd here we are again.\n";
        var layout = HeaderScanner.Analyze(text, 80, 24_000, 200);

        Assert.Equal(0, layout.BodyStart);
        Assert.True(layout.ScannedFound);
        Assert.Equal(LabelStyle.OwnLine, layout.ScannedMatch.Style);
        Assert.Equal((0, "Ira Glass".Length), (layout.ScannedStart, layout.ScannedEnd));
    }

    [Fact]
    public void A_heading_with_no_speech_after_it_keeps_no_scan()
    {
        // The header window ends on a heading in title case, which the scan of a body line may read as a name alone on
        // its line: the layout scanned it without that test, so the reader scans it again.
        const string text = "Shallow Water Leaves Ports Worried\nFreighters Sail Light\nPorts Count The Cost\nA Fourth Heading Here\n";
        var layout = HeaderScanner.Analyze(text, 4, 24_000, 200);

        Assert.Equal(-1, layout.ScannedStart);
        Assert.Equal(-1, layout.ScannedEnd);
    }

    [Theory]
    [InlineData("Jen Psaki: Good morning.\nJen Psaki: And again.\n", true)]
    [InlineData("Jen Psaki: Good morning.\nI met Jen Psaki: once.\n", false)]
    [InlineData("Keith Richards: The Interview\nKeith Richards: The Interview\n", false)]
    [InlineData("Keith Richards: The Interview\r\nKeith Richards: The Interview\r\nKeith Richards: Hello.\r\n", true)]
    [InlineData("Intro\nKeith Richards: The Interview\n\nKeith Richards: The Interview\n", false)]
    public void A_label_recurs_at_the_start_of_a_later_line_but_not_in_a_copy_of_its_own_line(string text, bool expected)
    {
        int firstLine = text.IndexOf(':', StringComparison.Ordinal);
        int labelStart = text.LastIndexOf('\n', firstLine) + 1;
        int from = text.IndexOfAny(['\r', '\n'], firstLine);
        int checks = 0;

        Assert.Equal(expected, HeaderScanner.Recurs(text, from, text.AsSpan(labelStart, firstLine - labelStart), ref checks, ownLine: false));
    }

    [Fact]
    public void A_repeated_line_gets_the_chrome_its_text_gets()
    {
        // The second and third copies of a line take what the first was found to be: the same as their own classification.
        const string text = "Small-town libraries lend seeds\n3/8/2023 | 8m 41s\nSmall-town libraries lend seeds\n"
            + "Problems playing video? | Closed Captioning Feedback\nProblems playing video? | Closed Captioning Feedback\n"
            + "Small-town libraries lend seeds\n\nMIRIAM CASTELLANOS: Hello, and welcome.\n";
        var layout = HeaderScanner.Analyze(text, 80, 24_000, 200);

        Assert.Equal(text.IndexOf("MIRIAM", StringComparison.Ordinal), layout.BodyStart);
        Assert.Equal((0, "Small-town libraries lend seeds".Length), (layout.TitleStart, layout.TitleEnd));
        Assert.True(layout.KnownChromeCount >= 5);
        for (int i = 0; i < layout.KnownChromeCount; i++)
        {
            var line = layout.KnownChrome[i];
            Assert.Equal(ChromeScanner.Classify(text.AsSpan(line.Start, line.End - line.Start)), line.Kind);
        }
    }

    [Fact]
    public void A_repeated_line_is_still_tested_for_a_label_in_its_own_place()
    {
        // The first "Ira Glass" has no speech after it and is a heading; its copy stands above speech, and the name
        // stands alone again later: the copy opens the body.
        const string text = "Ira Glass\nIra Glass\n\nIt is a show about people, and today we have three of them.\n\nIra Glass\n\nAnd here we are again.\n";
        var layout = HeaderScanner.Analyze(text, 80, 24_000, 200);

        Assert.Equal("Ira Glass\n".Length, layout.BodyStart);
        Assert.True(layout.ScannedFound);
        Assert.Equal(LabelStyle.OwnLine, layout.ScannedMatch.Style);
    }
}
