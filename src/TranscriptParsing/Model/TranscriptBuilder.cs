using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>Builds the object model from the reader's tokens: one pass, no copies of the text.</summary>
internal sealed class TranscriptBuilder
{
    /// <summary>What <see cref="AddCues"/> looks for: the cues' openers, and the question mark that tells a question.</summary>
    private static readonly SearchValues<char> CueOpenersAndQuestionMark = SearchValues.Create("([?");

    private readonly SpeakerResolver _resolver = new();
    private BlockDraft[] _drafts = [];
    private int _draftCount;

    // For each draft, the start of its line, found while the text just read is at hand; and where the last draft began.
    private int[] _lineStarts = [];
    private int _lastDraftStart;
    private int _lastLineStart;

    // Whether the drafts become records, which are what the line starts are found for.
    private bool _records;

    /// <summary>The blocks of the last document built, before they were made records, in source order.</summary>
    public ReadOnlySpan<BlockDraft> Drafts => _drafts.AsSpan(0, _draftCount);

    /// <summary>The speaker index of each distinct label of the last document built (see <see cref="BlockDraft.LabelIndex"/>).</summary>
    public ReadOnlySpan<int> SpeakerOfLabel => _resolver.SpeakerOfLabel;

    /// <summary>
    /// Parses <paramref name="data"/>'s source into it; the diagnostics it already holds come first. Without
    /// <paramref name="records"/>, the blocks are left as <see cref="Drafts"/> and <paramref name="data"/> holds none:
    /// for a writer that reads them there (the compact JSON), which saves making and reading back the records.
    /// </summary>
    public void Build(TranscriptData data, in TranscriptParseOptions options, bool records = true)
    {
        var text = data.Text;
        var reader = new TranscriptReader(text, options.Reader);
        _draftCount = 0;
        _lastDraftStart = _lastLineStart = 0;
        _records = records;
        _resolver.Clear(data);
        bool hasProgram = false, hasAirDate = false;
        int bodyStart = -1;
        int pending = -1;
        int lastTurn = -1;
        int furnitureEnd = -1;
        int maxCue = options.Reader.MaxLabelLength;

        while (reader.Read())
        {
            switch (reader.TokenKind)
            {
                case TranscriptTokenKind.Chrome when reader.InBody:
                    // Furniture between two stories of a page: kept as chrome, and no block before it goes on after it.
                    KeepChromeLine(data, ref reader);
                    furnitureEnd = reader.Span.End;
                    lastTurn = -1;
                    pending = -1;
                    break;

                case TranscriptTokenKind.Chrome:
                    AddChrome(data, ref reader, ref hasProgram, ref hasAirDate);
                    break;

                case TranscriptTokenKind.Title:
                    data.Title = reader.Span;
                    break;

                case TranscriptTokenKind.Summary:
                    data.Summary = reader.Span;
                    break;

                case TranscriptTokenKind.Turn when reader.LabelStyle == LabelStyle.VoiceTag && ContinuesVoice(text, reader.Label, lastTurn):
                {
                    // WebVTT cues by the same voice are one turn; the cue times between them become its cues.
                    ref var turn = ref _drafts[lastTurn];
                    TakeCuesAfter(data, lastTurn);
                    pending = -1;
                    if (ExtendTurn(text, ref turn, reader.Span.End, reader.TextSpan, data, maxCue))
                    {
                        _resolver.AddQuestion(turn.LabelIndex);
                    }

                    break;
                }

                case TranscriptTokenKind.Turn:
                {
                    // The token's spans are read once: the reader's getters are not always inlined into this long loop.
                    var span = reader.Span;
                    var textSpan = reader.TextSpan;
                    if (bodyStart < 0)
                    {
                        bodyStart = span.Start;
                    }

                    pending = -1;
                    ref var draft = ref NewDraft(text, span.Start);
                    draft = new BlockDraft
                    {
                        Kind = BlockKind.Turn,
                        Span = span,
                        LabelSpan = reader.LabelSpan,
                        TextSpan = textSpan,
                        TimeSpan = reader.TimeSpan,
                        DeliverySpan = reader.DeliverySpan,
                        LineNumber = reader.LineNumber,
                        ColumnNumber = reader.ColumnNumber,
                        LabelIndex = _resolver.Register(text, ref reader, _draftCount - 1),
                        LabelStyle = reader.LabelStyle,
                    };
                    draft.HasQuestion = AddCues(text, textSpan, data, maxCue);
                    if (draft.HasQuestion)
                    {
                        _resolver.AddQuestion(draft.LabelIndex);
                    }
                    if (draft.DeliverySpan.IsEmpty && !reader.ParentheticalSpan.IsEmpty
                        && _resolver.IsDeliveryNote(text, draft.LabelIndex, reader.LabelSpan, reader.ParentheticalSpan))
                    {
                        // "DUQUESNE (on camera):" — the note stays in the label as written and is the turn's delivery too.
                        draft.DeliverySpan = reader.ParentheticalSpan;
                    }

                    lastTurn = _draftCount - 1;
                    break;
                }

                case TranscriptTokenKind.Continuation when _draftCount > 0 && lastTurn >= 0 && (pending < 0 ? lastTurn == _draftCount - 1 : pending == lastTurn + 1):
                {
                    // An unlabelled paragraph continues the turn, taking in the cues that stood between them.
                    ref var turn = ref _drafts[lastTurn];
                    TakeCuesAfter(data, lastTurn);
                    pending = -1;
                    if (ExtendTurn(text, ref turn, reader.Span.End, reader.Span, data, maxCue))
                    {
                        _resolver.AddQuestion(turn.LabelIndex);
                    }

                    break;
                }

                case TranscriptTokenKind.Continuation:
                case TranscriptTokenKind.Narration:
                {
                    var span = reader.Span;
                    var textSpan = reader.TextSpan;
                    if (bodyStart < 0)
                    {
                        bodyStart = span.Start;
                    }

                    // Narration after a turn and its cues still belongs to that speaker.
                    bool continues = reader.TokenKind == TranscriptTokenKind.Continuation && lastTurn >= 0;
                    pending = -1;
                    int labelIndex = continues ? _drafts[lastTurn].LabelIndex : -1;
                    if (ContinuesCutSentence(text, textSpan, reader.TimeSpan, labelIndex) && _drafts[_draftCount - 1].Span.End > furnitureEnd)
                    {
                        // A caption wrapped across a blank line: the sentence goes on in the narration before it.
                        ref var previous = ref _drafts[_draftCount - 1];
                        previous.Span = TextSpan.FromBounds(previous.Span.Start, span.End);
                        previous.TextSpan = TextSpan.FromBounds(previous.TextSpan.Start, textSpan.End);
                        AddCues(text, span, data, maxCue);
                        break;
                    }

                    ref var draft = ref NewDraft(text, span.Start);
                    draft = new BlockDraft
                    {
                        Kind = BlockKind.Narration,
                        Span = span,
                        TextSpan = textSpan,
                        TimeSpan = reader.TimeSpan,
                        LineNumber = reader.LineNumber,
                        ColumnNumber = reader.ColumnNumber,
                        LabelIndex = labelIndex,
                    };
                    AddCues(text, span, data, maxCue);
                    break;
                }

                case TranscriptTokenKind.Annotation:
                {
                    var span = reader.Span;
                    if (bodyStart < 0)
                    {
                        bodyStart = span.Start;
                    }

                    bool endsTurn = AnnotationScanner.EndsTurn(reader.AnnotationKind);
                    if (endsTurn)
                    {
                        lastTurn = -1;
                        pending = -1;
                    }
                    else if (pending < 0 && lastTurn == _draftCount - 1 && lastTurn >= 0)
                    {
                        pending = _draftCount;
                    }

                    ref var draft = ref NewDraft(text, span.Start);
                    draft = new BlockDraft
                    {
                        Kind = BlockKind.Annotation,
                        Span = span,
                        TextSpan = reader.TextSpan,
                        AnnotationKind = reader.AnnotationKind,
                        LineNumber = reader.LineNumber,
                        ColumnNumber = reader.ColumnNumber,
                        LabelIndex = -1,
                    };
                    break;
                }

                case TranscriptTokenKind.Footer:
                    ReadFooter(data, ref reader);
                    break;
            }
        }

        var drafts = _drafts.AsSpan(0, _draftCount);
        var speakerOfLabel = _resolver.Resolve(drafts, Math.Max(0, bodyStart));
        if (records)
        {
            WriteBlocks(data, drafts, speakerOfLabel, _lineStarts.AsSpan(0, _draftCount));
        }

        // Every turn registers its label and stays a block: the resolver's count is the turns', with no pass over the blocks.
        if (_resolver.TurnCount == 0 && drafts.Length > 0)
        {
            data.AddDiagnostic(new DiagnosticRecord
            {
                Code = "TP0102",
                Severity = DiagnosticSeverity.Info,
                Message = "No speaker labels were found; the body is read as narration.",
                LineNumber = drafts[0].LineNumber,
                ColumnNumber = drafts[0].ColumnNumber,
            });
        }

        data.Dialect = options.Dialect != TranscriptDialect.Auto ? options.Dialect : DialectDetector.Detect(data);
    }

    /// <summary>
    /// Keeps a chrome line of the header, and the station, program or air date it gives. The header's lines, and the
    /// footer (<see cref="ReadFooter"/>), are read in methods of their own, out of <see cref="Build"/>: what the JIT
    /// inlines into one method is bounded, and the body's blocks, which come by the hundred, are to have it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddChrome(TranscriptData data, ref TranscriptReader reader, ref bool hasProgram, ref bool hasAirDate)
    {
        KeepChromeLine(data, ref reader);
        if (reader.ChromeKind == ChromeKind.Station)
        {
            if (!data.HasStation)
            {
                HeaderFacts.ReadStation(data, reader.Span);
            }
        }
        else if (reader.ChromeKind == ChromeKind.Program)
        {
            if (!hasProgram && HeaderFacts.TryReadProgram(reader.Text, out var program))
            {
                data.Program = data.Refer(program);
                hasProgram = true;
            }
        }
        else if (reader.ChromeKind == ChromeKind.AirDate && !hasAirDate)
        {
            data.AirDate = HeaderFacts.ReadAirDate(reader.Text, data);
            hasAirDate = !data.AirDate.IsNull;
        }
    }

    /// <summary>
    /// Keeps the chrome line the reader is at, and nothing more: between two stories of a page, where the station,
    /// program and air date stay the header's (a later story's date line is not the page's); in the header, under
    /// <see cref="AddChrome"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KeepChromeLine(TranscriptData data, ref TranscriptReader reader)
    {
        TranscriptData.Grow(ref data.Work.Chrome, data.ChromeCount + 1);
        data.Chrome[data.ChromeCount++] = new ChromeRecord { Span = reader.Span, LineNumber = reader.LineNumber, Kind = reader.ChromeKind };
    }

    /// <summary>Keeps the footer the reader is at and the facts it gives (see <see cref="AddChrome"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReadFooter(TranscriptData data, ref TranscriptReader reader)
    {
        var folded = SourceText.FoldLines(reader.Text, data);
        data.FooterText = folded;
        data.FooterProvider = FooterFacts.Provider(data, folded);
        data.FooterCopyrightHolder = FooterFacts.CopyrightHolder(data, folded);
        data.FooterYear = FooterFacts.Year(data[folded]);
        data.FooterSpan = reader.Span;
        data.FooterLine = reader.LineNumber;
    }

    /// <summary>Lets go of buffers that a very large document grew, so that a long-lived builder does not hold them.</summary>
    public void TrimExcess(int maxBlocks)
    {
        if (_drafts.Length > maxBlocks)
        {
            _drafts = [];
            _lineStarts = [];
        }

        _resolver.TrimExcess(maxBlocks);
    }

    /// <summary>
    /// Whether a paragraph of narration goes on with the sentence of the narration just before it: that one stops at a
    /// word or a comma, and this one starts in lower case (captions wrapped across blank lines).
    /// </summary>
    private bool ContinuesCutSentence(ReadOnlySpan<char> text, TextSpan paragraph, TextSpan time, int labelIndex)
    {
        if (_draftCount == 0 || !time.IsEmpty || paragraph.IsEmpty || !char.IsLower(text[paragraph.Start]))
        {
            return false;
        }

        ref var previous = ref _drafts[_draftCount - 1];
        if (previous.Kind != BlockKind.Narration || previous.LabelIndex != labelIndex || !previous.TimeSpan.IsEmpty || previous.TextSpan.IsEmpty)
        {
            return false;
        }

        char last = text[previous.TextSpan.End - 1];
        return char.IsLetterOrDigit(last) || last == ',';
    }

    /// <summary>
    /// A new draft for a block at <paramref name="start"/>, the start of whose line is found now, while the text just
    /// read is at hand, when the drafts are to become records (the compact JSON takes the reader's line and column).
    /// </summary>
    private ref BlockDraft NewDraft(ReadOnlySpan<char> text, int start)
    {
        TranscriptData.Grow(ref _drafts, _draftCount + 1);
        if (_records)
        {
            TranscriptData.Grow(ref _lineStarts, _draftCount + 1);

            // Found from the last draft's, even one dropped since: the start of a line does not depend on the blocks.
            _lastLineStart = BlockPositions.LineStart(text, _lastDraftStart, _lastLineStart, start);
            _lastDraftStart = start;
            _lineStarts[_draftCount] = _lastLineStart;
        }

        return ref _drafts[_draftCount++];
    }

    /// <summary>The cues standing after the last turn become its cues; their blocks go.</summary>
    private void TakeCuesAfter(TranscriptData data, int lastTurn)
    {
        for (int i = lastTurn + 1; i < _draftCount; i++)
        {
            TranscriptData.Grow(ref data.Work.Cues, data.CueCount + 1);
            data.Cues[data.CueCount++] = new Cue(_drafts[i].AnnotationKind, _drafts[i].Span);
        }

        _draftCount = lastTurn + 1;
    }

    /// <summary>
    /// Turns the drafts into compact records, with what does not fit them in extras. A block's line is kept as the
    /// lines from the block before, and its column is counted from the start of its line (see
    /// <see cref="BlockPositions"/>), given in <paramref name="lineStarts"/>. Where that does not give the reader's
    /// position, the block's extra keeps it.
    /// </summary>
    internal static void WriteBlocks(TranscriptData data, ReadOnlySpan<BlockDraft> drafts, ReadOnlySpan<int> speakerOfLabel, ReadOnlySpan<int> lineStarts)
    {
        TranscriptData.Grow(ref data.Work.Blocks, drafts.Length);
        data.BlockCount = drafts.Length;
        var blocks = data.Work.Blocks.AsSpan(0, drafts.Length);
        lineStarts = lineStarts[..drafts.Length];

        // Most blocks fit their record whole; each that does not is written the general way, and the run goes on after it.
        int i = 0;
        while ((i = PackBlocks(drafts, speakerOfLabel, lineStarts, blocks, i)) < drafts.Length)
        {
            ref readonly var draft = ref drafts[i];
            int lineDelta = draft.LineNumber - (i == 0 ? 1 : drafts[i - 1].LineNumber);
            bool columnCounted = draft.Span.Start - lineStarts[i] + 1 == draft.ColumnNumber;
            WriteBlock(data, i, draft, SpeakerOf(draft, speakerOfLabel), lineDelta, columnCounted);
            i++;
        }
    }

    /// <summary>
    /// Writes the records of the blocks from <paramref name="from"/> on for as long as each fits its record whole
    /// (<see cref="BlockRecord.TryPack"/>); returns the index of the first that does not, or the count of drafts. A
    /// loop that calls nothing, so that what it reads stays in registers.
    /// </summary>
    private static int PackBlocks(ReadOnlySpan<BlockDraft> drafts, ReadOnlySpan<int> speakerOfLabel, ReadOnlySpan<int> lineStarts, Span<BlockRecord> blocks, int from)
    {
        int previousLine = from == 0 ? 1 : drafts[from - 1].LineNumber;
        for (int i = from; i < drafts.Length; i++)
        {
            ref readonly var draft = ref drafts[i];

            // As BlockPositions gives it when the block is read (a new record has no extra).
            bool columnCounted = draft.Span.Start - lineStarts[i] + 1 == draft.ColumnNumber;
            if (!BlockRecord.TryPack(draft, SpeakerOf(draft, speakerOfLabel), draft.LineNumber - previousLine, columnCounted, out blocks[i]))
            {
                return i;
            }

            previousLine = draft.LineNumber;
        }

        return drafts.Length;
    }

    /// <summary>The speaker index of a block, or -1.</summary>
    private static int SpeakerOf(in BlockDraft draft, ReadOnlySpan<int> speakerOfLabel) =>
        draft.LabelIndex >= 0 ? speakerOfLabel[draft.LabelIndex] : -1;

    /// <summary>
    /// Writes the record of block <paramref name="block"/>, and its extra when the record cannot hold all of it: the
    /// general way, for any block (<see cref="WriteBlocks"/> takes it for those <see cref="BlockRecord.TryPack"/>
    /// turns away). <paramref name="lineDelta"/> is the lines from the block before; <paramref name="columnCounted"/>
    /// says whether the column counted from the start of the block's line is the reader's.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void WriteBlock(TranscriptData data, int block, in BlockDraft draft, int speaker, int lineDelta, bool columnCounted)
    {
        var label = draft.LabelSpan;
        int labelOffset = label.Start - draft.Span.Start;
        bool packedLabel = draft.Kind == BlockKind.Turn
            ? label.Length is > 0 and <= byte.MaxValue && labelOffset is >= 0 and <= byte.MaxValue
            : label == default;
        ref var record = ref data.Work.Blocks[block];
        record = new BlockRecord(draft.Span, draft.TextSpan, speaker, out bool fits)
        {
            LabelOffset = draft.Kind == BlockKind.Turn && packedLabel ? (byte)labelOffset : (byte)0,
            LabelLength = draft.Kind == BlockKind.Turn && packedLabel ? (byte)label.Length : (byte)0,
            Kind = draft.Kind,
            AnnotationKind = draft.AnnotationKind,
            LineDelta = lineDelta,
        };

        bool positionCounted = record.LineDelta <= BlockRecord.MaxLineDelta && columnCounted;
        if (fits && packedLabel && positionCounted && draft.TimeSpan == default && draft.DeliverySpan == default)
        {
            return;
        }

        record.Flags |= BlockFlags.Extra;
        TranscriptData.Grow(ref data.Work.Extras, data.ExtraCount + 1);
        data.Extras[data.ExtraCount++] = new BlockExtra
        {
            Block = block,
            Label = label,
            Text = draft.TextSpan,
            Speaker = speaker,
            Time = draft.TimeSpan,
            Delivery = draft.DeliverySpan,
            LineNumber = positionCounted ? 0 : draft.LineNumber,
            ColumnNumber = positionCounted ? 0 : draft.ColumnNumber,
        };
    }

    /// <summary>Whether a voice tag continues the last turn: same voice, only cue times between.</summary>
    private bool ContinuesVoice(ReadOnlySpan<char> text, ReadOnlySpan<char> label, int lastTurn)
    {
        if (lastTurn < 0 || _drafts[lastTurn].LabelStyle != LabelStyle.VoiceTag)
        {
            return false;
        }

        for (int i = lastTurn + 1; i < _draftCount; i++)
        {
            if (_drafts[i].Kind != BlockKind.Annotation || _drafts[i].AnnotationKind != AnnotationKind.Timestamp)
            {
                return false;
            }
        }

        var previous = _drafts[lastTurn].LabelSpan;
        return text.Slice(previous.Start, previous.Length).SequenceEqual(label);
    }

    /// <summary>
    /// A turn takes in text up to <paramref name="end"/>, of which <paramref name="read"/> is the paragraph just read,
    /// to be searched for cues; whatever else it takes in (blank lines, the cues taken before) is only looked at for a
    /// question mark.
    /// </summary>
    /// <returns>Whether the turn holds a question mark now and did not before.</returns>
    private static bool ExtendTurn(ReadOnlySpan<char> text, ref BlockDraft turn, int end, TextSpan read, TranscriptData data, int maxCue)
    {
        int before = turn.TextSpan.End;
        turn.Span = TextSpan.FromBounds(turn.Span.Start, end);
        turn.TextSpan = TextSpan.FromBounds(turn.TextSpan.Start, end);
        bool question = AddCues(text, read, data, maxCue);
        if (!turn.HasQuestion && !question)
        {
            question = (before < read.Start && text[before..read.Start].Contains('?'))
                || (read.End < end && text[Math.Max(read.End, before)..end].Contains('?'));
        }

        bool found = question && !turn.HasQuestion;
        turn.HasQuestion |= question;
        return found;
    }

    /// <summary>Finds the cues inside a range of text ("(LAUGHTER)", "(ph)", "[inaudible]").</summary>
    /// <returns>Whether the range holds a question mark, inside a cue or not: found in the same search.</returns>
    private static bool AddCues(ReadOnlySpan<char> text, TextSpan range, TranscriptData data, int maxLength)
    {
        int from = range.Start;
        int end = range.End;
        bool question = false;
        while (from < end)
        {
            // Once a question mark is found, only the cues are looked for.
            int at = text[from..end].IndexOfAny(question ? StructuralChars.CueOpeners : CueOpenersAndQuestionMark);
            if (at < 0)
            {
                break;
            }

            at += from;
            if (text[at] == '?')
            {
                question = true;
                from = at + 1;
                continue;
            }

            // A cue closes on its line and within the label length: look no further than that.
            int reach = Math.Min(end, at + maxLength + 2);
            int lineEnd = text[at..reach].IndexOfAny(StructuralChars.LineBreaks);
            lineEnd = lineEnd < 0 ? reach : at + lineEnd;
            int close = AnnotationScanner.FindEnd(text[at..lineEnd], 0, maxLength);
            if (close < 0)
            {
                from = at + 1;
                continue;
            }

            var contents = text.Slice(at + 1, close - 2);
            question = question || contents.Contains('?');
            var kind = AnnotationScanner.Classify(contents);
            if (kind != AnnotationKind.Other || IsCueLike(contents))
            {
                TranscriptData.Grow(ref data.Work.Cues, data.CueCount + 1);
                data.Cues[data.CueCount++] = new Cue(kind, new TextSpan(at, close));
            }

            from = at + close;
        }

        return question;
    }

    /// <summary>A cue of no known kind is still a cue when written in capitals ("(SIREN WAILING)").</summary>
    private static bool IsCueLike(ReadOnlySpan<char> contents)
    {
        int letters = 0;
        foreach (char c in contents)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 4;
    }
}
