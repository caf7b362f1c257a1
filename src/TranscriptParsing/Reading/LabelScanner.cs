using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TranscriptParsing.Reading;

/// <summary>Where a label found by <see cref="LabelScanner"/> lies; every index is relative to the scanned line.</summary>
/// <remarks>
/// Padded from 60 bytes to 64: a copy is then made in two blocks that do not overlap, and a match read back just after
/// it was copied (a label recalled, then kept as the last scan) is read from the same two blocks as were written.
/// Two overlapping blocks would make the read wait until the writes had landed.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Size = 64)]
internal struct LabelMatch
{
    /// <summary>The first char of the label's region: the caption marker or time stamp when there is one.</summary>
    public int RegionStart;

    /// <summary>The label exactly as written: honorific, name, role suffix and parenthesised parts, no time stamp.</summary>
    public int LabelStart, LabelEnd;

    /// <summary>The honorific ("Mr."), empty when none.</summary>
    public int HonorificStart, HonorificEnd;

    /// <summary>The person's name.</summary>
    public int NameStart, NameEnd;

    /// <summary>The role after a comma ("CNN ANCHOR", "host"), empty when none.</summary>
    public int SuffixStart, SuffixEnd;

    /// <summary>The contents of the first parenthesised part ("Author, ...", "voice-over"), empty when none.</summary>
    public int ParenStart, ParenEnd;

    /// <summary>The time stamp's digits ("20:00:15"), empty when none.</summary>
    public int TimeStart, TimeEnd;

    /// <summary>Where the speech begins (after the colon and spaces); may equal the line's length.</summary>
    public int TextStart;

    /// <summary>How the label is written.</summary>
    public LabelStyle Style;

    /// <summary>A mixed-case label of one word ("Miller"), which counts only where mixed-case labels are the rule.</summary>
    public bool SingleWord;

    /// <summary>
    /// The role ends at the colon inside a quote it opened: the quoted title may go on on the next line ("Co-Author,
    /// “Home Work:" over "A Memoir”: ..."), where the reader looks for the label's own colon.
    /// </summary>
    public bool TitleOpen;

    /// <summary>
    /// The label memory's name for the label when it was remembered or recalled (<see cref="KnownLabels"/>), 0 when it was
    /// not: every match that carries one is of the same label text. Held in the padding, so the match stays 64 bytes.
    /// </summary>
    public int MemoryId;

    /// <summary>
    /// Copies a match in two halves of 32 bytes, on every machine. A processor with 64-byte vectors would otherwise copy
    /// it in one store, and the first field read from the copy right after (a recalled label's style, read as the line
    /// is judged) could not be served from that store: the read waited until the store had landed. A field read from a
    /// 32-byte half is served at once (the reader about 2% faster on such a processor).
    /// </summary>
    /// <param name="source">The match to copy.</param>
    /// <param name="target">Where it goes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Copy(in LabelMatch source, out LabelMatch target)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            target = source;
            return;
        }

        Unsafe.SkipInit(out target);
        ref byte from = ref Unsafe.As<LabelMatch, byte>(ref Unsafe.AsRef(in source));
        ref byte to = ref Unsafe.As<LabelMatch, byte>(ref target);
        Vector256.LoadUnsafe(ref from).StoreUnsafe(ref to);
        Vector256.LoadUnsafe(ref from, 32).StoreUnsafe(ref to, 32);
    }
}

/// <summary>
/// Recognises a speaker label at the start of a line. Allocation-free and bounded: it never looks further
/// than <c>maxLabelLength</c> chars into the line, so scanning every line of a text is linear.
/// </summary>
internal static class LabelScanner
{
    /// <summary>How strictly a candidate is judged.</summary>
    internal enum Strictness : byte
    {
        /// <summary>A label at the start of a body line.</summary>
        Body,

        /// <summary>A label in the page header, where titles and page fields also carry colons.</summary>
        Header,

        /// <summary>A label inside a paragraph, after the end of a sentence: only names in capitals.</summary>
        Inline,

        /// <summary>As <see cref="Inline"/>, in a paragraph written wholly in capitals, where the speech is in capitals too.</summary>
        InlineCapitals,
    }

    /// <summary>Tries to read a label at the start of <paramref name="line"/> (a single line, without its line break).</summary>
    /// <param name="line">The line.</param>
    /// <param name="maxLabelLength">How far into the line a label may reach.</param>
    /// <param name="strictness">How strictly a candidate is judged.</param>
    /// <param name="match">The label found.</param>
    /// <param name="ownLineNames">
    /// False where a name alone on its line would not be taken as a label (a body that does not use them): such a line
    /// then reads as no label, and the tests that only a name alone on its line needs are not made.
    /// </param>
    public static bool TryScan(ReadOnlySpan<char> line, int maxLabelLength, Strictness strictness, out LabelMatch match, bool ownLineNames = true)
    {
        match = default;
        return (strictness == Strictness.Body && TryScanCapitals(line, maxLabelLength, ref match))
            || TryScanGrammar(line, maxLabelLength, strictness, out match, ownLineNames);
    }

    /// <summary>
    /// The answer of <see cref="TryScan"/> with <see cref="Strictness.Header"/> on a line where
    /// <see cref="Strictness.Body"/> found <paramref name="bodyMatch"/>. The two strictnesses read a name in capitals or
    /// in mixed case alike and differ only in the tests made once the label is read, so for such a label only the
    /// header's own tests are made; any other label is scanned again.
    /// </summary>
    internal static bool TryScanHeaderAfterBody(ReadOnlySpan<char> line, int maxLabelLength, in LabelMatch bodyMatch, out LabelMatch match)
    {
        if (bodyMatch.Style is not (LabelStyle.Capitals or LabelStyle.MixedCase))
        {
            return TryScan(line, maxLabelLength, Strictness.Header, out match);
        }

        match = bodyMatch;
        var rest = line[bodyMatch.TextStart..];
        if (Conventions.Contains(Conventions.HeaderFields, line[bodyMatch.NameStart..bodyMatch.NameEnd]) && !EndsAsSentence(rest))
        {
            return false;
        }

        // The body took a name in capitals without asking what follows it, and a name in mixed case once the speech
        // after it passed IsSpeechAfterLabel; a single word in mixed case is a label in the body only.
        return bodyMatch.Style == LabelStyle.Capitals
            ? IsSpeechAfterLabel(rest, allowEmpty: true) && !IsShouted(rest)
            : !bodyMatch.SingleWord && !StartsAsTitle(rest);
    }

    /// <summary>
    /// Whether <see cref="TryScan"/> with <see cref="Strictness.Body"/>, where no name alone on its line counts, surely
    /// finds no label on <paramref name="line"/>: it opens with a letter other than Q and a lower-case letter, holds no
    /// colon within the label window and opens with no hearing honorific. Those are the first tests of
    /// <see cref="Prescan"/>, made here before the scans are called at all, since most prose fails them.
    /// </summary>
    internal static bool CannotStartBodyLabel(ReadOnlySpan<char> line, int maxLabelLength)
    {
        if (line.Length < 2 || !char.IsAsciiLetterLower(line[1]) || !char.IsAsciiLetter(line[0]) || line[0] == 'Q'
            || line[..Math.Min(line.Length, maxLabelLength)].Contains(':'))
        {
            return false;
        }

        return !char.IsAsciiLetterUpper(line[0]) || !StartsWithHearingHonorific(line);
    }

    /// <summary>The full grammar of <see cref="TryScan"/>, without the quick path for the most common label.</summary>
    /// <param name="line">The line.</param>
    /// <param name="maxLabelLength">How far into the line a label may reach.</param>
    /// <param name="strictness">How strictly a candidate is judged.</param>
    /// <param name="match">The label found.</param>
    /// <param name="ownLineNames">As for <see cref="TryScan"/>.</param>
    /// <param name="quickOwnLineNames">False to read a name alone on its line through the grammar only (for the tests that compare the two).</param>
    internal static bool TryScanGrammar(ReadOnlySpan<char> line, int maxLabelLength, Strictness strictness, out LabelMatch match, bool ownLineNames = true, bool quickOwnLineNames = true)
    {
        match = default;
        int length = line.Length;
        int i = SkipSpaces(line, 0);
        if (i >= length)
        {
            return false;
        }

        // In the body, only a name alone on its line is read as a label without a colon or the few marks that make one.
        bool ownLine = strictness == Strictness.Body && ownLineNames;
        var ownLineName = strictness != Strictness.Inline ? Prescan(line, i, maxLabelLength, ownLine, quickOwnLineNames) : OwnLineVerdict.Unread;
        if (ownLineName != OwnLineVerdict.Unread)
        {
            if (ownLineName == OwnLineVerdict.NoLabel)
            {
                return false;
            }

            // The quick test read the whole line as a name alone on its line would be read: the match is the grammar's.
            match.RegionStart = match.LabelStart = match.HonorificStart = match.HonorificEnd = match.NameStart = i;
            match.TimeStart = match.TimeEnd = -1;
            match.NameEnd = TrimEnd(line, i, length);
            if (ownLineName == OwnLineVerdict.NotName)
            {
                return false;
            }

            SetOwnLine(ref match, length);
            return true;
        }

        match.RegionStart = i;
        match.TimeStart = match.TimeEnd = -1;
        bool caption = false;

        // Caption marker: ">> rose: ..."
        if (line[i] == '>' && i + 1 < length && line[i + 1] == '>')
        {
            if (strictness >= Strictness.Inline)
            {
                return false;
            }

            caption = true;
            i = SkipSpaces(line, i + 2);
            if (i >= length)
            {
                return false;
            }
        }

        // A music note, a bullet or a line number before the label: "♪ WILLIAM: GOOD EVENING.", "  1. HOLT: Good evening".
        if (strictness < Strictness.Inline)
        {
            if (line[i] is '\u266A' or '\u2022')
            {
                i = SkipSpaces(line, i + 1);
            }
            else if (char.IsAsciiDigit(line[i]))
            {
                int n = i;
                while (n < length && n - i < 5 && char.IsAsciiDigit(line[n]))
                {
                    n++;
                }

                if (n + 1 < length && line[n] == '.' && line[n + 1] == ' ')
                {
                    i = SkipSpaces(line, n + 1);
                }
            }

            if (i >= length)
            {
                return false;
            }
        }

        // WebVTT voice tag: "<v Speaker 1>text".
        if (line[i] == '<' && i + 2 < length && line[i + 1] == 'v' && line[i + 2] == ' ' && strictness < Strictness.Inline)
        {
            return TryScanVoiceTag(line, i, maxLabelLength, ref match);
        }

        // Leading time stamp: "[20:00:15] ANDERSON COOPER, CNN HOST:".
        if (line[i] == '[' && TryReadTime(line, i + 1, out int timeEnd) && timeEnd < length && line[timeEnd] == ']')
        {
            match.TimeStart = i + 1;
            match.TimeEnd = timeEnd;
            i = SkipSpaces(line, timeEnd + 1);
            if (i >= length)
            {
                return false;
            }
        }

        // A generic speaker in brackets, as captions write it: "[Announcer] Funding for this program ...".
        if (line[i] == '[' && strictness < Strictness.Inline && match.TimeStart < 0)
        {
            return TryScanBracketed(line, i, maxLabelLength, ref match);
        }

        int limit = Math.Min(length, i + maxLabelLength);
        match.LabelStart = i;
        match.HonorificStart = match.HonorificEnd = i;
        int honorific = HonorificLength(line[i..limit]);
        if (honorific > 0)
        {
            match.HonorificEnd = i + honorific;
            i = SkipSpaces(line, i + honorific);
        }

        match.NameStart = i;

        // Hearing records: "Mr. Linder. The meeting will come to order.", "Senator Blay. I have a question."
        // (The honorific is looked up inline; the rest of the test runs only when there is one.)
        int hearingTitle = strictness < Strictness.Inline ? Conventions.HearingHonorifics.WordAtStart(line[match.LabelStart..]) : 0;
        if (hearingTitle > 0 && TryHearing(line, hearingTitle, ref match))
        {
            return true;
        }

        // Press briefings: "Q    Thank you." (a Q, then a wide gap, no colon).
        if (strictness == Strictness.Body && honorific == 0 && !caption && line[i] == 'Q' && TryWideGap(line, i + 1, out int speech))
        {
            match.LabelEnd = match.NameEnd = i + 1;
            match.SuffixStart = match.SuffixEnd = match.ParenStart = match.ParenEnd = i + 1;
            match.TimeStart = match.TimeEnd = match.RegionStart;
            match.TextStart = speech;
            match.Style = LabelStyle.QuestionAnswer;
            return true;
        }

        // The name: letters, spaces and the few marks names carry.
        match.NameStart = i;
        bool named = ReadName(line, i, limit, strictness, out var run);

        // A name in capitals glued to its speech comes first. Where the name loop read only the chars of such a name and
        // stopped at an ASCII char within the window, that char is where TryGlued would stop and fail: it is not tried.
        if (strictness < Strictness.Inline && honorific == 0 && !caption && i + 1 < length && IsUpper(line[i]) && IsUpper(line[i + 1])
            && (!named || !run.Plain || run.End >= limit || line[run.End] >= '\u0080') && TryGlued(line, ref match))
        {
            return true;
        }

        if (!named)
        {
            return false;
        }

        i = run.End;
        int letters = run.Letters, lower = run.Lower, words = run.Words, digits = run.Digits;
        bool badWord = run.BadWord;

        match.NameEnd = TrimEnd(line, match.NameStart, i);
        if (match.NameEnd == match.NameStart || letters == 0 || i >= limit)
        {
            return ownLine && !caption && TryOwnLine(line, ref match, letters, words, digits, i);
        }

        // The rest of the label: a role after a comma, parenthesised parts, then the colon.
        match.SuffixStart = match.SuffixEnd = match.ParenStart = match.ParenEnd = -1;
        int labelEnd = match.NameEnd;
        int parts = 0;
        while (true)
        {
            if (i >= limit || ++parts > 6)
            {
                return false;
            }

            char c = line[i];
            if (c == ':')
            {
                break;
            }

            if (c == ',' || c == ';')
            {
                if (match.SuffixStart >= 0 && match.ParenStart >= 0)
                {
                    return false;
                }

                int s = SkipSpaces(line, i + 1);
                if (s < limit && line[s] is '\r' or '\n')
                {
                    // A label wrapped after its comma: "BRYAN MCKUNE, Manager of Pilot Development,\nAlaska Airlines:".
                    s = SkipSpaces(line, s + (line[s] == '\r' && s + 1 < limit && line[s + 1] == '\n' ? 2 : 1));
                }

                if (s < limit && line[s] == '(' && match.ParenStart < 0)
                {
                    // Parentheses after the comma, a role or nothing after them: "SEN. JOHN KERRY, (D-MA):",
                    // "SEN. BARACK OBAMA, (D-IL) PRESIDENTIAL CANDIDATE:". The parentheses are read next.
                    i = s;
                    continue;
                }

                int e = SuffixEnd(line, s, limit);

                if (e >= limit || (line[e] != ':' && line[e] != '(') || !IsRoleStart(line, s, e) || HasSentenceEnd(line, s, e))
                {
                    return false;
                }

                if (match.SuffixStart < 0)
                {
                    match.SuffixStart = s;
                }

                match.SuffixEnd = TrimEnd(line, s, e);
                labelEnd = match.SuffixEnd;
                i = e;
                continue;
            }

            if (IsUpper(c) && match.ParenStart >= 0 && match.SuffixStart < 0)
            {
                // A role after the parentheses with no comma: "RUSTY BOWERS (R-AZ) HOUSE SPEAKER:".
                int e = i;
                while (e < limit && (IsUpper(line[e]) || line[e] is ' ' or '.' or '-' or '\'' or '&' or '/'))
                {
                    e++;
                }

                if (e >= limit || line[e] != ':')
                {
                    return false;
                }

                match.SuffixStart = i;
                match.SuffixEnd = TrimEnd(line, i, e);
                labelEnd = match.SuffixEnd;
                i = e;
                continue;
            }

            if (c == '(')
            {
                int close = line[(i + 1)..limit].IndexOf(')');
                if (close < 0)
                {
                    return false;
                }

                close += i + 1;
                if (match.TimeStart < 0 && TryReadTime(line, i + 1, out int tEnd) && tEnd == close)
                {
                    match.TimeStart = i + 1;
                    match.TimeEnd = tEnd;
                }
                else if (line[(i + 1)..close].IndexOfAny('(', '\n') >= 0)
                {
                    return false;
                }
                else
                {
                    if (match.ParenStart < 0)
                    {
                        match.ParenStart = i + 1;
                        match.ParenEnd = close;
                    }

                    labelEnd = close + 1;
                }

                i = SkipSpaces(line, close + 1);
                continue;
            }

            return false;
        }

        match.LabelEnd = labelEnd;
        match.TitleOpen = match.SuffixStart >= 0 && labelEnd == match.SuffixEnd && HasOpenQuote(line[match.SuffixStart..match.SuffixEnd]);
        int colon = i;
        if (colon > 0 && char.IsAsciiDigit(line[colon - 1]) && colon + 1 < length && char.IsAsciiDigit(line[colon + 1]))
        {
            // A clock ("at 10:44 a.m."), not the colon after a label.
            return false;
        }

        int text = SkipSpaces(line, colon + 1);

        // A time stamp after the colon: "Jen Psaki: (00:22)".
        if (match.TimeStart < 0 && text < length && line[text] == '(' && TryReadTime(line, text + 1, out int after) && after < length && line[after] == ')')
        {
            // The stamp stays in the text too: it stands where the speech starts.
            match.TimeStart = text + 1;
            match.TimeEnd = after;
        }

        match.TextStart = text;
        if (match.SuffixStart < 0)
        {
            match.SuffixStart = match.SuffixEnd = match.NameEnd;
        }

        if (match.ParenStart < 0)
        {
            match.ParenStart = match.ParenEnd = labelEnd;
        }

        if (match.TimeStart < 0)
        {
            match.TimeStart = match.TimeEnd = match.RegionStart;
        }

        var name = line[match.NameStart..match.NameEnd];
        var rest = line[text..];

        // Never a speaker: URLs, ratios and times, notices and page fields.
        if (rest.StartsWith("//", StringComparison.Ordinal) || Conventions.Contains(Conventions.NotSpeakers, name))
        {
            return false;
        }

        if (strictness == Strictness.Header && Conventions.Contains(Conventions.HeaderFields, name) && !EndsAsSentence(rest))
        {
            // "Host: Terry Gross" describes the page; "HOST: Welcome back." is a turn.
            return false;
        }

        if (caption)
        {
            match.Style = LabelStyle.Caption;
            return words <= 4 && digits == 0;
        }

        if (letters == 1 && words == 1 && name.Length == 1 && honorific == 0)
        {
            match.Style = LabelStyle.QuestionAnswer;
            return strictness < Strictness.Inline && (name[0] is 'Q' or 'A');
        }

        if (lower == 0)
        {
            // A name in capitals ("ABE DENMARK", "Mr. BILL MOYERS", "S. O'BRIEN").
            match.Style = LabelStyle.Capitals;
            if (letters < 2 || words > 7 || (digits > 0 && !HasGenericWord(line, match.NameStart, match.NameEnd)) || (run.Period && HasCapitalSentenceBreak(line, match.NameStart, match.NameEnd)))
            {
                return false;
            }

            if (strictness >= Strictness.Inline)
            {
                return letters >= 3 && (IsSpeechAfterLabel(rest, allowEmpty: line[match.NameStart..match.NameEnd].IndexOf(' ') > 0)
                    || (strictness == Strictness.InlineCapitals && IsShouted(rest)));
            }

            if (strictness == Strictness.Header)
            {
                return IsSpeechAfterLabel(rest, allowEmpty: true) && !IsShouted(rest);
            }

            return true;
        }

        if (strictness >= Strictness.Inline || (badWord && !StartsWithGenericWord(line, match.NameStart, match.NameEnd)) || words > 5 || (run.Period && HasSentenceBreak(line, match.NameStart, match.NameEnd)))
        {
            return false;
        }

        // Only a name with digits or of one word asks whether it is generic.
        bool generic = (digits > 0 || words == 1) && HasGenericWord(line, match.NameStart, match.NameEnd);

        // A name in mixed case ("Judy Woodruff", "Unidentified Man #2", "Speaker 1").
        match.Style = LabelStyle.MixedCase;
        if (digits > 0 && !generic)
        {
            return false;
        }

        if (words == 1 && !generic && match.TimeEnd == match.TimeStart && honorific == 0 && match.SuffixEnd == match.SuffixStart)
        {
            // "Miller:" alone: only where the text already names its speakers in mixed case (the reader decides).
            match.Style = LabelStyle.MixedCase;
            match.SingleWord = true;
            return strictness == Strictness.Body && IsSpeechAfterLabel(rest, allowEmpty: false);
        }

        return IsSpeechAfterLabel(rest, allowEmpty: true) && (strictness != Strictness.Header || !StartsAsTitle(rest));
    }

    /// <summary>
    /// The most common labels, decided in one loop: a name in ASCII capitals, spaces and the marks <c>.'-</c>, a capital
    /// and a capital, period or apostrophe first, then the colon, perhaps after a role ("MARSDEN: ...", "O. ABERNATHY:
    /// ...", "OWEN ABERNATHY, CNN ANCHOR: ..."). True only where the full grammar of <see cref="TryScan"/> gives the
    /// same match; anything else (parentheses, a time stamp, a rule the name fails) is left to it, with
    /// <paramref name="match"/> as it was.
    /// </summary>
    /// <remarks>
    /// The first two chars rule out the markers, the honorifics (each has a lower-case letter second), the
    /// press-briefing Q and the glued name (which is tried only where the name loop stops at a char beyond ASCII, or
    /// after two capitals); the chars read here are counted as the name loop counts them.
    /// </remarks>
    internal static bool TryScanCapitals(ReadOnlySpan<char> line, int maxLabelLength, ref LabelMatch match)
    {
        int start = SkipSpaces(line, 0);
        if (start + 2 >= line.Length || !char.IsAsciiLetterUpper(line[start]) || !(char.IsAsciiLetterUpper(line[start + 1]) || line[start + 1] is '.' or '\''))
        {
            return false;
        }

        int limit = Math.Min(line.Length, start + maxLabelLength);
        int words = 0;
        bool wordStart = true, period = false;
        int i = start;
        while (true)
        {
            if (i >= limit)
            {
                return false;
            }

            char c = line[i];
            if (char.IsAsciiLetterUpper(c))
            {
                words += wordStart ? 1 : 0;
                wordStart = false;
            }
            else if (c == ' ')
            {
                wordStart = true;
            }
            else if (c == '.')
            {
                // "OK.KENNEY": the name loop's sentence end glued to a word.
                if (i + 3 < limit && char.IsLetter(line[i + 1]) && char.IsLetter(line[i + 2]) && char.IsLetter(line[i + 3]) && i >= 2 && char.IsLetter(line[i - 2]))
                {
                    return false;
                }

                period = true;
            }
            else if (c is ':' or ',' or ';')
            {
                break;
            }
            else if (c is not ('\'' or '-'))
            {
                return false;
            }

            i++;
        }

        int nameEnd = i;
        while (line[nameEnd - 1] == ' ')
        {
            nameEnd--;
        }

        // A role after a comma ("OWEN ABERNATHY, CNN ANCHOR:"), read as the grammar reads it; a role that starts on the
        // next line or is followed by parentheses is left to the grammar.
        int colon = i, suffixStart = nameEnd, suffixEnd = nameEnd;
        if (line[i] != ':')
        {
            int s = SkipSpaces(line, i + 1);
            if (s < limit && line[s] is '\r' or '\n')
            {
                return false;
            }

            int e = SuffixEnd(line, s, limit);
            if (e >= limit || line[e] != ':' || !IsRoleStart(line, s, e) || HasSentenceEnd(line, s, e)
                || (char.IsAsciiDigit(line[e - 1]) && e + 1 < line.Length && char.IsAsciiDigit(line[e + 1])))
            {
                return false;
            }

            colon = e;
            suffixStart = s;
            suffixEnd = TrimEnd(line, s, e);
        }

        int text = SkipSpaces(line, colon + 1);
        if (words > 7 || (text < line.Length && (line[text] == '(' || (line[text] == '/' && text + 1 < line.Length && line[text + 1] == '/')))
            || (period && HasCapitalSentenceBreak(line, start, nameEnd)) || Conventions.Contains(Conventions.NotSpeakers, line[start..nameEnd]))
        {
            return false;
        }

        match.RegionStart = match.LabelStart = match.HonorificStart = match.HonorificEnd = match.NameStart = start;
        match.NameEnd = nameEnd;
        match.SuffixStart = suffixStart;
        match.LabelEnd = match.SuffixEnd = match.ParenStart = match.ParenEnd = suffixEnd;
        match.TimeStart = match.TimeEnd = start;
        match.TextStart = text;
        match.Style = LabelStyle.Capitals;
        match.TitleOpen = suffixEnd > suffixStart && HasOpenQuote(line[suffixStart..suffixEnd]);
        return true;
    }

    /// <summary>
    /// Chars that neither a name nor the spaces after it may hold: a line with one cannot be a name alone on its line.
    /// ASCII only, which keeps the search vectorised (a set with other chars is searched far more slowly).
    /// </summary>
    private static readonly SearchValues<char> NotInOwnLineName = SearchValues.Create(",;:?!()[]{}/\\|*&+=<>@$%_~");

    /// <summary>
    /// A quick test, exact in the one direction that matters: <see cref="OwnLineVerdict.NoLabel"/> only when
    /// <see cref="TryScan"/> would surely fail on a line whose first char (at <paramref name="start"/>) opens no marker,
    /// so most prose lines cost a vectorised search or two. Every way a label is read needs one of these: a colon within
    /// the label window, a hearing honorific as the first word, a Q or two capitals at the start, or (in the body) a line
    /// that holds only a capitalised name, which <see cref="ReadOwnLineName"/> may settle here.
    /// </summary>
    private static OwnLineVerdict Prescan(ReadOnlySpan<char> line, int start, int maxLabelLength, bool ownLine, bool quickOwnLine)
    {
        char first = line[start];

        // Markers that may come before a label (captions, notes, bullets, numbers, voice tags, time stamps) take the full path.
        if (first is '>' or '<' or '[' or '\u266A' or '\u2022')
        {
            return OwnLineVerdict.Unread;
        }

        var rest = line[start..];
        if (char.IsAsciiDigit(first))
        {
            // A clock or a ratio ("0:00 0:00", "10:44 ET"): the digits before the colon would be the whole name, and a
            // name needs a letter. Anything else (a line number, "1. HOLT: ...") takes the full path.
            var window = rest[..Math.Min(rest.Length, maxLabelLength)];
            int digitsEnd = 1;
            while (digitsEnd < window.Length && char.IsAsciiDigit(window[digitsEnd]))
            {
                digitsEnd++;
            }

            return NoLabelIf(digitsEnd < window.Length && window[digitsEnd] == ':');
        }

        // Most labels start with two capitals: that test comes before the search for a colon.
        bool upper = IsUpper(first);
        if (upper && (first == 'Q' || (rest.Length > 1 && IsUpper(rest[1]))))
        {
            return NoLabelIf(first != 'Q' && CannotStartCapitalsLabel(rest, maxLabelLength, ownLine));
        }

        var labelWindow = rest[..Math.Min(rest.Length, maxLabelLength)];
        int colon = labelWindow.IndexOf(':');
        if (colon >= 0)
        {
            return NoLabelIf(IsPageField(rest, colon, labelWindow));
        }

        if (upper && StartsWithHearingHonorific(rest))
        {
            return OwnLineVerdict.Unread;
        }

        if (!ownLine)
        {
            return OwnLineVerdict.NoLabel;
        }

        // (Prose is mostly turned away here, by a search for a word in lower case that skips from space to space.)
        if (!CouldBeOwnLineName(rest))
        {
            return OwnLineVerdict.NoLabel;
        }

        if (upper && labelWindow.Length == rest.Length && quickOwnLine)
        {
            var verdict = ReadOwnLineName(rest);
            if (verdict != OwnLineVerdict.Unread)
            {
                return verdict;
            }
        }

        // A notice alone on its line ("Transcript") would be the whole name, and TryOwnLine turns it down.
        return NoLabelIf(IsPageField(rest, rest.Length, labelWindow));
    }

    /// <summary><see cref="OwnLineVerdict.NoLabel"/> where a test rules a label out, else left to the grammar.</summary>
    private static OwnLineVerdict NoLabelIf(bool noLabel) => noLabel ? OwnLineVerdict.NoLabel : OwnLineVerdict.Unread;

    /// <summary>What <see cref="Prescan"/> and <see cref="ReadOwnLineName"/> settle before the grammar.</summary>
    private enum OwnLineVerdict : byte
    {
        /// <summary>Nothing: the grammar reads the line.</summary>
        Unread,

        /// <summary>No label, as the tests before the grammar find (the match stays empty).</summary>
        NoLabel,

        /// <summary>A name alone on its line.</summary>
        Name,

        /// <summary>No label, as the grammar finds once it has read the name.</summary>
        NotName,
    }

    /// <summary>
    /// The answer of the grammar on a line (<paramref name="rest"/>, from its first char to its end, all within the label
    /// window) that opens with a capital, no capital or Q after it, holds no colon and no hearing honorific, and passes
    /// <see cref="CouldBeOwnLineName"/>: only a name alone on its line can be read there. Where the line holds only ASCII letters, spaces, apostrophes and
    /// hyphens, one loop answers as <see cref="CouldBeOwnLineName"/>, <see cref="IsPageField"/>, the name loop and
    /// <see cref="TryOwnLine"/> would; otherwise it leaves the line to them.
    /// </summary>
    /// <remarks>Kept out of line: few lines reach it, and the test that calls it runs on most lines.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static OwnLineVerdict ReadOwnLineName(ReadOnlySpan<char> rest)
    {
        // Words as the name loop counts them: a letter after a space (or the start) opens one, marks leave that open.
        // (No word starts in lower case: CouldBeOwnLineName has turned such lines away, as TryOwnLine would.)
        int letters = 0, words = 0;
        bool wordStart = true, marks = false;
        foreach (char c in rest)
        {
            if (char.IsAsciiLetter(c))
            {
                letters++;
                words += wordStart ? 1 : 0;
                wordStart = false;
            }
            else if (c == ' ')
            {
                wordStart = true;
            }
            else if (c is '\'' or '-')
            {
                marks = true;
            }
            else
            {
                return OwnLineVerdict.Unread;
            }
        }

        if (HonorificLength(rest) > 0)
        {
            // The grammar reads the name after the honorific.
            return OwnLineVerdict.Unread;
        }

        var name = rest.TrimEnd(' ');
        bool notSpeaker = Conventions.Contains(Conventions.NotSpeakers, name);
        if (notSpeaker && !marks && rest.Length >= 2)
        {
            // A notice of letters and spaces: IsPageField turns it down before the grammar.
            return OwnLineVerdict.NoLabel;
        }

        return letters < 3 || words > 4 || notSpeaker || Conventions.Contains(Conventions.HeaderFields, name) ? OwnLineVerdict.NotName : OwnLineVerdict.Name;
    }

    /// <summary>
    /// A quick test, exact in the one direction that matters: true only when <see cref="TryScan"/> with
    /// <see cref="Strictness.Inline"/> or <see cref="Strictness.InlineCapitals"/> would surely fail on
    /// <paramref name="line"/>. Inside a paragraph a name has no lower-case letter, so capitals and name marks followed
    /// by one ("So", "It's", "I've") start no label, unless an honorific opens it ("Mr. KIRBY"); a c stops the test,
    /// since the c of Mc ("McCAIN") is no lower-case letter to the scan.
    /// </summary>
    internal static bool CannotStartInlineLabel(ReadOnlySpan<char> line, int maxLabelLength)
    {
        int limit = Math.Min(line.Length, maxLabelLength);
        int i = 0;
        while (i < limit && (char.IsAsciiLetterUpper(line[i]) || line[i] is ' ' or '.' or '\'' or '\u2019' or '-'))
        {
            i++;
        }

        return i < limit && char.IsAsciiLetterLower(line[i]) && line[i] != 'c' && HonorificLength(line[..limit]) == 0;
    }

    /// <summary>
    /// Whether the colon at <paramref name="colon"/> in <paramref name="text"/> has an ASCII digit on each side (the
    /// one after it before <paramref name="end"/>) and no opening parenthesis before the digits and colons that lead up
    /// to it. An inline label scanned from any earlier char never ends at such a colon: the grammar reads it as a clock,
    /// and the only colon it passes over before a label's own is one inside a time stamp in parentheses, which holds a
    /// few groups of at most three digits.
    /// </summary>
    internal static bool IsClockColonOutsideParentheses(ReadOnlySpan<char> text, int colon, int end)
    {
        if (colon == 0 || colon + 1 >= end || !char.IsAsciiDigit(text[colon - 1]) || !char.IsAsciiDigit(text[colon + 1]))
        {
            return false;
        }

        // A stamp's parenthesis stands at most 12 chars before a colon inside it; the run is followed no further.
        int p = colon - 1;
        int floor = Math.Max(0, colon - 16);
        while (p > floor && (char.IsAsciiDigit(text[p - 1]) || text[p - 1] == ':'))
        {
            p--;
        }

        return p == 0 || text[p - 1] != '(';
    }

    /// <summary>
    /// Whether the colon at <paramref name="colon"/> in <paramref name="text"/> follows a word in lower case (spaces
    /// aside) with no comma or semicolon that could open a role between it and <paramref name="floor"/>. An inline label
    /// scanned from any char at or after <paramref name="floor"/> never ends at such a colon: a name inside a paragraph
    /// holds no lower-case letter, and parentheses end with their own mark, so only a role after a comma ends in lower
    /// case; that role runs up to the colon over role chars and spaces alone, and the comma comes right after the name
    /// or parentheses, which do not end in lower case either.
    /// </summary>
    /// <remarks>Anything beyond ASCII is left to the scan.</remarks>
    internal static bool FollowsLowerCaseWithoutRole(ReadOnlySpan<char> text, int floor, int colon)
    {
        int last = colon - 1;
        while (last > floor && text[last] is ' ' or '\t')
        {
            last--;
        }

        if (last <= floor || !char.IsAsciiLetterLower(text[last]))
        {
            return false;
        }

        // A role and the spaces before it hold only these chars: the comma that opens it lies after the last other char.
        int runStart = text[floor..last].LastIndexOfAnyExcept(AsciiRoleCharsAndSpaces);
        if (runStart >= 0 && text[floor + runStart] >= '\u0080')
        {
            return false;
        }

        int from = floor + runStart + 1;
        int comma = last;
        while (true)
        {
            int previous = text[from..comma].LastIndexOfAny(',', ';');
            if (previous < 0)
            {
                return true;
            }

            comma = from + previous;
            int before = comma - 1;
            while (before >= floor && text[before] is ' ' or '\t' or '\v' or '\f')
            {
                before--;
            }

            // A comma after a word in lower case opens no role; any other comma may.
            if (before < floor || !char.IsAsciiLetterLower(text[before]))
            {
                return false;
            }
        }
    }

    /// <summary>The ASCII chars of a role (<see cref="IsSuffixChar"/>) and the ASCII spaces that may stand before it.</summary>
    private static readonly SearchValues<char> AsciiRoleCharsAndSpaces =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .-'&/,;\"\t\u000B\f");

    /// <summary>
    /// Whether the words before <paramref name="end"/> (the first colon, or the end of the line), letters and spaces
    /// only, are a page field or notice that is never a speaker ("Sect: News", "Next Up:", "Transcript"). The grammar
    /// reads them as the name and turns them down, unless an honorific opens the line, which the test leaves to it.
    /// </summary>
    private static bool IsPageField(ReadOnlySpan<char> rest, int end, ReadOnlySpan<char> labelWindow)
    {
        if (end < 2)
        {
            return false;
        }

        var name = rest[..end];
        foreach (char c in name)
        {
            if (!char.IsAsciiLetter(c) && c != ' ')
            {
                return false;
            }
        }

        return Conventions.Contains(Conventions.NotSpeakers, name.TrimEnd(' ')) && HonorificLength(labelWindow) == 0 && !StartsWithHearingHonorific(rest);
    }

    /// <summary>
    /// The test of <see cref="Prescan"/> for a line that opens with two capitals (not a Q): notices and headlines
    /// in capitals ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY ..."). Without a colon in the window, only a hearing
    /// honorific, a name glued to its speech or a name alone on its line make a label, and each needs something such a
    /// line lacks.
    /// </summary>
    private static bool CannotStartCapitalsLabel(ReadOnlySpan<char> rest, int maxLabelLength, bool ownLine)
    {
        var window = rest[..Math.Min(rest.Length, maxLabelLength)];
        if (window.Contains(':') || StartsWithHearingHonorific(rest))
        {
            return false;
        }

        // A glued name stops at a lower-case letter or a char beyond ASCII (the first test of TryGlued).
        int stop = rest.IndexOfAnyExcept(GluedNameChars);
        if (stop >= 0 && (char.IsAsciiLetterLower(rest[stop]) || rest[stop] >= '\u0080'))
        {
            return false;
        }

        // Headlines and notices run to many words: counting five is quicker than the search of the whole line.
        return !ownLine || HasFiveWords(rest, HonorificLength(window)) || !CouldBeOwnLineName(rest);
    }

    /// <summary>
    /// Whether the name read after an honorific of <paramref name="honorific"/> chars surely counts five words or more,
    /// more than a name alone on its line may have: each letter right after a space starts a word of the name loop.
    /// </summary>
    private static bool HasFiveWords(ReadOnlySpan<char> rest, int honorific)
    {
        int words = honorific == 0 ? 1 : 0;
        var tail = rest[honorific..];
        int space = tail.IndexOf(' ');
        while (space >= 0 && space + 1 < tail.Length)
        {
            if (char.IsAsciiLetter(tail[space + 1]) && ++words >= 5)
            {
                return true;
            }

            int next = tail[(space + 1)..].IndexOf(' ');
            space = next < 0 ? -1 : space + 1 + next;
        }

        return false;
    }

    /// <summary>Whether the first word, up to a space, is a hearing honorific ("Senator Blay. I have a question.").</summary>
    private static bool StartsWithHearingHonorific(ReadOnlySpan<char> rest)
    {
        return Conventions.HearingHonorifics.WordAtStart(rest) > 0;
    }

    /// <summary>
    /// Whether a line could be a name alone on its line: it starts with no lower-case letter, holds no punctuation that
    /// names lack, and no word after a space starts in lower case (<see cref="TryOwnLine"/> asks all of that and more).
    /// </summary>
    private static bool CouldBeOwnLineName(ReadOnlySpan<char> rest)
    {
        if (char.IsAsciiLetterLower(rest[0]))
        {
            return false;
        }

        // Prose has a word in lower case within its first few words: look for one before searching the whole line.
        int space = rest.IndexOf(' ');
        while (space >= 0 && space + 1 < rest.Length)
        {
            if (char.IsAsciiLetterLower(rest[space + 1]))
            {
                return false;
            }

            int next = rest[(space + 1)..].IndexOf(' ');
            space = next < 0 ? -1 : space + 1 + next;
        }

        return !rest.ContainsAny(NotInOwnLineName);
    }

    /// <summary>What the name loop of <see cref="TryScan"/> found: where it stopped and the counts the label rules ask about.</summary>
    private struct NameRun
    {
        public int End;
        public int Letters, Lower, Words, Digits;
        public bool BadWord;

        /// <summary>Whether the name holds a period: without one, no sentence can end inside it.</summary>
        public bool Period;

        /// <summary>Whether the loop read only ASCII capitals, spaces, periods, apostrophes and hyphens (the chars of <see cref="GluedNameChars"/>).</summary>
        public bool Plain;
    }

    /// <summary>
    /// Reads a name from <paramref name="start"/>: letters, spaces and the few marks names carry, up to
    /// <paramref name="limit"/>. False where no label can be (a sentence end glued to a word; inside a paragraph, a
    /// letter in lower case). Kept out of <see cref="TryScan"/> so that its counters stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ReadName(ReadOnlySpan<char> line, int start, int limit, Strictness strictness, out NameRun run)
    {
        run = default;
        int i = start;
        int letters = 0, lower = 0, words = 0, digits = 0;
        bool wordStart = true, badWord = false, period = false, plain = true;
        while (i < limit)
        {
            char c = line[i];

            // Capitals and spaces make up most names: a run of capitals is counted in a loop of its own.
            if (char.IsAsciiLetterUpper(c))
            {
                if (wordStart)
                {
                    words++;
                    wordStart = false;
                }

                int from = i;
                do
                {
                    i++;
                }
                while (i < limit && char.IsAsciiLetterUpper(line[i]));
                letters += i - from;
                continue;
            }
            else if (c == ' ')
            {
                wordStart = true;
            }
            else if (!wordStart && char.IsAsciiLetterLower(c) && c != 'c' && strictness != Strictness.Inline)
            {
                // The rest of a word in mixed case ("oodruff"); a c may be the c of Mc and takes the full path.
                plain = false;
                int from = i;
                do
                {
                    i++;
                }
                while (i < limit && char.IsAsciiLetterLower(line[i]) && line[i] != 'c');
                letters += i - from;
                lower += i - from;
                continue;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                plain = false;

                // "McCONNELL" is a name in capitals: the c of Mc does not make it mixed case.
                if (char.IsLower(c) && !(c == 'c' && i > 0 && line[i - 1] == 'M' && (i < 2 || !char.IsLetter(line[i - 2])) && i + 1 < limit && IsUpper(line[i + 1])))
                {
                    // Inside a paragraph only names in capitals are labels: one lower-case letter settles it.
                    if (strictness == Strictness.Inline)
                    {
                        return false;
                    }

                    lower++;
                }

                if (wordStart)
                {
                    words++;

                    if (char.IsLower(c))
                    {
                        if (!IsParticle(line, i, limit))
                        {
                            badWord = true;
                        }
                    }

                    wordStart = false;
                }
            }
            else if (c == ' ' || c == '\u00A0' || c == '\t')
            {
                wordStart = true;
                plain = false;
            }
            else if (char.IsDigit(c))
            {
                digits++;
                plain = false;
                if (wordStart)
                {
                    words++;
                    wordStart = false;
                }
            }
            else if (c is '.' or '\'' or '\u2019' or '-' or '\u2010' or '#' or '"' or '\u201C' or '\u201D')
            {
                // "OK.KENNEY": a word of two letters or more glued to the next by a period is a sentence end, not initials.
                period |= c == '.';
                plain &= c is '.' or '\'' or '-';
                if (c == '.' && i + 3 < limit && char.IsLetter(line[i + 1]) && char.IsLetter(line[i + 2]) && char.IsLetter(line[i + 3]) && i >= 2 && char.IsLetter(line[i - 2]))
                {
                    return false;
                }

                if (wordStart && c is '#' or '"' or '\u201C')
                {
                    words++;
                    wordStart = false;
                }
            }
            else
            {
                break;
            }

            i++;
        }

        run.End = i;
        run.Letters = letters;
        run.Lower = lower;
        run.Words = words;
        run.Digits = digits;
        run.BadWord = badWord;
        run.Period = period;
        run.Plain = plain;
        return true;
    }

    /// <summary>Whether a label names a generic speaker ("Unidentified Man #2", "Audience questioner").</summary>
    public static bool IsGeneric(ReadOnlySpan<char> line, in LabelMatch match) => HasGenericWord(line, match.NameStart, match.NameEnd);

    /// <summary>A Q followed by two or more spaces or a tab, then the question.</summary>
    private static bool TryWideGap(ReadOnlySpan<char> line, int start, out int speech)
    {
        speech = SkipSpaces(line, start);
        bool wide = speech - start >= 2 || (speech > start && line[start] == '\t');
        return wide && speech < line.Length && (char.IsLetter(line[speech]) || line[speech] is '(' or '"' or '\u201C');
    }

    /// <summary>
    /// A name in capitals glued to its speech ("KOJO NNAMDIThe past is never past."): the capitals run until a capital
    /// that a lower-case letter follows, which starts the speech.
    /// </summary>
    private static bool TryGlued(ReadOnlySpan<char> line, ref LabelMatch match)
    {
        int start = match.NameStart;

        // The speech starts at a lower-case letter after the capitals: where the first char outside the ASCII capitals
        // and marks is neither that nor a char beyond ASCII, the loop below would fail, and one search settles it.
        int stop = line[start..].IndexOfAnyExcept(GluedNameChars);
        if (stop < 0 || !(char.IsAsciiLetterLower(line[start + stop]) || line[start + stop] >= '\u0080'))
        {
            return false;
        }

        int i = start;
        int letters = 0, words = 1;
        while (i + 1 < line.Length)
        {
            char c = line[i];
            if (IsUpper(c))
            {
                if (char.IsLower(line[i + 1]))
                {
                    break;
                }

                letters++;
            }
            else if (c == ' ')
            {
                words++;
            }
            else if (c is not ('.' or '\'' or '\u2019' or '-'))
            {
                return false;
            }

            i++;
        }

        // The name before the capital that starts the speech: at least four letters, a short name, glued (no space).
        if (i + 1 >= line.Length || letters < 4 || words > 4 || line[i - 1] == ' ' || !IsUpper(line[i - 1]))
        {
            return false;
        }

        match.NameEnd = match.LabelEnd = i;
        match.SuffixStart = match.SuffixEnd = match.ParenStart = match.ParenEnd = i;
        match.TimeStart = match.TimeEnd = match.RegionStart;
        match.TextStart = i;
        match.Style = LabelStyle.Glued;
        return true;
    }

    /// <summary>As <see cref="char.IsUpper(char)"/>, with ASCII answered inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsUpper(char c) => c < '\u0080' ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    /// <summary>The ASCII chars of a name in capitals glued to its speech (<see cref="TryGlued"/>).</summary>
    private static readonly SearchValues<char> GluedNameChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ .'-");

    /// <summary>Whether the first word of a mixed-case name is a generic speaker word ("Audience questioner").</summary>
    private static bool StartsWithGenericWord(ReadOnlySpan<char> line, int start, int end)
    {
        int w = start;
        while (w < end && char.IsLetter(line[w]))
        {
            w++;
        }

        return w > start && Conventions.Contains(Conventions.GenericSpeakers, line[start..w]);
    }

    /// <summary>Whether a mixed-case name runs across the end of a sentence ("White House. DONALD TRUMP").</summary>
    private static bool HasSentenceBreak(ReadOnlySpan<char> line, int start, int end)
    {
        for (int i = start + 3; i + 1 < end; i++)
        {
            if (line[i] == '.' && line[i + 1] == ' ' && char.IsLower(line[i - 1]) && char.IsLetter(line[i - 2]) && char.IsLetter(line[i - 3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence end inside a name in capitals: a word of three letters or more, not an honorific or a suffix, then a
    /// period and a space ("THANK YOU. WILLIAM" is the end of a sentence and a name, "GEN. DAVID PETRAEUS" a name).
    /// </summary>
    private static bool HasCapitalSentenceBreak(ReadOnlySpan<char> line, int start, int end)
    {
        int wordStart = start;
        for (int i = start; i + 1 < end; i++)
        {
            if (line[i] == ' ')
            {
                wordStart = i + 1;
            }
            else if (line[i] == '.' && line[i + 1] == ' ' && i - wordStart >= 3)
            {
                var word = line[wordStart..(i + 1)];
                if (!Conventions.Contains(Conventions.Honorifics, word) && !Conventions.Contains(Conventions.NameSuffixes, word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reads a WebVTT voice tag ("&lt;v Speaker 1&gt;text").</summary>
    private static bool TryScanVoiceTag(ReadOnlySpan<char> line, int start, int maxLabelLength, ref LabelMatch match)
    {
        int nameStart = start + 3;
        int close = FindClose(line, nameStart, maxLabelLength, '>');
        if (close < 0)
        {
            return false;
        }

        SetNameOnly(ref match, start, nameStart, TrimEnd(line, nameStart, close), close + 1, LabelStyle.VoiceTag);
        return match.LabelEnd > match.LabelStart;
    }

    /// <summary>The index of <paramref name="closer"/> after a name that starts at <paramref name="nameStart"/>, within the label window; -1 when none or the name is empty.</summary>
    private static int FindClose(ReadOnlySpan<char> line, int nameStart, int maxLabelLength, char closer)
    {
        int limit = Math.Min(line.Length, nameStart + maxLabelLength);
        int close = line[nameStart..limit].IndexOf(closer);
        return close <= 0 ? -1 : nameStart + close;
    }

    /// <summary>Fills a match whose label is a name alone, in a region that opens at <paramref name="regionStart"/> with a marker.</summary>
    private static void SetNameOnly(ref LabelMatch match, int regionStart, int nameStart, int nameEnd, int textStart, LabelStyle style)
    {
        match.LabelStart = match.NameStart = match.HonorificStart = match.HonorificEnd = nameStart;
        match.LabelEnd = match.NameEnd = nameEnd;
        match.SuffixStart = match.SuffixEnd = match.ParenStart = match.ParenEnd = nameEnd;
        match.TimeStart = match.TimeEnd = regionStart;
        match.TextStart = textStart;
        match.Style = style;
    }

    /// <summary>
    /// A bracketed speaker: "[Announcer] text", "[Narrator] text". Only the generic speakers of
    /// <see cref="Conventions.BracketedSpeakers"/> count, since brackets otherwise hold cues and editorial insertions
    /// ("[LAUGHTER]", "[Senior administration official] will outline ...").
    /// </summary>
    private static bool TryScanBracketed(ReadOnlySpan<char> line, int start, int maxLabelLength, ref LabelMatch match)
    {
        int nameStart = start + 1;
        int close = FindClose(line, nameStart, maxLabelLength, ']');
        if (close < 0)
        {
            return false;
        }

        var name = line[nameStart..close];
        int space = name.IndexOf(' ');
        var head = space < 0 ? name : name[..space];
        int text = SkipSpaces(line, close + 1);
        if (!Conventions.Contains(Conventions.BracketedSpeakers, head) || !IsUpper(name[0]) || text == close + 1 || text >= line.Length
            || (space >= 0 && !IsSpeakerNumber(name[(space + 1)..])))
        {
            return false;
        }

        SetNameOnly(ref match, start, nameStart, close, text, LabelStyle.Bracketed);
        return true;
    }

    /// <summary>"1", "#2", "A": what numbers one of several generic speakers.</summary>
    private static bool IsSpeakerNumber(ReadOnlySpan<char> word)
    {
        word = word.TrimStart('#');
        if (word.IsEmpty || word.Length > 3)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c) && !(word.Length == 1 && char.IsAsciiLetterUpper(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hearing-record label: an honorific or title, a surname, a period, then a sentence.</summary>
    /// <param name="line">The line.</param>
    /// <param name="title">The length of the hearing honorific at the label's start (<see cref="Conventions.HearingHonorifics"/>), more than 0.</param>
    /// <param name="match">The match, its label start set.</param>
    private static bool TryHearing(ReadOnlySpan<char> line, int title, ref LabelMatch match)
    {
        int start = match.LabelStart;

        // The surname: one or two capitalised words, the last ending with the period.
        int i = SkipSpaces(line, start + title);
        int nameStart = i;
        int words = 0;
        while (i < line.Length && words < 3)
        {
            int wordStart = i;
            if (!IsUpper(line[i]))
            {
                return false;
            }

            while (i < line.Length && (char.IsLetter(line[i]) || line[i] is '-' or '\'' or '\u2019'))
            {
                i++;
            }

            words++;
            if (i < line.Length && line[i] == '.' && i - wordStart > 1)
            {
                int text = SkipSpaces(line, i + 1);
                if (text > i + 1 && text < line.Length && IsUpper(line[text]))
                {
                    match.HonorificStart = start;
                    match.HonorificEnd = start + title;
                    match.NameStart = nameStart;
                    match.NameEnd = i;
                    match.LabelEnd = i;
                    match.SuffixStart = match.SuffixEnd = match.ParenStart = match.ParenEnd = i;
                    match.TimeStart = match.TimeEnd = match.RegionStart;
                    match.TextStart = text;
                    match.Style = LabelStyle.Hearing;
                    return true;
                }

                return false;
            }

            if (i >= line.Length || line[i] != ' ')
            {
                return false;
            }

            i++;
        }

        return false;
    }

    /// <summary>A name alone on its line ("HOLT", "Ira Glass"); the reader confirms it from the lines that follow.</summary>
    private static bool TryOwnLine(ReadOnlySpan<char> line, ref LabelMatch match, int letters, int words, int digits, int end)
    {
        if (SkipSpaces(line, end) != line.Length || letters < 3 || words > 4 || digits > 0 || match.NameEnd <= match.NameStart)
        {
            return false;
        }

        var name = line[match.NameStart..match.NameEnd];
        if (name[^1] == '.' || name.IndexOfAny('"', '\u201C', '#') >= 0 || Conventions.Contains(Conventions.NotSpeakers, name) || Conventions.Contains(Conventions.HeaderFields, name))
        {
            return false;
        }

        // Every word capitalised (or in capitals), at least one word beyond an honorific.
        bool wordStart = true;
        foreach (char c in name)
        {
            if (wordStart && char.IsLetter(c) && !IsUpper(c))
            {
                return false;
            }

            wordStart = c == ' ';
        }

        SetOwnLine(ref match, line.Length);
        return true;
    }

    /// <summary>Fills the rest of a match whose name, already set, stands alone on its line of <paramref name="lineLength"/> chars.</summary>
    private static void SetOwnLine(ref LabelMatch match, int lineLength)
    {
        match.LabelEnd = match.NameEnd;
        match.SuffixStart = match.SuffixEnd = match.ParenStart = match.ParenEnd = match.NameEnd;
        match.TimeStart = match.TimeEnd = match.RegionStart;
        match.TextStart = lineLength;
        match.Style = LabelStyle.OwnLine;
    }

    /// <summary>Whether what follows the colon reads as speech rather than the rest of a title ("Keith Richards: The 'Fresh Air' Interview").</summary>
    internal static bool IsSpeechAfterLabel(ReadOnlySpan<char> rest, bool allowEmpty)
    {
        // Only the start of the speech is looked at: the cost per label stays bounded on a line of any length.
        bool cut = rest.Length > 200;
        rest = (cut ? rest[..200] : rest).TrimEnd();
        if (cut && !rest.IsEmpty)
        {
            return true;
        }

        if (rest.IsEmpty)
        {
            return allowEmpty;
        }

        char last = rest[^1];
        if (last is '.' or '?' or '!' or ')' or ']' or '"' or '\u201D' or '-' or '\u2014' or ',' or ':' or ';' or '\u2026')
        {
            return true;
        }

        // A title goes on in capitalised words; speech has lower-case words.
        int capitalised = 0, lowerWords = 0;
        bool wordStart = true;
        foreach (char c in rest)
        {
            if (wordStart && char.IsLetter(c))
            {
                if (IsUpper(c))
                {
                    capitalised++;
                }
                else
                {
                    lowerWords++;
                }
            }

            wordStart = c == ' ';
        }

        return lowerWords >= 2 || lowerWords > capitalised || rest.Length > 80;
    }

    /// <summary>Whether the text after a colon opens with four capitalised words, as the rest of a title does ("An 'Office' Drone Takes...").</summary>
    private static bool StartsAsTitle(ReadOnlySpan<char> rest)
    {
        int words = 0;
        int position = 0;
        while (words < 4 && TextWords.Next(rest, ref position, out var word, ' ', ' '))
        {
            word = word.TrimStart("'\"\u2018\u201C(");
            if (word.IsEmpty || !IsUpper(word[0]) || word[^1] is '.' or ',' or '?' or '!' or ';')
            {
                return false;
            }

            words++;
        }

        return words == 4;
    }

    /// <summary>Whether text ends as a sentence does (".", "?", "!"), looking at its first 200 chars at most.</summary>
    internal static bool EndsAsSentence(ReadOnlySpan<char> text)
    {
        text = (text.Length > 200 ? text[..200] : text).TrimEnd();
        return !text.IsEmpty && text[^1] is '.' or '?' or '!' or '"' or '\u201D';
    }

    /// <summary>Whether text is written wholly in capitals (a headline, not speech).</summary>
    private static bool IsShouted(ReadOnlySpan<char> rest) => TextWords.IsInCapitals(rest.Length > 200 ? rest[..200] : rest, 8);

    /// <summary>Whether the name holds a generic speaker word ("Speaker", "Unidentified", "Man").</summary>
    private static bool HasGenericWord(ReadOnlySpan<char> line, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            int w = i;
            while (i < end && char.IsLetter(line[i]))
            {
                i++;
            }

            if (i > w && Conventions.Contains(Conventions.GenericSpeakers, line[w..i]))
            {
                return true;
            }

            i++;
        }

        return false;
    }

    /// <summary>Whether a role after a comma starts as roles do: a capital, or a known lower-case role word.</summary>
    private static bool IsRoleStart(ReadOnlySpan<char> line, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        if (line[start] is '"' or '\u201C' or '\'' or '\u2018' && start + 1 < end)
        {
            // A quoted show name opens the role: ED SCHULTZ, "THE ED SHOW" HOST.
            start++;
        }

        if (IsUpper(line[start]) || char.IsDigit(line[start]))
        {
            return true;
        }

        int w = start;
        while (w < end && (char.IsLetter(line[w]) || line[w] == '-'))
        {
            w++;
        }

        return Conventions.Contains(Conventions.LowerCaseRoles, line[start..w]);
    }

    private static bool IsParticle(ReadOnlySpan<char> line, int start, int limit)
    {
        int e = start;
        while (e < limit && char.IsLetter(line[e]))
        {
            e++;
        }

        // "al-Assad", "d'Estaing": a particle glued by a hyphen or apostrophe.
        if (e < limit && line[e] is '-' or '\'' or '\u2019' && e - start <= 3)
        {
            return true;
        }

        return Conventions.Contains(Conventions.NameParticles, line[start..e]);
    }

    /// <summary>Whether a role runs across the end of a sentence ("Washington, DC. The committee met"), unlike "FRM. U.S. SECRETARY".</summary>
    private static bool HasSentenceEnd(ReadOnlySpan<char> line, int start, int end)
    {
        for (int i = start + 2; i + 2 < end; i++)
        {
            if (line[i] == '.' && line[i + 1] == ' ' && IsUpper(line[i + 2]) && i + 3 < end && char.IsLower(line[i + 3]) && char.IsLetter(line[i - 1]) && char.IsLetter(line[i - 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line break inside a label wrapped after a comma ("...Pilot Development,\nAlaska Airlines:").</summary>
    private static bool BreakAfterComma(ReadOnlySpan<char> line, int i)
    {
        int j = i - 1;
        while (j >= 0 && line[j] is ' ' or '\r')
        {
            j--;
        }

        return j >= 0 && line[j] == ',';
    }

    /// <summary>The ASCII chars for which <see cref="IsSuffixChar"/> holds.</summary>
    private static readonly SearchValues<char> AsciiSuffixChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .-'&/,;\"");

    /// <summary>
    /// The end of a role that starts at <paramref name="start"/>: the first char within <paramref name="limit"/> that is
    /// not a <see cref="IsSuffixChar">suffix char</see> or a line break after a comma. ASCII chars are stepped over by
    /// one search; only the others are looked at one by one.
    /// </summary>
    private static int SuffixEnd(ReadOnlySpan<char> line, int start, int limit)
    {
        int e = start;
        int titleEnd = -1;
        while (e < limit)
        {
            int stop = line[e..limit].IndexOfAnyExcept(AsciiSuffixChars);
            if (stop < 0)
            {
                return limit;
            }

            e += stop;
            char c = line[e];
            if (c == ':' && IsColonInQuotedTitle(line, start, e, limit, out int close))
            {
                // "Co-Author, “Home Work: A Memoir of My Hollywood Years”:": the title's colon, not the label's.
                titleEnd = close;
                e++;
                continue;
            }

            // A line break inside the quoted title is part of it; elsewhere only one after a comma is.
            if (!(c >= '\u0080' ? IsSuffixChar(c) : c is '\r' or '\n' && (e < titleEnd || BreakAfterComma(line, e))))
            {
                return e;
            }

            e++;
        }

        return e;
    }

    /// <summary>
    /// Whether the colon at <paramref name="colon"/> stands inside a quoted title in a role: a quote opened after
    /// <paramref name="start"/> and not closed before the colon, closed after it (at <paramref name="close"/>), with the
    /// label's own colon right after the closing quote. The title may wrap onto the next line once, as in
    /// "“Home Work:" over "A Memoir of My Hollywood Years”:".
    /// </summary>
    private static bool IsColonInQuotedTitle(ReadOnlySpan<char> line, int start, int colon, int limit, out int close)
    {
        close = -1;
        var before = line[start..colon];
        if (!HasOpenQuote(before))
        {
            return false;
        }

        char closing = before[before.LastIndexOfAny('"', '\u201C')] == '"' ? '"' : '\u201D';
        int at = line[(colon + 1)..limit].IndexOf(closing);
        if (at < 0)
        {
            return false;
        }

        var title = line[(colon + 1)..(colon + 1 + at)];
        int lineBreak = title.IndexOfAny('\r', '\n');
        if (title.Contains(':') || (lineBreak >= 0 && title[(lineBreak + (title[lineBreak..].StartsWith("\r\n") ? 2 : 1))..].IndexOfAny('\r', '\n') >= 0))
        {
            return false;
        }

        int after = SkipSpaces(line, colon + 2 + at);
        if (after >= limit || line[after] != ':')
        {
            return false;
        }

        close = colon + 1 + at;
        return true;
    }

    /// <summary>Whether <paramref name="role"/> opens a quote that it does not close.</summary>
    internal static bool HasOpenQuote(ReadOnlySpan<char> role)
    {
        int open = role.LastIndexOfAny('"', '\u201C');
        return open >= 0 && role[(open + 1)..].IndexOf('\u201D') < 0 && (role[open] != '"' || role.Count('"') % 2 == 1);
    }

    private static bool IsSuffixChar(char c) =>
        char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '\'' or '\u2019' or '&' or '/' or ',' or ';' or '\u00A0' or '"' or '\u201C' or '\u201D';

    /// <summary>
    /// Reads a time range or stamp that opens a line of subtitles or a podcast page: "*00:00.060- 00:05.560* :  text",
    /// "00:00.060 - 00:05.560:  text", "Starting point is 00:00:00 text". Gives the stamp and where the text starts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryReadTimePrefix(ReadOnlySpan<char> line, out int timeStart, out int timeEnd, out int textStart)
    {
        // Every form starts with "Starting point", a colon, a star or a digit: most lines are ruled out inline.
        int i = SkipSpaces(line, 0);
        if (i >= line.Length || !(line[i] is 'S' or ':' or '*' || char.IsAsciiDigit(line[i])))
        {
            timeStart = timeEnd = textStart = 0;
            return false;
        }

        return TryReadTimePrefix(line, i, out timeStart, out timeEnd, out textStart);
    }

    private static bool TryReadTimePrefix(ReadOnlySpan<char> line, int i, out int timeStart, out int timeEnd, out int textStart)
    {
        timeStart = timeEnd = textStart = 0;
        const string StartingPoint = "Starting point is ";
        if (line[i..].StartsWith(StartingPoint, StringComparison.Ordinal))
        {
            int t = i + StartingPoint.Length;
            if (TryReadTime(line, t, out int end) && end < line.Length && line[end] == ' ')
            {
                (timeStart, timeEnd, textStart) = (t, end, SkipSpaces(line, end));
                return textStart < line.Length;
            }

            return false;
        }

        // Subtitle pages that drop the hour's digits: ":00:39. > :00:46.Good morning, and welcome."
        if (i < line.Length && line[i] == ':' && TryReadTime(line, i + 1, out int from) && from < line.Length && line[from] == '.')
        {
            int arrow = SkipSpaces(line, from + 1);
            if (arrow < line.Length && line[arrow] == '>')
            {
                int to = SkipSpaces(line, arrow + 1);
                to = to < line.Length && line[to] == ':' ? to + 1 : to;
                if (TryReadTime(line, to, out int until) && until < line.Length && line[until] == '.')
                {
                    (timeStart, timeEnd, textStart) = (i, until, SkipSpaces(line, until + 1));
                    return true;
                }
            }

            return false;
        }

        int s = i < line.Length && line[i] == '*' ? i + 1 : i;
        if (!TryReadTime(line, s, out int first))
        {
            return false;
        }

        int j = SkipSpaces(line, first);
        if (j >= line.Length || line[j] is not ('-' or '\u2013'))
        {
            return false;
        }

        j = SkipSpaces(line, j + (line[j..].StartsWith("-->", StringComparison.Ordinal) ? 3 : 1));
        if (!TryReadTime(line, j, out int second))
        {
            return false;
        }

        int k = second < line.Length && line[second] == '*' ? second + 1 : second;
        k = SkipSpaces(line, k);
        if (k >= line.Length || line[k] != ':')
        {
            return false;
        }

        (timeStart, timeEnd, textStart) = (s, second, SkipSpaces(line, k + 1));
        return true;
    }

    /// <summary>Reads a time stamp such as <c>20:00:15</c>, <c>00:08</c> or <c>1:02:03.5</c>; returns the index after it.</summary>
    internal static bool TryReadTime(ReadOnlySpan<char> line, int start, out int end)
    {
        end = start;
        int groups = 0;
        int i = start;
        while (true)
        {
            int d = i;
            while (i < line.Length && char.IsAsciiDigit(line[i]) && i - d < 3)
            {
                i++;
            }

            if (i == d)
            {
                return false;
            }

            groups++;
            if (i < line.Length && line[i] == ':' && groups < 4)
            {
                i++;
                continue;
            }

            break;
        }

        if (i < line.Length && line[i] == '.' && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]))
        {
            i++;
            while (i < line.Length && char.IsAsciiDigit(line[i]))
            {
                i++;
            }
        }

        end = i;
        return groups >= 2;
    }

    /// <summary>Whether <paramref name="text"/> holds only a time stamp in parentheses or brackets ("(06:07)", "[00:01:12]").</summary>
    internal static bool IsTimeStampAlone(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length >= 5 && ((text[0] == '(' && text[^1] == ')') || (text[0] == '[' && text[^1] == ']'))
            && TryReadTime(text, 1, out int end) && end == text.Length - 1;
    }

    // Mixed case only ("Mr." before a name in capitals); "MR. EARNEST" is simply a name in capitals.
    private static int HonorificLength(ReadOnlySpan<char> text)
    {
        int length = Conventions.Honorifics.WordAtStart(text);
        if (length == 0)
        {
            // A title written out counts only before a name in capitals ("President GEORGE W. BUSH", "Senator McCAIN").
            length = Conventions.TitlesBeforeCapitals.WordAtStart(text);
            if (length > 0 && !OpensWithWordInCapitals(text[SkipSpaces(text, length)..]))
            {
                length = 0;
            }
        }

        return length;
    }

    /// <summary>Whether the text opens with a word of two capitals or more ("JOHN", "McCAIN").</summary>
    private static bool OpensWithWordInCapitals(ReadOnlySpan<char> text) =>
        text.Length >= 2 && IsUpper(text[0]) && (IsUpper(text[1]) || (text.Length >= 3 && text[0] == 'M' && text[1] == 'c' && IsUpper(text[2])));

    /// <remarks>Most calls stand on a visible ASCII char or on a single space before one: both are answered inline.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int SkipSpaces(ReadOnlySpan<char> line, int i)
    {
        if ((uint)i < (uint)line.Length)
        {
            char c = line[i];
            if (c is > ' ' and < '\u007F')
            {
                return i;
            }

            if (c == ' ' && (uint)(i + 1) < (uint)line.Length && line[i + 1] is > ' ' and < '\u007F')
            {
                return i + 1;
            }
        }

        return SkipSpacesSlow(line, i);
    }

    /// <summary>The loop of <see cref="SkipSpaces"/>, kept out of line: most calls are answered without it.</summary>
    private static int SkipSpacesSlow(ReadOnlySpan<char> line, int i)
    {
        // Spaces, and the line break that ends the search, are the chars mostly met here.
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        while (i < line.Length && ((char.IsWhiteSpace(line[i]) && line[i] is not ('\n' or '\r')) || line[i] is '\u200B' or '\uFEFF'))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(ReadOnlySpan<char> line, int start, int end)
    {
        while (end > start && (line[end - 1] is ' ' or '\t' or '\u00A0'))
        {
            end--;
        }

        return end;
    }
}
