using System;
using System.Buffers;

namespace TranscriptParsing.Model;

/// <summary>Text made from ranges of the input: labels and notices given on one line.</summary>
internal static class SourceText
{
    /// <summary>The white space of ASCII but the space: the controls from tab to carriage return.</summary>
    private static readonly SearchValues<char> AsciiWhiteSpaceButSpace = SearchValues.Create("\t\n\v\f\r");

    private static readonly SearchValues<char> AsciiChars = SearchValues.Create(AllAscii());

    /// <summary>A label as written; a label wrapped over two lines is given on one, its line break a space.</summary>
    public static string Label(ReadOnlySpan<char> label) => label.IndexOfAny('\r', '\n') < 0 ? new string(label) : FoldLines(label);

    /// <summary>Text on one line: every run of white space (line breaks included) becomes one space.</summary>
    public static string FoldLines(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        int written = FoldLines(text, buffer);
        var folded = new string(buffer[..written]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return folded;
    }

    /// <summary>
    /// <paramref name="text"/> on one line: the input's range when it already is, otherwise written to the composed
    /// text of <paramref name="data"/>.
    /// </summary>
    public static TextRef FoldLines(ReadOnlySpan<char> text, TranscriptData data)
    {
        if (IsOnOneLine(text))
        {
            return data.Refer(text);
        }

        // Text not on one line is always changed by folding: nothing to compare.
        int written = FoldLines(text, data.Reserve(text.Length));
        var folded = new TextRef(data.CharCount, written);
        data.CharCount += written;
        return folded;
    }

    /// <summary>A label as written, on one line: the input's range when it is one line, otherwise composed.</summary>
    public static TextRef Label(ReadOnlySpan<char> label, TranscriptData data) =>
        label.IndexOfAny('\r', '\n') < 0 ? data.Refer(label) : FoldLines(label, data);

    /// <summary>Appends a label as written, on one line, to the composed text of <paramref name="data"/> (as part of a longer text).</summary>
    public static void AppendLabel(ReadOnlySpan<char> label, TranscriptData data)
    {
        if (label.IndexOfAny('\r', '\n') < 0)
        {
            data.Append(label);
        }
        else
        {
            data.CharCount += FoldLines(label, data.Reserve(label.Length));
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> is on one line already, as <see cref="FoldLines(ReadOnlySpan{char}, Span{char})"/>
    /// would write it: its words one space apart, no space at either end. A few vector searches of the whole text,
    /// where folding takes a look at each char.
    /// </summary>
    internal static bool IsOnOneLine(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        if (text[0] == ' ' || text[^1] == ' ' || text.ContainsAny(AsciiWhiteSpaceButSpace) || text.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }

        // Beyond ASCII, white space is rare and so are the other chars ("©", "é"): each is looked at.
        int at;
        while ((at = text.IndexOfAnyExcept(AsciiChars)) >= 0)
        {
            if (char.IsWhiteSpace(text[at]))
            {
                return false;
            }

            text = text[(at + 1)..];
        }

        return true;
    }

    /// <summary>Writes <paramref name="text"/> on one line to <paramref name="chars"/>, which must hold as many chars; returns how many it wrote.</summary>
    public static int FoldLines(ReadOnlySpan<char> text, Span<char> chars)
    {
        int written = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = written > 0;
                continue;
            }

            if (space)
            {
                chars[written++] = ' ';
                space = false;
            }

            chars[written++] = c;
        }

        return written;
    }

    private static string AllAscii()
    {
        Span<char> chars = stackalloc char[128];
        for (int c = 0; c < chars.Length; c++)
        {
            chars[c] = (char)c;
        }

        return new string(chars);
    }
}
