using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>Builds the object model from the reader's tokens: one pass, no copies of the text.</summary>
internal static class TranscriptBuilder
{
    public static Transcript Build(SourceText source, in TranscriptParseOptions options, List<Diagnostic> diagnostics)
    {
        var text = source.Span;
        var reader = new TranscriptReader(text, options.Reader);
        var chrome = ImmutableArray.CreateBuilder<ChromeLine>();
        var drafts = new List<BlockDraft>();
        var cues = new List<Cue>();
        var resolver = new SpeakerResolver(source);
        Station? station = null;
        string? program = null, airDate = null;
        TextSpan? titleSpan = null, summarySpan = null;
        Footer? footer = null;
        int bodyStart = -1;
        int pending = -1;
        int lastTurn = -1;
        int maxCue = options.Reader.MaxLabelLength;

        while (reader.Read())
        {
            switch (reader.TokenKind)
            {
                case TranscriptTokenKind.Chrome:
                    chrome.Add(new ChromeLine(source, reader.Span, reader.LineNumber, reader.ChromeKind));
                    if (reader.ChromeKind == ChromeKind.Station)
                    {
                        station ??= HeaderFacts.ReadStation(source, reader.Span);
                    }
                    else if (reader.ChromeKind == ChromeKind.Program)
                    {
                        program ??= HeaderFacts.ReadProgram(reader.Text);
                    }
                    else if (reader.ChromeKind == ChromeKind.AirDate)
                    {
                        airDate ??= HeaderFacts.ReadAirDate(reader.Text);
                    }

                    break;

                case TranscriptTokenKind.Title:
                    titleSpan = reader.Span;
                    break;

                case TranscriptTokenKind.Summary:
                    summarySpan = reader.Span;
                    break;

                case TranscriptTokenKind.Turn when reader.LabelStyle == LabelStyle.VoiceTag && ContinuesVoice(drafts, lastTurn, text, reader.Label):
                {
                    // WebVTT cues by the same voice are one turn; the cue times between them become its cues.
                    var turn = drafts[lastTurn];
                    for (int i = lastTurn + 1; i < drafts.Count; i++)
                    {
                        cues.Add(new Cue(drafts[i].AnnotationKind, drafts[i].Span));
                        turn.CueCount++;
                    }

                    drafts.RemoveRange(lastTurn + 1, drafts.Count - lastTurn - 1);
                    pending = -1;
                    turn.Span = TextSpan.FromBounds(turn.Span.Start, reader.Span.End);
                    turn.TextSpan = TextSpan.FromBounds(turn.TextSpan.Start, reader.Span.End);
                    turn.CueCount += AddCues(text, reader.TextSpan, cues, maxCue);
                    drafts[lastTurn] = turn;
                    break;
                }

                case TranscriptTokenKind.Turn:
                {
                    if (bodyStart < 0)
                    {
                        bodyStart = reader.Span.Start;
                    }

                    pending = -1;
                    var draft = new BlockDraft
                    {
                        Kind = BlockKind.Turn,
                        Span = reader.Span,
                        LabelSpan = reader.LabelSpan,
                        TextSpan = reader.TextSpan,
                        TimeSpan = reader.TimeSpan,
                        DeliverySpan = reader.DeliverySpan,
                        LineNumber = reader.LineNumber,
                        ColumnNumber = reader.ColumnNumber,
                        LabelIndex = resolver.Register(ref reader, drafts.Count),
                        LabelStyle = reader.LabelStyle,
                        FirstCue = cues.Count,
                    };
                    draft.CueCount = AddCues(text, reader.TextSpan, cues, maxCue);
                    if (draft.DeliverySpan.IsEmpty && !reader.ParentheticalSpan.IsEmpty
                        && AnnotationScanner.Classify(reader.ParentheticalSpan.Slice(text)) is AnnotationKind.Delivery or AnnotationKind.Translation)
                    {
                        // "DUQUESNE (on camera):" — the note stays in the label as written and is the turn's delivery too.
                        draft.DeliverySpan = reader.ParentheticalSpan;
                    }

                    lastTurn = drafts.Count;
                    drafts.Add(draft);
                    break;
                }

                case TranscriptTokenKind.Continuation when drafts.Count > 0 && lastTurn >= 0 && (pending < 0 ? lastTurn == drafts.Count - 1 : pending == lastTurn + 1):
                {
                    // An unlabelled paragraph continues the turn, taking in the cues that stood between them.
                    var turn = drafts[lastTurn];
                    for (int i = lastTurn + 1; i < drafts.Count; i++)
                    {
                        cues.Add(new Cue(drafts[i].AnnotationKind, drafts[i].Span));
                        turn.CueCount++;
                    }

                    if (drafts.Count > lastTurn + 1)
                    {
                        drafts.RemoveRange(lastTurn + 1, drafts.Count - lastTurn - 1);
                    }

                    pending = -1;
                    turn.Span = TextSpan.FromBounds(turn.Span.Start, reader.Span.End);
                    turn.TextSpan = TextSpan.FromBounds(turn.TextSpan.Start, reader.Span.End);
                    turn.CueCount += AddCues(text, reader.Span, cues, maxCue);
                    drafts[lastTurn] = turn;
                    break;
                }

                case TranscriptTokenKind.Continuation:
                case TranscriptTokenKind.Narration:
                {
                    if (bodyStart < 0)
                    {
                        bodyStart = reader.Span.Start;
                    }

                    // Narration after a turn and its cues still belongs to that speaker.
                    bool continues = reader.TokenKind == TranscriptTokenKind.Continuation && lastTurn >= 0;
                    pending = -1;
                    var draft = new BlockDraft
                    {
                        Kind = BlockKind.Narration,
                        Span = reader.Span,
                        TextSpan = reader.TextSpan,
                        TimeSpan = reader.TimeSpan,
                        LineNumber = reader.LineNumber,
                        ColumnNumber = reader.ColumnNumber,
                        LabelIndex = continues ? drafts[lastTurn].LabelIndex : -1,
                        FirstCue = cues.Count,
                    };
                    draft.CueCount = AddCues(text, reader.Span, cues, maxCue);
                    drafts.Add(draft);
                    break;
                }

                case TranscriptTokenKind.Annotation:
                {
                    if (bodyStart < 0)
                    {
                        bodyStart = reader.Span.Start;
                    }

                    bool endsTurn = AnnotationScanner.EndsTurn(reader.AnnotationKind);
                    if (endsTurn)
                    {
                        lastTurn = -1;
                        pending = -1;
                    }
                    else if (pending < 0 && lastTurn == drafts.Count - 1 && lastTurn >= 0)
                    {
                        pending = drafts.Count;
                    }

                    drafts.Add(new BlockDraft
                    {
                        Kind = BlockKind.Annotation,
                        Span = reader.Span,
                        TextSpan = reader.TextSpan,
                        AnnotationKind = reader.AnnotationKind,
                        LineNumber = reader.LineNumber,
                        ColumnNumber = reader.ColumnNumber,
                        LabelIndex = -1,
                        FirstCue = cues.Count,
                    });
                    break;
                }

                case TranscriptTokenKind.Footer:
                {
                    var notice = reader.Text;
                    var joined = SourceText.FoldLines(notice);
                    footer = new Footer(joined, FooterFacts.Provider(joined), FooterFacts.CopyrightHolder(joined), FooterFacts.Year(joined), reader.Span, reader.LineNumber);
                    break;
                }
            }
        }

        var speakerOfLabel = resolver.Resolve(drafts, Math.Max(0, bodyStart), diagnostics, out var speakers);
        var blocks = ImmutableArray.CreateBuilder<Block>(drafts.Count);
        int turns = 0;
        var allCues = cues.ToArray();
        foreach (var draft in drafts)
        {
            var blockCues = draft.CueCount == 0 ? ImmutableArray<Cue>.Empty : ImmutableArray.Create(allCues, draft.FirstCue, draft.CueCount);
            blocks.Add(new Block(source, draft, draft.LabelIndex >= 0 ? speakerOfLabel[draft.LabelIndex] : null, blockCues));
            if (draft.Kind == BlockKind.Turn)
            {
                turns++;
            }
        }

        if (turns == 0 && drafts.Count > 0)
        {
            diagnostics.Add(new Diagnostic("TP0102", DiagnosticSeverity.Info, "No speaker labels were found; the body is read as narration.", drafts[0].LineNumber, drafts[0].ColumnNumber));
        }

        string? title = titleSpan is { } t ? source.Slice(t) : null;
        string? summary = summarySpan is { } s ? BlockText.ToString(source.Span.Slice(s.Start, s.Length)) : null;
        var header = new TranscriptHeader(chrome.ToImmutable(), station, title, titleSpan, summary, summarySpan, program, airDate);
        var dialect = options.Dialect != TranscriptDialect.Auto ? options.Dialect : DialectDetector.Detect(header, footer, speakers);
        var sourceInfo = new TranscriptSource(options.SourcePath, text.Length, dialect);
        return new Transcript(source, sourceInfo, header, speakers, blocks.MoveToImmutable(), footer, [.. diagnostics]);
    }

    /// <summary>Whether a voice tag continues the last turn: same voice, only cue times between.</summary>
    private static bool ContinuesVoice(List<BlockDraft> drafts, int lastTurn, ReadOnlySpan<char> text, ReadOnlySpan<char> label)
    {
        if (lastTurn < 0 || drafts[lastTurn].LabelStyle != LabelStyle.VoiceTag)
        {
            return false;
        }

        for (int i = lastTurn + 1; i < drafts.Count; i++)
        {
            if (drafts[i].Kind != BlockKind.Annotation || drafts[i].AnnotationKind != AnnotationKind.Timestamp)
            {
                return false;
            }
        }

        var previous = drafts[lastTurn].LabelSpan;
        return text.Slice(previous.Start, previous.Length).SequenceEqual(label);
    }

    /// <summary>Finds the cues inside a range of text ("(LAUGHTER)", "(ph)", "[inaudible]"); returns how many were added.</summary>
    private static int AddCues(ReadOnlySpan<char> text, TextSpan range, List<Cue> cues, int maxLength)
    {
        int added = 0;
        int from = range.Start;
        int end = range.End;
        while (from < end)
        {
            int at = text[from..end].IndexOfAny(StructuralChars.CueOpeners);
            if (at < 0)
            {
                break;
            }

            at += from;
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
            var kind = AnnotationScanner.Classify(contents);
            if (kind != AnnotationKind.Other || IsCueLike(contents))
            {
                cues.Add(new Cue(kind, new TextSpan(at, close)));
                added++;
            }

            from = at + close;
        }

        return added;
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
