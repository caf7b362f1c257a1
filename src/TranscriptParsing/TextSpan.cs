using System;

namespace TranscriptParsing;

/// <summary>
/// A range of the source text, in chars (UTF-16 code units) of the input as read.
/// <see cref="Start"/> is a 0-based index; <see cref="End"/> is exclusive.
/// </summary>
/// <param name="Start">The 0-based index of the first char.</param>
/// <param name="Length">The number of chars.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just past the last char of the span.</summary>
    public int End => Start + Length;

    /// <summary>True when the span holds no chars.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Makes a span from a start index and an exclusive end index.</summary>
    /// <param name="start">The 0-based index of the first char.</param>
    /// <param name="end">The index just past the last char.</param>
    /// <returns>The span [<paramref name="start"/>, <paramref name="end"/>).</returns>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Returns the part of <paramref name="text"/> that this span covers.</summary>
    /// <param name="text">The source text the span was taken from.</param>
    /// <returns>A slice of <paramref name="text"/>; nothing is copied.</returns>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>Returns a text such as <c>[12..40)</c>.</summary>
    /// <returns>The span in interval notation.</returns>
    public override string ToString() => $"[{Start}..{End})";
}
