using System.Buffers;

namespace TranscriptParsing.Reading;

/// <summary>The characters the scanners jump between, kept as vectorised <see cref="SearchValues{T}"/>.</summary>
internal static class StructuralChars
{
    /// <summary>The ends of lines: <c>\n</c> and <c>\r</c>.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r");

    /// <summary>What opens a cue: <c>(</c> and <c>[</c>.</summary>
    public static readonly SearchValues<char> CueOpeners = SearchValues.Create("([");

    /// <summary>The ASCII digits <c>0</c> to <c>9</c>.</summary>
    /// <remarks>A search with these allocates nothing, where <c>IndexOfAnyInRange</c> over chars was seen to allocate.</remarks>
    public static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    /// <summary>Every ASCII char but the capitals A to Z: what a search for the start of a name in capitals steps over.</summary>
    public static readonly SearchValues<char> AsciiExceptCapitals = SearchValues.Create(AsciiExcept('A', 'Z'));

    private static string AsciiExcept(char first, char last)
    {
        var chars = new char[128 - (last - first + 1)];
        int n = 0;
        for (char c = '\0'; c < (char)128; c++)
        {
            if (c < first || c > last)
            {
                chars[n++] = c;
            }
        }

        return new string(chars);
    }
}
