using System;
using System.Runtime.CompilerServices;
using TranscriptParsing.Model;

namespace TranscriptParsing.Writing;

/// <summary>
/// Finds each block's extra and cues as the blocks (or their drafts) are walked in order: the extras are kept in block
/// order and the cues in source order, so one forward cursor each finds a block's own and a walk over all blocks stays
/// linear.
/// </summary>
internal struct BlockCursor
{
    private int _nextExtra;
    private int _firstCue;

    /// <summary>The extra of block <paramref name="index"/>, or <see cref="BlockPositions.NoExtra"/> when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly BlockExtra ExtraOf(Records<BlockExtra> extras, int index, in BlockRecord block)
    {
        if ((block.Flags & BlockFlags.Extra) == 0)
        {
            return ref BlockPositions.NoExtra;
        }

        while (extras[_nextExtra].Block < index)
        {
            _nextExtra++;
        }

        return ref extras[_nextExtra];
    }

    /// <summary>
    /// The cues that start inside the block from <paramref name="start"/> to <paramref name="end"/>, with the sum of
    /// their lengths in <paramref name="chars"/>; blocks are asked for in source order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<Cue> CuesOf(ReadOnlySpan<Cue> cues, int start, int end, out int chars)
    {
        int first = _firstCue;
        while (first < cues.Length && cues[first].Span.Start < start)
        {
            first++;
        }

        _firstCue = first;
        int last = first;
        chars = 0;
        while (last < cues.Length && cues[last].Span.Start < end)
        {
            chars += cues[last].Span.Length;
            last++;
        }

        return cues[first..last];
    }
}
