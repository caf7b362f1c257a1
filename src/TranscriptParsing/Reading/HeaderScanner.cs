using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TranscriptParsing.Reading;

/// <summary>Where the header ends and what in it is the title; all indices are into the whole text.</summary>
internal struct HeaderLayout
{
    /// <summary>The first char of the body (or the text's length when it has no body).</summary>
    public int BodyStart;

    /// <summary>The title, or -1 when there is none. It may start after a prefix on its line ("WEBVTT - ").</summary>
    public int TitleStart, TitleEnd;

    /// <summary>The start of the title's line (before any prefix), or -1.</summary>
    public int TitleLineStart;

    /// <summary>The summary paragraph, or -1 when there is none.</summary>
    public int SummaryStart, SummaryEnd;

    /// <summary>Whether the body's first line starts with a label that has a colon (so names alone on lines are not labels).</summary>
    public bool BodyOpensWithLabel;

    /// <summary>
    /// The last line the layout classified, [<see cref="ScannedStart"/>, <see cref="ScannedEnd"/>), and its label scan
    /// with body strictness: the line where the body starts is scanned once, not again by the reader.
    /// </summary>
    public int ScannedStart, ScannedEnd;

    /// <summary>Whether the scan of the last classified line found a label, and the label.</summary>
    public bool ScannedFound;

    /// <inheritdoc cref="ScannedFound"/>
    public LabelMatch ScannedMatch;

    /// <summary>The header lines the layout classified as chrome, in source order, so the reader need not classify them again.</summary>
    public KnownChromeLines KnownChrome;

    /// <summary>How many entries of <see cref="KnownChrome"/> are used.</summary>
    public int KnownChromeCount;

    /// <summary>
    /// Sets every field to its value before the header is read, the body starting at <paramref name="bodyStart"/>; the
    /// room for chrome lines is left as it is: only its first <see cref="KnownChromeCount"/> entries are read.
    /// </summary>
    public void Reset(int bodyStart)
    {
        BodyStart = bodyStart;
        TitleStart = TitleEnd = TitleLineStart = -1;
        SummaryStart = SummaryEnd = -1;
        ScannedStart = ScannedEnd = -1;
        BodyOpensWithLabel = false;
        ScannedFound = false;
        ScannedMatch = default;
        KnownChromeCount = 0;
        NextKnownChrome = 0;
    }

    /// <summary>The first entry of <see cref="KnownChrome"/> that <see cref="TryNextKnownChrome"/> has not yet passed.</summary>
    public int NextKnownChrome;

    /// <summary>
    /// The classified line that starts at <paramref name="start"/>, if there is one. The reader asks for its header lines
    /// in source order, as the entries stand: a cursor passes the entries before <paramref name="start"/>, so each
    /// entry is looked at about once however many lines the header has.
    /// </summary>
    public bool TryNextKnownChrome(int start, out KnownChromeLine line)
    {
        int next = NextKnownChrome;
        while (next < KnownChromeCount && KnownChrome[next].Start < start)
        {
            next++;
        }

        NextKnownChrome = next;
        if (next < KnownChromeCount && KnownChrome[next].Start == start)
        {
            line = KnownChrome[next];
            return true;
        }

        line = default;
        return false;
    }
}

/// <summary>A header line and the chrome kind <see cref="ChromeScanner.Classify"/> gave it.</summary>
internal struct KnownChromeLine
{
    public int Start, End;
    public ChromeKind Kind;
}

/// <summary>Room for the chrome kinds of the first header lines; lines past it are classified again by the reader.</summary>
[InlineArray(Capacity)]
internal struct KnownChromeLines
{
    public const int Capacity = 32;

    private KnownChromeLine _first;
}

/// <summary>
/// Lays out the page header: which lines are furniture, which one is the title, where the body starts.
/// It looks at a bounded number of lines at the top of the text, so its cost does not grow with the text.
/// </summary>
/// <remarks>
/// The title is chosen among the header lines that read as headings (a line standing alone, not a sentence, not
/// furniture). Evidence for a candidate: the page repeats it or shows it inside a longer line (npr.org's
/// "Title : Show Teaser" first line, a breadcrumb), a date line stands next to it, it comes first.
/// </remarks>
internal static class HeaderScanner
{
    private enum LineKind : byte
    {
        Chrome,
        Navigation,
        Notice,
        StoryEnd,
        Date,
        Label,
        Annotation,
        Prose,
        TitleLike,

        /// <summary>A roster of the program's speakers ("SPEAKERS: ...", "GUESTS: ...") and its entries.</summary>
        Roster,
    }

    private struct HeaderLine
    {
        public int Start;
        public int End;
        public LineKind Kind;
        public bool BlankBefore;
        public bool BlankAfter;

        /// <summary>Furniture glued to the text that follows it on the same line.</summary>
        public bool Glued;

        /// <summary>Whether <see cref="Chrome"/> holds what <see cref="ChromeScanner.Classify"/> said of the line.</summary>
        public bool ChromeKnown;

        /// <summary>A sentence that reads as a notice in its context (see <c>MarkNotices</c>), though alone it classifies as prose.</summary>
        public bool NoticeInContext;

        /// <summary>
        /// The body's grammar reads a label before a colon on the line, though the header did not take it for one (a
        /// name in mixed case that does not come back): the body reads the line as a turn.
        /// </summary>
        public bool LabelShaped;
        public ChromeKind Chrome;

        /// <summary>The line's word count plus one, or 0 until <see cref="Words"/> first counts them: several passes ask.</summary>
        public int CountedWords;
    }

    /// <summary>
    /// Whether the line [<see cref="Start"/>, <see cref="End"/>) is prose, as the test for speech after the line before
    /// it found: the line's own classification asks again.
    /// </summary>
    internal struct ProseMemo
    {
        public int Start, End;
        public bool IsProse;

        /// <summary>Where the line that holds the memo's text starts and where its line break is: the line loop need not search for that break again.</summary>
        public int LineStart, LineEnd;
    }

    /// <summary>One more than the index of the first header line of each length, modulo <see cref="Lengths"/>, or 0.</summary>
    [InlineArray(Lengths)]
    private struct FirstLineOfLength
    {
        public const int Lengths = 64;

        private ushort _first;
    }

    /// <summary>How far the teaser test looks for the label of the turn after the teaser.</summary>
    private const int TeaserLabelLength = 200;

    /// <summary>The label scan of the first turn's line, when <see cref="Known"/>: the scan <see cref="Classify"/> made of it.</summary>
    private struct FirstTurnScan
    {
        public bool Known;
        public bool Found;
        public LabelMatch Match;
    }

    /// <summary>Prefixes that some pages put before the title on its line.</summary>
    private static readonly string[] TitlePrefixes = ["WEBVTT - ", "thumbnail of ", "Transcript of "];

    /// <summary>Lays out the header of <paramref name="text"/>.</summary>
    public static HeaderLayout Analyze(ReadOnlySpan<char> text, int maxLines, int maxChars, int maxLabelLength)
    {
        var layout = default(HeaderLayout);
        Analyze(text, maxLines, maxChars, maxLabelLength, ref layout);
        return layout;
    }

    /// <summary>
    /// Lays out the header of <paramref name="text"/> into <paramref name="layout"/> in place: the reader's layout, with
    /// its room for the chrome lines, is neither built aside and copied nor cleared whole.
    /// </summary>
    /// <remarks>
    /// The room for the lines is not cleared (the library's locals are not, a line is written whole before it is read,
    /// and only the lines written are read): clearing room for 80 lines was a measurable share of the layout of a small
    /// page.
    /// </remarks>
    public static void Analyze(ReadOnlySpan<char> text, int maxLines, int maxChars, int maxLabelLength, ref HeaderLayout layout)
    {
        // The lines live on this frame; the work is done in a method of its own, which the runtime compiles in tiers
        // as any other (a method with loops that allocates on the stack is compiled once, up front, and never again
        // with what the runtime learns later: initialised classes, profile data).
        Span<HeaderLine> lines = stackalloc HeaderLine[Math.Clamp(maxLines, 4, 256)];
        Analyze(text, lines, maxChars, maxLabelLength, ref layout);
    }

    private static void Analyze(ReadOnlySpan<char> text, Span<HeaderLine> lines, int maxChars, int maxLabelLength, ref HeaderLayout layout)
    {
        layout.Reset(text.Length);
        int count = 0;
        int firstBody = -1;
        int position = 0;
        int limit = Math.Min(text.Length, maxChars);
        if (HearingRecord.TryLayout(text, limit, ref layout))
        {
            return;
        }

        int recurrenceChecks = 0;
        var firstOfLength = default(FirstLineOfLength);
        var prose = new ProseMemo { Start = -1, LineStart = -1 };
        bool blank = true;
        while (position < limit && count < lines.Length)
        {
            int lineEnd;
            if (position == prose.LineStart)
            {
                // The test for speech after the line before found this line's break.
                lineEnd = prose.LineEnd;
            }
            else
            {
                lineEnd = text[position..].IndexOfAny(StructuralChars.LineBreaks);
                lineEnd = lineEnd < 0 ? text.Length : position + lineEnd;
            }

            int start = LabelScanner.SkipSpaces(text, position);
            int end = lineEnd;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            position = lineEnd + (lineEnd + 1 < text.Length && text[lineEnd] == '\r' && text[lineEnd + 1] == '\n' ? 2 : 1);
            if (start >= end)
            {
                blank = true;
                if (count > 0)
                {
                    lines[count - 1].BlankAfter = true;
                }

                continue;
            }

            int glued = ChromeScanner.GluedFurnitureLength(text[start..end]);
            if (glued > 0 && count + 1 < lines.Length)
            {
                // Furniture glued to the first line of the transcript: the rest of the line is read as a line of its own.
                lines[count++] = new HeaderLine { Start = start, End = start + glued, Kind = LineKind.Navigation, BlankBefore = blank, Glued = true };
                blank = false;
                start = LabelScanner.SkipSpaces(text, start + glued);
                if (start >= end)
                {
                    // Only chars of no width follow the furniture (the skip passes them, the test for what follows did not).
                    continue;
                }
            }

            if (end - start == 7 && text[start] == 'H' && HearingRecord.TryLayoutPrinted(text, start, end, limit, ref layout))
            {
                // A printed hearing record: its layout is the record's own (the scan of the lines above is let go).
                layout.ScannedStart = layout.ScannedEnd = -1;
                layout.ScannedFound = false;
                return;
            }

            int copy = EarlierCopy(text, lines, ref firstOfLength, count, start, end);
            var kind = Classify(text, start, end, maxLabelLength, ref recurrenceChecks, ref prose, copy < 0 ? default : lines.Slice(copy, 1),
                out bool chromeKnown, out var chrome, out bool scanIsWhole, out layout.ScannedFound, out layout.ScannedMatch);

            // A scan that did not look for a name alone on its line is not the scan the reader would make: it is not kept.
            layout.ScannedStart = scanIsWhole ? start : -1;
            layout.ScannedEnd = scanIsWhole ? end : -1;
            lines[count++] = new HeaderLine
            {
                Start = start,
                End = end,
                Kind = kind,
                BlankBefore = blank,
                ChromeKnown = chromeKnown,
                Chrome = chrome,
                LabelShaped = layout.ScannedFound && layout.ScannedMatch.Style is not LabelStyle.OwnLine,
            };
            blank = false;
            if (kind is LineKind.Label or LineKind.Annotation)
            {
                firstBody = count - 1;
                break;
            }
        }

        if (count == 0)
        {
            return;
        }

        if (count > 0 && position >= text.Length)
        {
            lines[count - 1].BlankAfter = true;
        }

        lines = lines[..count];
        MarkWrappedProse(text, lines);
        MarkNotices(text, lines);
        foreach (ref readonly var line in lines)
        {
            bool notice = line.NoticeInContext && line.Kind == LineKind.Notice;
            if ((line.ChromeKnown || notice) && layout.KnownChromeCount < KnownChromeLines.Capacity)
            {
                // (Field by field: a whole entry built aside and copied in is written and read back in parts that differ.)
                ref var known = ref layout.KnownChrome[layout.KnownChromeCount++];
                known.Start = line.Start;
                known.End = line.End;
                known.Kind = notice ? ChromeKind.Notice : line.Chrome;
            }
        }

        MarkRosters(text, lines);
        int title = FindTitle(text, lines, firstBody, out int titlePrefix);
        if (title >= 0)
        {
            layout.TitleLineStart = lines[title].Start;
            layout.TitleStart = lines[title].Start + titlePrefix;
            layout.TitleEnd = lines[title].End;
            var titleLine = text[layout.TitleStart..layout.TitleEnd];
            int aired = AiredTag(titleLine);
            if (aired > 0)
            {
                // The air-time tag after CNN's headline is furniture, not title.
                layout.TitleEnd = layout.TitleStart + aired;
            }
        }

        // The first turn's line was scanned for its label as it was classified: the teaser test reads that scan again
        // rather than scanning the line again, when the scan looked as far as the teaser test does.
        var turn = new FirstTurnScan
        {
            Known = firstBody >= 0 && maxLabelLength == TeaserLabelLength && layout.ScannedStart == lines[firstBody].Start && layout.ScannedEnd == lines[firstBody].End,
            Found = layout.ScannedFound,
            Match = layout.ScannedMatch,
        };
        int body = FindBody(text, lines, title, firstBody, in turn);
        if (body < 0 && position < text.Length)
        {
            // The header window ended without a body: the body starts after it.
            layout.BodyStart = LabelScanner.SkipSpaces(text, position);
        }

        if (body >= 0)
        {
            layout.BodyStart = lines[body].Start;
            layout.BodyOpensWithLabel = lines[body].Kind == LineKind.Label && text[lines[body].Start..lines[body].End].IndexOf(':') >= 0;

            // A teaser between the title and the furniture that precedes the body is the summary; a line in capitals
            // that ends with a colon ("TRUMP PRESIDENCY & 115TH CONGRESS:") heads a section and is not one.
            for (int i = title + 1; i < body && title >= 0; i++)
            {
                if (lines[i].Kind == LineKind.Prose && !IsSectionHeadingInCapitals(text, lines[i]))
                {
                    // The summary takes in the lines that wrap it, but not a copy of it (a caption printed again).
                    int last = ParagraphEnd(lines, i, body);
                    if (last > i && IsCopy(text, lines[i], lines[i + 1]))
                    {
                        last = i;
                    }

                    layout.SummaryStart = lines[i].Start;
                    layout.SummaryEnd = lines[last].End;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The index of the first earlier line of the length of [<paramref name="start"/>, <paramref name="end"/>) (modulo 64),
    /// if it holds the same text, or -1; the line, line <paramref name="count"/>, is noted as the first of its length if it
    /// is. One comparison a line at most: a copy of a line other than the first of its length is not found, and is
    /// classified as any other line.
    /// </summary>
    private static int EarlierCopy(ReadOnlySpan<char> text, ReadOnlySpan<HeaderLine> lines, ref FirstLineOfLength firstOfLength, int count, int start, int end)
    {
        int length = end - start;
        ref ushort first = ref firstOfLength[length & (FirstLineOfLength.Lengths - 1)];
        if (first == 0)
        {
            first = (ushort)(count + 1);
            return -1;
        }

        ref readonly var earlier = ref lines[first - 1];
        return earlier.End - earlier.Start == length && text.Slice(earlier.Start, length).SequenceEqual(text.Slice(start, length)) ? first - 1 : -1;
    }

    // copy: the earlier line with the same text, if any (else empty). The tests after those for a label read the text
    // alone: their answer is the copy's.
    private static LineKind Classify(ReadOnlySpan<char> text, int start, int end, int maxLabelLength, ref int recurrenceChecks, ref ProseMemo prose, ReadOnlySpan<HeaderLine> copy,
        out bool chromeKnown, out ChromeKind chrome, out bool scanIsWhole, out bool bodyLabel, out LabelMatch ownLine)
    {
        chromeKnown = false;
        chrome = ChromeKind.None;
        var line = text[start..end];

        // A name alone on its line is a label here only before a paragraph of speech, and nothing else this method does
        // reads such a name: a line before no speech is scanned without the tests for one (the dearest part of the scan
        // of a heading in title case), and that scan finds any other label as the whole scan would. A line with a colon
        // where a label may have one (most turns) is scanned so first, and looks for speech after it only if that scan
        // finds no label; any other line looks first.
        // (The prose memo is read before the test of the text after this line writes it for the next line.)
        bool proseKnown = prose.Start == start && prose.End == end;
        bool lineIsProse = prose.IsProse;
        bool speechAfter;
        if (line[..Math.Min(line.Length, maxLabelLength)].Contains(':'))
        {
            bodyLabel = LabelScanner.TryScan(line, maxLabelLength, LabelScanner.Strictness.Body, out ownLine, ownLineNames: false);
            speechAfter = !bodyLabel && IsSpeechParagraphAfter(text, end, ref prose);
            if (speechAfter)
            {
                bodyLabel = LabelScanner.TryScan(line, maxLabelLength, LabelScanner.Strictness.Body, out ownLine);
            }
        }
        else
        {
            speechAfter = IsSpeechParagraphAfter(text, end, ref prose);

            // Where no name alone on its line counts, most headings and sentences open in a way no label does: the
            // reader's own quick test rules them out before the scan is called.
            if (speechAfter || !LabelScanner.CannotStartBodyLabel(line, maxLabelLength))
            {
                bodyLabel = LabelScanner.TryScan(line, maxLabelLength, LabelScanner.Strictness.Body, out ownLine, ownLineNames: speechAfter);
            }
            else
            {
                bodyLabel = false;
                ownLine = default;
            }
        }

        scanIsWhole = speechAfter || bodyLabel;
        if (bodyLabel && ownLine.Style == LabelStyle.OwnLine
            && speechAfter && Recurs(text, end, line[ownLine.LabelStart..ownLine.LabelEnd], ref recurrenceChecks, ownLine: true))
        {
            // A name alone on its line that stands alone again later ("Ira Glass"): the speech follows it.
            return LineKind.Label;
        }

        // The header grammar only turns away more than the body's does, and never reads a name alone on its line:
        // a line the body scan rejects, or reads as such a name, needs no second scan.
        if (bodyLabel && ownLine.Style != LabelStyle.OwnLine
            && LabelScanner.TryScanHeaderAfterBody(line, maxLabelLength, in ownLine, out var label) && label.Style != LabelStyle.OwnLine)
        {
            // A name in mixed case before a colon is a label only if the page uses it again ("Jen Psaki:"), not a
            // title such as "Keith Richards: The 'Fresh Air' Interview", or if only a time stamp follows its colon, as no
            // title's does ("Jen Psaki: (00:22)").
            if (label.Style is not (LabelStyle.MixedCase or LabelStyle.Hearing or LabelStyle.QuestionAnswer)
                || (label.Style == LabelStyle.MixedCase && label.TextStart < line.Length && LabelScanner.IsTimeStampAlone(line[label.TextStart..]))
                || Recurs(text, end, line[label.LabelStart..label.LabelEnd], ref recurrenceChecks, ownLine: false))
            {
                return LineKind.Label;
            }
        }

        if (!copy.IsEmpty)
        {
            // (The copy is no label: the header would have ended there.)
            chromeKnown = copy[0].ChromeKnown;
            chrome = copy[0].Chrome;
            return copy[0].Kind;
        }

        if (LabelScanner.TryReadTimePrefix(line, out _, out _, out _))
        {
            return LineKind.Prose;
        }

        if (line[0] is '(' or '[')
        {
            int close = AnnotationScanner.FindEnd(line, 0, maxLabelLength);

            // A telephone number in parentheses ("(Sundays: (202) 885-4200)") is contact furniture, classified below.
            if (close > 0 && (close == line.Length || LabelScanner.TryScan(line[close..], maxLabelLength, LabelScanner.Strictness.Body, out _))
                && !ChromeScanner.HasPhoneNumber(line[1..(close - 1)]))
            {
                // A cue starts the body; a sentence in parentheses ("(Below is a lightly edited transcript.)") is a notice.
                var contents = line[1..(close - 1)];
                bool cue = AnnotationScanner.Classify(contents) != AnnotationKind.Other || !HasLowerCaseWord(contents) || close < line.Length;
                return cue && ChromeScanner.Classify(line) != ChromeKind.Notice ? LineKind.Annotation : LineKind.Notice;
            }
        }

        if (IsTranscriptHeading(line))
        {
            // A bare "Transcript" heading separates an article from its transcript: the article is body too.
            return LineKind.Chrome;
        }

        if (ChromeScanner.IsStoryEnd(line))
        {
            // The end of the first story's excerpt on a page of several stories.
            return LineKind.StoryEnd;
        }

        chromeKnown = true;
        chrome = ChromeScanner.Classify(line);
        return chrome switch
        {
            ChromeKind.Navigation => LineKind.Navigation,
            ChromeKind.Notice => LineKind.Notice,
            ChromeKind.AirDate => LineKind.Date,
            ChromeKind.None => (proseKnown ? lineIsProse : IsProse(line)) ? LineKind.Prose : IsHeading(line[TitlePrefixLength(line)..]) ? LineKind.TitleLike : LineKind.Chrome,
            _ => LineKind.Chrome,
        };
    }

    /// <summary>Whether a blank line, then a paragraph of speech, follows the line that ends at <paramref name="end"/>.</summary>
    internal static bool IsSpeechParagraphAfter(ReadOnlySpan<char> text, int end, ref ProseMemo prose)
    {
        int breaks = 0;
        int i = end;
        int lineStart = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            if (text[i] == '\n')
            {
                breaks++;
            }

            if (text[i] is '\n' or '\r')
            {
                lineStart = i + 1;
            }

            i++;
        }

        if (breaks < 2 || i >= text.Length)
        {
            return false;
        }

        int lineEnd = text[i..].IndexOfAny(StructuralChars.LineBreaks);
        var next = (lineEnd < 0 ? text[i..] : text.Slice(i, lineEnd)).TrimEnd();
        if (next.IsEmpty)
        {
            return false;
        }

        prose = new ProseMemo { Start = i, End = i + next.Length, IsProse = IsProse(next), LineStart = lineStart, LineEnd = lineEnd < 0 ? text.Length : i + lineEnd };
        return prose.IsProse;
    }

    /// <summary>Whether the label appears again at the start of a later line; looks only a few times per text.</summary>
    internal static bool Recurs(ReadOnlySpan<char> text, int from, ReadOnlySpan<char> label, ref int checks, bool ownLine) =>
        Recurs(text, from, label, ref checks, ownLine, out _);

    /// <summary>
    /// Whether the label appears again at the start of a later line, and where (<paramref name="recurrence"/>, an
    /// index in <paramref name="text"/>; -1 when it does not); looks only a few times per text.
    /// </summary>
    internal static bool Recurs(ReadOnlySpan<char> text, int from, ReadOnlySpan<char> label, ref int checks, bool ownLine, out int recurrence)
    {
        recurrence = -1;
        if (++checks > 16 || label.IsEmpty)
        {
            return false;
        }

        var rest = text[from..];
        int at = 0;

        // The line that holds the label, trimmed: found once, when a recurrence long enough to copy it is met.
        int ownStart = -1;
        while (at < rest.Length)
        {
            int found = rest[at..].IndexOf(label, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            found += at;
            int before = found - 1;
            while (before >= 0 && rest[before] is ' ' or '\t')
            {
                before--;
            }

            int after = found + label.Length;
            while (after < rest.Length && rest[after] is ' ')
            {
                after++;
            }

            bool atLineStart = before < 0 || rest[before] is '\n' or '\r';

            // A repeated copy of the whole line (a title shown twice) is not a second use of a label.
            int lineEnd = rest[found..].IndexOfAny(StructuralChars.LineBreaks);
            var again = (lineEnd < 0 ? rest[found..] : rest.Slice(found, lineEnd)).Trim();
            if (again.Length > label.Length + 2 && ownStart < 0)
            {
                // (The line's last char, before from, is no break: the search for the break before the line starts before it.)
                ownStart = from > 0 ? text[..(from - 1)].LastIndexOfAny(StructuralChars.LineBreaks) + 1 : 0;
            }

            if (again.Length > label.Length + 2 && text[ownStart..from].Trim().SequenceEqual(again))
            {
                at = found + label.Length;
                continue;
            }

            bool labelEnds = ownLine ? after >= rest.Length || rest[after] is '\n' or '\r' : after < rest.Length && rest[after] is ':' or '(' or '.';
            if (atLineStart && labelEnds)
            {
                recurrence = from + found;
                return true;
            }

            at = found + label.Length;
        }

        return false;
    }

    /// <summary>A sentence or paragraph rather than a heading.</summary>
    private static bool IsProse(ReadOnlySpan<char> line)
    {
        // CNN's headline line ends with its air time: "...; Christmas Sees Busiest Airport Travel. Aired 10:30-11a ET".
        // (Only a line that reads as prose is searched for the tag.)
        return ReadsAsProse(line) && AiredTag(line) <= 0;
    }

    /// <summary><see cref="IsProse"/>, but for the air-time tag.</summary>
    private static bool ReadsAsProse(ReadOnlySpan<char> line)
    {
        if (line.Length > 240)
        {
            return true;
        }

        int words = 1 + line.Count(' ');

        char last = line[^1];
        if (last is '"' or '\u201D' or '\'' or '\u2019' && line.Length > 1)
        {
            // A quoted title ends with its quote; a quoted sentence ends with punctuation before it.
            last = line[^2];
            if (last is not ('.' or ',' or '!' or '?'))
            {
                return words > 30;
            }
        }

        if (last == ')' && words >= 3 && SentenceEndBeforeNote(line) is '.' or '!' or '?')
        {
            // A sentence with a note in parentheses after it ("... named captain of the year. (Rebroadcast from 2007)").
            return true;
        }

        if (last == '.' && words >= 3)
        {
            // A sentence of three words or more is prose whatever the case of its words: the test below would only
            // say so again.
            return true;
        }

        if (last is '.' or '?' or '!' && words >= 2 && HasLowerCaseWord(line))
        {
            // "We arrive." is speech; "Act One. Don't I Know You." is a heading (every word capitalised).
            return last == '.' || words >= 3 && LowerCaseWordsOutnumber(line);
        }

        return (last is '.' or ',' or ';' or ':' or '\u2026' && words >= 3) || words > 30;
    }

    /// <summary>
    /// Where the air-time tag that ends CNN's headline line starts (". Aired 10:30-11a ET", within its last 30 chars),
    /// or -1. Only the line's end is searched: a tag further back is not the line's end.
    /// </summary>
    private static int AiredTag(ReadOnlySpan<char> line)
    {
        const string Aired = ". Aired ";
        const int Reach = 29;
        int tail = Math.Max(0, line.Length - Reach);
        int aired = line[tail..].LastIndexOf(Aired, StringComparison.Ordinal);
        return aired < 0 ? -1 : tail + aired;
    }

    private static bool HasLowerCaseWord(ReadOnlySpan<char> line)
    {
        bool start = true;
        foreach (char c in line)
        {
            if (start && char.IsLower(c))
            {
                return true;
            }

            start = c == ' ';
        }

        return false;
    }

    private static bool LowerCaseWordsOutnumber(ReadOnlySpan<char> line)
    {
        int lower = 0, upper = 0;
        bool start = true;
        foreach (char c in line)
        {
            if (start && char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    lower++;
                }
                else
                {
                    upper++;
                }
            }

            start = c == ' ';
        }

        return lower > upper;
    }

    /// <summary>A line that could be a title: it starts as titles do and is not a fragment of a field or list.</summary>
    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        char first = line[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '\'' or '\u2018' or '\u201C' or '¿' or '¡') && !char.IsSurrogate(first))
        {
            return false;
        }

        return line[^1] != ':' && (HasLetters(line, 3) || IsNumberedEpisode(line));
    }

    /// <summary>An episode's number, a colon and its name, which may be a number too: "786: It's a Game Show!", "500: 500!".</summary>
    private static bool IsNumberedEpisode(ReadOnlySpan<char> line)
    {
        int digits = line.IndexOfAnyExceptInRange('0', '9');
        return digits is > 0 and <= 4 && line[digits..].StartsWith(": ", StringComparison.Ordinal) && line.Length > digits + 2;
    }

    /// <summary>Lines hard-wrapped in the middle of a sentence are prose, not headings.</summary>
    private static void MarkWrappedProse(ReadOnlySpan<char> text, Span<HeaderLine> lines)
    {
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            char next = text[lines[i + 1].Start];
            char last = text[lines[i].End - 1];

            // Captions are wrapped even across blank lines: a line with no sentence end, then words in lower case (or,
            // inside a wrap, a number: "meets in" / "2019. The ...").
            if (lines[i + 1].BlankBefore && (last is '.' or '?' or '!' || lines[i].Kind is not (LineKind.TitleLike or LineKind.Prose) || Words(text, ref lines[i + 1]) < 4))
            {
                continue;
            }

            if ((char.IsLower(next) || (char.IsAsciiDigit(next) && lines[i].Kind == LineKind.Prose)) && lines[i].Kind is LineKind.TitleLike or LineKind.Prose)
            {
                lines[i].Kind = LineKind.Prose;
                if (lines[i + 1].Kind is LineKind.TitleLike or LineKind.Chrome)
                {
                    lines[i + 1].Kind = LineKind.Prose;
                }
            }
        }
    }

    /// <summary>
    /// Sentences of the header that speak of the transcript or its rights are notices, and so are the hard-wrapped
    /// lines that continue a notice's sentence ("Copyright 2016 ... All materials herein are protected by ... copyright
    /// law" / "and may not be reproduced ...").
    /// </summary>
    private static void MarkNotices(ReadOnlySpan<char> text, Span<HeaderLine> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Kind is not (LineKind.Prose or LineKind.TitleLike))
            {
                continue;
            }

            var line = text[lines[i].Start..lines[i].End];
            // (A heading may name the law: only a sentence, mostly in lower case, is a notice. The words are looked
            // for before their case is weighed: that search is the quicker test.)
            if (lines[i].Kind == LineKind.Prose ? ChromeScanner.HasNoticeWords(line) : Words(text, ref lines[i]) >= 8 && ChromeScanner.HasNoticeWords(line) && LowerCaseWordsOutnumber(line))
            {
                lines[i].Kind = LineKind.Notice;
                lines[i].NoticeInContext = true;
                continue;
            }

            if (i == 0)
            {
                continue;
            }

            // A sentence cut at a word or a comma continues on the next line; a short notice ("Copyright 2019 NPR") does not.
            char last = text[lines[i - 1].End - 1];
            if (lines[i - 1].Kind == LineKind.Notice && (char.IsLetterOrDigit(last) || last == ',')
                && Words(text, ref lines[i - 1]) >= 6 && (!lines[i].BlankBefore || char.IsLower(line[0])))
            {
                lines[i].Kind = LineKind.Notice;
                lines[i].NoticeInContext = true;
            }
        }
    }

    /// <summary>
    /// A roster heading ("SPEAKERS: GEORGE STEPHANOPOULOS, ABC HOST", "GUESTS: ...") and the entries under it (lines
    /// that wrap it, or that open with a name in capitals) are furniture: the roster names speakers, it is not a turn.
    /// </summary>
    private static void MarkRosters(ReadOnlySpan<char> text, Span<HeaderLine> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            var line = text[lines[i].Start..lines[i].End];
            // The line is trimmed: its first char opens the heading, if it has one (a char outside ASCII may equal an
            // ASCII one ignoring case, so is not ruled out).
            char first = line[0];
            if (lines[i].Kind is LineKind.Label or LineKind.Annotation || (first < 0x80 && !Conventions.RosterHeadingOpenings.Contains(first)))
            {
                continue;
            }

            int colon = line.IndexOf(':');
            if (colon <= 0 || !Conventions.Contains(Conventions.RosterHeadings, line[..colon].Trim()))
            {
                continue;
            }

            lines[i].Kind = LineKind.Roster;
            while (i + 1 < lines.Length && lines[i + 1].Kind is LineKind.Chrome or LineKind.TitleLike or LineKind.Prose
                && (!lines[i + 1].BlankBefore || OpensWithCapitalName(text[lines[i + 1].Start..lines[i + 1].End])))
            {
                lines[++i].Kind = LineKind.Roster;
            }
        }

        // With no heading, a paragraph of two lines or more that each name a guest and say what they do is a roster too.
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            if ((i > 0 && !lines[i].BlankBefore) || lines[i + 1].BlankBefore)
            {
                continue;
            }

            int last = i;
            while (last + 1 < lines.Length && !lines[last + 1].BlankBefore)
            {
                last++;
            }

            bool entries = true;
            for (int j = i; j <= last && entries; j++)
            {
                entries = lines[j].Kind is LineKind.Chrome or LineKind.TitleLike or LineKind.Prose && IsGuestEntry(text[lines[j].Start..lines[j].End]);
            }

            for (int j = i; j <= last && entries; j++)
            {
                lines[j].Kind = LineKind.Roster;
            }

            i = last;
        }
    }

    /// <summary>
    /// A guest's entry in a list of guests: a name of two or three capitalised words, a comma, then what the guest
    /// does in lower case, not ending as a sentence does ("Paul Saffo, managing director of foresight, Discern Analytics").
    /// </summary>
    private static bool IsGuestEntry(ReadOnlySpan<char> line)
    {
        if (line.Length > 160 || line[^1] is '.' or '?' or '!' or ':')
        {
            return false;
        }

        int comma = line.IndexOf(',');
        if (comma <= 0 || comma + 2 >= line.Length || line[comma + 1] != ' ' || !char.IsLower(line[comma + 2]))
        {
            return false;
        }

        int words = 0;
        int position = 0;
        var name = line[..comma];
        while (TextWords.Next(name, ref position, out var word, ' ', ' '))
        {
            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (char c in word)
            {
                if (!char.IsLetter(c) && c is not ('.' or '-' or '\'' or '\u2019'))
                {
                    return false;
                }
            }

            words++;
        }

        return words is 2 or 3;
    }

    /// <summary>A roster entry opens with a name in capitals, perhaps after a title: "KAREN TUMULTY ...", "Senator MITCH McCONNELL ...".</summary>
    private static bool OpensWithCapitalName(ReadOnlySpan<char> line)
    {
        if (line.Length > 160)
        {
            return false;
        }

        int position = 0;
        if (!TextWords.Next(line, ref position, out var word, ' ', ' '))
        {
            return false;
        }

        if (Conventions.Contains(Conventions.Honorifics, word) || Conventions.Contains(Conventions.HearingHonorifics, word))
        {
            if (!TextWords.Next(line, ref position, out word, ' ', ' '))
            {
                return false;
            }
        }

        int capitals = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c) && !(c == 'c' && capitals == 1))
            {
                return false;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2;
    }

    // titlePrefix: the length of the prefix before the title on its line (TitlePrefixLength of the line), found as the
    // title is chosen.
    private static int FindTitle(ReadOnlySpan<char> text, Span<HeaderLine> lines, int firstBody, out int titlePrefix)
    {
        // Markdown front matter states the title: "---" / "title: ..." / "---".
        if (text[lines[0].Start..lines[0].End].SequenceEqual("---"))
        {
            for (int i = 1; i < lines.Length && !text[lines[i].Start..lines[i].End].SequenceEqual("---"); i++)
            {
                titlePrefix = TitlePrefixLength(text[lines[i].Start..lines[i].End]);
                if (titlePrefix > 0)
                {
                    return i;
                }
            }
        }

        int end = firstBody < 0 ? lines.Length : firstBody;
        int best = -1, bestScore = int.MinValue;
        titlePrefix = 0;
        bool first = true;
        int start = AfterLivePlayer(text, lines, end);
        for (int i = start; i < end; i++)
        {
            bool dateLine = lines[i].Kind == LineKind.Date;
            if ((lines[i].Kind != LineKind.TitleLike && !dateLine) || lines[i].Glued || !(StandsAlone(lines, i) || HeadsTheText(text, lines, i) || IsSetInCapitals(text, lines, i)))
            {
                continue;
            }

            var line = text[lines[i].Start..lines[i].End];
            int prefix = TitlePrefixLength(line);
            line = line[prefix..];
            int score = 0;

            // (A heading of fewer than four words counts as repeated nowhere: its words, counted once per line, are
            // counted before the other lines are searched for it.)
            bool repeated = dateLine
                ? i > 0 && text[lines[0].Start..lines[0].End].StartsWith(line, StringComparison.Ordinal) && lines[0].End - lines[0].Start > line.Length
                : (prefix == 0 ? Words(text, ref lines[i]) : WordCount(line)) >= 4 && IsRepeated(text, lines, i, line);
            if (dateLine && !repeated)
            {
                // A date is the title only on pages that name the episode by it ("18/05/2014 The Andrew Marr Show").
                continue;
            }

            if (!repeated && firstBody < 0 && i == lines.Length - 1 && HasParagraphOfProse(text, lines[start..i]))
            {
                // After paragraphs of text, a last line that stops short is the text cut off, not a title.
                continue;
            }

            if (repeated)
            {
                score += 4;
            }

            if (NearDate(lines, i))
            {
                score += 2;
            }

            if (IsShortCapitals(line))
            {
                score -= 2;
            }

            if (first)
            {
                score += 1;
                first = false;
            }

            // Short headings are sections ("Around the Nation") or names more often than titles.
            if ((prefix == 0 ? Words(text, ref lines[i]) : WordCount(line)) <= 3 && !repeated)
            {
                score -= 2;
            }

            if (score > bestScore)
            {
                best = i;
                bestScore = score;
                titlePrefix = prefix;
            }
        }

        return best;
    }

    /// <summary>A bare "Transcript" or "Transcripts" heading, in any case.</summary>
    private static bool IsTranscriptHeading(ReadOnlySpan<char> line) =>
        // (The lengths are compared first: the comparisons ignoring case are calls.)
        line.Length is 10 or 11 && (line.Equals("Transcript", StringComparison.OrdinalIgnoreCase) || line.Equals("Transcripts", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether one of the lines is prose long enough to be the text itself: a dozen words or more, ending a sentence.</summary>
    private static bool HasParagraphOfProse(ReadOnlySpan<char> text, Span<HeaderLine> lines)
    {
        foreach (ref var line in lines)
        {
            if (line.Kind == LineKind.Prose && text[line.End - 1] is '.' or '?' or '!' && Words(text, ref line) >= 12)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first line after a station page's live player ("Play Live Radio"): what stands above the player is the
    /// station's masthead (its name, motto, frequencies or copyright), never the story's title.
    /// </summary>
    private static int AfterLivePlayer(ReadOnlySpan<char> text, ReadOnlySpan<HeaderLine> lines, int end)
    {
        // The masthead tops the page: a player after the first paragraph belongs to a later story.
        for (int i = 0; i < end && lines[i].Kind is not (LineKind.Prose or LineKind.StoryEnd); i++)
        {
            if (lines[i].Kind == LineKind.Navigation && Conventions.Contains(Conventions.LivePlayerLines, text[lines[i].Start..lines[i].End]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool NearDate(ReadOnlySpan<HeaderLine> lines, int i)
    {
        for (int j = Math.Max(0, i - 2); j <= Math.Min(lines.Length - 1, i + 2); j++)
        {
            if (j != i && lines[j].Kind == LineKind.Date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short line in capitals is a program or section name more often than a title.</summary>
    private static bool IsShortCapitals(ReadOnlySpan<char> line)
    {
        return HasLetters(line, 1) && !HasLowerCase(line) && WordCount(line) <= 4;
    }

    /// <summary>
    /// The text's first line is a heading over the paragraph right under it when it is short and the paragraph is long:
    /// "The World and Everything in It: November 3, 2022" then a summary of a dozen words or more.
    /// </summary>
    private static bool HeadsTheText(ReadOnlySpan<char> text, Span<HeaderLine> lines, int i) =>
        i == 0 && lines.Length > 1 && !lines[1].BlankBefore && lines[1].Kind == LineKind.Prose
        && Words(text, ref lines[0]) <= 12 && Words(text, ref lines[1]) >= 12;

    /// <summary>A heading stands alone: blank lines around it, or only furniture next to it.</summary>
    private static bool StandsAlone(ReadOnlySpan<HeaderLine> lines, int i)
    {
        bool before = lines[i].BlankBefore || i == 0 || lines[i - 1].Kind is LineKind.Chrome or LineKind.Navigation or LineKind.Date;
        bool after = lines[i].BlankAfter || i + 1 >= lines.Length || lines[i + 1].Kind is LineKind.Chrome or LineKind.Navigation or LineKind.Date or LineKind.Label or LineKind.Annotation
            || (lines[i + 1].LabelShaped && i + 2 < lines.Length && !lines[i + 2].BlankBefore && (lines[i + 2].LabelShaped || lines[i + 2].Kind == LineKind.Label));
        return before && after;
    }

    /// <summary>
    /// The text's first line, a heading of five words or more in capitals over lines in mixed case, is set apart by its
    /// case as a blank line would set it apart: "BACKGROUND PRESS BRIEFING BY A SENIOR ADMINISTRATION OFFICIAL ..." over
    /// "James S. Brady Press Briefing Room".
    /// </summary>
    private static bool IsSetInCapitals(ReadOnlySpan<char> text, ReadOnlySpan<HeaderLine> lines, int i)
    {
        if (i != 0 || lines.Length < 2 || lines[1].BlankBefore)
        {
            return false;
        }

        var line = text[lines[0].Start..lines[0].End];
        return WordCount(line) >= 5 && !HasLowerCase(line) && HasLowerCase(text[lines[1].Start..lines[1].End]);
    }

    /// <summary>Whether the line holds a letter in lower case.</summary>
    internal static bool HasLowerCase(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another header line repeats this one or holds it (a breadcrumb, npr.org's first line).</summary>
    private static bool IsRepeated(ReadOnlySpan<char> text, ReadOnlySpan<HeaderLine> lines, int self, ReadOnlySpan<char> line)
    {
        if (line.Length < 8)
        {
            return false;
        }

        for (int j = 0; j < lines.Length; j++)
        {
            if (j == self)
            {
                continue;
            }

            var other = text[lines[j].Start..lines[j].End];
            if (other.Length < line.Length)
            {
                continue;
            }

            // Equal, or at the start or the end of the other line, at a word boundary.
            if (other.StartsWith(line, StringComparison.Ordinal) && (other.Length == line.Length || !char.IsLetterOrDigit(other[line.Length])))
            {
                return true;
            }

            if (other.EndsWith(line, StringComparison.Ordinal))
            {
                int before = other.Length - line.Length - 1;
                if (before < 0 || !char.IsLetterOrDigit(other[before]) || char.IsLower(other[before]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int FindBody(ReadOnlySpan<char> text, Span<HeaderLine> lines, int title, int firstBody, in FirstTurnScan turn)
    {
        // The body starts after the title, and after any player controls, notice or date line between the title and
        // the first turn (a teaser before them is the summary). Headings after the title (sections, captions) and
        // paragraphs that repeat an earlier line or the first turn's words are furniture.
        int end = firstBody < 0 ? lines.Length : firstBody;
        int after = title;
        bool prose = false;
        for (int i = title + 1; i < end; i++)
        {
            if (lines[i].Kind == LineKind.StoryEnd)
            {
                // What follows belongs to the next story on the page.
                break;
            }

            prose |= lines[i].Kind == LineKind.Prose && Words(text, ref lines[i]) >= 12;
            if (prose && lines[i].Kind == LineKind.Navigation && ChromeScanner.IsOnlyTimes(text[lines[i].Start..lines[i].End]))
            {
                // Clock lines between paragraphs of captions ("5:01 pm") mark the time of the text, they do not end a header.
                continue;
            }

            // Without a title no article stands above a bare "Transcript" heading: what does is the page's own text
            // (a program's description), and the transcript starts under the heading.
            if (lines[i].Kind is LineKind.Navigation or LineKind.Notice or LineKind.Date or LineKind.Roster || (title >= 0 && HoldsTitle(text, lines[i], lines[title]))
                || (title < 0 && lines[i].Kind == LineKind.Chrome && IsTranscriptHeading(text[lines[i].Start..lines[i].End])))
            {
                after = i;
            }
        }

        for (int i = after + 1; i < lines.Length; i++)
        {
            // A long line with no sentence end is a caption cut short rather than a heading.
            if (lines[i].Kind is LineKind.Label or LineKind.Annotation)
            {
                return i;
            }

            if (lines[i].Kind == LineKind.TitleLike && Words(text, ref lines[i]) >= 8)
            {
                return AfterTeaser(text, lines, i, firstBody, in turn);
            }

            if (lines[i].Kind == LineKind.Prose && IsSectionHeadingInCapitals(text, lines[i]) && i + 1 < lines.Length && lines[i + 1].Kind != LineKind.Prose)
            {
                // A heading over more furniture; over a paragraph it may be a label the grammar turned down, and speech.
                continue;
            }

            if (lines[i].Kind == LineKind.Prose)
            {
                // A paragraph the next line repeats is a teaser and its caption printed twice, as a repeated one is.
                if (!RepeatsEarlierText(text, lines, i, firstBody) && !(i + 1 < lines.Length && IsCopy(text, lines[i], lines[i + 1])))
                {
                    return AfterTeaser(text, lines, i, firstBody, in turn);
                }

                // The lines that wrap a repeated paragraph are furniture with it.
                while (i + 1 < lines.Length && !lines[i + 1].BlankBefore && lines[i + 1].Kind is not (LineKind.Label or LineKind.Annotation))
                {
                    i++;
                }
            }
        }

        // No sentence after the title: the body starts at the first line that is not furniture.
        for (int i = after + 1; i < lines.Length; i++)
        {
            if (lines[i].Kind == LineKind.TitleLike)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The last line of the paragraph that starts at line <paramref name="first"/>, not beyond line <paramref name="limit"/>.</summary>
    private static int ParagraphEnd(ReadOnlySpan<HeaderLine> lines, int first, int limit)
    {
        int last = first;
        while (last + 1 < lines.Length && last + 1 < limit && !lines[last + 1].BlankBefore && lines[last + 1].Kind is LineKind.Prose or LineKind.TitleLike or LineKind.Chrome)
        {
            last++;
        }

        return last;
    }

    /// <summary>
    /// Whether the one paragraph between the header's furniture and the first labelled turn is a teaser that describes
    /// the program rather than speech: sentences that speak of people in the third person only (no "I", "we", "you",
    /// no greeting), a dozen words or more, and does not introduce the speaker whose surname labels the turn after it ("... WPSU's Kris
    /// Allen" / "ALLEN: ..." is a spoken introduction). A paragraph after a notice such as "This is a rush transcript"
    /// is taken as the transcript it announces, unless it opens as a description of the program does ("In the
    /// interview, ...").
    /// </summary>
    private static int AfterTeaser(ReadOnlySpan<char> text, Span<HeaderLine> lines, int first, int firstBody, in FirstTurnScan turn)
    {
        int last = ParagraphEnd(lines, first, firstBody);
        // A notice announces the transcript; a photo credit, a notice too, announces nothing.
        if (firstBody < 0 || first == 0 || lines[firstBody].Kind is not (LineKind.Label or LineKind.Annotation)
            || (lines[first - 1].Kind == LineKind.Notice && Conventions.StartsWithAny(Conventions.DescriptionOpenings, text[lines[first].Start..lines[first].End]) == 0
                && !ChromeScanner.IsPhotoCredit(text[lines[first - 1].Start..lines[first - 1].End])))
        {
            return first;
        }

        if (lines[firstBody].Kind == LineKind.Annotation)
        {
            // A cue may stand between the teaser and the first turn ("[music]"): the teaser is the summary when the line
            // after the cue opens a turn, and the body starts at the cue.
            var next = LineAfter(text, lines[firstBody].End);
            return firstBody == last + 1 && !lines[first].LabelShaped && !next.IsEmpty && IsTeaser(text, lines, first, last, next, default) ? firstBody : first;
        }

        if (firstBody == last + 1)
        {
            return IsTeaser(text, lines, first, last, firstBody, in turn) ? firstBody : first;
        }

        // A bare "Transcript" heading may stand between the teaser and the first turn: one paragraph above it is the
        // story's teaser, not an article.
        if (firstBody == last + 2 && lines[last + 1].Kind == LineKind.Chrome && IsTranscriptHeading(text[lines[last + 1].Start..lines[last + 1].End]))
        {
            return IsTeaser(text, lines, first, last, firstBody, in turn) ? firstBody : first;
        }

        // The host's unlabelled opening may stand between the teaser and the first turn: one paragraph that speaks.
        int opening = last + 1;
        if (lines[opening].BlankBefore && lines[opening].Kind == LineKind.Prose && ParagraphEnd(lines, opening, firstBody) + 1 == firstBody
            && IsSpoken(text[lines[opening].Start..lines[firstBody - 1].End]) && IsTeaser(text, lines, first, last, firstBody, in turn))
        {
            return opening;
        }

        return first;
    }

    private static bool IsSpoken(ReadOnlySpan<char> paragraph) =>
        TextWords.HasPersonalWord(paragraph) || Conventions.StartsWithAny(Conventions.SpokenOpenings, paragraph) > 0;

    /// <summary>A line in capitals that ends with a colon and heads a section ("TRUMP PRESIDENCY &amp; 115TH CONGRESS:"): not a sentence.</summary>
    private static bool IsSectionHeadingInCapitals(ReadOnlySpan<char> text, in HeaderLine line) =>
        text[line.End - 1] == ':' && !text[line.Start..line.End].ContainsAnyInRange('a', 'z');

    /// <summary>The first line with text after <paramref name="end"/> (blank lines skipped), without its break; empty at the text's end.</summary>
    private static ReadOnlySpan<char> LineAfter(ReadOnlySpan<char> text, int end)
    {
        int start = end;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int lineEnd = text[start..].IndexOfAny(StructuralChars.LineBreaks);
        return text[start..(lineEnd < 0 ? text.Length : start + lineEnd)];
    }

    private static bool IsTeaser(ReadOnlySpan<char> text, Span<HeaderLine> lines, int first, int last, int firstBody, in FirstTurnScan firstTurn) =>
        IsTeaser(text, lines, first, last, text[lines[firstBody].Start..lines[firstBody].End], in firstTurn);

    /// <summary>Whether paragraph [<paramref name="first"/>, <paramref name="last"/>] is a teaser before the turn that opens <paramref name="turn"/>.</summary>
    private static bool IsTeaser(ReadOnlySpan<char> text, Span<HeaderLine> lines, int first, int last, ReadOnlySpan<char> turn, in FirstTurnScan firstTurn)
    {
        var paragraph = text[lines[first].Start..lines[last].End];
        char end = SentenceEndBeforeNote(paragraph);
        if (!char.IsUpper(paragraph[0]) || end is not ('.' or '!' or '?') || (first == last ? Words(text, ref lines[first]) : WordCount(paragraph)) < 12 || IsSpoken(paragraph))
        {
            return false;
        }

        LabelMatch label;
        if (firstTurn.Known)
        {
            label = firstTurn.Match;
            if (!firstTurn.Found)
            {
                return false;
            }
        }
        else if (!LabelScanner.TryScan(turn, TeaserLabelLength, LabelScanner.Strictness.Body, out label))
        {
            return false;
        }

        var name = turn[label.NameStart..label.NameEnd];
        return name.IndexOf(' ') >= 0 || !CaseInsensitive.Contains(paragraph, name);
    }

    /// <summary>
    /// The char that ends a paragraph's last sentence: before a closing quote, and before a note in parentheses after
    /// the sentence ("... named captain of the year. (Rebroadcast from December 2007)").
    /// </summary>
    private static char SentenceEndBeforeNote(ReadOnlySpan<char> paragraph)
    {
        if (paragraph.Length > 2 && paragraph[^1] == ')')
        {
            int open = paragraph.LastIndexOf('(');
            var before = open > 0 ? paragraph[..open].TrimEnd() : default;
            if (!before.IsEmpty)
            {
                paragraph = before;
            }
        }

        return paragraph[^1] is '"' or '\u201D' && paragraph.Length > 1 ? paragraph[^2] : paragraph[^1];
    }

    /// <summary>
    /// Whether a paragraph repeats text the page shows elsewhere: the teaser of npr.org's first line, or the words of
    /// the first turn (a summary copied from the transcript).
    /// </summary>
    /// <summary>Whether line <paramref name="b"/> holds the same text as line <paramref name="a"/>, of forty chars or more.</summary>
    private static bool IsCopy(ReadOnlySpan<char> text, in HeaderLine a, in HeaderLine b) =>
        a.End - a.Start >= 40 && b.End - b.Start == a.End - a.Start && text[a.Start..a.End].SequenceEqual(text[b.Start..b.End]);

    private static bool RepeatsEarlierText(ReadOnlySpan<char> text, ReadOnlySpan<HeaderLine> lines, int index, int firstBody)
    {
        var line = text[lines[index].Start..lines[index].End];
        if (line.Length < 40)
        {
            return false;
        }

        var probe = line[..40];
        for (int j = 0; j < index; j++)
        {
            if (text[lines[j].Start..lines[j].End].IndexOf(probe, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        if (firstBody >= 0)
        {
            var turn = text[lines[firstBody].Start..lines[firstBody].End];
            int colon = turn.IndexOf(':');
            if (colon > 0 && turn[(colon + 1)..].TrimStart().StartsWith(probe, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int TitlePrefixLength(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("title:", StringComparison.Ordinal))
        {
            // Front matter: "title: 230531) Grimes used AI..." — the key and an id before the title are furniture.
            int i = LabelScanner.SkipSpaces(line, 6);
            int id = i < line.Length && line[i] == '(' ? i + 1 : i;
            int digits = id;
            while (digits < line.Length && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            if (digits > id && digits < line.Length && line[digits] == ')')
            {
                i = LabelScanner.SkipSpaces(line, digits + 1);
            }

            return i < line.Length ? i : 0;
        }

        foreach (var prefix in TitlePrefixes)
        {
            if (line.Length > prefix.Length + 3 && line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    /// <summary>The word count of a header line, counted once.</summary>
    private static int Words(ReadOnlySpan<char> text, ref HeaderLine line)
    {
        if (line.CountedWords == 0)
        {
            line.CountedWords = WordCount(text[line.Start..line.End]) + 1;
        }

        return line.CountedWords - 1;
    }

    /// <summary>The words of a line, apart by spaces, tabs or no-break spaces.</summary>
    internal static int WordCount(ReadOnlySpan<char> line)
    {
        // Words apart by single spaces (the common case) are the spaces plus one, less a space at either end.
        if (line.IsEmpty)
        {
            return 0;
        }

        int spaces = CountSingleSpaces(line);
        if (spaces >= 0)
        {
            return spaces + 1 - (line[0] == ' ' ? 1 : 0) - (line[^1] == ' ' ? 1 : 0);
        }

        int words = 0;
        int position = 0;
        while (TextWords.Next(line, ref position, out _, ' ', ' '))
        {
            words++;
        }

        return words;
    }

    /// <summary>
    /// The spaces of a line whose words stand apart by single spaces only; -1 when it holds a tab, a no-break space or two
    /// spaces in a row. One vectorised pass asks all of that.
    /// </summary>
    private static int CountSingleSpaces(ReadOnlySpan<char> line)
    {
        int spaces = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(line));
            var space = Vector256.Create((ushort)' ');
            var tab = Vector256.Create((ushort)'\t');
            var noBreak = Vector256.Create((ushort)'\u00A0');
            for (; i + Vector256<ushort>.Count < line.Length; i += Vector256<ushort>.Count)
            {
                var current = Vector256.LoadUnsafe(ref chars, (nuint)i);
                var next = Vector256.LoadUnsafe(ref chars, (nuint)(i + 1));
                var isSpace = Vector256.Equals(current, space);
                var irregular = Vector256.Equals(current, tab) | Vector256.Equals(current, noBreak) | (isSpace & Vector256.Equals(next, space));
                if (irregular != Vector256<ushort>.Zero)
                {
                    return -1;
                }

                spaces += BitOperations.PopCount(isSpace.ExtractMostSignificantBits());
            }
        }

        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(line));
            var space = Vector128.Create((ushort)' ');
            var tab = Vector128.Create((ushort)'\t');
            var noBreak = Vector128.Create((ushort)'\u00A0');

            // Each block is compared with the block one char on, for a space after a space: that block must fit too.
            for (; i + Vector128<ushort>.Count < line.Length; i += Vector128<ushort>.Count)
            {
                var current = Vector128.LoadUnsafe(ref chars, (nuint)i);
                var next = Vector128.LoadUnsafe(ref chars, (nuint)(i + 1));
                var isSpace = Vector128.Equals(current, space);
                var irregular = Vector128.Equals(current, tab) | Vector128.Equals(current, noBreak) | (isSpace & Vector128.Equals(next, space));
                if (irregular != Vector128<ushort>.Zero)
                {
                    return -1;
                }

                spaces += BitOperations.PopCount(isSpace.ExtractMostSignificantBits());
            }
        }

        for (; i < line.Length; i++)
        {
            char c = line[i];
            if (c is '\t' or '\u00A0' || (c == ' ' && i + 1 < line.Length && line[i + 1] == ' '))
            {
                return -1;
            }

            spaces += c == ' ' ? 1 : 0;
        }

        return spaces;
    }

    /// <summary>Whether the line holds at least <paramref name="count"/> letters.</summary>
    internal static bool HasLetters(ReadOnlySpan<char> line, int count)
    {
        int letters = 0;
        foreach (char c in line)
        {
            if (char.IsLetter(c) && ++letters >= count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line repeats the title, alone or with a prefix or suffix ("WORLD Radio - The Title").</summary>
    private static bool HoldsTitle(ReadOnlySpan<char> text, HeaderLine line, HeaderLine title)
    {
        var candidate = text[line.Start..line.End];
        var heading = text[title.Start..title.End];
        return heading.Length >= 8 && candidate.Length < heading.Length + 40 && candidate.IndexOf(heading, StringComparison.Ordinal) >= 0;
    }
}
