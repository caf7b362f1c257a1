using System;
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
        int breaks = LineCounter.CountLineFeeds(between, out bool carriageReturn);
        if (carriageReturn)
        {
            // A lone carriage return is a line break too, and one before a \n is not: counted as the model counts.
            (_line, int column) = data.PositionOf(block, _line, ref _lineStart);
            return (_line, column);
        }

        _line = (block == 0 ? 1 : _line) + breaks;

        // A block mostly starts a line, so the search back stops at once.
        int lastBreak = breaks > 0 ? between.LastIndexOf('\n') : -1;
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
}
