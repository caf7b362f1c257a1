using System;
using System.Collections.Immutable;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>
/// One block of the body: a speaker's turn, a paragraph of narration, or a cue standing alone. A block is a view of
/// its transcript's compact record of it: it keeps ranges of the input, not copies, and <see cref="Text"/>,
/// <see cref="Label"/>, <see cref="Time"/>, <see cref="Delivery"/> and <see cref="Cues"/> make their values when called.
/// </summary>
public readonly struct Block
{
    private static readonly BlockRecord Empty;
    private readonly Transcript? _transcript;
    private readonly int _index;

    internal Block(Transcript transcript, int index, int lineNumber, int columnNumber)
    {
        _transcript = transcript;
        _index = index;
        LineNumber = lineNumber;
        ColumnNumber = columnNumber;
    }

    private TranscriptData? Data => _transcript?.Data;

    private ref readonly BlockRecord Record => ref _transcript is null ? ref Empty : ref _transcript.Data.Blocks[_index];

    /// <summary>What the block is.</summary>
    public BlockKind Kind => Record.Kind;

    /// <summary>The whole block's place in the input: time stamp, label, text and the paragraphs that continue it.</summary>
    public TextSpan Span => TextSpan.FromBounds(Record.Start, Record.End);

    /// <summary>The 1-based line where the block starts.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based column where the block starts.</summary>
    public int ColumnNumber { get; }

    /// <summary>For a turn, the label's place in the input; empty otherwise.</summary>
    public TextSpan LabelSpan => Data?.LabelSpanOf(_index) ?? default;

    /// <summary>The text's place in the input: for a turn what follows the label, for a cue what is inside its marks.</summary>
    public TextSpan TextSpan => Data?.TextSpanOf(_index) ?? default;

    /// <summary>For a turn, the time stamp given with the label ("20:00:15"); empty otherwise.</summary>
    public TextSpan TimeSpan => Data?.TimeSpanOf(_index) ?? default;

    /// <summary>For a turn, a delivery cue that opens the speech ("as Stu Price", "through translator"); empty otherwise.</summary>
    public TextSpan DeliverySpan => Data?.DeliverySpanOf(_index) ?? default;

    /// <summary>For an annotation, what kind of cue it is.</summary>
    public AnnotationKind AnnotationKind => Record.AnnotationKind;

    /// <summary>The speaker of a turn (or of narration that continues a turn after a cue); null otherwise.</summary>
    public Speaker? Speaker => _transcript is not null && _transcript.Data.SpeakerOf(_index) is int speaker and >= 0 ? _transcript.Speakers[speaker] : null;

    /// <summary>The speaker's id, or null.</summary>
    public string? SpeakerId => Speaker?.Id;

    /// <summary>Cues inside the block's text or standing between its paragraphs (a new array on each call; none allocates nothing).</summary>
    public ImmutableArray<Cue> Cues
    {
        get
        {
            var cues = Data is { } data ? data.CuesOf(_index) : default;
            return cues.IsEmpty ? ImmutableArray<Cue>.Empty : ImmutableArray.Create(cues);
        }
    }

    /// <summary>For a turn, the label exactly as written (no colon, no time stamp), a wrapped label on one line (made on each call); null otherwise.</summary>
    public string? Label => Kind == BlockKind.Turn ? SourceText.Label(LabelChars) : null;

    /// <summary>The text, its paragraphs joined by one blank line and its line endings made <c>\n</c> (made on each call).</summary>
    public string Text => BlockText.ToString(TextChars);

    /// <summary>The text as a slice of the input, exactly as written (nothing is copied).</summary>
    public ReadOnlySpan<char> TextChars => Slice(TextSpan);

    /// <summary>The label as a slice of the input.</summary>
    public ReadOnlySpan<char> LabelChars => Slice(LabelSpan);

    /// <summary>The time stamp as written, or null (made on each call).</summary>
    public string? Time => TimeSpan.IsEmpty ? null : new string(Slice(TimeSpan));

    /// <summary>The delivery cue as written, or null (made on each call).</summary>
    public string? Delivery => DeliverySpan.IsEmpty ? null : new string(Slice(DeliverySpan));

    /// <summary>Returns a one-line summary such as <c>turn L14 C1 [612..655) DENMARK</c>.</summary>
    /// <returns>The kind, position, span and label.</returns>
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()} L{LineNumber} C{ColumnNumber} {Span}{(Kind == BlockKind.Turn ? " " + Label : string.Empty)}";

    private ReadOnlySpan<char> Slice(TextSpan span) => Data is { } data ? data.Text.Slice(span.Start, span.Length) : default;
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

    /// <summary>Whether the text (a turn's, with all it took in) holds a question mark, found while its cues were looked for.</summary>
    public bool HasQuestion;
}
