using System;

namespace TranscriptParsing.Model;

/// <summary>The text a transcript was parsed from; blocks and header lines keep ranges of it, not copies.</summary>
internal sealed class SourceText(ReadOnlyMemory<char> text)
{
    public ReadOnlyMemory<char> Memory { get; } = text;

    public ReadOnlySpan<char> Span => Memory.Span;

    public string Slice(TextSpan span) => span.IsEmpty ? string.Empty : new string(Memory.Span.Slice(span.Start, span.Length));

    /// <summary>A label as written; a label wrapped over two lines is given on one, its line break a space.</summary>
    public string Label(TextSpan span)
    {
        var label = Memory.Span.Slice(span.Start, span.Length);
        return label.IndexOfAny('\r', '\n') < 0 ? new string(label) : FoldLines(label);
    }

    /// <summary>Text on one line: every run of white space (line breaks included) becomes one space.</summary>
    public static string FoldLines(ReadOnlySpan<char> text)
    {
        var chars = new char[text.Length];
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

        return new string(chars, 0, written);
    }
}
