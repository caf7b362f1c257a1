using System;
using TranscriptParsing.Model;

namespace TranscriptParsing.Tests.Support;

/// <summary>
/// The start of each draft's line, as the builder records it while reading, for the tests that write blocks from
/// drafts they make themselves.
/// </summary>
internal static class DraftLineStarts
{
    /// <summary>The index of the start of the line that holds each draft's span, found with <see cref="BlockPositions.LineStart"/>.</summary>
    /// <param name="text">The text the drafts point into.</param>
    /// <param name="drafts">The drafts, in order.</param>
    /// <returns>One line start per draft.</returns>
    public static int[] Of(string text, ReadOnlySpan<BlockDraft> drafts)
    {
        var lineStarts = new int[drafts.Length];
        int previousStart = 0;
        int lineStart = 0;
        for (int i = 0; i < drafts.Length; i++)
        {
            lineStart = lineStarts[i] = BlockPositions.LineStart(text, previousStart, lineStart, drafts[i].Span.Start);
            previousStart = drafts[i].Span.Start;
        }

        return lineStarts;
    }
}
