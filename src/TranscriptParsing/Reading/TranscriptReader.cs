using System;
using System.Runtime.CompilerServices;

namespace TranscriptParsing.Reading;

/// <summary>
/// A forward-only reader of a transcript's tokens over a span of chars, in the manner of <c>Utf8JsonReader</c>:
/// call <see cref="Read"/> until it returns false and look at <see cref="TokenKind"/>, <see cref="Label"/>,
/// <see cref="Text"/> and <see cref="Span"/> after each call. Nothing is copied and nothing is allocated; every
/// span is a slice of the input.
/// </summary>
/// <remarks>
/// Tokens come in source order and never overlap: header lines (<see cref="TranscriptTokenKind.Chrome"/>,
/// <see cref="TranscriptTokenKind.Title"/>, <see cref="TranscriptTokenKind.Summary"/>), then the body's paragraphs
/// (<see cref="TranscriptTokenKind.Narration"/>, <see cref="TranscriptTokenKind.Turn"/>,
/// <see cref="TranscriptTokenKind.Continuation"/>, <see cref="TranscriptTokenKind.Annotation"/>; on a page of several
/// stories, <see cref="TranscriptTokenKind.Chrome"/> lines between two of them), then the
/// <see cref="TranscriptTokenKind.Footer"/>. Every non-space char of the input lies in exactly one token.
/// The work done is linear in the length of the input.
/// </remarks>
public ref struct TranscriptReader
{
    // A mark (':' or 'Q') not on the line: past every index, so "at or after" tests need no case of their own.
    private const int NoMark = int.MaxValue;

    // The most lines of furniture read after a story's end ("Read more") before the next story's transcript: a section,
    // a time, a date, the title, "Originally published ...", "Transcript" and a few to spare.
    private const int MaxLinesBetweenStories = 12;

    private readonly ReadOnlySpan<char> _text;
    private readonly TranscriptReaderOptions _options;

    private int _position;
    private int _positionLine;
    private int _lineStart;
    private bool _started;
    private HeaderLayout _layout;
    private int _bodyEnd;
    private bool _turnOpen;
    private int _furnitureLinesLeft;
    private bool _ownLineLabels;
    private int _capitalLabels;
    private int _knownLineFrom;
    private int _knownLineEnd;
    private int _knownLineLimit;
    private int _knownFirstMark;
    private int _knownSecondMark;
    private int _knownLastMark;
    private int _breakFreeFrom;
    private int _breakFreeTo;

    /// <summary>
    /// The last search of <see cref="FindInlineColonLabel"/> that found no label: its start, the first colon it could
    /// take and the line's end. A later search on the same line, from as far on or further, finds none either.
    /// </summary>
    private int _noColonLabelStart, _noColonLabelFrom, _noColonLabelEnd;
    private int _mixedLabels;
    private int _recurrenceChecks;
    private int _conversationWord;
    private bool _conversationFound;
    private int _scannedStart;
    private int _scannedEnd;
    private bool _scannedFound;
    private LabelMatch _scannedMatch;
    private KnownLabels _knownLabels;

    private TranscriptTokenKind _kind;
    private int _tokenStart, _tokenEnd, _tokenLine, _tokenColumn;
    private int _labelStart, _labelEnd, _textStart, _textEnd;
    private LabelMatch _match;
    private int _matchBase;
    private int _deliveryStart, _deliveryEnd;
    private ChromeKind _chromeKind;
    private AnnotationKind _annotationKind;

    /// <summary>Starts a reader at the beginning of <paramref name="text"/>.</summary>
    /// <param name="text">The whole transcript.</param>
    /// <param name="options">Limits and switches; <c>default</c> gives the documented defaults.</param>
    public TranscriptReader(ReadOnlySpan<char> text, TranscriptReaderOptions options = default)
    {
        // Every field is set here but the remembered labels' slots and the header's room for chrome lines (some 5 KB
        // between them): those are read only up to the counts set when they are filled, so they need no clearing.
        // (Before .NET 9 a ref struct cannot be left unset so: the compiler clears what is not set, as it did.)
#if NET9_0_OR_GREATER
        Unsafe.SkipInit(out this);
#endif
        _text = text;
        _options = options;
        _position = 0;
        _positionLine = 1;
        _lineStart = 0;
        _started = false;
        _layout.Reset(0);
        _bodyEnd = 0;
        _turnOpen = false;
        _furnitureLinesLeft = 0;
        _ownLineLabels = false;
        _capitalLabels = 0;
        _knownLineFrom = -1;
        _knownLineEnd = -1;
        _knownLineLimit = -1;
        _knownFirstMark = NoMark;
        _knownSecondMark = NoMark;
        _knownLastMark = -1;
        _breakFreeFrom = -1;
        _breakFreeTo = -1;
        _noColonLabelStart = _noColonLabelFrom = _noColonLabelEnd = -1;
        _mixedLabels = 0;
        _recurrenceChecks = 0;
        _conversationWord = -1;
        _conversationFound = false;
        _scannedStart = -1;
        _scannedEnd = -1;
        _scannedFound = false;
        _scannedMatch = default;
        _knownLabels.Clear();
        _kind = default;
        _tokenStart = _tokenEnd = _tokenLine = _tokenColumn = 0;
        _labelStart = _labelEnd = _textStart = _textEnd = 0;
        _match = default;
        _matchBase = 0;
        _deliveryStart = _deliveryEnd = 0;
        _chromeKind = default;
        _annotationKind = default;
    }

    /// <summary>
    /// For a turn, the label memory's id of its label (<see cref="LabelMatch.MemoryId"/>), 0 when it has none: turns
    /// with the same id have the same label text, so a consumer may look a label up once per id.
    /// </summary>
    internal readonly int LabelMemoryId => _kind == TranscriptTokenKind.Turn ? _match.MemoryId : 0;

    /// <summary>The kind of the current token.</summary>
    public readonly TranscriptTokenKind TokenKind => _kind;

    /// <summary>Whether the current token lies in the body (a chrome line between two stories does; the header's do not).</summary>
    internal readonly bool InBody => _tokenStart >= _layout.BodyStart;

    /// <summary>The whole token's place in the input: label, text and any cue or time stamp within it.</summary>
    public readonly TextSpan Span => TextSpan.FromBounds(_tokenStart, _tokenEnd);

    /// <summary>The 1-based line number of the token's first char.</summary>
    public readonly int LineNumber => _tokenLine;

    /// <summary>The 1-based column (in chars) of the token's first char.</summary>
    public readonly int ColumnNumber => _tokenColumn;

    /// <summary>For a turn, the speaker label exactly as written (no colon, no time stamp); otherwise empty.</summary>
    public readonly ReadOnlySpan<char> Label => _text[_labelStart.._labelEnd];

    /// <summary>The label's place in the input; empty when the token has no label.</summary>
    public readonly TextSpan LabelSpan => TextSpan.FromBounds(_labelStart, _labelEnd);

    /// <summary>The token's text: for a turn, what follows the label (and any delivery cue); otherwise the whole token.</summary>
    /// <remarks>The text may run over several lines and paragraphs exactly as they stand in the input.</remarks>
    public readonly ReadOnlySpan<char> Text => _text[_textStart.._textEnd];

    /// <summary>The text's place in the input.</summary>
    public readonly TextSpan TextSpan => TextSpan.FromBounds(_textStart, _textEnd);

    /// <summary>How the current turn's label is written.</summary>
    public readonly LabelStyle LabelStyle => _kind == TranscriptTokenKind.Turn ? _match.Style : LabelStyle.None;

    /// <summary>For a turn, the honorific of the label ("Mr."); otherwise empty.</summary>
    public readonly TextSpan HonorificSpan => LabelPart(_match.HonorificStart, _match.HonorificEnd);

    /// <summary>For a turn, the name within the label ("BILL MOYERS" in "Mr. BILL MOYERS (Author):"); otherwise empty.</summary>
    public readonly TextSpan NameSpan => LabelPart(_match.NameStart, _match.NameEnd);

    /// <summary>For a turn, the role after a comma ("CNN ANCHOR", "host"); otherwise empty.</summary>
    public readonly TextSpan RoleSpan => LabelPart(_match.SuffixStart, _match.SuffixEnd);

    /// <summary>For a turn, the contents of the label's parentheses ("Author", "voice-over"); otherwise empty.</summary>
    public readonly TextSpan ParentheticalSpan => LabelPart(_match.ParenStart, _match.ParenEnd);

    /// <summary>For a turn, the time stamp given with the label ("20:00:15"); for a timed line of subtitles, its time range; otherwise empty.</summary>
    public readonly TextSpan TimeSpan => _match.TimeEnd > _match.TimeStart ? TextSpan.FromBounds(_matchBase + _match.TimeStart, _matchBase + _match.TimeEnd) : default;

    /// <summary>For a turn, a delivery cue that opens the speech ("as Stu Price", "through translator"); otherwise empty.</summary>
    public readonly TextSpan DeliverySpan => TextSpan.FromBounds(_deliveryStart, _deliveryEnd);

    /// <summary>For a chrome line, what kind of furniture it is.</summary>
    public readonly ChromeKind ChromeKind => _chromeKind;

    /// <summary>For an annotation, what kind of cue it is.</summary>
    public readonly AnnotationKind AnnotationKind => _annotationKind;

    /// <summary>The index of the first char not yet read.</summary>
    public readonly int Position => _position;

    /// <summary>Reads the next token.</summary>
    /// <returns>True when a token was read; false at the end of the input.</returns>
    public bool Read()
    {
        // This method is inlined into the caller's loop, whose inlining budget follows the caller's own small size. What
        // runs once a document (Start) or for a few lines of it (the header's and the footer's steps) is kept out of
        // line, so that the steps of every token (Reset, the usual skip between paragraphs) fit that budget; the body's
        // step is kept out of line too, so that it gets a budget of its own for its many small steps.
        if (!_started)
        {
            Start();
        }

        Reset();
        SkipWhitespace();
        if (_position >= _text.Length)
        {
            _kind = TranscriptTokenKind.None;
            return false;
        }

        if (_position >= _bodyEnd)
        {
            ReadFooter();
            return true;
        }

        if (_position < _layout.BodyStart)
        {
            ReadHeaderLine();
            return true;
        }

        ReadBody();
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Start()
    {
        _started = true;
        var options = _options;
        if (options.NoHeader)
        {
            // Set in place: a new layout would be cleared, its room for chrome lines and all, then copied over.
            _layout.Reset(0);
        }
        else
        {
            HeaderScanner.Analyze(_text, options.MaxHeaderLines, options.MaxHeaderChars, options.MaxLabelLength, ref _layout);
        }

        _bodyEnd = _text.Length;
        // Names alone on their lines are looked for only where the body does not open with a labelled line.
        _ownLineLabels = !_layout.BodyOpensWithLabel && UsesOwnLineLabels(_text, _layout.BodyStart, options.MaxLabelLength);
        if (!options.NoFooter)
        {
            int footer = FooterScanner.FindStart(_text, _layout.BodyStart);
            if (footer >= 0)
            {
                _bodyEnd = footer;
            }
        }
    }

    /// <summary>
    /// Whether the body names its speakers on lines of their own ("Ira Glass", then the speech): it has no labels
    /// with colons near its start, and the same name stands alone above speech at least twice. Looks at a bounded
    /// number of lines.
    /// </summary>
    private static bool UsesOwnLineLabels(ReadOnlySpan<char> text, int bodyStart, int maxLabelLength)
    {
        const int MaxLines = 400;
        int position = bodyStart;
        int firstName = -1, firstNameLength = 0, repeats = 0;
        bool previousWasName = false;
        for (int n = 0; n < MaxLines && position < text.Length; n++)
        {
            int end = text[position..].IndexOfAny(StructuralChars.LineBreaks);
            end = end < 0 ? text.Length : position + end;
            var line = text[position..end].Trim();
            position = end + 1;
            if (line.IsEmpty)
            {
                continue;
            }

            if (LabelScanner.TryScan(line, maxLabelLength, LabelScanner.Strictness.Body, out var match))
            {
                if (match.Style != LabelStyle.OwnLine)
                {
                    return false;
                }

                if (previousWasName)
                {
                    continue;
                }

                previousWasName = true;
                var name = line[match.NameStart..match.NameEnd];
                if (firstName < 0)
                {
                    firstName = position - 1 - (end - (end - line.Length));
                    firstNameLength = name.Length;
                    firstName = text[..end].LastIndexOf(name);
                }
                else if (name.SequenceEqual(text.Slice(firstName, firstNameLength)))
                {
                    repeats++;
                    if (repeats >= 1)
                    {
                        return true;
                    }
                }

                continue;
            }

            previousWasName = false;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Reset()
    {
        _labelStart = _labelEnd = _textStart = _textEnd = _deliveryStart = _deliveryEnd = 0;
        _match = default;
        _matchBase = 0;
        _chromeKind = ChromeKind.None;
        _annotationKind = AnnotationKind.Other;
    }

    private readonly TextSpan LabelPart(int start, int end) =>
        _kind == TranscriptTokenKind.Turn && end > start ? TextSpan.FromBounds(_matchBase + start, _matchBase + end) : default;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReadFooter()
    {
        int end = _text.Length;
        while (end > _position && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        SetToken(TranscriptTokenKind.Footer, _position, end);
        _textStart = _position;
        _textEnd = Math.Max(_position, FooterScanner.TextEnd(_text, _position));
        Advance(_text.Length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReadHeaderLine()
    {
        var kind = TranscriptTokenKind.Chrome;
        int end;
        if (_position == _layout.TitleLineStart && _layout.TitleStart > _position)
        {
            // A prefix before the title on its line ("WEBVTT - ") is furniture of its own.
            end = TrimEnd(_position, _layout.TitleStart);
            _chromeKind = ChromeKind.Other;
            SetToken(kind, _position, end);
            _textStart = _position;
            _textEnd = end;
            Advance(end);
            return;
        }

        if (_position == _layout.TitleStart)
        {
            kind = TranscriptTokenKind.Title;
            end = _layout.TitleEnd;
        }
        else if (_position == _layout.SummaryStart)
        {
            kind = TranscriptTokenKind.Summary;
            end = _layout.SummaryEnd;
        }
        else
        {
            // The layout classified most header lines and found where they end: a line that ends where its entry does,
            // at a line break, needs no search for that break.
            bool known = _layout.TryNextKnownChrome(_position, out var line);
            int lineEnd = known && EndsLineAt(line.End) ? line.End : LineEnd(_position, _layout.BodyStart);
            end = TrimEnd(_position, lineEnd);
            _chromeKind = known && line.End == end ? line.Kind : ChromeScanner.Classify(_text[_position..end]);
            if (_chromeKind == ChromeKind.None)
            {
                _chromeKind = ChromeKind.Other;
            }
        }

        SetToken(kind, _position, end);
        _textStart = _position;
        _textEnd = end;
        Advance(end);
    }

    /// <summary>Whether a header line that runs unbroken to <paramref name="end"/> ends there: a line break, or the body, follows.</summary>
    private readonly bool EndsLineAt(int end) =>
        end == _layout.BodyStart || (end < _layout.BodyStart && _text[end] is '\n' or '\r');

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReadBody()
    {
        int start = _position;
        int lineEnd = LineEnd(start, _bodyEnd);
        _breakFreeFrom = start;
        _breakFreeTo = lineEnd;
        var line = _text[start..lineEnd];
        int maxLabel = _options.MaxLabelLength;

        // The next story's furniture after a "Read more" line (below) is chrome: its times and dates are not cues.
        if (_furnitureLinesLeft > 0 && TryReadBetweenStories(start, lineEnd))
        {
            return;
        }

        // A cue standing alone, or glued to the label that follows it.
        if (line[0] is '(' or '[')
        {
            int close = AnnotationScanner.FindEnd(line, 0, maxLabel * 4);

            // A bracketed cue is classified once, for the test and for the token.
            var bracketKind = close > 0 && line[0] == '[' ? AnnotationScanner.Classify(line[1..(close - 1)]) : AnnotationKind.Other;
            if (close > 0 && !(line[0] == '[' && bracketKind == AnnotationKind.Timestamp && !line[close..].IsWhiteSpace()))
            {
                // ("[20:00:15] ANNA ORTIZ, ANCHOR:" is a turn with its time; the label scanner reads the stamp.)
                var rest = line[close..];
                if (rest.IsWhiteSpace() || TryLabel(start + close, lineEnd, out _, out _))
                {
                    _annotationKind = line[0] == '[' ? bracketKind : AnnotationScanner.Classify(line[1..(close - 1)]);
                    ReadAnnotation(start, start + close, start + 1, start + close - 1);
                    return;
                }
            }
        }

        // A line of time stamps alone ("00:02:42", "0:00:03.680 --> 0:00:09.559").
        if (IsTimeLine(line))
        {
            _annotationKind = AnnotationKind.Timestamp;
            int end = TrimEnd(start, lineEnd);
            ReadAnnotation(start, end, start, end);
            return;
        }

        // The match is scanned into the token's own field, so no copy of it is made.
        if (TryLabel(start, lineEnd, out _match, out int labelLineEnd))
        {
            _matchBase = start;
            _labelStart = start + _match.LabelStart;
            _labelEnd = start + _match.LabelEnd;
            int textStart = start + _match.TextStart;

            // "(as Stu Price)" or "(through translator)" opening the speech is a delivery cue, not text.
            if (textStart < labelLineEnd && _text[textStart] == '(')
            {
                int close = AnnotationScanner.FindEnd(_text[textStart..labelLineEnd], 0, maxLabel);
                if (close > 0 && AnnotationScanner.Classify(_text[(textStart + 1)..(textStart + close - 1)]) is AnnotationKind.Delivery or AnnotationKind.Translation)
                {
                    _deliveryStart = textStart + 1;
                    _deliveryEnd = textStart + close - 1;
                    textStart = LabelScanner.SkipSpaces(_text, textStart + close);
                }
            }

            int end = ExtendParagraph(start, labelLineEnd, textStart, _match.Style == LabelStyle.OwnLine);
            SetToken(TranscriptTokenKind.Turn, start + _match.RegionStart, end);
            _textStart = Math.Min(textStart, end);
            _textEnd = end;
            _turnOpen = true;
            if (_match.Style == LabelStyle.MixedCase)
            {
                _mixedLabels++;
            }
            else if (_match.Style == LabelStyle.Capitals)
            {
                _capitalLabels++;
            }

            Advance(end);
            return;
        }

        // A label turned down leaves its match behind.
        _match = default;

        // A line of subtitles with its time range: the text starts after it, and the next timed line starts anew.
        if (LabelScanner.TryReadTimePrefix(line, out int timeStart, out int timeEnd, out int timedText))
        {
            int end = ExtendParagraph(start, lineEnd, start + timedText, false);
            SetToken(_turnOpen ? TranscriptTokenKind.Continuation : TranscriptTokenKind.Narration, start, end);
            _match.TimeStart = timeStart;
            _match.TimeEnd = timeEnd;
            _matchBase = start;
            _textStart = Math.Min(start + timedText, end);
            _textEnd = end;
            Advance(end);
            return;
        }

        // On a page of several stories, "Read more" or a copyright notice ends one story's excerpt, and the next story's
        // furniture follows it: chrome, not text of the turn or narration before them. (Few paragraphs open so: the test
        // of the line is made out of line.)
        if ((line[0] | 0x20) is 'r' or 'c' && ((uint)(line.Length - 9) <= 16 || line.StartsWith("Copyright", StringComparison.Ordinal))
            && TryReadBetweenStories(start, lineEnd))
        {
            return;
        }

        // A bullet before a paragraph ("• You're listening to...") is not part of its text.
        int textFrom = line[0] == '\u2022' ? start + LabelScanner.SkipSpaces(line, 1) : start;
        int paragraphEnd = ExtendParagraph(start, lineEnd, textFrom, false);
        SetToken(_turnOpen ? TranscriptTokenKind.Continuation : TranscriptTokenKind.Narration, start, paragraphEnd);
        _textStart = Math.Min(textFrom, paragraphEnd);
        _textEnd = paragraphEnd;
        Advance(paragraphEnd);
    }

    /// <summary>
    /// Reads the line [<paramref name="start"/>, <paramref name="lineEnd"/>) as chrome when it ends a story's excerpt
    /// ("Read more", or a copyright notice before the end of the page), or when it is the next story's furniture right
    /// after such a line; false, and nothing read, when it is neither. The turn before the story's end does not go on
    /// after it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryReadBetweenStories(int start, int lineEnd)
    {
        int end = TrimEnd(start, lineEnd);
        var line = _text[start..end];
        if (ChromeScanner.IsStoryEnd(line))
        {
            _chromeKind = ChromeKind.Navigation;
            _furnitureLinesLeft = MaxLinesBetweenStories;
        }
        else if (line.StartsWith("Copyright", StringComparison.Ordinal) && ChromeScanner.Classify(line) == ChromeKind.Notice)
        {
            // A story's copyright notice with more of the page after it (the page's last is its footer).
            _chromeKind = ChromeKind.Notice;
            _furnitureLinesLeft = MaxLinesBetweenStories;
        }
        else if (_furnitureLinesLeft > 0 && ChromeScanner.IsBetweenStories(line) && !GoesOnInLowerCase(lineEnd) && !TryLabel(start, lineEnd, out _, out _))
        {
            _chromeKind = ChromeScanner.Classify(line);
            if (_chromeKind == ChromeKind.None)
            {
                _chromeKind = ChromeKind.Other;
            }

            _furnitureLinesLeft--;
        }
        else
        {
            // The next story's transcript (or teaser) has begun.
            _furnitureLinesLeft = 0;
            return false;
        }

        _turnOpen = false;
        SetToken(TranscriptTokenKind.Chrome, start, end);
        _textStart = start;
        _textEnd = end;
        Advance(end);
        return true;
    }

    /// <summary>Whether the line after the one that ends at <paramref name="lineEnd"/> opens in lower case: a sentence wrapped there.</summary>
    private readonly bool GoesOnInLowerCase(int lineEnd)
    {
        if (lineEnd >= _bodyEnd)
        {
            return false;
        }

        int next = NextLineStart(lineEnd);
        return next < _bodyEnd && char.IsLower(_text[next]);
    }

    private void ReadAnnotation(int start, int end, int textStart, int textEnd)
    {
        SetToken(TranscriptTokenKind.Annotation, start, end);
        _textStart = textStart;
        _textEnd = textEnd;
        if (AnnotationScanner.EndsTurn(_annotationKind))
        {
            _turnOpen = false;
        }

        Advance(end);
    }

    /// <summary>
    /// Whether the line [<paramref name="start"/>, <paramref name="lineEnd"/>) starts with a label. A label wrapped
    /// after a comma may end on the next line (<paramref name="labelLineEnd"/> is then that line's end). A name alone on
    /// its line counts only where the text uses that convention, and a name in mixed case, in a text whose labels are
    /// in capitals, only when it is used again.
    /// </summary>
    private bool TryLabel(int start, int lineEnd, out LabelMatch match, out int labelLineEnd)
    {
        labelLineEnd = lineEnd;
        var line = _text[start..lineEnd];
        if (!ScanLine(start, lineEnd, out match))
        {
            // Most lines end with a visible char: only one that may end with a comma is trimmed.
            if (line.IsEmpty || line[^1] is > ' ' and < '\u007F' and not ',')
            {
                return false;
            }

            var trimmed = line.TrimEnd();
            if (!trimmed.IsEmpty && trimmed[^1] == ',' && lineEnd < _bodyEnd)
            {
                int next = NextLineStart(lineEnd);
                int nextEnd = LineEnd(next, _bodyEnd);
                if (next < nextEnd && ScanLine(start, nextEnd, out match)
                    && start + match.LabelEnd > next && match.Style == LabelStyle.Capitals)
                {
                    labelLineEnd = nextEnd;
                    return true;
                }
            }

            return false;
        }

        if (match.TitleOpen && TryTitleWrapped(start, lineEnd, ref match, ref labelLineEnd))
        {
            return true;
        }

        if (match.Style == LabelStyle.OwnLine)
        {
            return _ownLineLabels;
        }

        if (match.SingleWord && _mixedLabels < 2 && (_capitalLabels > 0 || !RecursInConversation(start + match.LabelStart, lineEnd, line[match.LabelStart..match.LabelEnd])))
        {
            return false;
        }

        if (match.Style == LabelStyle.MixedCase && _capitalLabels >= 1 && _mixedLabels == 0
            && !LabelScanner.IsGeneric(line, match) && !HeaderScanner.Recurs(_text, lineEnd, line[match.LabelStart..match.LabelEnd], ref _recurrenceChecks, ownLine: false))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads a label in capitals on [<paramref name="start"/>, <paramref name="lineEnd"/>) again with the next line when
    /// its role ends inside a quote (<see cref="LabelMatch.TitleOpen"/>): a quoted title wrapped onto that line, where the
    /// label's own colon is ("Co-Author, “Home Work:" over "A Memoir”: I couldn't..."). False when the label does not go on.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryTitleWrapped(int start, int lineEnd, ref LabelMatch match, ref int labelLineEnd)
    {
        // The label is read over the next line's start; the line's own end is searched for only once the label is
        // found, so that a long line is searched once.
        if (match.Style != LabelStyle.Capitals || !TryWrapReach(start, lineEnd, out int next, out int reach)
            || !ScanLine(start, reach, out var wrapped) || start + wrapped.LabelEnd <= next || wrapped.Style != LabelStyle.Capitals)
        {
            return false;
        }

        match = wrapped;
        labelLineEnd = LineEnd(next, _bodyEnd);
        return true;
    }

    /// <summary>
    /// Where a label opening at <paramref name="labelStart"/> on a line ending at <paramref name="lineEnd"/> may be read
    /// over the next line: that line's start (<paramref name="next"/>) and the end of what the scan needs
    /// (<paramref name="reach"/>), the line's end or, when it goes on further, as far as a label and its speech's first
    /// words could reach. False when there is no next line or the label could not reach it.
    /// </summary>
    private readonly bool TryWrapReach(int labelStart, int lineEnd, out int next, out int reach)
    {
        next = NextLineStart(lineEnd);
        reach = (int)Math.Min(_bodyEnd, labelStart + (4L * _options.MaxLabelLength));
        if (lineEnd >= _bodyEnd || next >= reach || next - labelStart >= _options.MaxLabelLength)
        {
            return false;
        }

        int end = _text[next..reach].IndexOfAny(StructuralChars.LineBreaks);
        reach = end < 0 ? reach : next + end;
        return next < reach;
    }

    /// <summary>The start of the line after the line break at <paramref name="lineEnd"/> (a CR LF pair is one break).</summary>
    private readonly int NextLineStart(int lineEnd) =>
        lineEnd + (lineEnd + 1 < _bodyEnd && _text[lineEnd] == '\r' && _text[lineEnd + 1] == '\n' ? 2 : 1);

    /// <summary>
    /// Whether a single word in mixed case that opens a line as a label (<paramref name="word"/>, "Woods:") opens a later
    /// line as a label again, with a line between that opens with another label in mixed case (a single word that comes
    /// back too, or a longer name): a conversation, where such a word is a label before any mixed-case label has been
    /// read ("Woods: ... Vedantam: ... Woods: ..."), and not a title or teaser shown again ("Plus: ... Then: ...
    /// Plus: ...") or a word among labels in capitals. Looks only a few times per text. <paramref name="wordStart"/> is
    /// where the word stands in the text, and <paramref name="lineEnd"/> where its line ends.
    /// </summary>
    private bool RecursInConversation(int wordStart, int lineEnd, ReadOnlySpan<char> word)
    {
        // The line that ends a paragraph is asked about again when it is read: the answer is kept for the word.
        if (wordStart != _conversationWord)
        {
            _conversationWord = wordStart;
            _conversationFound = FindConversation(lineEnd, word);
        }

        return _conversationFound;
    }

    /// <summary>The search of <see cref="RecursInConversation"/>.</summary>
    private bool FindConversation(int lineEnd, ReadOnlySpan<char> word)
    {
        if (!HeaderScanner.Recurs(_text, lineEnd, word, ref _recurrenceChecks, ownLine: false, out int again))
        {
            return false;
        }

        int maxLabel = _options.MaxLabelLength;
        int at = lineEnd;
        while (at < again)
        {
            // The next line of those between: its end, the recurrence's line start at the latest.
            int end = _text[at..again].IndexOfAny(StructuralChars.LineBreaks);
            end = end < 0 ? again : at + end;
            var between = _text[at..end].TrimStart();
            if (!between.IsEmpty && !LabelScanner.CannotStartBodyLabel(between, maxLabel)
                && LabelScanner.TryScan(between, maxLabel, LabelScanner.Strictness.Body, out var other, ownLineNames: false)
                && other.Style == LabelStyle.MixedCase && !between[other.LabelStart..other.LabelEnd].SequenceEqual(word))
            {
                // A single word between takes turns only when it opens another line as a label too, before or after
                // ("Plus: ... Then: ... Plus: ..." does not).
                var otherWord = between[other.LabelStart..other.LabelEnd];
                return !other.SingleWord
                    || (HeaderScanner.Recurs(_text, 0, otherWord, ref _recurrenceChecks, ownLine: false, out int first) && first < at)
                    || HeaderScanner.Recurs(_text, end, otherWord, ref _recurrenceChecks, ownLine: false);
            }

            at = end + 1;
        }

        return false;
    }

    /// <summary>
    /// The label scan of [<paramref name="start"/>, <paramref name="end"/>), remembered for the last span asked about:
    /// the line that ends a paragraph is scanned again when it is read, and the scan depends on the span alone.
    /// </summary>
    private bool ScanLine(int start, int end, out LabelMatch match)
    {
        if (start == _scannedStart && end == _scannedEnd)
        {
            match = _scannedMatch;
            return _scannedFound;
        }

        // The header layout scanned the line where it stopped, usually the body's first labelled line.
        if (start == _layout.ScannedStart && end == _layout.ScannedEnd)
        {
            match = _layout.ScannedMatch;
            return _layout.ScannedFound;
        }

        // Prose mostly opens with a capital and a lower-case letter, with no colon near its start: where the body names
        // no speaker alone on a line, that rules out a label before any remembered one is compared or the grammar runs.
        var line = _text[start..end];
        if (!_ownLineLabels && LabelScanner.CannotStartBodyLabel(line, _options.MaxLabelLength))
        {
            match = default;
            _scannedFound = false;
        }
        else if (_knownLabels.TryRecall(_text, line, out match))
        {
            // A speaker's later turns are recognised from the first one.
            _scannedFound = true;
        }
        else
        {
            // Where the body names no speaker alone on a line, such a line is no label, and the tests for one are not made:
            // TryLabel would turn the match down, and a name alone on its line never ends with the comma of a wrapped label.
            _scannedFound = LabelScanner.TryScan(line, _options.MaxLabelLength, LabelScanner.Strictness.Body, out match, ownLineNames: _ownLineLabels);
            if (_scannedFound)
            {
                _knownLabels.Remember(start, line, ref match);
            }
        }

        _scannedStart = start;
        _scannedEnd = end;

        // (In halves: a recalled match was just written in halves, and one wide read of it would wait for both to land.)
        LabelMatch.Copy(in match, out _scannedMatch);
        return _scannedFound;
    }

    /// <summary>Whether a line holds only clock times and the marks between them.</summary>
    /// <remarks>Most lines start with a visible char that no time line starts with: that test is inlined.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTimeLine(ReadOnlySpan<char> line) =>
        !line.IsEmpty && (char.IsAsciiDigit(line[0]) || line[0] == ':' || char.IsWhiteSpace(line[0])) && IsTrimmedTimeLine(line);

    private static bool IsTrimmedTimeLine(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || !(char.IsAsciiDigit(line[0]) || line[0] == ':'))
        {
            return false;
        }

        if (ChromeScanner.IsOnlyTimes(line))
        {
            return true;
        }

        int times = 0;
        int position = 0;
        while (TextWords.Next(line, ref position, out var word, ' ', ' '))
        {
            if (word is "-->" or "-" or "\u2013" || word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!LabelScanner.TryReadTime(word, 0, out int end) || end != word.Length)
            {
                return false;
            }

            times++;
        }

        return times > 0;
    }

    /// <summary>
    /// Extends a paragraph from the line [<paramref name="start"/>, <paramref name="lineEnd"/>) over the lines that
    /// follow it until a blank line, a label, a cue standing alone or the footer; a label inside the paragraph, after
    /// the end of a sentence, also ends it. Returns the end of the paragraph's last non-space char.
    /// </summary>
    private int ExtendParagraph(int start, int lineEnd, int textStart, bool labelOnOwnLine)
    {
        int inline = FindInlineLabel(textStart, lineEnd);
        if (inline >= 0)
        {
            return TrimEnd(start, inline);
        }

        int end = TrimEnd(start, lineEnd);
        int position = lineEnd;
        while (position < _bodyEnd)
        {
            // Step over one line break; an empty line after it (a blank line) ends the paragraph.
            int next = position + (_text[position] == '\r' && position + 1 < _text.Length && _text[position + 1] == '\n' ? 2 : 1);
            int first = next < _bodyEnd && _text[next] is '\n' or '\r' ? next : LabelScanner.SkipSpaces(_text, next);
            if (first >= _bodyEnd)
            {
                break;
            }

            // A blank line is seen at its first char, without a search for its end.
            int nextEnd = _text[first] is '\n' or '\r' ? first : LineEnd(first, _bodyEnd);
            if (first == nextEnd)
            {
                if (!labelOnOwnLine)
                {
                    break;
                }

                // A name alone on its line may be followed by a blank line before the speech.
                labelOnOwnLine = false;
                position = nextEnd;
                continue;
            }

            labelOnOwnLine = false;
            var line = _text[first..nextEnd];
            if (TryLabel(first, nextEnd, out _, out _) || IsTimeLine(line) || LabelScanner.TryReadTimePrefix(line, out _, out _, out _))
            {
                break;
            }

            if (line[0] is '(' or '[')
            {
                int close = AnnotationScanner.FindEnd(line, 0, _options.MaxLabelLength * 4);
                if (close > 0 && line[close..].IsWhiteSpace())
                {
                    break;
                }
            }

            inline = FindInlineLabel(first, nextEnd);
            if (inline >= 0)
            {
                return TrimEnd(start, inline);
            }

            end = TrimEnd(first, nextEnd);
            position = nextEnd;
        }

        return end;
    }

    /// <summary>
    /// Finds a label in capitals that starts after the end of a sentence inside [<paramref name="start"/>,
    /// <paramref name="end"/>) ("Who knew? PFEIFFER: Well...", "...Goldstein.DAVID KESTENBAUM, HOST: And"), or a caption
    /// marker with a name ("... &gt;&gt; host: war and peace"); returns its index or -1. Only colons are candidates,
    /// and each is checked within the label length, so the cost stays linear.
    /// </summary>
    private int FindInlineLabel(int start, int end)
    {
        // Most speech holds neither a colon nor a Q: one search settles it, and neither is looked for again before it.
        int first = NextMark(start, end);
        if (first < 0)
        {
            return -1;
        }

        int label = FindInlineColonLabel(start, first, end);
        int question = FindInlineQuestion(Math.Max(start + 1, first), label < 0 ? end : label);
        return question >= 0 ? question : label;
    }

    /// <summary>
    /// Finds a press-briefing question from <paramref name="from"/> (after the paragraph's first char) to
    /// <paramref name="end"/>: a <c>Q</c> after the end of a sentence, then a wide gap ("... Hey, everybody.  Q    Good
    /// to see you."); returns its index or -1.
    /// </summary>
    private readonly int FindInlineQuestion(int from, int end)
    {
        while (from < end)
        {
            int q = NextMark('Q', from, end);
            if (q < 0)
            {
                return -1;
            }

            from = q + 1;
            if (q + 1 < end && _text[q + 1] is ' ' or '\t' && _text[q - 1] is ' ' or '\t'
                && SentenceBoundaryBefore(q) is '.' or '?' or '!' or ')' or '"' or '\u201D'
                && LabelScanner.TryScan(_text[q..end], _options.MaxLabelLength, LabelScanner.Strictness.Body, out var match) && match.Style == LabelStyle.QuestionAnswer)
            {
                return q;
            }
        }

        return -1;
    }

    /// <summary>
    /// Finds a label that ends at a colon inside [<paramref name="start"/>, <paramref name="end"/>); no colon stands
    /// before <paramref name="searchFrom"/>. Returns its index or -1.
    /// </summary>
    private int FindInlineColonLabel(int start, int searchFrom, int end)
    {
        // The paragraphs of one long line (questions and answers run together) each search the rest of the line: a
        // search that found nothing there answers for those after it, which see the same colons through narrower
        // windows, so that the line is searched once.
        if (end == _noColonLabelEnd && start >= _noColonLabelStart && searchFrom >= _noColonLabelFrom)
        {
            return -1;
        }

        int firstSearch = searchFrom;
        int maxLabel = _options.MaxLabelLength;
        int from = start;
        while (searchFrom < end)
        {
            int colon = NextMark(':', searchFrom, end);
            if (colon < 0)
            {
                break;
            }

            // A label holds no colon, so the window starts after the previous one: each char is looked at once.
            int floor = Math.Max(from, colon - maxLabel);
            from = searchFrom = colon + 1;

            // Speech seldom holds a '>': a search for the char, far cheaper than one for the pair, settles most windows.
            var window = _text[floor..colon];
            int caption = window.LastIndexOf('>') > 0 ? window.LastIndexOf(">>", StringComparison.Ordinal) : -1;
            if (caption >= 0 && floor + caption > start)
            {
                int at = floor + caption;
                if (LabelScanner.TryScan(_text[at..end], maxLabel, LabelScanner.Strictness.Body, out var c) && c.Style == LabelStyle.Caption && at + c.TextStart > colon)
                {
                    return at;
                }
            }

            // A clock's colon ("from 9:30 to 11:00") ends no label: the grammar turns such a colon down, unless it stands
            // inside a time stamp in parentheses ("COOPER (20:00:15):"). Nor does a colon after a word in lower case
            // ("has a choice: load less"), unless a role after a comma may end there ("KESTENBAUM, host:").
            if (LabelScanner.IsClockColonOutsideParentheses(_text, colon, end) || LabelScanner.FollowsLowerCaseWithoutRole(_text, floor, colon))
            {
                continue;
            }

            // Try the sentence boundaries before the colon, the nearest first, and keep the farthest that reads as
            // a label: "HARRY ENTEN, CNN SENIOR DATA REPORTER:" rather than "CNN SENIOR DATA REPORTER:".
            int attempts = 0, found = -1;
            for (int b = colon - 1; b >= floor && attempts < 8; b--)
            {
                // Only a capital starts a label: one search steps over the ASCII chars that are not.
                int candidate = _text[floor..(b + 1)].LastIndexOfAnyExcept(StructuralChars.AsciiExceptCapitals);
                if (candidate < 0)
                {
                    break;
                }

                b = floor + candidate;
                if (b == start || !char.IsUpper(_text[b]))
                {
                    continue;
                }

                char boundary = SentenceBoundaryBefore(b);
                if (boundary == '\0')
                {
                    continue;
                }

                attempts++;
                if (IsInlineLabelAt(b, end, colon, boundary))
                {
                    found = b;
                }
            }

            if (found >= 0)
            {
                // An initial or a title with its period belongs to the label: "S. O'BRIEN", "MR. KIRBY", "LT. GEN. MARK".
                for (int extend = 0; extend < 3; extend++)
                {
                    int earlier = StartOfAbbreviationBefore(found, start);
                    if (earlier < 0 || !IsInlineLabelAt(earlier, end, colon, SentenceBoundaryBefore(earlier)))
                    {
                        break;
                    }

                    found = earlier;
                }

                return found;
            }
        }

        _noColonLabelStart = start;
        _noColonLabelFrom = firstSearch;
        _noColonLabelEnd = end;
        return -1;
    }

    private readonly bool IsInlineLabelAt(int b, int end, int colon, char boundary)
    {
        if (boundary == '\0' && b > 0)
        {
            return false;
        }

        // Most capitals after a sentence end open a word in mixed case: two chars settle it before the capitals test.
        if (LabelScanner.CannotStartInlineLabel(_text[b..end], _options.MaxLabelLength))
        {
            return false;
        }

        // Captions written wholly in capitals go on in capitals after the label, perhaps cut off before a sentence ends.
        var strictness = IsInCapitals(b) ? LabelScanner.Strictness.InlineCapitals : LabelScanner.Strictness.Inline;
        // The colon may stand inside the label, in a quoted title or a parenthesis ("Co-Author, “Home Work: A Memoir”:"):
        // the label is found at its first colon, since the search for the next starts after it.
        bool found = LabelScanner.TryScan(_text[b..end], _options.MaxLabelLength, strictness, out var m);

        // A quoted title in the role may go on on the next line, where the label's own colon is (R-LBL-28). Read up to
        // the line's end, the label's colon may be the title's, with the speech after it not yet speech ("“Home Work: A").
        if ((found ? m.TitleOpen : LabelScanner.HasOpenQuote(_text.Slice(b, Math.Min(end - b, _options.MaxLabelLength))))
            && TryWrapReach(b, end, out int next, out int reach)
            && LabelScanner.TryScan(_text[b..reach], _options.MaxLabelLength, strictness, out var wrapped) && b + wrapped.LabelEnd > next)
        {
            m = wrapped;
            found = true;
        }

        return found && b + m.TextStart > colon
            && (boundary != ',' || _text[(b + m.NameStart)..(b + m.NameEnd)].IndexOf(' ') > 0);
    }

    /// <summary>Whether the text just before <paramref name="b"/> is written in capitals (a few words, no lower-case letter).</summary>
    private readonly bool IsInCapitals(int b) => TextWords.IsInCapitals(_text[Math.Max(0, b - 60)..b], 12);

    /// <summary>The start of a short capitalised word with a period just before <paramref name="b"/> ("S. ", "MR. "), or -1.</summary>
    private readonly int StartOfAbbreviationBefore(int b, int floor)
    {
        int p = b - 1;
        while (p > floor && _text[p] == ' ')
        {
            p--;
        }

        if (p <= floor || _text[p] != '.' || p == b - 1)
        {
            return -1;
        }

        int w = p;
        while (w > floor && char.IsUpper(_text[w - 1]) && p - w < 4)
        {
            w--;
        }

        return w < p && (w == floor || !char.IsLetterOrDigit(_text[w - 1])) ? w : -1;
    }

    /// <summary>
    /// The mark that ends the sentence before index <paramref name="i"/> ('.', '?', ')', ...), or '\0' when a sentence
    /// does not end there. Spaces may stand between; without a space only closing marks count ("Goldstein.DAVID").
    /// A comma counts too; the caller then asks for a name of two words or more.
    /// </summary>
    private readonly char SentenceBoundaryBefore(int i)
    {
        int j = i - 1;
        while (j >= 0 && _text[j] is ' ' or '\t' or '\u00A0')
        {
            j--;
        }

        if (j < 0 || j == i - 1 && !(_text[j] is '.' or '?' or '!' or ')' or ']' or '"' or '\u201D'))
        {
            return '\0';
        }

        char c = _text[j];
        if (c == '-' && j > 0 && _text[j - 1] == '-' && j < i - 1)
        {
            // A broken-off sentence: "I'm the type of person-- COOPER: Please be honest!"
            return c;
        }

        return c is '.' or '?' or '!' or ':' or ')' or ']' or '"' or '\u201D' or '\u2014' or '\u2013' or ',' ? c : '\0';
    }

    private void SetToken(TranscriptTokenKind kind, int start, int end)
    {
        _kind = kind;
        _tokenStart = start;
        _tokenEnd = end;
        _tokenLine = _positionLine;
        _tokenColumn = start - _lineStart + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhitespace()
    {
        // The line breaks passed are counted here, as Advance counts them, since every char is looked at anyway.
        var text = _text;
        int i = _position;

        // Most paragraphs end with one or two line feeds before the next one's first visible char.
        if (i + 2 < text.Length && text[i] == '\n')
        {
            int at = text[i + 1] == '\n' ? i + 2 : i + 1;
            if (text[at] is > ' ' and < '\u007F')
            {
                _positionLine += at - i;
                _lineStart = at;
                _position = at;
                return;
            }
        }

        SkipWhitespaceSlow();
    }

    /// <summary>The skip of <see cref="SkipWhitespace"/> over any run of spaces and line breaks, counting the breaks.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SkipWhitespaceSlow()
    {
        var text = _text;
        int i = _position;
        int lines = 0, lastBreak = -1;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                lines++;
                lastBreak = i;
            }
            else if (c == '\r')
            {
                // \r counts when no \n follows it.
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    lines++;
                }

                lastBreak = i;
            }
            else if (c is > ' ' and < '\u007F' || !(char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF'))
            {
                break;
            }

            i++;
        }

        if (lines > 0)
        {
            _positionLine += lines;
            _lineStart = lastBreak + 1;
        }

        _position = i;
    }

    /// <summary>Moves to <paramref name="position"/>, counting the line breaks passed.</summary>
    /// <remarks>Most tokens end on the line they start on: that test is inlined, and the count is called only past it.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance(int position)
    {
        // A token that ends on the line it starts on passes no line break: the line's end is already known.
        if (_position >= _breakFreeFrom && position <= _breakFreeTo)
        {
            _position = position;
            return;
        }

        AdvanceOverLines(position);
    }

    private void AdvanceOverLines(int position)
    {
        var passed = _text[_position..position];

        // Most tokens hold no line break: one search settles it.
        int lineBreak = passed.IndexOfAny(StructuralChars.LineBreaks);
        if (lineBreak < 0)
        {
            _position = position;
            return;
        }

        // One pass from break to break: \n counts, and \r when no \n follows it.
        int lines = 0, lastBreak;
        while (true)
        {
            if (passed[lineBreak] == '\n' || (lineBreak + 1 < passed.Length ? passed[lineBreak + 1] != '\n' : position >= _text.Length || _text[position] != '\n'))
            {
                lines++;
            }

            lastBreak = lineBreak;
            int next = passed[(lineBreak + 1)..].IndexOfAny(StructuralChars.LineBreaks);
            if (next < 0)
            {
                break;
            }

            lineBreak += 1 + next;
        }

        if (lines > 0)
        {
            _positionLine += lines;
            _lineStart = _position + lastBreak + 1;
        }

        _position = position;
    }

    /// <summary>
    /// The end of the line that holds <paramref name="start"/>. The last answer is kept, so that the many tokens of a
    /// single long line (a whole transcript on one line) do not each search to its end again.
    /// </summary>
    private int LineEnd(int start, int limit)
    {
        if (start >= _knownLineFrom && start <= _knownLineEnd && _knownLineEnd <= limit && _knownLineLimit == limit)
        {
            return _knownLineEnd;
        }

        int end = LineScanner.FindLineEnd(_text[start..limit], out int firstMark, out int secondMark, out int lastMark);
        end = end < 0 ? limit : start + end;
        _knownLineFrom = start;
        _knownLineEnd = end;
        _knownLineLimit = limit;
        _knownFirstMark = firstMark < 0 ? NoMark : start + firstMark;
        _knownSecondMark = secondMark < 0 ? NoMark : start + secondMark;
        _knownLastMark = lastMark < 0 ? -1 : start + lastMark;
        return end;
    }

    /// <summary>
    /// The index of the first <c>:</c> or <c>Q</c> in [<paramref name="from"/>, <paramref name="end"/>), or -1. The
    /// search for the last line's end noted its first, second and last: most lines hold a label's own colon and at
    /// most one mark after it, so most answers need no search.
    /// </summary>
    private readonly int NextMark(int from, int end)
    {
        if (from >= _knownLineFrom && end <= _knownLineEnd)
        {
            int mark = from > _knownLastMark ? NoMark
                : from <= _knownFirstMark ? _knownFirstMark
                : from <= _knownSecondMark ? _knownSecondMark
                : -1;
            if (mark >= 0)
            {
                return mark < end ? mark : -1;
            }
        }

        int next = _text[from..end].IndexOfAny(':', 'Q');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The index of the first <paramref name="mark"/> (<c>:</c> or <c>Q</c>) in [<paramref name="from"/>, <paramref name="end"/>), or -1.</summary>
    private readonly int NextMark(char mark, int from, int end)
    {
        while (from < end)
        {
            int next = NextMark(from, end);
            if (next < 0 || _text[next] == mark)
            {
                return next;
            }

            from = next + 1;
        }

        return -1;
    }

    private readonly int TrimEnd(int start, int end)
    {
        // Most text ends with a visible ASCII char.
        if (end > start && _text[end - 1] is > ' ' and < '\u007F')
        {
            return end;
        }

        while (end > start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is '\u200B' or '\uFEFF'))
        {
            end--;
        }

        return end;
    }
}
