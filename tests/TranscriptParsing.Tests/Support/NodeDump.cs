using System;
using System.Collections.Generic;
using System.Text;
using TranscriptParsing.Model;

namespace TranscriptParsing.Tests.Support;

/// <summary>
/// A compact dump of a transcript's nodes, one line each (<c>turn L14 C1 [612..655) DENMARK</c>), with the first and
/// last chars of each span so that a span one char off shows at a glance. Cues are listed under their block.
/// </summary>
public static class NodeDump
{
    private const int ExcerptEnds = 18;

    /// <summary>Writes the dump.</summary>
    /// <param name="text">The text the transcript was parsed from.</param>
    /// <param name="transcript">The transcript.</param>
    /// <returns>One line per node, in source order.</returns>
    public static string Write(string text, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(transcript);
        var lines = new SourceLines(text);
        var header = new List<(int Start, string Line)>();
        foreach (var chrome in transcript.Header.Chrome)
        {
            header.Add((chrome.Span.Start, $"chrome L{chrome.LineNumber} {chrome.Span} {chrome.Kind.ToString().ToLowerInvariant()}  {Excerpt(text, chrome.Span)}"));
        }

        if (transcript.Header.TitleSpan is { } title)
        {
            header.Add((title.Start, $"title L{lines.LineOf(title.Start)} {title}  {Excerpt(text, title)}"));
        }

        if (transcript.Header.SummarySpan is { } summary)
        {
            header.Add((summary.Start, $"summary L{lines.LineOf(summary.Start)} {summary}  {Excerpt(text, summary)}"));
        }

        header.Sort((a, b) => a.Start.CompareTo(b.Start));

        var dump = new StringBuilder();
        foreach (var (_, line) in header)
        {
            dump.Append(line).Append('\n');
        }

        foreach (var block in transcript.Blocks)
        {
            dump.Append(block.ToString());
            if (block.Speaker is { } speaker)
            {
                dump.Append(" -> ").Append(speaker.Id);
            }

            dump.Append("  ").Append(Excerpt(text, block.Span)).Append('\n');
            foreach (var cue in block.Cues)
            {
                dump.Append("  cue ").Append(cue.Kind.ToString().ToLowerInvariant()).Append(' ').Append(cue.Span)
                    .Append("  ").Append(Excerpt(text, cue.Span)).Append('\n');
            }
        }

        if (transcript.Footer is { } footer)
        {
            dump.Append("footer L").Append(footer.LineNumber).Append(' ').Append(footer.Span).Append("  ").Append(Excerpt(text, footer.Span)).Append('\n');
        }

        return dump.ToString();
    }

    /// <summary>The span's text in quotes, its middle cut when long, line breaks shown as <c>\n</c>.</summary>
    private static string Excerpt(string text, TextSpan span)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
        {
            return "(outside the input)";
        }

        string slice = text.Substring(span.Start, span.Length);
        string shown = slice.Length <= 2 * ExcerptEnds + 5
            ? Escape(slice)
            : Escape(slice[..ExcerptEnds]) + " ... " + Escape(slice[^ExcerptEnds..]);
        return "\"" + shown + "\"";
    }

    private static string Escape(string s) =>
        s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
