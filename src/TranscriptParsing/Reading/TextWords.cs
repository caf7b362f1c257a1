using System;

namespace TranscriptParsing.Reading;

/// <summary>Walks the words of a span without allocating.</summary>
internal static class TextWords
{
    /// <summary>
    /// Finds the next non-empty word at or after <paramref name="position"/>, words being separated by spaces, tabs,
    /// no-break spaces or the two given separators; advances <paramref name="position"/> past it.
    /// </summary>
    public static bool Next(ReadOnlySpan<char> text, scoped ref int position, out ReadOnlySpan<char> word, char separator1, char separator2)
    {
        int i = position;
        while (i < text.Length && IsSeparator(text[i], separator1, separator2))
        {
            i++;
        }

        int start = i;
        while (i < text.Length && !IsSeparator(text[i], separator1, separator2))
        {
            i++;
        }

        position = i;
        word = text[start..i];
        return i > start;
    }

    private static bool IsSeparator(char c, char separator1, char separator2) =>
        c is ' ' or '\t' or '\u00A0' || c == separator1 || c == separator2;
}
