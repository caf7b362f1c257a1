using System;
using TranscriptParsing.Reading;
using System.Buffers;

namespace TranscriptParsing.Model;

/// <summary>
/// Turns a raw range of the source into a block's text: line endings become <c>\n</c>, spaces at line ends go,
/// and the paragraphs are joined by exactly one blank line. The only string made is the one asked for.
/// </summary>
public static class BlockText
{
    /// <summary>Writes the normalised form of <paramref name="raw"/> to <paramref name="destination"/>.</summary>
    /// <param name="raw">A range of the source.</param>
    /// <param name="destination">Where to write; must hold at least <c>raw.Length</c> chars.</param>
    /// <returns>The number of chars written (never more than <c>raw.Length</c>).</returns>
    public static int Normalize(ReadOnlySpan<char> raw, Span<char> destination)
    {
        int written = 0;
        int breaks = 0;
        int i = 0;
        while (i < raw.Length)
        {
            int lineEnd = raw[i..].IndexOfAny(StructuralChars.LineBreaks);
            var line = lineEnd < 0 ? raw[i..] : raw.Slice(i, lineEnd);
            var content = line.TrimEnd();
            if (written == 0)
            {
                content = content.TrimStart();
            }

            // Inside a turn merged from WebVTT cues, the cue times and the repeated voice tags are not speech.
            if (IsCueTiming(content))
            {
                content = default;
            }
            else if (content.StartsWith("<v ", StringComparison.Ordinal) && content.IndexOf('>') > 0)
            {
                content = content[(content.IndexOf('>') + 1)..];
            }

            if (content.IsWhiteSpace())
            {
                if (written > 0)
                {
                    breaks++;
                }
            }
            else
            {
                if (written > 0)
                {
                    // One line break inside a paragraph; a blank line (or more) between paragraphs.
                    destination[written++] = '\n';
                    if (breaks > 1)
                    {
                        destination[written++] = '\n';
                    }
                }

                content.CopyTo(destination[written..]);
                written += content.Length;
                breaks = 1;
            }

            if (lineEnd < 0)
            {
                break;
            }

            i += lineEnd;
            i += raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
        }

        return written;
    }

    private static bool IsCueTiming(ReadOnlySpan<char> line)
    {
        int arrow = line.IndexOf("-->", StringComparison.Ordinal);
        if (arrow <= 0)
        {
            return false;
        }

        foreach (char c in line)
        {
            if (!(char.IsAsciiDigit(c) || c is ':' or '.' or ',' or ' ' or '-' or '>'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the normalised form of <paramref name="raw"/> as a string.</summary>
    /// <param name="raw">A range of the source.</param>
    /// <returns>The text, paragraphs joined by a blank line.</returns>
    public static string ToString(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty)
        {
            return string.Empty;
        }

        char[]? rented = null;
        Span<char> buffer = raw.Length <= 512 ? stackalloc char[raw.Length] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        int length = Normalize(raw, buffer);
        var text = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return text;
    }
}
