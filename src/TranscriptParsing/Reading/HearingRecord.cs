using System;

namespace TranscriptParsing.Reading;

/// <summary>
/// The header of a printed hearing record (the U.S. Government Publishing Office's text edition): stamps in brackets,
/// the hearing's title, then front matter (cover, sale notice, committee roster, contents) up to the opening narration
/// ("The committee met, pursuant to call, ...") or the chair's call to order.
/// </summary>
internal static class HearingRecord
{
    /// <summary>The stamps that open the record, each in brackets on its own line or run together on one.</summary>
    private static readonly PhraseTable Stamps = new(
    [
        "[House Hearing", "[Senate Hearing", "[Joint Hearing", "[From the U.S. Government",
    ]);

    /// <summary>The record's opening narration ("The Subcommittee met, pursuant to notice, at 10 a.m. ...").</summary>
    private const string Opening = "met, pursuant to";

    /// <summary>The chair's first words when the record has no opening narration ("... will come to order.").</summary>
    private const string CallToOrder = "come to order";

    /// <summary>
    /// Lays out the header when <paramref name="text"/> opens with a hearing record's stamps; false, and
    /// <paramref name="layout"/> untouched, otherwise.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="limit">How far the header may reach (the header's char budget).</param>
    /// <param name="layout">The layout to fill: title and body start.</param>
    public static bool TryLayout(ReadOnlySpan<char> text, int limit, ref HeaderLayout layout)
    {
        int position = SkipWhiteSpace(text, 0, limit);
        if (position >= limit || text[position] != '[')
        {
            return false;
        }

        int stampsEnd = -1;
        while (position < limit && text[position] == '[' && Stamps.IsPrefixOf(text[position..limit]))
        {
            int close = text[position..limit].IndexOf(']');
            if (close < 0)
            {
                break;
            }

            stampsEnd = position + close + 1;
            position = SkipWhiteSpace(text, stampsEnd, limit);
        }

        if (stampsEnd < 0)
        {
            return false;
        }

        int titleEnd = TitleEnd(text, position, limit);
        int body = FindBodyStart(text, titleEnd, limit);
        if (titleEnd > position)
        {
            // On a record run together into one line the title follows the stamps on their line.
            int lineStart = text[..position].LastIndexOfAny(StructuralChars.LineBreaks) + 1;
            layout.TitleLineStart = lineStart < stampsEnd ? lineStart : position;
            layout.TitleStart = position;
            layout.TitleEnd = titleEnd;
        }

        layout.BodyStart = body;
        return true;
    }

    /// <summary>
    /// Lays out the header of a hearing record printed without its stamps (the page layout of a printed copy): the
    /// line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>) says only "HEARING" and the next line that is not
    /// blank opens with "BEFORE THE". The lines in capitals above it are the title, the front matter below it is
    /// furniture up to the proceedings, as in <see cref="TryLayout"/>. False, and <paramref name="layout"/> untouched,
    /// for any other line.
    /// </summary>
    public static bool TryLayoutPrinted(ReadOnlySpan<char> text, int lineStart, int lineEnd, int limit, ref HeaderLayout layout)
    {
        if (!text[lineStart..lineEnd].SequenceEqual("HEARING"))
        {
            return false;
        }

        int next = SkipWhiteSpace(text, lineEnd, limit);
        if (!text[next..limit].StartsWith("BEFORE THE", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The title: the lines in capitals just above, blank lines between them passed over ("HEARING ON COMMITTEE
        // FUNDING" / "FOR THE 111TH CONGRESS").
        int titleStart = -1, titleEnd = -1;
        int end = lineStart;
        while (end > 0)
        {
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            int start = end == 0 ? 0 : text[..end].LastIndexOfAny(StructuralChars.LineBreaks) + 1;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            var line = text[start..end];
            if (line.IsEmpty || !HeaderScanner.HasLetters(line, 3) || HeaderScanner.HasLowerCase(line))
            {
                break;
            }

            titleEnd = titleEnd < 0 ? end : titleEnd;
            titleStart = start;
            end = start;
        }

        if (titleStart < 0)
        {
            return false;
        }

        layout.TitleLineStart = layout.TitleStart = titleStart;
        layout.TitleEnd = titleEnd;
        layout.BodyStart = FindBodyStart(text, lineEnd, limit);
        return true;
    }

    /// <summary>
    /// Where the proceedings start: the sentence of the opening narration, else the line of the call to order, else
    /// past the header's budget (the whole text, when it is shorter: a record cut off in its front matter).
    /// </summary>
    private static int FindBodyStart(ReadOnlySpan<char> text, int from, int limit)
    {
        var window = text[from..limit];
        int opening = window.IndexOf(Opening, StringComparison.Ordinal);
        int call = window.IndexOf(CallToOrder, StringComparison.Ordinal);
        if (opening >= 0 && (call < 0 || opening < call))
        {
            // Back to the start of the sentence: "... Washington, DC. The committee met, pursuant to call ...".
            int sentence = window[..opening].LastIndexOfAny('.', '\n', '\r') + 1;
            return SkipWhiteSpace(text, from + sentence, limit);
        }

        if (call >= 0)
        {
            // The chair's label opens the line: "Chairman STEIL. The Committee ... will come to order."
            int line = window[..call].LastIndexOfAny(StructuralChars.LineBreaks) + 1;
            return SkipWhiteSpace(text, from + line, limit);
        }

        if (limit >= text.Length)
        {
            return text.Length;
        }

        int next = text[limit..].IndexOfAny(StructuralChars.LineBreaks);
        return next < 0 ? text.Length : SkipWhiteSpace(text, limit + next, text.Length);
    }

    /// <summary>The title runs to the end of its line, or to a rule of "=" or "-" when the record is one line.</summary>
    private static int TitleEnd(ReadOnlySpan<char> text, int start, int limit)
    {
        var rest = text[start..limit];
        int end = rest.IndexOfAny(StructuralChars.LineBreaks);
        if (end < 0)
        {
            end = rest.Length;
        }

        end = Math.Min(RuleStart(rest[..end], '='), RuleStart(rest[..end], '-'));

        while (end > 0 && char.IsWhiteSpace(rest[end - 1]))
        {
            end--;
        }

        return HeaderScanner.HasLetters(rest[..end], 3) ? start + end : start;
    }

    /// <summary>Where a rule of three or more <paramref name="mark"/> chars starts, or the line's length.</summary>
    private static int RuleStart(ReadOnlySpan<char> line, char mark)
    {
        int rule = line.IndexOf([mark, mark, mark]);
        return rule < 0 ? line.Length : rule;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> text, int position, int limit)
    {
        while (position < limit && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
