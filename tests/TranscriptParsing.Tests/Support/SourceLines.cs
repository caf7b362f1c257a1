using System;
using System.Collections.Generic;

namespace TranscriptParsing.Tests.Support;

/// <summary>
/// Line and column numbers of offsets in a text, worked out independently of the library: a line ends at
/// <c>\r\n</c>, <c>\n</c> or a lone <c>\r</c>; lines and columns are 1-based, columns counted in chars.
/// </summary>
public sealed class SourceLines
{
    private readonly List<int> _starts = [0];

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    public SourceLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                _starts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line that holds <paramref name="offset"/>.</summary>
    /// <param name="offset">A 0-based char offset.</param>
    /// <returns>The line number.</returns>
    public int LineOf(int offset)
    {
        int index = _starts.BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The 1-based column of <paramref name="offset"/> within its line.</summary>
    /// <param name="offset">A 0-based char offset.</param>
    /// <returns>The column number, in chars.</returns>
    public int ColumnOf(int offset) => offset - _starts[LineOf(offset) - 1] + 1;

    /// <summary>Whether a char counts as space for the coverage rule: white space, the zero-width space and the byte-order mark.</summary>
    /// <param name="c">The char.</param>
    /// <returns>True for space.</returns>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';
}
