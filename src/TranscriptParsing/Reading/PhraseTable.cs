using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace TranscriptParsing.Reading;

/// <summary>
/// A fixed list of phrases, indexed once so that a lookup compares a span with only the few phrases that could match
/// it: those of its length (for equality, ignoring case) or those that start with its first char and may have its
/// second (for prefixes, case as written). Answers are the same as trying every phrase in list order; nothing is allocated after construction.
/// </summary>
internal sealed class PhraseTable
{
    /// <summary>Phrases whose first char is at or above this share one bucket of the prefix index.</summary>
    private const int DirectFirstChars = 256;

    private readonly string[] _phrases;
    private readonly string[][] _byLength;
    private readonly int[][] _byLengthKeys;
    private readonly ulong[] _firstCharsByLength;
    private readonly ulong[] _lastCharsByLength;

    /// <summary>
    /// The prefix index: by first char (<see cref="DirectFirstChars"/> and above share a bucket; null when no phrase
    /// opens with it), then by the low six bits of the second char, the phrases that may open a text, in list order. A
    /// phrase of one char stands in every slot of its bucket.
    /// </summary>
    private readonly PrefixCandidate[][]?[] _prefixIndex;

    /// <summary>How many slots of <see cref="_prefixIndex"/> a bucket has: one for each value of a char's low six bits.</summary>
    private const int SecondCharSlots = 64;

    /// <summary>A phrase of the prefix index, with what the lookups compare first.</summary>
    private readonly struct PrefixCandidate(string phrase, int groupBits)
    {
        public readonly string Phrase = phrase;

        /// <summary>The phrase's <see cref="PhraseTable.Opening"/>, and the mask of its chars in it.</summary>
        public readonly ulong Opening = PhraseTable.Opening(phrase), OpeningMask = PhraseTable.OpeningMask(phrase.Length);

        /// <summary>The bit of the phrase's list in a <see cref="Grouped"/> table.</summary>
        public readonly int GroupBits = groupBits;
    }

    /// <summary>Indexes <paramref name="phrases"/>; none may be empty.</summary>
    public PhraseTable(string[] phrases)
        : this(phrases, new int[phrases.Length])
    {
    }

    /// <summary>Indexes <paramref name="phrases"/>, each in the group of the same index in <paramref name="groups"/> (0 to 31).</summary>
    private PhraseTable(string[] phrases, int[] groups)
    {
        _phrases = phrases;
        int longest = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Length == 0)
            {
                throw new ArgumentException("A phrase table holds no empty phrase.", nameof(phrases));
            }

            longest = Math.Max(longest, phrase.Length);
        }

        _byLength = Group(phrases, longest + 1, static p => p.Length);
        _byLengthKeys = new int[_byLength.Length][];
        for (int i = 0; i < _byLength.Length; i++)
        {
            _byLengthKeys[i] = Array.ConvertAll(_byLength[i], static p => CaseKey(p[0], p[^1]));
        }

        _firstCharsByLength = new ulong[_byLength.Length];
        _lastCharsByLength = new ulong[_byLength.Length];
        foreach (var phrase in phrases)
        {
            _firstCharsByLength[phrase.Length] |= phrase[0] < 0x80 ? FirstCharBit(phrase[0]) : ulong.MaxValue;
            _lastCharsByLength[phrase.Length] |= phrase[^1] < 0x80 ? FirstCharBit(phrase[^1]) : ulong.MaxValue;
        }
        _prefixIndex = new PrefixCandidate[][]?[DirectFirstChars + 1];
        var slotLists = new List<PrefixCandidate>?[DirectFirstChars + 1][];
        for (int i = 0; i < phrases.Length; i++)
        {
            var phrase = phrases[i];
            var slots = slotLists[Math.Min((int)phrase[0], DirectFirstChars)] ??= new List<PrefixCandidate>?[SecondCharSlots];
            var candidate = new PrefixCandidate(phrase, 1 << groups[i]);
            for (int slot = 0; slot < SecondCharSlots; slot++)
            {
                if (phrase.Length == 1 || (phrase[1] & (SecondCharSlots - 1)) == slot)
                {
                    (slots[slot] ??= []).Add(candidate);
                }
            }
        }

        for (int bucket = 0; bucket <= DirectFirstChars; bucket++)
        {
            if (slotLists[bucket] is { } slots)
            {
                _prefixIndex[bucket] = Array.ConvertAll(slots, static list => list?.ToArray() ?? []);
            }
        }
    }

    /// <summary>
    /// Indexes several lists of phrases together, so that one lookup answers for all of them
    /// (<see cref="PrefixGroups"/>); list <c>i</c> answers in bit <c>i</c>.
    /// </summary>
    public static PhraseTable Grouped(params string[][] lists)
    {
        var phrases = new List<string>();
        var groups = new List<int>();
        for (int i = 0; i < lists.Length; i++)
        {
            foreach (var phrase in lists[i])
            {
                phrases.Add(phrase);
                groups.Add(i);
            }
        }

        return new PhraseTable([.. phrases], [.. groups]);
    }

    /// <summary>The phrases in list order.</summary>
    public ReadOnlySpan<string> Phrases => _phrases;

    /// <summary>Whether <paramref name="value"/> equals one of the phrases, ignoring case (ordinal).</summary>
    /// <remarks>The quick rejections are inlined into the caller; the comparisons are not.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> value)
    {
        // Equal ignoring case means equal lengths: only the phrases of this length are compared.
        if ((uint)value.Length >= (uint)_byLength.Length || value.IsEmpty)
        {
            return false;
        }

        // Most values start (or end) with a char that no phrase of their length starts (or ends) with, ignoring case.
        char first = value[0];
        if (first < 0x80 && (_firstCharsByLength[value.Length] & FirstCharBit(first)) == 0)
        {
            return false;
        }

        char last = value[^1];
        if (last < 0x80 && (_lastCharsByLength[value.Length] & FirstCharBit(last)) == 0)
        {
            return false;
        }

        return ContainsOfLength(value);
    }

    /// <summary>The comparisons of <see cref="Contains"/> with the phrases of the value's length.</summary>
    private bool ContainsOfLength(ReadOnlySpan<char> value)
    {
        char first = value[0];
        var phrases = _byLength[value.Length];
        var keys = _byLengthKeys[value.Length];
        int key = CaseKey(first, value[^1]);
        for (int i = 0; i < keys.Length; i++)
        {
            if ((key == keys[i] || key < 0 || keys[i] < 0) && value.Equals(phrases[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A bit for an ASCII char with the case bit set; chars equal ignoring case get the same bit (others may share it).
    /// </summary>
    private static ulong FirstCharBit(char c) => 1UL << ((c | 0x20) & 63);

    /// <summary>
    /// The first and last chars with the case bit set, or -1 when either is not ASCII. ASCII chars equal ignoring
    /// case differ at most in that bit, so two different keys (neither -1) mean two different spans; other chars are
    /// left to the full comparison.
    /// </summary>
    private static int CaseKey(char first, char last) => (first | last) >= 0x80 ? -1 : (first | 0x20) << 8 | (last | 0x20);

    /// <summary>Whether <paramref name="text"/> starts with one of the phrases (ordinal, case as written).</summary>
    public bool IsPrefixOf(ReadOnlySpan<char> text)
    {
        return FindPrefixes(text, firstOnly: true) != 0;
    }

    /// <summary>
    /// The lists of a <see cref="Grouped"/> table that hold a phrase <paramref name="text"/> starts with (ordinal, case
    /// as written), as bits: bit <c>i</c> for list <c>i</c>.
    /// </summary>
    public int PrefixGroups(ReadOnlySpan<char> text) => FindPrefixes(text, firstOnly: false);

    private int FindPrefixes(ReadOnlySpan<char> text, bool firstOnly)
    {
        var candidates = Candidates(text);
        if (candidates.IsEmpty)
        {
            return 0;
        }

        // The first four chars of the text, compared at once with each candidate's (or all of a shorter one): only a
        // phrase that opens as the text does, and is no longer, is compared in full.
        ulong opening = Opening(text);
        int found = 0;
        foreach (ref readonly var candidate in candidates)
        {
            var phrase = candidate.Phrase;
            if ((opening & candidate.OpeningMask) == candidate.Opening && phrase.Length <= text.Length
                && (phrase.Length <= OpeningChars || text.StartsWith(phrase, StringComparison.Ordinal)))
            {
                found |= candidate.GroupBits;
                if (firstOnly)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>How many chars <see cref="Opening"/> packs.</summary>
    private const int OpeningChars = 4;

    /// <summary>The first (up to) four chars of <paramref name="text"/>, packed in a number; the chars past its end are 0.</summary>
    private static ulong Opening(ReadOnlySpan<char> text)
    {
        ulong packed = 0;
        int count = Math.Min(text.Length, OpeningChars);
        for (int i = 0; i < count; i++)
        {
            packed |= (ulong)text[i] << (16 * i);
        }

        return packed;
    }

    /// <summary>The bits of an <see cref="Opening"/> that hold the first <paramref name="length"/> chars (at most four).</summary>
    private static ulong OpeningMask(int length) => length >= OpeningChars ? ulong.MaxValue : (1UL << (16 * length)) - 1;

    /// <summary>
    /// The length of the first phrase, in list order, that <paramref name="text"/> starts with (ordinal) and that a
    /// space follows; 0 when there is none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WordAtStart(ReadOnlySpan<char> text)
    {
        // Most texts start with two chars that no phrase starts with: that test is inlined into the caller.
        var candidates = Candidates(text);
        return candidates.IsEmpty ? 0 : WordAtStart(text, candidates);
    }

    private static int WordAtStart(ReadOnlySpan<char> text, ReadOnlySpan<PrefixCandidate> candidates)
    {
        foreach (ref readonly var candidate in candidates)
        {
            var phrase = candidate.Phrase;
            if (text.Length > phrase.Length && SecondCharMatches(text, phrase) && text.StartsWith(phrase, StringComparison.Ordinal) && text[phrase.Length] == ' ')
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The phrases that <paramref name="text"/> may start with: those of its first char's bucket in the slot of its
    /// second char (a text of one char: slot 0, where the phrases of one char stand too).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<PrefixCandidate> Candidates(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || _prefixIndex[Math.Min((int)text[0], DirectFirstChars)] is not { } slots)
        {
            return default;
        }

        return slots[text.Length > 1 ? text[1] & (SecondCharSlots - 1) : 0];
    }

    /// <summary>A cheap test before the full one: the first chars already match, so compare the second.</summary>
    private static bool SecondCharMatches(ReadOnlySpan<char> text, string phrase) =>
        phrase.Length < 2 || (text.Length > 1 && text[1] == phrase[1]);

    /// <summary>Sorts the phrases into buckets by a key, keeping list order within each bucket.</summary>
    private static string[][] Group(string[] phrases, int buckets, Func<string, int> key)
    {
        var lists = new List<string>?[buckets];
        foreach (var phrase in phrases)
        {
            (lists[key(phrase)] ??= []).Add(phrase);
        }

        var groups = new string[buckets][];
        for (int i = 0; i < buckets; i++)
        {
            groups[i] = lists[i]?.ToArray() ?? [];
        }

        return groups;
    }
}
