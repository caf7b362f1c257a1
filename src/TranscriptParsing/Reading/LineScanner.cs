using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TranscriptParsing.Reading;

/// <summary>
/// Finds a line's end and, in the same pass, the first two chars on the line that may belong to a label inside a
/// paragraph (<c>:</c> and <c>Q</c>).
/// </summary>
/// <remarks>
/// The reader needs both for most lines of speech: the line's end, then the colons and <c>Q</c>s after the label. Two
/// searches read every char twice and pay two calls' setup; .NET's search for four chars at once uses a bitmap that
/// costs about twice as much per char as its packed search for two. This pass packs the chars to bytes as .NET's
/// packed search does and compares them with all four, so one pass costs little more than one packed search.
/// </remarks>
internal static class LineScanner
{
    /// <summary>
    /// The index of the first <c>\n</c> or <c>\r</c> in <paramref name="text"/>, or -1; with the indexes of the first,
    /// second and last <c>:</c> or <c>Q</c> before it (or before the end when there is no line break), each -1 when
    /// there is none.
    /// </summary>
    public static int FindLineEnd(ReadOnlySpan<char> text, out int firstMark, out int secondMark, out int lastMark)
    {
        firstMark = -1;
        secondMark = -1;
        lastMark = -1;
        ref char start = ref MemoryMarshal.GetReference(text);
        int length = text.Length;
        int i = 0;

        if (Avx2.IsSupported && length >= 2 * Vector256<short>.Count)
        {
            // Packing saturates: a char above 255 becomes 0 or 255, neither of which is searched for.
            var lineFeed = Vector256.Create((byte)'\n');
            var carriageReturn = Vector256.Create((byte)'\r');
            var colon = Vector256.Create((byte)':');
            var question = Vector256.Create((byte)'Q');
            ref short chars = ref Unsafe.As<char, short>(ref start);
            for (; i <= length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                var packed = Avx2.PackUnsignedSaturate(
                    Vector256.LoadUnsafe(ref chars, (nuint)i),
                    Vector256.LoadUnsafe(ref chars, (nuint)(i + Vector256<short>.Count)));
                var breaks = Vector256.Equals(packed, lineFeed) | Vector256.Equals(packed, carriageReturn);
                var marks = Vector256.Equals(packed, colon) | Vector256.Equals(packed, question);
                if ((breaks | marks) == Vector256<byte>.Zero)
                {
                    continue;
                }

                // The pack interleaves the two halves' 64-bit lanes; their order is put right only where a char was found.
                int end = Settle(InOrder(breaks).ExtractMostSignificantBits(), InOrder(marks).ExtractMostSignificantBits(), i, ref firstMark, ref secondMark, ref lastMark);
                if (end >= 0)
                {
                    return end;
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated && length >= Vector128<ushort>.Count)
        {
            var lineFeed = Vector128.Create((ushort)'\n');
            var carriageReturn = Vector128.Create((ushort)'\r');
            var colon = Vector128.Create((ushort)':');
            var question = Vector128.Create((ushort)'Q');
            ref ushort chars = ref Unsafe.As<char, ushort>(ref start);
            for (; i <= length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref chars, (nuint)i);
                var breaks = Vector128.Equals(block, lineFeed) | Vector128.Equals(block, carriageReturn);
                var marks = Vector128.Equals(block, colon) | Vector128.Equals(block, question);
                if ((breaks | marks) == Vector128<ushort>.Zero)
                {
                    continue;
                }

                int end = Settle(breaks.ExtractMostSignificantBits(), marks.ExtractMostSignificantBits(), i, ref firstMark, ref secondMark, ref lastMark);
                if (end >= 0)
                {
                    return end;
                }
            }
        }

        for (; i < length; i++)
        {
            char c = Unsafe.Add(ref start, i);
            if (c is '\n' or '\r')
            {
                return i;
            }

            if (c is ':' or 'Q')
            {
                Note(1, i, ref firstMark, ref secondMark, ref lastMark);
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> InOrder(Vector256<byte> packed) =>
        Avx2.Permute4x64(packed.AsInt64(), 0b_11_01_10_00).AsByte();

    /// <summary>
    /// Takes a block with a break or a mark (bit n for the char at <paramref name="offset"/> + n): notes the marks before
    /// its first break, and returns that break's index, or -1 when it holds none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Settle(uint breakBits, uint markBits, int offset, ref int firstMark, ref int secondMark, ref int lastMark)
    {
        if (breakBits == 0)
        {
            Note(markBits, offset, ref firstMark, ref secondMark, ref lastMark);
            return -1;
        }

        int end = BitOperations.TrailingZeroCount(breakBits);
        Note(markBits & ((1u << end) - 1), offset, ref firstMark, ref secondMark, ref lastMark);
        return offset + end;
    }

    /// <summary>Records the marks of a block (bit n for the char at <paramref name="offset"/> + n).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Note(uint bits, int offset, ref int firstMark, ref int secondMark, ref int lastMark)
    {
        if (bits == 0)
        {
            return;
        }

        lastMark = offset + 31 - BitOperations.LeadingZeroCount(bits);
        if (secondMark >= 0)
        {
            return;
        }

        int at = offset + BitOperations.TrailingZeroCount(bits);
        if (firstMark < 0)
        {
            firstMark = at;
            bits &= bits - 1;
            if (bits == 0)
            {
                return;
            }

            at = offset + BitOperations.TrailingZeroCount(bits);
        }

        secondMark = at;
    }
}
