using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using TranscriptParsing.Model;

namespace TranscriptParsing.Writing;

/// <summary>
/// The line and column of each block in turn, as <see cref="TranscriptData.PositionOf"/> gives them, counted forward
/// from one block to the next. Where the text between two blocks has no carriage return a line break is a <c>\n</c>,
/// so the count is one vectorised count and the start of the line one search back from the block.
/// </summary>
internal ref struct BlockPositions
{
    private readonly ReadOnlySpan<char> _text;
    private int _line;
    private int _lineStart;

    public BlockPositions(ReadOnlySpan<char> text)
    {
        _text = text;
        _line = 0;
        _lineStart = 0;
    }

    /// <summary>The position of block <paramref name="block"/>; the blocks must be asked for in order, from the first.</summary>
    public (int Line, int Column) Next(TranscriptData data, Records<BlockRecord> blocks, int block)
    {
        ref readonly var record = ref blocks[block];
        int from = block == 0 ? 0 : blocks[block - 1].Start;
        var between = _text[from..record.Start];
        int breaks = CountLineFeeds(between, out int lastBreak);
        if (breaks < 0)
        {
            // A lone carriage return is a line break too, and one before a \n is not: counted as the model counts.
            (_line, int column) = data.PositionOf(block, _line, ref _lineStart);
            return (_line, column);
        }

        _line = (block == 0 ? 1 : _line) + breaks;
        if (lastBreak >= 0)
        {
            _lineStart = from + lastBreak + 1;
        }

        if ((record.Flags & BlockFlags.Extra) != 0)
        {
            ref readonly var extra = ref data.ExtraOf(block);
            if (extra.LineNumber > 0)
            {
                // The block keeps its own position, and the next block counts on from it.
                _line = extra.LineNumber;
                return (extra.LineNumber, extra.ColumnNumber);
            }
        }

        return (_line, record.Start - _lineStart + 1);
    }

    /// <summary>
    /// Counts the <c>\n</c> of <paramref name="text"/> and finds the last, in one pass; -1 if it holds a carriage
    /// return, which the model's rules count instead. 16 chars at a time with AVX2, 8 with 128-bit vectors.
    /// </summary>
    private static int CountLineFeeds(ReadOnlySpan<char> text, out int last)
    {
        int count = 0;
        last = -1;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= 16)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var lineFeed = Vector256.Create((ushort)'\n');
            var carriageReturn = Vector256.Create((ushort)'\r');
            for (; i <= text.Length - 16; i += 16)
            {
                var chars = Vector256.LoadUnsafe(ref start, (nuint)i);
                var feeds = Vector256.Equals(chars, lineFeed);
                if ((feeds | Vector256.Equals(chars, carriageReturn)) == Vector256<ushort>.Zero)
                {
                    continue;
                }

                if (Vector256.EqualsAny(chars, carriageReturn))
                {
                    return -1;
                }

                uint mask = feeds.ExtractMostSignificantBits();
                count += BitOperations.PopCount(mask);
                last = i + 31 - BitOperations.LeadingZeroCount(mask);
            }
        }

        if (Vector128.IsHardwareAccelerated && text.Length - i >= 8)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var lineFeed = Vector128.Create((ushort)'\n');
            var carriageReturn = Vector128.Create((ushort)'\r');
            for (; i <= text.Length - 8; i += 8)
            {
                var chars = Vector128.LoadUnsafe(ref start, (nuint)i);
                if (Vector128.EqualsAny(chars, carriageReturn))
                {
                    return -1;
                }

                uint mask = Vector128.Equals(chars, lineFeed).ExtractMostSignificantBits();
                if (mask != 0)
                {
                    count += BitOperations.PopCount(mask);
                    last = i + 31 - BitOperations.LeadingZeroCount(mask);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                count++;
                last = i;
            }
            else if (text[i] == '\r')
            {
                return -1;
            }
        }

        return count;
    }
}
