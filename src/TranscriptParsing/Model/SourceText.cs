using System;

namespace TranscriptParsing.Model;

/// <summary>The text a transcript was parsed from; blocks and header lines keep ranges of it, not copies.</summary>
internal sealed class SourceText(ReadOnlyMemory<char> text)
{
    public ReadOnlyMemory<char> Memory { get; } = text;

    public ReadOnlySpan<char> Span => Memory.Span;

    public string Slice(TextSpan span) => span.IsEmpty ? string.Empty : new string(Memory.Span.Slice(span.Start, span.Length));
}
