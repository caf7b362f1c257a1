using System;
using System.Buffers;

namespace TranscriptParsing.Model;

/// <summary>Text made from ranges of the input: labels and notices given on one line.</summary>
internal static class SourceText
{
    /// <summary>The chars <see cref="char.IsWhiteSpace(char)"/> holds to be white space, but for the space itself.</summary>
    internal const string WhiteSpaceButSpace =
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly SearchValues<char> WhiteSpaceButSpaceSearch = SearchValues.Create(WhiteSpaceButSpace);

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

        int written = FoldLines(text, data.Reserve(text.Length));
        if (written == text.Length && data.Chars.AsSpan(data.CharCount, written).SequenceEqual(text))
        {
            return data.Refer(text);
        }

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
    /// would write it: its words one space apart, no space at either end. Two searches of the whole text, where folding
    /// takes a look at each char.
    /// </summary>
    internal static bool IsOnOneLine(ReadOnlySpan<char> text) =>
        text.IsEmpty || (text[0] != ' ' && text[^1] != ' ' && !text.ContainsAny(WhiteSpaceButSpaceSearch) && !text.Contains("  ", StringComparison.Ordinal));

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
}
