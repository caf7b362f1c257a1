using System.Buffers;

namespace TranscriptParsing.Reading;

/// <summary>The characters the scanners jump between, kept as vectorised <see cref="SearchValues{T}"/>.</summary>
internal static class StructuralChars
{
    /// <summary>The ends of lines: <c>\n</c> and <c>\r</c>.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r");

    /// <summary>What opens a cue: <c>(</c> and <c>[</c>.</summary>
    public static readonly SearchValues<char> CueOpeners = SearchValues.Create("([");
}
