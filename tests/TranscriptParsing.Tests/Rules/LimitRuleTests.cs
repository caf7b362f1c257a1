using System.Linq;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "Limits" (R-LIM-*).</summary>
public class LimitRuleTests
{
    [Fact]
    public void The_options_default_to_the_documented_values()
    {
        TranscriptReaderOptions[] readerDefaults = [default, new(), new() { MaxLabelLength = 0, MaxHeaderLines = -1, MaxHeaderChars = 0 }];
        foreach (var reader in readerDefaults)
        {
            Assert.Equal((200, 80, 24_000, false, false), (reader.MaxLabelLength, reader.MaxHeaderLines, reader.MaxHeaderChars, reader.NoHeader, reader.NoFooter));
        }

        TranscriptParseOptions parse = default;
        Assert.Equal((TranscriptDialect.Auto, (string?)null, 256 * 1024 * 1024), (parse.Dialect, parse.SourcePath, parse.MaxDocumentLength));

        var t = RuleBook.Parse("R-LIM-01", new TranscriptParseOptions { SourcePath = "harbor/hour.txt" });
        Assert.Equal("harbor/hour.txt", t.Source.Path);
        Assert.Null(RuleBook.Parse("R-LIM-01").Source.Path);
    }

    [Fact]
    public void A_label_longer_than_MaxLabelLength_is_text()
    {
        var options = new TranscriptParseOptions { Reader = new TranscriptReaderOptions { MaxLabelLength = 8 } };
        var t = RuleBook.Parse("R-LIM-02", options);

        var block = Assert.Single(t.Blocks);
        Assert.Equal((BlockKind.Narration, "TOVE ARDEN, HOST: Good morning."), (block.Kind, block.Text));
        Assert.Equal(BlockKind.Turn, Assert.Single(RuleBook.Parse("R-LIM-02").Blocks).Kind);
    }

    [Fact]
    public void Only_MaxHeaderLines_lines_may_be_header()
    {
        var options = new TranscriptParseOptions { Reader = new TranscriptReaderOptions { MaxHeaderLines = 4 } };
        var t = RuleBook.Parse("R-LIM-03", options);

        Assert.Equal(["Play Live Radio", "Listen", "Share", "Embed"], t.Header.Chrome.Select(c => c.Text));
        Assert.Equal(
            [(BlockKind.Narration, "Download"), (BlockKind.Turn, "Good morning.")],
            t.Blocks.Select(b => (b.Kind, b.Text)));

        Assert.Equal(5, RuleBook.Parse("R-LIM-03").Header.Chrome.Length);
    }

    [Fact]
    public void NoHeader_reads_the_text_as_body_from_its_first_line()
    {
        var options = new TranscriptParseOptions { Reader = new TranscriptReaderOptions { NoHeader = true } };
        var t = RuleBook.Parse("R-LIM-04", options);

        Assert.Empty(t.Header.Chrome);
        Assert.Equal(
            [(BlockKind.Narration, "Play Live Radio"), (BlockKind.Turn, "Good morning.")],
            t.Blocks.Select(b => (b.Kind, b.Text)));

        Assert.Equal("Play Live Radio", Assert.Single(RuleBook.Parse("R-LIM-04").Header.Chrome).Text);
    }

    [Fact]
    public void NoFooter_keeps_the_footer_in_the_body()
    {
        var options = new TranscriptParseOptions { Reader = new TranscriptReaderOptions { NoFooter = true } };
        var t = RuleBook.Parse("R-LIM-05", options);

        Assert.Null(t.Footer);
        Assert.Equal("That's our program.\n\nTranscript provided by Harbor Public Radio.", Assert.Single(t.Blocks).Text);

        Assert.NotNull(RuleBook.Parse("R-LIM-05").Footer);
    }
}
