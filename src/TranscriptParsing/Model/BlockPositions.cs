using System;
using System.Runtime.CompilerServices;

namespace TranscriptParsing.Model;

/// <summary>
/// The line and column of each block in turn, from the first. A block's record keeps its line as the lines it starts
/// below the block before it (<see cref="BlockRecord.LineDelta"/>), so nothing is counted: the column is the distance
/// from the last line break before the block, looked for back to the block before, and mostly the char just before it.
/// </summary>
internal ref struct BlockPositions
{
    /// <summary>The extra of a block that has none: nothing in it is set.</summary>
    public static readonly BlockExtra NoExtra;

    private readonly ReadOnlySpan<char> _text;
    private int _line;
    private int _lineStart;
    private int _previousStart;

    public BlockPositions(ReadOnlySpan<char> text)
    {
        _text = text;
        _line = 1;
        _lineStart = 0;
        _previousStart = 0;
    }

    /// <summary>
    /// The start of the line that <paramref name="start"/> is on (just after the last <c>\n</c> or <c>\r</c> before
    /// it), given that of an earlier place, <paramref name="previousStart"/>: only the text between them is searched.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LineStart(ReadOnlySpan<char> text, int previousStart, int previousLineStart, int start)
    {
        // A block mostly starts a line.
        return start > previousStart && text[start - 1] is '\n' or '\r' ? start : SearchLineStart(text, previousStart, previousLineStart, start);
    }

    private static int SearchLineStart(ReadOnlySpan<char> text, int previousStart, int previousLineStart, int start)
    {
        if (start <= previousStart)
        {
            if (start == previousStart)
            {
                return previousLineStart;
            }

            // Not after the earlier place (never so for blocks in order): searched from the start of the text.
            previousStart = previousLineStart = 0;
            if (start == 0)
            {
                return 0;
            }

            if (text[start - 1] is '\n' or '\r')
            {
                return start;
            }
        }

        int lastBreak = text[previousStart..(start - 1)].LastIndexOfAny('\n', '\r');
        return lastBreak >= 0 ? previousStart + lastBreak + 1 : previousLineStart;
    }

    /// <summary>The position of block <paramref name="block"/>; the blocks must be asked for in order, from the first.</summary>
    public (int Line, int Column) Next(TranscriptData data, in BlockRecord record, int block) =>
        Next(record, (record.Flags & BlockFlags.Extra) != 0 ? ref data.ExtraOf(block) : ref NoExtra);

    /// <summary>
    /// The position of a block, given its extra (<see cref="NoExtra"/> when it has none); the blocks must be asked
    /// for in order, from the first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int Line, int Column) Next(in BlockRecord record, in BlockExtra extra)
    {
        _lineStart = LineStart(_text, _previousStart, _lineStart, record.Start);
        _previousStart = record.Start;
        if (extra.LineNumber > 0)
        {
            // The block keeps its own position, and the next block counts on from it.
            _line = extra.LineNumber;
            return (extra.LineNumber, extra.ColumnNumber);
        }

        _line += record.LineDelta;
        return (_line, record.Start - _lineStart + 1);
    }
}
