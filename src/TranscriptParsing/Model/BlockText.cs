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
        var lines = new NormalizedLines(raw);
        while (lines.MoveNext(out var content, out int breaks))
        {
            // One line break inside a paragraph; a blank line (or more) between paragraphs.
            for (; breaks > 0; breaks--)
            {
                destination[written++] = '\n';
            }

            content.CopyTo(destination[written..]);
            written += content.Length;
        }

        return written;
    }

    /// <summary>
    /// What the text keeps of one line of the source: the line without white space at its end (and at its start before
    /// the first kept line); nothing of a WebVTT cue timing after the first kept line, and not the voice tag repeated on
    /// each merged cue.
    /// </summary>
    /// <param name="line">The line, without its break.</param>
    /// <param name="started">Whether an earlier line of the block was kept.</param>
    internal static ReadOnlySpan<char> KeptPartOf(ReadOnlySpan<char> line, bool started)
    {
        var text = line.TrimEnd();
        if (!started)
        {
            text = text.TrimStart();
        }

        // Inside a turn merged from WebVTT cues, the cue times and the repeated voice tags are not speech. A cue time
        // that opens a block is the block: the time between two voices, a time-stamp annotation.
        if (started && IsCueTiming(text))
        {
            return default;
        }

        int voiceEnd = text.StartsWith("<v ", StringComparison.Ordinal) ? text.IndexOf('>') : -1;
        return voiceEnd > 0 ? text[(voiceEnd + 1)..] : text;
    }

    /// <summary>Whether a line is a WebVTT cue timing: digits and punctuation around an arrow.</summary>
    /// <remarks>The chars are tested first: almost every line fails on its first char, before any search for the arrow.</remarks>
    internal static bool IsCueTiming(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (!(char.IsAsciiDigit(c) || c is ':' or '.' or ',' or ' ' or '-' or '>'))
            {
                return false;
            }
        }

        return line.IndexOf("-->", StringComparison.Ordinal) > 0;
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

/// <summary>
/// The lines of a block's text as <see cref="BlockText.Normalize(ReadOnlySpan{char}, Span{char})"/> keeps them: each
/// non-blank line trimmed, with the number of line breaks that go before it (none before the first, one inside a
/// paragraph, two between paragraphs). Writers that encode as they go (the JSON writer) walk these instead of
/// composing the text first.
/// </summary>
internal ref struct NormalizedLines
{
    private readonly ReadOnlySpan<char> _raw;
    private int _next;
    private int _breaks;
    private bool _started;

    public NormalizedLines(ReadOnlySpan<char> raw)
    {
        _raw = raw;
        _next = 0;
        _breaks = 0;
        _started = false;
    }

    /// <summary>Moves to the next line that has text.</summary>
    /// <param name="content">The line's text, trimmed.</param>
    /// <param name="breaks">How many <c>\n</c> go before it: 0 for the first line, then 1 or 2.</param>
    /// <returns>False when no line with text is left.</returns>
    public bool MoveNext(out ReadOnlySpan<char> content, out int breaks)
    {
        var raw = _raw;
        int i = _next;
        while (i < raw.Length)
        {
            int lineEnd = raw[i..].IndexOfAny(StructuralChars.LineBreaks);
            var line = lineEnd < 0 ? raw[i..] : raw.Slice(i, lineEnd);
            if (lineEnd < 0)
            {
                i = raw.Length;
            }
            else
            {
                i += lineEnd;
                i += raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
            }

            var text = BlockText.KeptPartOf(line, _started);
            if (text.IsWhiteSpace())
            {
                if (_started)
                {
                    _breaks++;
                }

                continue;
            }

            breaks = !_started ? 0 : _breaks > 1 ? 2 : 1;
            _started = true;
            _breaks = 1;
            _next = i;
            content = text;
            return true;
        }

        _next = i;
        content = default;
        breaks = 0;
        return false;
    }
}
