using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        // Only a word that starts with the first char of a personal word (or with "I") can answer: a vectorised pass
        // finds those chars where no letter stands before them, and only the words they open are read.
        if (text.IsEmpty)
        {
            return false;
        }

        if (IsPersonalWordAt(text, 0))
        {
            return true;
        }

        int i = 1;
        if (Vector256.IsHardwareAccelerated)
        {
            // A paragraph is read sixteen chars at a time: the wider blocks halve the passes over a long teaser.
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var current = Vector256.LoadUnsafe(ref chars, (nuint)i);
                var previous = Vector256.LoadUnsafe(ref chars, (nuint)(i - 1));
                uint candidates = WordStartCandidates(current, previous).ExtractMostSignificantBits();
                if (candidates != 0 && AnyPersonalWordAt(text, i, candidates))
                {
                    return true;
                }
            }
        }

        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var current = Vector128.LoadUnsafe(ref chars, (nuint)i);
                var previous = Vector128.LoadUnsafe(ref chars, (nuint)(i - 1));
                uint candidates = WordStartCandidates(current, previous).ExtractMostSignificantBits();
                if (candidates != 0 && AnyPersonalWordAt(text, i, candidates))
                {
                    return true;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (IsPersonalWordAt(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the words that open where a block's candidate bits say (bit k: the char at <paramref name="blockStart"/> + k).</summary>
    private static bool AnyPersonalWordAt(ReadOnlySpan<char> text, int blockStart, uint candidates)
    {
        do
        {
            int at = blockStart + BitOperations.TrailingZeroCount(candidates);
            if ((at + 1 == text.Length || MayFollowPersonalStart(text[at], text[at + 1])) && IsPersonalWordAt(text, at))
            {
                return true;
            }

            candidates &= candidates - 1;
        }
        while (candidates != 0);

        return false;
    }

    /// <inheritdoc cref="WordStartCandidates(Vector128{ushort}, Vector128{ushort})"/>
    private static Vector256<ushort> WordStartCandidates(Vector256<ushort> current, Vector256<ushort> previous)
    {
        var caseBit = Vector256.Create((ushort)0x20);
        var folded = current | caseBit;
        var first = Vector256.Equals(folded, Vector256.Create((ushort)'m')) | Vector256.Equals(folded, Vector256.Create((ushort)'w'))
            | Vector256.Equals(folded, Vector256.Create((ushort)'u')) | Vector256.Equals(folded, Vector256.Create((ushort)'o'))
            | Vector256.Equals(folded, Vector256.Create((ushort)'y')) | Vector256.Equals(current, Vector256.Create((ushort)'I'));
        var previousIsLetter = Vector256.LessThanOrEqual((previous | caseBit) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
        return Vector256.AndNot(first, previousIsLetter);
    }

    /// <summary>
    /// The lanes that hold "I" or the first char of a personal word in either case (m, w, u, o, y: see
    /// <see cref="Conventions.PersonalWords"/>) with no ASCII letter before: the only places a personal word can start.
    /// </summary>
    private static Vector128<ushort> WordStartCandidates(Vector128<ushort> current, Vector128<ushort> previous)
    {
        var caseBit = Vector128.Create((ushort)0x20);
        var folded = current | caseBit;
        var first = Vector128.Equals(folded, Vector128.Create((ushort)'m')) | Vector128.Equals(folded, Vector128.Create((ushort)'w'))
            | Vector128.Equals(folded, Vector128.Create((ushort)'u')) | Vector128.Equals(folded, Vector128.Create((ushort)'o'))
            | Vector128.Equals(folded, Vector128.Create((ushort)'y')) | Vector128.Equals(current, Vector128.Create((ushort)'I'));
        var previousIsLetter = Vector128.LessThanOrEqual((previous | caseBit) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25));
        return Vector128.AndNot(first, previousIsLetter);
    }

    /// <summary>
    /// Whether <paramref name="second"/> may stand after <paramref name="first"/>, a candidate of the vectorised pass, in
    /// a personal word: "I" before no ASCII letter, or the second char of one of <see cref="Conventions.PersonalWords"/>
    /// with that first char, in either case ("me", "my", "we", "y'all"). A char beyond ASCII is left to the comparison
    /// ignoring case. Prose words such as "of", "with" and "more" are turned away here before their word is read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayFollowPersonalStart(char first, char second)
    {
        if (second >= '\u0080')
        {
            return true;
        }

        if (first == 'I')
        {
            return !char.IsAsciiLetter(second);
        }

        // Only the letters of the personal words' first chars are candidates, so the table is asked for ASCII pairs alone.
        return first < '\u0080' && (PersonalSecondChars[((first | 0x20) & 0x1F) * 2 + (second >> 6)] & (1UL << second)) != 0;
    }

    /// <summary>
    /// For each first letter of <see cref="Conventions.PersonalWords"/> (by its low five bits), the ASCII chars that stand
    /// second in a personal word opening with it, in either case: two 64-bit masks, chars 0–63 and 64–127.
    /// </summary>
    private static readonly ulong[] PersonalSecondChars = SecondCharMasks(Conventions.PersonalWords);

    private static ulong[] SecondCharMasks(string[] words)
    {
        var masks = new ulong[32 * 2];
        foreach (var word in words)
        {
            int row = ((word[0] | 0x20) & 0x1F) * 2;
            foreach (char second in (ReadOnlySpan<char>)[char.ToLowerInvariant(word[1]), char.ToUpperInvariant(word[1])])
            {
                masks[row + (second >> 6)] |= 1UL << second;
            }
        }

        return masks;
    }

    /// <summary>Whether a personal word starts at <paramref name="at"/>, after any punctuation that opens its word.</summary>
    private static bool IsPersonalWordAt(ReadOnlySpan<char> text, int at)
    {
        if (!PersonalStarts.Contains(text[at]))
        {
            return false;
        }

        int wordStart = at;
        while (wordStart > 0 && IsPunctuation(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart > 0 && !IsSeparator(text[wordStart - 1], '\n', '\r'))
        {
            // Inside a word, after letters or marks that are not stripped: no word starts here.
            return false;
        }

        int wordEnd = at + 1;
        while (wordEnd < text.Length && !IsSeparator(text[wordEnd], '\n', '\r'))
        {
            wordEnd++;
        }

        // The word before is read only for a capitalised word, which inside a sentence belongs to a name.
        var word = TrimPunctuation(text[wordStart..wordEnd]);
        return word.Length is > 0 and <= 6
            && !(word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]) && !OpensSentence(text, wordStart))
            && IsPersonalWord(word);
    }

    /// <summary>Whether the word before <paramref name="wordStart"/> ends a sentence, or there is none.</summary>
    private static bool OpensSentence(ReadOnlySpan<char> text, int wordStart)
    {
        int end = wordStart;
        while (end > 0 && IsSeparator(text[end - 1], '\n', '\r'))
        {
            end--;
        }

        if (end == 0)
        {
            return true;
        }

        int start = end - 1;
        while (start > 0 && !IsSeparator(text[start - 1], '\n', '\r'))
        {
            start--;
        }

        return EndsSentence(text[start..end]);
    }

    /// <summary>Whether a word of one to six chars, without the punctuation around it, is a personal word.</summary>
    private static bool IsPersonalWord(ReadOnlySpan<char> word)
    {
        if (word[0] == 'I' && (word.Length == 1 || word[1] is '\'' or '\u2019'))
        {
            return true;
        }

        foreach (var personal in Conventions.PersonalWords)
        {
            // Every personal word has two chars or more. An ASCII second char settles most words before the comparisons:
            // ASCII chars equal ignoring case differ at most in the case bit.
            if (word.Length < 2 || (word[1] < '\u0080' && (word[1] | 0x20) != (personal[1] | 0x20)))
            {
                continue;
            }

            if (word.Length == personal.Length && word.Equals(personal, StringComparison.OrdinalIgnoreCase) && !(word.Length == 2 && word[1] == 'S'))
            {
                return true;
            }

            if (word.Length > personal.Length && word.StartsWith(personal, StringComparison.OrdinalIgnoreCase) && word[personal.Length] is '\'' or '\u2019')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"I" and the first chars of <see cref="Conventions.PersonalWords"/> in either case: the chars a personal word starts with.</summary>
    private static readonly SearchValues<char> PersonalStarts = SearchValues.Create(PersonalStartChars(Conventions.PersonalWords));

    private static string PersonalStartChars(string[] words)
    {
        var chars = new System.Text.StringBuilder("I");
        foreach (var word in words)
        {
            chars.Append(char.ToLowerInvariant(word[0])).Append(char.ToUpperInvariant(word[0]));
        }

        return chars.ToString();
    }

    /// <summary>Whether a word ends a sentence: a period, question or exclamation mark or colon, perhaps inside closing quotes or a parenthesis.</summary>
    internal static bool EndsSentence(ReadOnlySpan<char> word)
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
    internal static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> word)
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
