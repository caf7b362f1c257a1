using System;
using TranscriptParsing.Model;

namespace TranscriptParsing.Writing;

/// <summary>
/// Makes a block's text one line for the formats that want one string per utterance (MediaSum, Podcasting 2.0,
/// plain text): every run of white space, line breaks included, becomes one space.
/// </summary>
internal static class FlatText
{
    /// <summary>Writes <paramref name="raw"/> flattened to <paramref name="destination"/>.</summary>
    /// <param name="raw">A range of the source.</param>
    /// <param name="rawStart">Where <paramref name="raw"/> starts in the source, to place <paramref name="cues"/>.</param>
    /// <param name="cues">The block's cues (source positions).</param>
    /// <param name="bracketCues">True to write the parentheses of a cue inside the text as brackets.</param>
    /// <param name="destination">Where to write; must hold at least <c>raw.Length</c> chars.</param>
    /// <returns>The number of chars written.</returns>
    public static int Flatten(ReadOnlySpan<char> raw, int rawStart, ReadOnlySpan<Cue> cues, bool bracketCues, Span<char> destination)
    {
        int written = 0;
        bool space = false;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (char.IsWhiteSpace(c))
            {
                space = written > 0;
                continue;
            }

            if (space)
            {
                destination[written++] = ' ';
                space = false;
            }

            if (bracketCues && (c == '(' || c == ')'))
            {
                c = Bracket(raw, rawStart, rawStart + i, c, cues);
            }

            destination[written++] = c;
        }

        return written;
    }

    private static char Bracket(ReadOnlySpan<char> raw, int rawStart, int position, char c, ReadOnlySpan<Cue> cues)
    {
        // Only the marks of a cue change: a parenthesis in ordinary prose ("(D-N.Y.)" in a sentence) stays.
        foreach (var cue in cues)
        {
            var span = cue.Span;
            if (span.Length < 2 || span.Start < rawStart || span.End > rawStart + raw.Length)
            {
                continue;
            }

            bool parenthesised = raw[span.Start - rawStart] == '(' && raw[span.End - 1 - rawStart] == ')';
            if (parenthesised && c == '(' && position == span.Start)
            {
                return '[';
            }

            if (parenthesised && c == ')' && position == span.End - 1)
            {
                return ']';
            }
        }

        return c;
    }
}
