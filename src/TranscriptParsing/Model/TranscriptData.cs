using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>
/// A parsed transcript in compact form: fixed-size records, text kept as ranges of the input or of one char buffer
/// for the text the parser composes (display names, folded labels, messages). Nothing here is a string. The parser's
/// instance (see <see cref="TranscriptParser"/>) keeps its records in arrays that it grows and reuses, so that a warm
/// parser allocates nothing; a transcript's instance (see <see cref="ToCompact"/>) keeps them all, back to back, in
/// one buffer, so that a parse allocates that buffer and two small objects.
/// </summary>
internal sealed class TranscriptData
{
    /// <summary>
    /// The records: the parser's <see cref="Workspace"/>, or a transcript's buffer (a byte array) holding them back
    /// to back in the order of the counts below.
    /// </summary>
    private readonly object _records;

    /// <summary>Stands for a missing title or summary, saving the flag a nullable span would take.</summary>
    private static readonly TextSpan NoSpan = new(-1, 0);

    private TextSpan _title = NoSpan;
    private TextSpan _summary = NoSpan;

    /// <summary>The footer's year, or 0: a year from 1900 to 2199 (see <see cref="FooterFacts.Year"/>) fits 16 bits.</summary>
    private ushort _footerYear;

    public ReadOnlyMemory<char> Source;
    public string? SourcePath;
    public TranscriptDialect Dialect;

    public int BlockCount;
    public int ExtraCount;
    public int CueCount;
    public int ChromeCount;
    public int SpeakerCount;
    public int SpeakerLabelCount;
    public int FrequencyCount;
    public int CharCount;

    public DiagnosticRecord[] Diagnostics = [];

    /// <summary>The parser's count; a transcript's array holds exactly its diagnostics.</summary>
    public int DiagnosticCount => _records is Workspace w ? w.DiagnosticCount : Diagnostics.Length;

    /// <summary>Makes the parser's instance, which grows its arrays as it goes.</summary>
    public TranscriptData() => _records = new Workspace();

    private TranscriptData(byte[] store) => _records = store;

    /// <summary>The parser's arrays, to grow and to write to.</summary>
    public Workspace Work => _records as Workspace ?? throw new InvalidOperationException("A transcript's records are read-only.");

    public Records<BlockRecord> Blocks => _records is Workspace w ? new(w.Blocks) : Region<BlockRecord>(0, BlockCount);

    /// <summary>The rare facts of a block that its record has no room for, in block order.</summary>
    public Records<BlockExtra> Extras => _records is Workspace w ? new(w.Extras) : Region<BlockExtra>(ExtrasAt, ExtraCount);

    /// <summary>Every cue, in source order; a block's cues are those inside its span (see <see cref="CuesOf"/>).</summary>
    public Records<Cue> Cues => _records is Workspace w ? new(w.Cues) : Region<Cue>(CuesAt, CueCount);

    public Records<ChromeRecord> Chrome => _records is Workspace w ? new(w.Chrome) : Region<ChromeRecord>(ChromeAt, ChromeCount);

    public Records<SpeakerRecord> Speakers => _records is Workspace w ? new(w.Speakers) : Region<SpeakerRecord>(SpeakersAt, SpeakerCount);

    /// <summary>The labels of all speakers, each speaker's together.</summary>
    public Records<TextRef> SpeakerLabels => _records is Workspace w ? new(w.SpeakerLabels) : Region<TextRef>(SpeakerLabelsAt, SpeakerLabelCount);

    /// <summary>The station's frequencies, as ranges of the input.</summary>
    public Records<TextSpan> Frequencies => _records is Workspace w ? new(w.Frequencies) : Region<TextSpan>(FrequenciesAt, FrequencyCount);

    /// <summary>The composed text: every <see cref="TextRef"/> that is not a range of the input points here.</summary>
    public Records<char> Chars => _records is Workspace w ? new(w.Chars) : Region<char>(CharsAt, CharCount);

    /// <summary>Whether a station line named a station; its line is never empty.</summary>
    public bool HasStation => StationSpan.Length != 0;

    public TextSpan StationSpan;
    public TextSpan StationName;
    public TextRef Program = TextRef.Null;
    public TextRef AirDate = TextRef.Null;
    public TextSpan? Title
    {
        get => _title.Start < 0 ? null : _title;
        set => _title = value ?? NoSpan;
    }

    public TextSpan? Summary
    {
        get => _summary.Start < 0 ? null : _summary;
        set => _summary = value ?? NoSpan;
    }

    /// <summary>Whether the text has a footer; its text is never null.</summary>
    public bool HasFooter => !FooterText.IsNull;

    public TextRef FooterText = TextRef.Null;
    public TextRef FooterProvider = TextRef.Null;
    public TextRef FooterCopyrightHolder = TextRef.Null;
    /// <summary>The footer's year (from 1900 on), or null.</summary>
    public int? FooterYear
    {
        get => _footerYear == 0 ? null : _footerYear;
        set => _footerYear = (ushort)(value ?? 0);
    }
    public TextSpan FooterSpan;
    public int FooterLine;

    public ReadOnlySpan<char> Text => Source.Span;

    private int ExtrasAt => BlockCount * Unsafe.SizeOf<BlockRecord>();

    private int CuesAt => ExtrasAt + (ExtraCount * Unsafe.SizeOf<BlockExtra>());

    private int ChromeAt => CuesAt + (CueCount * Unsafe.SizeOf<Cue>());

    private int SpeakersAt => ChromeAt + (ChromeCount * Unsafe.SizeOf<ChromeRecord>());

    private int SpeakerLabelsAt => SpeakersAt + (SpeakerCount * Unsafe.SizeOf<SpeakerRecord>());

    private int FrequenciesAt => SpeakerLabelsAt + (SpeakerLabelCount * Unsafe.SizeOf<TextRef>());

    private int CharsAt => FrequenciesAt + (FrequencyCount * Unsafe.SizeOf<TextSpan>());

    private int StoreLength => CharsAt + (CharCount * sizeof(char));

    /// <summary>Forgets the last document; the arrays stay for the next one.</summary>
    public void Clear(ReadOnlyMemory<char> source, string? sourcePath)
    {
        Source = source;
        SourcePath = sourcePath;
        Dialect = TranscriptDialect.Auto;
        BlockCount = ExtraCount = CueCount = ChromeCount = SpeakerCount = SpeakerLabelCount = FrequencyCount = CharCount = 0;
        Work.DiagnosticCount = 0;
        StationSpan = StationName = default;
        Program = AirDate = TextRef.Null;
        Title = Summary = null;
        FooterText = FooterProvider = FooterCopyrightHolder = TextRef.Null;
        FooterYear = null;
        FooterSpan = default;
        FooterLine = 0;
    }

    public ReadOnlySpan<char> this[TextRef text] =>
        text.Start >= 0 ? Chars.AsSpan(text.Start, text.Length) : text.IsNull ? default : Text.Slice(text.InputStart, text.Length);

    public string? ToStringOrNull(TextRef text) => text.IsNull ? null : new string(this[text]);

    /// <summary>
    /// <paramref name="text"/> as a range of the input when it is one (nothing is copied), otherwise copied into the
    /// composed text.
    /// </summary>
    public TextRef Refer(ReadOnlySpan<char> text)
    {
        var source = Text;
        return source.Overlaps(text, out int offset) && offset >= 0 && offset + text.Length <= source.Length
            ? TextRef.InInput(offset, text.Length)
            : Append(text);
    }

    /// <summary>Copies <paramref name="text"/> into the composed text.</summary>
    public TextRef Append(ReadOnlySpan<char> text)
    {
        int start = CharCount;
        text.CopyTo(Reserve(text.Length));
        CharCount += text.Length;
        return new TextRef(start, text.Length);
    }

    /// <summary>Room for <paramref name="length"/> more chars at <see cref="CharCount"/>; the caller advances the count.</summary>
    public Span<char> Reserve(int length)
    {
        var work = Work;
        Grow(ref work.Chars, CharCount + length);
        return work.Chars.AsSpan(CharCount, length);
    }

    public void AddDiagnostic(in DiagnosticRecord diagnostic)
    {
        var work = Work;
        Grow(ref Diagnostics, work.DiagnosticCount + 1);
        Diagnostics[work.DiagnosticCount++] = diagnostic;
    }

    /// <summary>
    /// The block's cues, as a slice of <see cref="Cues"/>: those that start inside the block's span (every cue lies
    /// inside its block, and the blocks and the cues are both in source order).
    /// </summary>
    public ReadOnlySpan<Cue> CuesOf(int block)
    {
        if (CueCount == 0)
        {
            return default;
        }

        ref readonly var record = ref Blocks[block];
        var cues = Cues.AsSpan(0, CueCount);
        int first = FirstCueFrom(cues, record.Start);
        int end = first + FirstCueFrom(cues[first..], record.End);
        return cues[first..end];
    }

    /// <summary>The index of the first cue that starts at or after <paramref name="position"/>.</summary>
    private static int FirstCueFrom(ReadOnlySpan<Cue> cues, int position)
    {
        int lo = 0, hi = cues.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cues[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The extra facts of a block whose record says it has some.</summary>
    public ref readonly BlockExtra ExtraOf(int block)
    {
        var extras = Extras;
        int lo = 0, hi = ExtraCount - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int at = extras[mid].Block;
            if (at == block)
            {
                return ref extras[mid];
            }

            if (at < block)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        throw new InvalidOperationException("A block marked as having extra facts has none.");
    }

    public TextSpan LabelSpanOf(int block)
    {
        ref readonly var record = ref Blocks[block];
        if ((record.Flags & BlockFlags.Extra) != 0)
        {
            return ExtraOf(block).Label;
        }

        return record.Kind == BlockKind.Turn ? new TextSpan(record.Start + record.LabelOffset, record.LabelLength) : default;
    }

    /// <summary>The place of the block's text: for a turn what follows the label, for a cue what is inside its marks.</summary>
    public TextSpan TextSpanOf(int block)
    {
        ref readonly var record = ref Blocks[block];
        return record.TextFits ? record.PackedText : ExtraOf(block).Text;
    }

    /// <summary>The index of the block's speaker in <see cref="Speakers"/>, or -1.</summary>
    public int SpeakerOf(int block)
    {
        ref readonly var record = ref Blocks[block];
        return record.SpeakerFits ? record.PackedSpeaker : ExtraOf(block).Speaker;
    }

    public TextSpan TimeSpanOf(int block) => (Blocks[block].Flags & BlockFlags.Extra) != 0 ? ExtraOf(block).Time : default;

    public TextSpan DeliverySpanOf(int block) => (Blocks[block].Flags & BlockFlags.Extra) != 0 ? ExtraOf(block).Delivery : default;

    /// <summary>Makes room for <paramref name="needed"/> items, doubling, keeping what is there.</summary>
    /// <remarks>Inlined: it is called for each record added, and mostly finds room.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Grow<T>(ref T[] array, int needed)
    {
        if (needed > array.Length)
        {
            GrowTo(ref array, needed);
        }
    }

    private static void GrowTo<T>(ref T[] array, int needed)
    {
        var grown = new T[Math.Max(needed, Math.Max(8, array.Length * 2))];
        array.AsSpan().CopyTo(grown);
        array = grown;
    }

    /// <summary>A copy that holds exactly what was parsed, its records in one buffer: the form a <see cref="Transcript"/> keeps.</summary>
    public TranscriptData ToCompact()
    {
        var work = Work;
        var store = StoreLength == 0 ? [] : new byte[StoreLength];
        var rest = store.AsSpan();
        Put(ref rest, work.Blocks, BlockCount);
        Put(ref rest, work.Extras, ExtraCount);
        Put(ref rest, work.Cues, CueCount);
        Put(ref rest, work.Chrome, ChromeCount);
        Put(ref rest, work.Speakers, SpeakerCount);
        Put(ref rest, work.SpeakerLabels, SpeakerLabelCount);
        Put(ref rest, work.Frequencies, FrequencyCount);
        Put(ref rest, work.Chars, CharCount);
        return new TranscriptData(store)
        {
            Source = Source,
            SourcePath = SourcePath,
            Dialect = Dialect,
            BlockCount = BlockCount,
            ExtraCount = ExtraCount,
            CueCount = CueCount,
            ChromeCount = ChromeCount,
            SpeakerCount = SpeakerCount,
            SpeakerLabelCount = SpeakerLabelCount,
            Diagnostics = Diagnostics.AsSpan(0, DiagnosticCount).ToArray(),
            FrequencyCount = FrequencyCount,
            CharCount = CharCount,
            StationSpan = StationSpan,
            StationName = StationName,
            Program = Program,
            AirDate = AirDate,
            Title = Title,
            Summary = Summary,
            FooterText = FooterText,
            FooterProvider = FooterProvider,
            FooterCopyrightHolder = FooterCopyrightHolder,
            FooterYear = FooterYear,
            FooterSpan = FooterSpan,
            FooterLine = FooterLine,
        };
    }

    private static void Put<T>(ref Span<byte> rest, T[] items, int count)
        where T : struct
    {
        var bytes = MemoryMarshal.AsBytes(items.AsSpan(0, count));
        bytes.CopyTo(rest);
        rest = rest[bytes.Length..];
    }

    private Records<T> Region<T>(int at, int count)
        where T : struct => new(MemoryMarshal.Cast<byte, T>(Unsafe.As<byte[]>(_records).AsSpan(at, count * Unsafe.SizeOf<T>())));

    /// <summary>The arrays the parser grows and reuses from one document to the next.</summary>
    internal sealed class Workspace
    {
        public BlockRecord[] Blocks = [];
        public BlockExtra[] Extras = [];
        public Cue[] Cues = [];
        public ChromeRecord[] Chrome = [];
        public SpeakerRecord[] Speakers = [];
        public TextRef[] SpeakerLabels = [];
        public TextSpan[] Frequencies = [];
        public char[] Chars = [];
        public int DiagnosticCount;
    }
}

/// <summary>The records of one kind: a parser's array, or a part of a transcript's buffer.</summary>
internal readonly ref struct Records<T>
{
    private readonly Span<T> _items;

    public Records(T[] items) => _items = items;

    public Records(Span<T> items) => _items = items;

    public int Length => _items.Length;

    public ref T this[int index] => ref _items[index];

    public Span<T> AsSpan(int start) => _items[start..];

    public Span<T> AsSpan(int start, int length) => _items.Slice(start, length);
}

/// <summary>
/// A range of <see cref="TranscriptData.Chars"/>, or of the input (<see cref="InInput"/>); <see cref="Null"/> stands
/// for a missing value. A range of the input keeps its start offset from <see cref="int.MinValue"/>, so that adding to
/// <see cref="Start"/> moves it along the input as it would along the composed text.
/// </summary>
internal readonly record struct TextRef(int Start, int Length)
{
    public static TextRef Null => new(-1, 0);

    public bool IsNull => Start == -1;

    /// <summary>The start in the input of a range of the input.</summary>
    public int InputStart => Start & int.MaxValue;

    public static TextRef InInput(int start, int length) => new(int.MinValue + start, length);
}

[Flags]
internal enum BlockFlags : byte
{
    None = 0,

    /// <summary>The block has an entry in <see cref="TranscriptData.Extras"/>.</summary>
    Extra = 1,
}

/// <summary>
/// One block in 16 bytes. The span is kept as its start and length; the text as a small offset from the block's start
/// and a small gap before its end; the speaker as a 16-bit index; the label as an offset from the block's start; the
/// line as the lines it starts below the block before it, the column being counted back to the start of its line (see
/// <see cref="BlockPositions"/>); the cues are found by their place (see <see cref="TranscriptData.CuesOf"/>).
/// A value too large for its field is kept in the block's <see cref="BlockExtra"/>, its field holding
/// <see cref="Overflow"/> (the label: a record with no label; see <see cref="TranscriptData.LabelSpanOf"/>). The
/// annotation kind, the kind and the flags share a byte. Read the text and the speaker through
/// <see cref="TranscriptData.TextSpanOf"/> and <see cref="TranscriptData.SpeakerOf"/>, which know where each is kept.
/// </summary>
internal struct BlockRecord
{
    /// <summary>The largest line delta a record keeps; a larger (or negative) one is kept in the block's extra.</summary>
    public const int MaxLineDelta = Overflow - 1;

    private const int KindShift = 5;
    private const int FlagsShift = 7;
    private const int AnnotationMask = (1 << KindShift) - 1;
    private const int KindMask = ((1 << FlagsShift) - 1) & ~AnnotationMask;

    /// <summary>Marks a text bound, a line delta or a speaker kept in the block's extra.</summary>
    private const int Overflow = byte.MaxValue;
    private const int SpeakerOverflow = ushort.MaxValue;

    public int Start;
    private int _length;

    /// <summary>The speaker's index plus one: 0 for none, <see cref="SpeakerOverflow"/> when kept in the extra.</summary>
    private ushort _speaker;
    private byte _textOffset;
    private byte _textGap;
    public byte LabelOffset;
    public byte LabelLength;
    private byte _lineDelta;
    private byte _packed;

    /// <summary>
    /// A record of the block's span, text and speaker (an index into <see cref="TranscriptData.Speakers"/>, or -1);
    /// <paramref name="fits"/> is false when the text or the speaker must be kept in an extra as well.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public BlockRecord(TextSpan span, TextSpan text, int speaker, out bool fits)
    {
        Start = span.Start;
        _length = span.Length;
        int offset = text.Start - span.Start;
        int gap = span.End - text.End;
        bool textFits = offset is >= 0 and < Overflow && gap is >= 0 and < Overflow;
        _textOffset = (byte)(textFits ? offset : Overflow);
        _textGap = (byte)(textFits ? gap : Overflow);
        bool speakerFits = speaker is >= -1 and < SpeakerOverflow - 1;
        _speaker = (ushort)(speakerFits ? speaker + 1 : SpeakerOverflow);
        fits = textFits && speakerFits;
    }

    public readonly int End => Start + _length;

    /// <summary>
    /// The record of a block that needs no extra, as <see cref="TranscriptBuilder.WriteBlock"/> writes it: its text,
    /// speaker, label and line delta all fit, its column is counted, and it has no time or delivery. False, with
    /// <paramref name="record"/> not to be read, for any other block. The tests are combined without branches: nearly
    /// every block passes them all.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPack(in BlockDraft draft, int speaker, int lineDelta, bool columnCounted, out BlockRecord record)
    {
        int start = draft.Span.Start;
        int length = draft.Span.Length;
        int offset = draft.TextSpan.Start - start;
        int gap = start + length - draft.TextSpan.End;
        var label = draft.LabelSpan;
        int labelOffset = label.Start - start;
        bool turn = draft.Kind == BlockKind.Turn;

        // A turn's label fits its two bytes; any other block has none.
        bool labelFits = turn
            ? ((uint)(label.Length - 1) < byte.MaxValue) & ((uint)labelOffset <= byte.MaxValue)
            : (label.Start | label.Length) == 0;
        bool fits = ((uint)offset < Overflow) & ((uint)gap < Overflow) & ((uint)(speaker + 1) < SpeakerOverflow)
            & ((uint)lineDelta <= MaxLineDelta) & columnCounted & labelFits
            & ((draft.TimeSpan.Start | draft.TimeSpan.Length | draft.DeliverySpan.Start | draft.DeliverySpan.Length) == 0);
        record.Start = start;
        record._length = length;
        record._speaker = (ushort)(speaker + 1);
        record._textOffset = (byte)offset;
        record._textGap = (byte)gap;
        record.LabelOffset = turn ? (byte)labelOffset : (byte)0;
        record.LabelLength = turn ? (byte)label.Length : (byte)0;
        record._lineDelta = (byte)lineDelta;
        record._packed = (byte)((((int)draft.Kind << KindShift) & KindMask) | ((int)draft.AnnotationKind & AnnotationMask));
        return fits;
    }

    /// <summary>False when the text's bounds are kept in the block's extra.</summary>
    public readonly bool TextFits => _textOffset != Overflow;

    /// <summary>The text's place, when <see cref="TextFits"/>.</summary>
    public readonly TextSpan PackedText => TextSpan.FromBounds(Start + _textOffset, Start + _length - _textGap);

    /// <summary>False when the speaker is kept in the block's extra.</summary>
    public readonly bool SpeakerFits => _speaker != SpeakerOverflow;

    /// <summary>The speaker's index, or -1, when <see cref="SpeakerFits"/>.</summary>
    public readonly int PackedSpeaker => _speaker - 1;

    /// <summary>
    /// The lines from the start of the block before (from line 1 for the first) to the block's start, from 0 to
    /// <see cref="MaxLineDelta"/>; more than that (the block's extra has its line) when larger or negative.
    /// </summary>
    public int LineDelta
    {
        readonly get => _lineDelta;
        set => _lineDelta = (byte)(value is >= 0 and <= MaxLineDelta ? value : Overflow);
    }

    public BlockKind Kind
    {
        readonly get => (BlockKind)((_packed & KindMask) >> KindShift);
        set => _packed = (byte)((_packed & ~KindMask) | (((byte)value << KindShift) & KindMask));
    }

    public AnnotationKind AnnotationKind
    {
        readonly get => (AnnotationKind)(_packed & AnnotationMask);
        set => _packed = (byte)((_packed & ~AnnotationMask) | ((byte)value & AnnotationMask));
    }

    public BlockFlags Flags
    {
        readonly get => (BlockFlags)(_packed >> FlagsShift);
        set => _packed = (byte)((_packed & (AnnotationMask | KindMask)) | ((byte)value << FlagsShift));
    }
}

/// <summary>
/// What a block's record cannot hold: a time stamp, a delivery cue, a position the text does not give, and a label, a
/// text or a speaker out of its field's range. The label, text and speaker are always filled in; the record says which
/// of them to read from here.
/// </summary>
internal struct BlockExtra
{
    public int Block;
    public TextSpan Label;
    public TextSpan Text;

    /// <summary>The block's speaker, or -1.</summary>
    public int Speaker;
    public TextSpan Time;
    public TextSpan Delivery;

    /// <summary>The block's line, when counting does not give it; 0 otherwise.</summary>
    public int LineNumber;
    public int ColumnNumber;
}

internal struct ChromeRecord
{
    public TextSpan Span;
    public int LineNumber;
    public ChromeKind Kind;
}

/// <summary>A speaker; its number (the 1 of <c>s1</c>) is its index in <see cref="TranscriptData.Speakers"/> plus one.</summary>
internal struct SpeakerRecord
{
    public TextRef Name;
    public int FirstLabel;
    public int LabelCount;
    public SpeakerRole Role;
    public RoleEvidence Evidence;
    public TextRef Honorific;
    public TextRef Affiliation;
    public TextRef Title;
}

internal struct DiagnosticRecord
{
    public string Code;
    public DiagnosticSeverity Severity;

    /// <summary>A fixed message, or null when the message was composed into <see cref="ComposedMessage"/>.</summary>
    public string? Message;
    public TextRef ComposedMessage;
    public int LineNumber;
    public int ColumnNumber;
}
