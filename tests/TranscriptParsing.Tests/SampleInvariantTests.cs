using System;
using System.Collections.Generic;
using System.Linq;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>Rules every parse must keep, checked on every sample (and on each sample with CRLF line endings).</summary>
public class SampleInvariantTests
{
    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Every_span_lies_inside_the_input(string sample)
    {
        string text = Samples.Read(sample);
        var transcript = Samples.Parse(text, sample);

        void Inside(TextSpan span, string what) =>
            Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length, $"{what} {span} is outside the input [0..{text.Length}).");

        void Within(TextSpan part, TextSpan whole, string what)
        {
            if (!part.IsEmpty)
            {
                Assert.True(part.Start >= whole.Start && part.End <= whole.End, $"{what} {part} is outside its node {whole}.");
            }
        }

        foreach (var node in PrimaryNode.Of(transcript))
        {
            Inside(node.Span, node.Description);
        }

        if (transcript.Header.Station is { } station)
        {
            Inside(station.Span, "station");
        }

        foreach (var block in transcript.Blocks)
        {
            Within(block.LabelSpan, block.Span, $"label of {block}");
            Within(block.TextSpan, block.Span, $"text of {block}");
            Within(block.TimeSpan, block.Span, $"time of {block}");
            Within(block.DeliverySpan, block.Span, $"delivery of {block}");
            foreach (var cue in block.Cues)
            {
                Within(cue.Span, block.Span, $"cue of {block}");
            }
        }

        Assert.Equal(text.Length, transcript.Source.Length);
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Primary_nodes_are_in_order_and_never_overlap(string sample)
    {
        var transcript = Samples.Parse(Samples.Read(sample), sample);
        var nodes = PrimaryNode.Of(transcript);

        AssertAscending(transcript.Header.Chrome.Select(c => c.Span), "chrome lines");
        AssertAscending(transcript.Blocks.Select(b => b.Span), "blocks");
        for (int i = 1; i < nodes.Count; i++)
        {
            Assert.True(nodes[i - 1].Span.End <= nodes[i].Span.Start, $"{nodes[i - 1].Description} overlaps or follows {nodes[i].Description}.");
        }
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Every_non_space_char_lies_in_exactly_one_primary_node(string sample)
    {
        string text = Samples.Read(sample);
        var transcript = Samples.Parse(text, sample);

        AssertCoveredOnce(text, PrimaryNode.Of(transcript).Select(n => (n.Span, n.Description)));
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void A_turns_text_never_contains_its_label(string sample)
    {
        var transcript = Samples.Parse(Samples.Read(sample), sample);

        foreach (var block in transcript.Blocks.Where(b => b.Kind == BlockKind.Turn))
        {
            string label = block.Label!;
            Assert.False(string.IsNullOrWhiteSpace(label), $"{block} has an empty label.");
            Assert.True(block.TextSpan.IsEmpty || block.TextSpan.Start >= block.LabelSpan.End, $"{block}: its text {block.TextSpan} starts inside its label {block.LabelSpan}.");
            Assert.False(block.Text.StartsWith(label, StringComparison.Ordinal), $"{block}: its text starts with its label.");

            // The label followed by its colon inside the text means a second turn was swallowed.
            Assert.False(block.Text.Contains(label + ":", StringComparison.Ordinal), $"{block}: its text holds \"{label}:\".");
        }
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Line_and_column_numbers_are_one_based_and_match_the_span_start(string sample)
    {
        string text = Samples.Read(sample);
        var transcript = Samples.Parse(text, sample);
        var lines = new SourceLines(text);

        foreach (var chrome in transcript.Header.Chrome)
        {
            Assert.Equal(lines.LineOf(chrome.Span.Start), chrome.LineNumber);
        }

        foreach (var block in transcript.Blocks)
        {
            Assert.True(block.LineNumber >= 1 && block.ColumnNumber >= 1, $"{block} is not 1-based.");
            Assert.True(lines.LineOf(block.Span.Start) == block.LineNumber, $"{block}: its span starts on line {lines.LineOf(block.Span.Start)}.");
            Assert.True(lines.ColumnOf(block.Span.Start) == block.ColumnNumber, $"{block}: its span starts in column {lines.ColumnOf(block.Span.Start)}.");
        }

        if (transcript.Footer is { } footer)
        {
            Assert.Equal(lines.LineOf(footer.Span.Start), footer.LineNumber);
        }

        foreach (var diagnostic in transcript.Diagnostics)
        {
            Assert.True(diagnostic.LineNumber >= 1 && diagnostic.ColumnNumber >= 1, $"{diagnostic.Code} at {diagnostic.LineNumber}:{diagnostic.ColumnNumber} is not 1-based.");
        }
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Reader_tokens_are_in_order_cover_every_non_space_char_once_and_know_their_line(string sample)
    {
        string text = Samples.Read(sample);
        var lines = new SourceLines(text);
        var tokens = new List<(TextSpan Span, string Description)>();

        var reader = new TranscriptReader(text);
        while (reader.Read())
        {
            var span = reader.Span;
            string description = $"{reader.TokenKind} L{reader.LineNumber} C{reader.ColumnNumber} {span}";
            Assert.True(span.Start >= 0 && span.End <= text.Length && span.Length > 0, $"{description} is empty or outside the input.");
            Assert.True(lines.LineOf(span.Start) == reader.LineNumber, $"{description}: its span starts on line {lines.LineOf(span.Start)}.");
            Assert.True(lines.ColumnOf(span.Start) == reader.ColumnNumber, $"{description}: its span starts in column {lines.ColumnOf(span.Start)}.");
            if (tokens.Count > 0)
            {
                Assert.True(tokens[^1].Span.End <= span.Start, $"{tokens[^1].Description} overlaps or follows {description}.");
            }

            tokens.Add((span, description));
        }

        AssertCoveredOnce(text, tokens);
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Crlf_line_endings_give_the_same_transcript(string sample)
    {
        string lf = Samples.Read(sample).Replace("\r\n", "\n", StringComparison.Ordinal);
        string crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal(Describe(Samples.Parse(lf, sample)), Describe(Samples.Parse(crlf, sample)));
    }

    /// <summary>What a reader of the transcript sees, without offsets (which CRLF shifts).</summary>
    private static List<string> Describe(Transcript t)
    {
        var facts = new List<string>
        {
            $"title: {t.Header.Title} | summary: {t.Header.Summary} | station: {t.Header.Station?.Name}",
        };
        facts.AddRange(t.Header.Chrome.Select(c => $"chrome L{c.LineNumber} {c.Kind}: {c.Text}"));
        facts.AddRange(t.Speakers.Select(s => $"speaker {s.Id} {s.Name} {s.Role} [{string.Join(", ", s.Labels)}]"));
        facts.AddRange(t.Blocks.Select(b => $"{b.Kind} L{b.LineNumber} C{b.ColumnNumber} {b.Label} {b.SpeakerId} cues={b.Cues.Length}: {b.Text}"));
        facts.Add($"footer: L{t.Footer?.LineNumber} {t.Footer?.Text}");
        facts.AddRange(t.Diagnostics.Select(d => $"diagnostic {d.Code} L{d.LineNumber} C{d.ColumnNumber}"));
        return facts;
    }

    private static void AssertAscending(IEnumerable<TextSpan> spans, string what)
    {
        TextSpan? previous = null;
        foreach (var span in spans)
        {
            Assert.True(previous is null || previous.Value.End <= span.Start, $"{what}: {previous} comes before {span}.");
            previous = span;
        }
    }

    private static void AssertCoveredOnce(string text, IEnumerable<(TextSpan Span, string Description)> nodes)
    {
        var owners = new int[text.Length];
        var lines = new SourceLines(text);
        foreach (var (span, _) in nodes)
        {
            for (int i = Math.Max(0, span.Start); i < Math.Min(text.Length, span.End); i++)
            {
                owners[i]++;
            }
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (SourceLines.IsSpace(text[i]))
            {
                continue;
            }

            Assert.True(owners[i] == 1, $"The char '{text[i]}' at offset {i} (line {lines.LineOf(i)}, column {lines.ColumnOf(i)}) lies in {owners[i]} nodes: \"{Around(text, i)}\".");
        }
    }

    private static string Around(string text, int i)
    {
        int start = Math.Max(0, i - 20);
        int end = Math.Min(text.Length, i + 20);
        return text[start..end].Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
    }
}
