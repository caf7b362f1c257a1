using System;
using System.Collections.Immutable;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>
/// One block of the body: a speaker's turn, a paragraph of narration, or a cue standing alone. A block keeps ranges
/// of the input, not copies: <see cref="Text"/> and <see cref="Label"/> make their strings when called.
/// </summary>
public readonly struct Block
{
    private readonly SourceText _source;

    internal Block(SourceText source, in BlockDraft draft, Speaker? speaker, ImmutableArray<Cue> cues)
    {
        _source = source;
        Kind = draft.Kind;
        Span = draft.Span;
        LabelSpan = draft.LabelSpan;
        TextSpan = draft.TextSpan;
        TimeSpan = draft.TimeSpan;
        DeliverySpan = draft.DeliverySpan;
        AnnotationKind = draft.AnnotationKind;
        LineNumber = draft.LineNumber;
        ColumnNumber = draft.ColumnNumber;
        Speaker = speaker;
        Cues = cues;
    }

    /// <summary>What the block is.</summary>
    public BlockKind Kind { get; }

    /// <summary>The whole block's place in the input: time stamp, label, text and the paragraphs that continue it.</summary>
    public TextSpan Span { get; }

    /// <summary>The 1-based line where the block starts.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based column where the block starts.</summary>
    public int ColumnNumber { get; }

    /// <summary>For a turn, the label's place in the input; empty otherwise.</summary>
    public TextSpan LabelSpan { get; }

    /// <summary>The text's place in the input: for a turn what follows the label, for a cue what is inside its marks.</summary>
    public TextSpan TextSpan { get; }

    /// <summary>For a turn, the time stamp given with the label ("20:00:15"); empty otherwise.</summary>
    public TextSpan TimeSpan { get; }

    /// <summary>For a turn, a delivery cue that opens the speech ("as Stu Price", "through translator"); empty otherwise.</summary>
    public TextSpan DeliverySpan { get; }

    /// <summary>For an annotation, what kind of cue it is.</summary>
    public AnnotationKind AnnotationKind { get; }

    /// <summary>The speaker of a turn (or of narration that continues a turn after a cue); null otherwise.</summary>
    public Speaker? Speaker { get; }

    /// <summary>The speaker's id, or null.</summary>
    public string? SpeakerId => Speaker?.Id;

    /// <summary>Cues inside the block's text or standing between its paragraphs.</summary>
    public ImmutableArray<Cue> Cues { get; }

    /// <summary>For a turn, the label exactly as written (no colon, no time stamp); null otherwise.</summary>
    public string? Label => Kind == BlockKind.Turn ? _source.Label(LabelSpan) : null;

    /// <summary>The text, its paragraphs joined by one blank line and its line endings made <c>\n</c> (made on each call).</summary>
    public string Text => BlockText.ToString(TextChars);

    /// <summary>The text as a slice of the input, exactly as written (nothing is copied).</summary>
    public ReadOnlySpan<char> TextChars => _source.Span.Slice(TextSpan.Start, TextSpan.Length);

    /// <summary>The label as a slice of the input.</summary>
    public ReadOnlySpan<char> LabelChars => _source.Span.Slice(LabelSpan.Start, LabelSpan.Length);

    /// <summary>The time stamp as written, or null.</summary>
    public string? Time => TimeSpan.IsEmpty ? null : _source.Slice(TimeSpan);

    /// <summary>The delivery cue as written, or null.</summary>
    public string? Delivery => DeliverySpan.IsEmpty ? null : _source.Slice(DeliverySpan);

    /// <summary>Returns a one-line summary such as <c>turn L14 C1 [612..655) DENMARK</c>.</summary>
    /// <returns>The kind, position, span and label.</returns>
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()} L{LineNumber} C{ColumnNumber} {Span}{(Kind == BlockKind.Turn ? " " + Label : string.Empty)}";
}

/// <summary>A block while the body is being read; it may still grow by continuation paragraphs.</summary>
internal struct BlockDraft
{
    public BlockKind Kind;
    public TextSpan Span;
    public TextSpan LabelSpan;
    public TextSpan TextSpan;
    public TextSpan TimeSpan;
    public TextSpan DeliverySpan;
    public AnnotationKind AnnotationKind;
    public int LineNumber;
    public int ColumnNumber;
    public int LabelIndex;
    public LabelStyle LabelStyle;
    public int FirstCue;
    public int CueCount;
}
