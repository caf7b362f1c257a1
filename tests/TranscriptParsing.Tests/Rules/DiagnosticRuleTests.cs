using System;
using System.Linq;
using System.Text;
using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "Diagnostics" (R-DGN-*).</summary>
public class DiagnosticRuleTests
{
    [Fact]
    public void Empty_input_is_reported_as_tp0001()
    {
        var t = Transcript.Parse("  \n");

        Assert.Empty(t.Blocks);
        Assert.Null(t.Header.Title);
        var diagnostic = Assert.Single(t.Diagnostics);
        Assert.Equal(("TP0001", DiagnosticSeverity.Info, 1, 1), (diagnostic.Code, diagnostic.Severity, diagnostic.LineNumber, diagnostic.ColumnNumber));
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_as_tp0002()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("TOVE ARDEN:"), 0xFF, .. Encoding.UTF8.GetBytes(" Good morning.")];
        var t = Transcript.Parse(bytes);

        var diagnostic = Assert.Single(t.Diagnostics);
        Assert.Equal(("TP0002", DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Contains("byte offset 11", diagnostic.Message, StringComparison.Ordinal);
        var turn = Assert.Single(t.Blocks);
        Assert.Equal(("TOVE ARDEN", "\uFFFD Good morning."), (turn.Label, turn.Text));
    }

    [Fact]
    public void TryParse_of_null_fails_with_tp0003()
    {
        Assert.False(Transcript.TryParse((string?)null, out var transcript, out var error));

        Assert.Null(transcript);
        Assert.Equal(("TP0003", DiagnosticSeverity.Error), (error!.Value.Code, error.Value.Severity));
    }

    [Fact]
    public void A_body_without_labels_is_reported_as_tp0102()
    {
        var t = RuleBook.Parse("R-DGN-04");

        Assert.All(t.Blocks, b => Assert.Equal(BlockKind.Narration, b.Kind));
        Assert.Equal(2, t.Blocks.Length);
        var diagnostic = Assert.Single(t.Diagnostics);
        Assert.Equal(("TP0102", DiagnosticSeverity.Info, 1, 1), (diagnostic.Code, diagnostic.Severity, diagnostic.LineNumber, diagnostic.ColumnNumber));
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_refused_with_tp0301()
    {
        string text = RuleBook.Example("R-DGN-05");
        var options = new TranscriptParseOptions { MaxDocumentLength = 10 };

        var exception = Assert.Throws<TranscriptParseException>(() => Transcript.Parse(text, options));
        Assert.Equal("TP0301", exception.Code);

        Assert.False(Transcript.TryParse(text, out var transcript, out var error, options));
        Assert.Null(transcript);
        Assert.Equal(("TP0301", DiagnosticSeverity.Error), (error!.Value.Code, error.Value.Severity));

        // At the default limit the same text parses.
        Assert.Equal("TOVE ARDEN, HOST", Transcript.Parse(text).Blocks.Single().Label);
    }
}
