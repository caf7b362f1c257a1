using System.Collections.Generic;
using TranscriptParsing.Model;

namespace TranscriptParsing.Tests.Support;

/// <summary>
/// A node that owns a range of the input: a chrome line, the title, the summary, a block or the footer. Every
/// non-space char of the input lies in exactly one of them.
/// </summary>
/// <param name="Kind">What the node is ("chrome", "title", "summary", "turn", "narration", "annotation", "footer").</param>
/// <param name="Span">The node's place in the input.</param>
/// <param name="LineNumber">The line number the model reports, or null when the model gives none (title, summary).</param>
/// <param name="Description">A short description for failure messages and the node dump.</param>
public sealed record PrimaryNode(string Kind, TextSpan Span, int? LineNumber, string Description)
{
    /// <summary>The primary nodes of a transcript: header nodes by position, then the blocks as the model orders them, then the footer.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <returns>The nodes.</returns>
    public static List<PrimaryNode> Of(Transcript transcript)
    {
        var header = new List<PrimaryNode>();
        foreach (var line in transcript.Header.Chrome)
        {
            string kind = line.Kind.ToString().ToLowerInvariant();
            header.Add(new PrimaryNode("chrome", line.Span, line.LineNumber, $"chrome L{line.LineNumber} {line.Span} {kind}"));
        }

        if (transcript.Header.TitleSpan is { } title)
        {
            header.Add(new PrimaryNode("title", title, null, $"title {title}"));
        }

        if (transcript.Header.SummarySpan is { } summary)
        {
            header.Add(new PrimaryNode("summary", summary, null, $"summary {summary}"));
        }

        // Chrome lines, title and summary are separate collections; their relative order is their position.
        header.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var nodes = header;
        foreach (var block in transcript.Blocks)
        {
            nodes.Add(new PrimaryNode(block.Kind.ToString().ToLowerInvariant(), block.Span, block.LineNumber, block.ToString()));
        }

        if (transcript.Footer is { } footer)
        {
            nodes.Add(new PrimaryNode("footer", footer.Span, footer.LineNumber, $"footer L{footer.LineNumber} {footer.Span}"));
        }

        return nodes;
    }
}
