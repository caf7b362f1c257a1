using System;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>
/// A line of page furniture, such as "Play Live Radio" or CNN's "Aired ..." line in the header, or "Read more" between
/// two stories of a page.
/// </summary>
public readonly struct ChromeLine
{
    private readonly ReadOnlyMemory<char> _source;

    internal ChromeLine(ReadOnlyMemory<char> source, TextSpan span, int lineNumber, ChromeKind kind)
    {
        _source = source;
        Span = span;
        LineNumber = lineNumber;
        Kind = kind;
    }

    /// <summary>The line's place in the input.</summary>
    public TextSpan Span { get; }

    /// <summary>The 1-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>What kind of furniture the line is.</summary>
    public ChromeKind Kind { get; }

    /// <summary>The line as written (made on each call).</summary>
    public string Text => new(TextChars);

    /// <summary>The line as a slice of the input (nothing is copied).</summary>
    public ReadOnlySpan<char> TextChars => _source.Span.Slice(Span.Start, Span.Length);
}
