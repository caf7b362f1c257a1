using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>
/// Finds a name in a transcript's text, ignoring case, with the answers of <see cref="CaseInsensitive.IndexOf"/>. A
/// name's first letter is common in running text (every "s" for "SMITH"): the places are narrowed by its first and
/// its last char together, many at a time, before any is compared in full.
/// </summary>
internal static class NameSearch
{
    /// <summary>The case bit of an ASCII letter: a char with it set equals a letter's lower case only if it is that letter.</summary>
    private const ushort CaseBit = 0x20;

    /// <summary>The index of the first occurrence of <paramref name="value"/> in <paramref name="text"/>, ignoring case, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> value)
    {
        if (value.Length < 2 || !Vector256.IsHardwareAccelerated || !Ascii.IsValid(value))
        {
            return CaseInsensitive.IndexOf(text, value);
        }

        int lastStart = text.Length - value.Length;
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int lastOffset = value.Length - 1;
        var first = Vector256.Create((ushort)(value[0] | CaseBit));
        var last = Vector256.Create((ushort)(value[lastOffset] | CaseBit));
        var caseBit = Vector256.Create(CaseBit);
        int at = 0;

        // Each round looks at the places at..at+15: those whose first and last chars may match, ignoring case, are compared.
        for (; at <= lastStart - Vector256<ushort>.Count + 1; at += Vector256<ushort>.Count)
        {
            var firsts = Vector256.LoadUnsafe(ref start, (nuint)at) | caseBit;
            var lasts = Vector256.LoadUnsafe(ref start, (nuint)(at + lastOffset)) | caseBit;
            var candidates = Vector256.Equals(firsts, first) & Vector256.Equals(lasts, last);
            if (candidates == Vector256<ushort>.Zero)
            {
                continue;
            }

            uint bits = candidates.ExtractMostSignificantBits();
            while (bits != 0)
            {
                int candidate = at + BitOperations.TrailingZeroCount(bits);
                if (MatchesAt(text, candidate, value))
                {
                    return candidate;
                }

                bits &= bits - 1;
            }
        }

        for (; at <= lastStart; at++)
        {
            if (MatchesAt(text, at, value))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Whether the ASCII <paramref name="value"/> stands at <paramref name="at"/>, as <see cref="CaseInsensitive.IndexOf"/> compares.</summary>
    private static bool MatchesAt(ReadOnlySpan<char> text, int at, ReadOnlySpan<char> value)
    {
        char c = text[at];
        char first = value[0];
        bool firstMatches = char.IsAsciiLetter(first) ? (c | CaseBit) == (first | CaseBit) && char.IsAsciiLetter(c) : c == first;
        return firstMatches && Ascii.EqualsIgnoreCase(text.Slice(at + 1, value.Length - 1), value[1..]);
    }
}
