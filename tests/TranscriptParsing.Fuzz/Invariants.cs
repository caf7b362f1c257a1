using System;
using System.Collections.Generic;
using TranscriptParsing.Model;

namespace TranscriptParsing.Fuzz;

/// <summary>The lossless invariant of <see cref="Transcript"/>, checked by throwing so that the fuzzer sees a crash.</summary>
internal static class Invariants
{
    public static void Check(Transcript transcript)
    {
        var text = transcript.Text.Span;
        var spans = new List<TextSpan>();
        foreach (var line in transcript.Header.Chrome)
        {
            spans.Add(line.Span);
        }

        if (transcript.Header.TitleSpan is { } title)
        {
            spans.Add(title);
        }

        if (transcript.Header.SummarySpan is { } summary)
        {
            spans.Add(summary);
        }

        foreach (var block in transcript.Blocks)
        {
            spans.Add(block.Span);
        }

        if (transcript.Footer is { } footer)
        {
            spans.Add(footer.Span);
        }

        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        int covered = 0;
        foreach (var span in spans)
        {
            if (span.Start < covered || span.Length < 0 || span.End > text.Length)
            {
                throw new InvalidOperationException($"Span {span} overlaps the one ending at {covered} or lies outside {text.Length} chars.");
            }

            CheckSpace(text, covered, span.Start);
            covered = span.End;
        }

        CheckSpace(text, covered, text.Length);
    }

    private static void CheckSpace(ReadOnlySpan<char> text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            // The parser reads U+200B and U+FEFF as space.
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('\u200B' or '\uFEFF'))
            {
                throw new InvalidOperationException($"Char U+{(int)text[i]:X4} at {i} lies in no span.");
            }
        }
    }
}
