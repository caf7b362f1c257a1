using System;
using System.Runtime.CompilerServices;

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

    /// <summary>
    /// Whether the text speaks in the first or second person ("I'm", "we", "you"): speech does, a teaser that describes
    /// a program does not. Words are compared without the punctuation around them; "I" only in capitals; a word
    /// capitalised inside a sentence belongs to a name ("Tell Me More", "Your Money").
    /// </summary>
    public static bool HasPersonalWord(ReadOnlySpan<char> text)
    {
        int position = 0;
        bool sentenceStart = true;
        while (Next(text, ref position, out var word, '\n', '\r'))
        {
            bool opensSentence = sentenceStart;
            sentenceStart = EndsSentence(word);
            word = TrimPunctuation(word);
            if (word.Length == 0 || word.Length > 6 || (!opensSentence && word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1])))
            {
                continue;
            }

            if (word[0] == 'I' && (word.Length == 1 || word[1] is '\'' or '\u2019'))
            {
                return true;
            }

            // Most words start with an ASCII char that no personal word starts with, ignoring case.
            if (word[0] < '\u0080' && (PersonalFirstChars & FirstCharBit(word[0])) == 0)
            {
                continue;
            }

            foreach (var personal in Conventions.PersonalWords)
            {
                if (word.Length == personal.Length && word.Equals(personal, StringComparison.OrdinalIgnoreCase) && !(word.Length == 2 && word[1] == 'S'))
                {
                    return true;
                }

                if (word.Length > personal.Length && word.StartsWith(personal, StringComparison.OrdinalIgnoreCase) && word[personal.Length] is '\'' or '\u2019')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first chars of <see cref="Conventions.PersonalWords"/>, one <see cref="FirstCharBit"/> each.</summary>
    private static readonly ulong PersonalFirstChars = FirstCharBits(Conventions.PersonalWords);

    /// <summary>
    /// A bit for a char with the case bit set: ASCII chars equal ignoring case get the same bit (others may share it, which
    /// only lets more words through to the full comparison).
    /// </summary>
    private static ulong FirstCharBit(char c) => 1UL << ((c | 0x20) & 63);

    private static ulong FirstCharBits(string[] words)
    {
        ulong bits = 0;
        foreach (var word in words)
        {
            // A word that starts beyond ASCII might equal an ASCII char ignoring case: every word then passes.
            bits |= word[0] < '\u0080' ? FirstCharBit(word[0]) : ulong.MaxValue;
        }

        return bits;
    }

    private static bool EndsSentence(ReadOnlySpan<char> word)
    {
        int end = word.Length;
        while (end > 0 && word[end - 1] is '"' or '\'' or ')' or '\u201D' or '\u2019')
        {
            end--;
        }

        word = word[..end];
        return !word.IsEmpty && word[^1] is '.' or '?' or '!' or ':';
    }

    /// <summary>Whether the text has no lower-case letter and at least <paramref name="minimumCapitals"/> capitals.</summary>
    public static bool IsInCapitals(ReadOnlySpan<char> text, int minimumCapitals)
    {
        int upper = 0;
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper >= minimumCapitals;
    }

    /// <summary>A word without the punctuation around it; the marks are tested one by one, which is quicker on short words than a search for a set.</summary>
    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> word)
    {
        int start = 0, end = word.Length;
        while (start < end && IsPunctuation(word[start]))
        {
            start++;
        }

        while (end > start && IsPunctuation(word[end - 1]))
        {
            end--;
        }

        return word[start..end];
    }

    private static bool IsPunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '(' or ')' or '\u201C' or '\u201D' or '\u2018' or '\u2014' or '-';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c, char separator1, char separator2) =>
        c is ' ' or '\t' or '\u00A0' || c == separator1 || c == separator2;
}
