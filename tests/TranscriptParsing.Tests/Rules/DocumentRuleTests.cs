using System.Collections.Generic;
using System.Linq;
using System.Text;
using TranscriptParsing.Model;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "What a transcript looks like" (R-DOC-*).</summary>
public class DocumentRuleTests
{
    [Fact]
    public void Every_non_space_char_belongs_to_exactly_one_node()
    {
        string text = RuleBook.Example("R-DOC-01");
        var t = Transcript.Parse(text);

        var nodes = new List<(string Kind, TextSpan Span)>();
        nodes.AddRange(t.Header.Chrome.Select(c => ("chrome", c.Span)));
        if (t.Header.TitleSpan is { } title)
        {
            nodes.Add(("title", title));
        }

        if (t.Header.SummarySpan is { } summary)
        {
            nodes.Add(("summary", summary));
        }

        nodes.AddRange(t.Blocks.Select(b => (b.Kind.ToString(), b.Span)));
        if (t.Footer is { } footer)
        {
            nodes.Add(("footer", footer.Span));
        }

        // Header, then blocks, then footer, in source order: station line, title, turn, cue, turn (with the
        // paragraph that continues it), footer.
        Assert.Equal(["chrome", "title", "Turn", "Annotation", "Turn", "footer"], nodes.Select(n => n.Kind));
        for (int i = 1; i < nodes.Count; i++)
        {
            Assert.True(nodes[i - 1].Span.End <= nodes[i].Span.Start, $"{nodes[i - 1]} overlaps or follows {nodes[i]}");
        }

        for (int c = 0; c < text.Length; c++)
        {
            int holders = nodes.Count(n => n.Span.Start <= c && c < n.Span.End);
            Assert.True(SourceLines.IsSpace(text[c]) ? holders <= 1 : holders == 1, $"char {c} ('{text[c]}') lies in {holders} nodes");
        }

        Assert.Equal("BO LINDQVIST: I never missed a crossing.\n\nAnd I never will.", RuleText.Of(t, t.Blocks[2].Span));
    }

    [Fact]
    public void Block_positions_are_one_based_and_paragraphs_join_with_one_blank_line()
    {
        string text = RuleBook.Example("R-DOC-02");
        const string expected = "The ferry runs twice a day\nin summer and once in winter.\n\nIt stops when the bay freezes.";

        var block = Assert.Single(Transcript.Parse(text).Blocks);
        Assert.Equal((1, 1), (block.LineNumber, block.ColumnNumber));
        Assert.Equal(expected, block.Text);
        Assert.Equal(text["TOVE ARDEN, HOST: ".Length..], block.TextChars.ToString());

        // The same text with CRLF line endings and spaces at the line ends gives the same Text.
        string crlf = text.Replace("\n", "  \r\n", System.StringComparison.Ordinal);
        var same = Assert.Single(Transcript.Parse(crlf).Blocks);
        Assert.Equal(expected, same.Text);
        Assert.Equal((1, 1), (same.LineNumber, same.ColumnNumber));
    }

    [Fact]
    public void Bytes_are_read_as_utf8_or_as_utf16_with_a_byte_order_mark()
    {
        string text = RuleBook.Example("R-DOC-03");
        byte[][] encodings =
        [
            Encoding.UTF8.GetBytes(text),
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        ];

        foreach (byte[] bytes in encodings)
        {
            var t = Transcript.Parse(bytes);
            var block = Assert.Single(t.Blocks);
            Assert.Equal("TOVE ARDEN, HOST", block.Label);
            Assert.Equal("Good morning, Åsa.", block.Text);
            Assert.Empty(t.Diagnostics);
            Assert.Equal(text.Length, t.Source.Length);
        }
    }
}
