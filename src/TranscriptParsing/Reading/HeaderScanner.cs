using System;

namespace TranscriptParsing.Reading;

/// <summary>Where the header ends and what in it is the title; all indices are into the whole text.</summary>
internal struct HeaderLayout
{
    /// <summary>The first char of the body (or the text's length when it has no body).</summary>
    public int BodyStart;

    /// <summary>The title line, or -1 when there is none.</summary>
    public int TitleStart, TitleEnd;

    /// <summary>The summary paragraph, or -1 when there is none.</summary>
    public int SummaryStart, SummaryEnd;
}

/// <summary>
/// Lays out the page header: which lines are furniture, which one is the title, where the body starts.
/// It looks at a bounded number of lines at the top of the text, so its cost does not grow with the text.
/// </summary>
internal static class HeaderScanner
{
    private enum LineKind : byte
    {
        Chrome,
        Navigation,
        Label,
        Annotation,
        Prose,
        TitleLike,
    }

    private struct HeaderLine
    {
        public int Start;
        public int End;
        public LineKind Kind;
    }

    /// <summary>Lays out the header of <paramref name="text"/>.</summary>
    public static HeaderLayout Analyze(ReadOnlySpan<char> text, int maxLines, int maxChars, int maxLabelLength)
    {
        var layout = new HeaderLayout { BodyStart = text.Length, TitleStart = -1, TitleEnd = -1, SummaryStart = -1, SummaryEnd = -1 };
        Span<HeaderLine> lines = stackalloc HeaderLine[Math.Clamp(maxLines, 4, 256)];
        int count = 0;
        int firstBody = -1;
        int position = 0;
        int limit = Math.Min(text.Length, maxChars);
        while (position < limit && count < lines.Length)
        {
            int lineEnd = text[position..].IndexOfAny('\n', '\r');
            lineEnd = lineEnd < 0 ? text.Length : position + lineEnd;
            int start = LabelScanner.SkipSpaces(text, position);
            int end = lineEnd;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            position = lineEnd + 1;
            if (start >= end)
            {
                continue;
            }

            var line = text[start..end];
            var kind = Classify(line, maxLabelLength);
            lines[count++] = new HeaderLine { Start = start, End = end, Kind = kind };
            if (kind is LineKind.Label or LineKind.Annotation)
            {
                firstBody = count - 1;
                break;
            }
        }

        if (count == 0)
        {
            return layout;
        }

        lines = lines[..count];
        int title = FindTitle(text, lines, firstBody);
        if (title >= 0)
        {
            layout.TitleStart = lines[title].Start;
            layout.TitleEnd = lines[title].End;
        }

        int body = FindBody(text, lines, title, firstBody);
        if (body >= 0)
        {
            layout.BodyStart = lines[body].Start;

            // A teaser between the title and the furniture that precedes the body is the summary.
            for (int i = title + 1; i < body; i++)
            {
                if (lines[i].Kind == LineKind.Prose && title >= 0)
                {
                    layout.SummaryStart = lines[i].Start;
                    layout.SummaryEnd = lines[i].End;
                    break;
                }
            }
        }
        else if (firstBody < 0 && position >= text.Length && count == lines.Length)
        {
            layout.BodyStart = text.Length;
        }

        return layout;
    }

    private static LineKind Classify(ReadOnlySpan<char> line, int maxLabelLength)
    {
        if (LabelScanner.TryScan(line, maxLabelLength, LabelScanner.Strictness.Header, out var label) && label.Style != LabelStyle.OwnLine)
        {
            return LineKind.Label;
        }

        if (line[0] is '(' or '[')
        {
            int end = AnnotationScanner.FindEnd(line, 0, maxLabelLength);
            if (end > 0 && (end == line.Length || LabelScanner.TryScan(line[end..], maxLabelLength, LabelScanner.Strictness.Body, out _)))
            {
                return LineKind.Annotation;
            }
        }

        var chrome = ChromeScanner.Classify(line);
        if (chrome == ChromeKind.Navigation)
        {
            return LineKind.Navigation;
        }

        if (chrome != ChromeKind.None)
        {
            return LineKind.Chrome;
        }

        return IsProse(line) ? LineKind.Prose : LineKind.TitleLike;
    }

    /// <summary>A sentence or paragraph rather than a heading.</summary>
    private static bool IsProse(ReadOnlySpan<char> line)
    {
        if (line.Length > 220)
        {
            return true;
        }

        char last = line[^1];
        int words = 1;
        foreach (char c in line)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return (last is '.' or ',' or ';' or ':' or '\u2026' or '"' or '\u201D' && words >= 3) || words > 30;
    }

    private static int FindTitle(ReadOnlySpan<char> text, ReadOnlySpan<HeaderLine> lines, int firstBody)
    {
        int end = firstBody < 0 ? lines.Length : firstBody;

        // npr.org pages open with "Title : Show Teaser..." and give the clean title on a line of its own.
        var first = text[lines[0].Start..lines[0].End];
        for (int i = 1; i < end; i++)
        {
            var line = text[lines[i].Start..lines[i].End];
            if (lines[i].Kind is LineKind.TitleLike or LineKind.Prose or LineKind.Chrome && line.Length >= 8 && line.Length < first.Length
                && first.StartsWith(line, StringComparison.Ordinal) && !char.IsLetterOrDigit(first[line.Length]))
            {
                return i;
            }
        }

        if (firstBody >= 0)
        {
            // The nearest heading above the first turn, past the narration and the date lines between them.
            for (int i = firstBody - 1; i >= 0; i--)
            {
                switch (lines[i].Kind)
                {
                    case LineKind.TitleLike:
                        return i;
                    case LineKind.Prose or LineKind.Chrome or LineKind.Navigation:
                        continue;
                }
            }

            return -1;
        }

        for (int i = 0; i < end; i++)
        {
            if (lines[i].Kind == LineKind.TitleLike)
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindBody(ReadOnlySpan<char> text, ReadOnlySpan<HeaderLine> lines, int title, int firstBody)
    {
        // The body starts after the title and after the last line of furniture that precedes the first turn.
        int end = firstBody < 0 ? lines.Length : firstBody;
        int after = title;
        for (int i = title + 1; i < end; i++)
        {
            if (lines[i].Kind is LineKind.Navigation or LineKind.Chrome)
            {
                after = i;
            }
            else if (title >= 0 && SameText(text, lines[i], lines[title]))
            {
                // A repeated copy of the title is furniture too.
                after = i;
            }
        }

        for (int i = after + 1; i < lines.Length; i++)
        {
            if (lines[i].Kind is not (LineKind.Navigation or LineKind.Chrome))
            {
                return i;
            }
        }

        return firstBody;
    }

    private static bool SameText(ReadOnlySpan<char> text, HeaderLine a, HeaderLine b) =>
        text[a.Start..a.End].SequenceEqual(text[b.Start..b.End]);
}
