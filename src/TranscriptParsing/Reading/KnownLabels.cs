using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TranscriptParsing.Reading;

/// <summary>
/// Labels already read in a document, so that a speaker's next turn ("MARSDEN: ...") is recognised by comparing its
/// first chars with an earlier line instead of by the whole label grammar. A few fixed slots, nothing allocated.
/// </summary>
/// <remarks>
/// Only labels that start their line with a capital, in capitals or mixed case, with no time stamp, are kept. For those,
/// <see cref="LabelScanner.TryScan"/> with <see cref="LabelScanner.Strictness.Body"/> decides everything up to the
/// colon from the chars up to the colon alone (no honorific list entry holds a colon, a hearing turn's name stops at
/// the colon), so a line that starts with the same chars gets the same match. After the colon the grammar looks at a
/// digit after a digit (a clock), a time stamp in parentheses, a URL's "//" and, for a name in mixed case, whether
/// speech follows: those are checked again, and a line that fails one takes the full path.
/// </remarks>
internal struct KnownLabels
{
    /// <summary>The number of sets (a power of two); each holds <see cref="Ways"/> labels.</summary>
    private const int Sets = 1 << SetBits;

    private const int SetBits = 4;

    /// <summary>
    /// The labels a set holds. Four, not two: labels that open with the same six chars ("Dale Fenwick:", "Dale Fenwick,
    /// Calder County Commissioner:") always share a set, and a third label there would push one of them out on every turn.
    /// </summary>
    private const int Ways = 1 << WayBits;

    /// <summary>The bits that name a way of a set, in <see cref="_victims"/>.</summary>
    private const int WayBits = 2;

    /// <summary>The labels; a slot holds one only when its bit of <see cref="_filled"/> is set, so the slots need no clearing.</summary>
    private Slots _slots;

    /// <summary>Which slots hold a label, one bit per slot (slot <c>set * Ways + way</c>).</summary>
    private ulong _filled;

    /// <summary>
    /// For each set, the way that a new label replaces, <see cref="WayBits"/> bits per set. The ways are replaced in turn, so a label
    /// recalled writes nothing here.
    /// </summary>
    private uint _victims;

    /// <summary>How many labels were remembered with an id (<see cref="LabelMatch.MemoryId"/>), which is their count and slot.</summary>
    private int _stamps;

    /// <summary>The number of slots, which a <see cref="LabelMatch.MemoryId"/> holds in its low bits.</summary>
    internal const int SlotCount = Sets * Ways;

    /// <summary>The most stamps given in a document: past it a remembered label has no id, so that ids never repeat.</summary>
    private const int MaxStamps = int.MaxValue / SlotCount;

    /// <summary>
    /// Forgets every label: only the masks are cleared, not the slots (some 4.6 KB), so a reader can leave them as
    /// they are and start without writing them.
    /// </summary>
    public void Clear()
    {
        _filled = 0;
        _victims = 0;
        _stamps = 0;
    }

    /// <summary>
    /// Gives the match that <see cref="LabelScanner.TryScan"/> with <see cref="LabelScanner.Strictness.Body"/> would give
    /// for <paramref name="line"/>, when the line starts with a label remembered from <paramref name="text"/>.
    /// False when no remembered label fits; the caller then scans the line.
    /// </summary>
    public bool TryRecall(ReadOnlySpan<char> text, ReadOnlySpan<char> line, out LabelMatch match)
    {
        if (line.Length >= 3)
        {
            // Most lines hold no colon where any label of their set has its own: they are turned away without a call.
            // The first two ways are tried inline; the other two, filled only once a set holds three labels, out of line.
            int first = SetOf(line) * Ways;
            uint filled = (uint)(_filled >> first);
            ref var slot = ref _slots[first];
            if ((filled & 1) != 0 && HasColonOf(line, ref slot) && Fits(text, line, ref slot, out match))
            {
                return true;
            }

            slot = ref _slots[first + 1];
            if ((filled & 2) != 0 && HasColonOf(line, ref slot) && Fits(text, line, ref slot, out match))
            {
                return true;
            }

            if ((filled & 0b1100) != 0)
            {
                return TryRecallFromFarWays(text, line, first, filled, out match);
            }
        }

        match = default;
        return false;
    }

    /// <summary>The recall of <see cref="TryRecall"/> from the third and fourth ways of the set whose first slot is <paramref name="first"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryRecallFromFarWays(ReadOnlySpan<char> text, ReadOnlySpan<char> line, int first, uint filled, out LabelMatch match)
    {
        ref var slot = ref _slots[first + 2];
        if ((filled & 4) != 0 && HasColonOf(line, ref slot) && Fits(text, line, ref slot, out match))
        {
            return true;
        }

        slot = ref _slots[first + 3];
        if ((filled & 8) != 0 && HasColonOf(line, ref slot) && Fits(text, line, ref slot, out match))
        {
            return true;
        }

        match = default;
        return false;
    }

    /// <summary>
    /// Keeps a label that <see cref="LabelScanner.TryScan"/> found at the start of <paramref name="line"/>, which starts
    /// at <paramref name="lineStart"/> in the text, where the recall would give the same match; the match kept, and so
    /// every match recalled from it, takes an id of its own (<see cref="LabelMatch.MemoryId"/>).
    /// </summary>
    public void Remember(int lineStart, ReadOnlySpan<char> line, ref LabelMatch match)
    {
        if (match.RegionStart != 0 || match.LabelStart != 0 || match.TimeStart != 0 || match.TimeEnd != 0 || match.TitleOpen
            || match.Style is not (LabelStyle.Capitals or LabelStyle.MixedCase) || !char.IsAsciiLetterUpper(line[0]))
        {
            return;
        }

        // The speech starts after the colon and the spaces that follow it.
        int colon = line[..match.TextStart].LastIndexOf(':');
        if (colon < 2 || line[..colon].IndexOfAny('\r', '\n') >= 0)
        {
            return;
        }

        int set = SetOf(line);
        int shift = set * WayBits;
        int way = (int)(_victims >> shift) & (Ways - 1);
        int index = (set * Ways) + way;
        ref var slot = ref _slots[index];
        _filled |= 1UL << index;
        match.MemoryId = _stamps < MaxStamps ? (++_stamps * SlotCount) + index : 0;
        slot.Start = lineStart;
        slot.Colon = colon;
        slot.Match = match;
        _victims = (_victims & ~((uint)(Ways - 1) << shift)) | ((uint)((way + 1) & (Ways - 1)) << shift);
    }

    /// <summary>Whether the line holds a colon where the filled slot's label has its own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasColonOf(ReadOnlySpan<char> line, ref KnownLabel slot)
    {
        int colon = slot.Colon;
        return colon != 0 && (uint)colon < (uint)line.Length && line[colon] == ':';
    }

    /// <summary>Whether a line with a colon where the slot's label has its own starts with that label and keeps its match.</summary>
    private static bool Fits(ReadOnlySpan<char> text, ReadOnlySpan<char> line, ref KnownLabel slot, out LabelMatch match)
    {
        int colon = slot.Colon;
        if (!SameChars(line, text.Slice(slot.Start, colon)))
        {
            match = default;
            return false;
        }

        // A digit on both sides makes the colon a clock's ("Speaker 1:30").
        if (char.IsAsciiDigit(line[colon - 1]) && colon + 1 < line.Length && char.IsAsciiDigit(line[colon + 1]))
        {
            match = default;
            return false;
        }

        int textStart = LabelScanner.SkipSpaces(line, colon + 1);
        var rest = line[textStart..];
        if (!rest.IsEmpty && (rest[0] == '(' || rest.StartsWith("//", StringComparison.Ordinal))
            || (slot.Match.Style == LabelStyle.MixedCase && !LabelScanner.IsSpeechAfterLabel(rest, allowEmpty: !slot.Match.SingleWord)))
        {
            match = default;
            return false;
        }

        LabelMatch.Copy(slot.Match, out match);

        // The speech mostly starts where it did on the remembered line: then no field is written over the copy, which
        // would keep the next copy of the match waiting for the write.
        if (textStart != slot.Match.TextStart)
        {
            match.TextStart = textStart;
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="line"/> starts with <paramref name="label"/> (at least two chars, no longer than the
    /// line): four chars a step and an overlapping last step, since a label is short and a call to the general compare
    /// costs more than the compare.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameChars(ReadOnlySpan<char> line, ReadOnlySpan<char> label)
    {
        int length = label.Length;
        ref byte a = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(line));
        ref byte b = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(label));
        if (length < 4)
        {
            // Two or three chars: the first two, then the last.
            return Unsafe.ReadUnaligned<uint>(ref a) == Unsafe.ReadUnaligned<uint>(ref b)
                && Unsafe.Add(ref Unsafe.As<byte, char>(ref a), length - 1) == Unsafe.Add(ref Unsafe.As<byte, char>(ref b), length - 1);
        }

        nuint last = (nuint)(length - 4) * sizeof(char);
        for (nuint offset = 0; offset < last; offset += 4 * sizeof(char))
        {
            if (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref a, offset)) != Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, offset)))
            {
                return false;
            }
        }

        return Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref a, last)) == Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, last));
    }

    /// <summary>
    /// The set a line's label would be kept in, from its first six chars, so that names after the same honorific
    /// ("Ms. OSTRANDER", "Ms. LINDGREN") fall in different sets; a colon ends them, since the speech after it varies.
    /// </summary>
    /// <remarks>
    /// Most lines hold no colon among their first six chars: their key, a polynomial in the chars, is then summed from
    /// two reads with no chain of steps from char to char; <see cref="SetOfByChars"/> gives the same set for every line.
    /// </remarks>
    internal static int SetOf(ReadOnlySpan<char> line)
    {
        if (line.Length >= 6)
        {
            ref byte chars = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(line));
            ulong first = Unsafe.ReadUnaligned<ulong>(ref chars);
            uint next = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref chars, 4 * sizeof(char)));
            if (!HasColonLane(first) && !HasColonLane(next))
            {
                uint key = ((uint)(ushort)first * (31u * 31 * 31 * 31 * 31)) + ((uint)(ushort)(first >> 16) * (31u * 31 * 31 * 31))
                    + ((uint)(ushort)(first >> 32) * (31u * 31 * 31)) + ((uint)(first >> 48) * (31u * 31))
                    + ((uint)(ushort)next * 31u) + (next >> 16);
                return SetOfKey(key);
            }
        }

        return SetOfByChars(line);
    }

    /// <summary>The set of <see cref="SetOf"/>, char by char: the key takes each of the first six chars, up to a colon.</summary>
    internal static int SetOfByChars(ReadOnlySpan<char> line)
    {
        uint key = 0;
        int end = Math.Min(line.Length, 6);
        for (int i = 0; i < end; i++)
        {
            char c = line[i];
            key = (key * 31) + c;
            if (c == ':')
            {
                break;
            }
        }

        return SetOfKey(key);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SetOfKey(uint key) => (int)((key * 0x9E3779B1u) >> (32 - SetBits));

    /// <summary>Whether a 16-bit lane of <paramref name="chars"/> holds ':' (a zero lane of the chars xor ':' borrows into its top bit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasColonLane(ulong chars)
    {
        ulong x = chars ^ 0x003A_003A_003A_003AUL;
        return ((x - 0x0001_0001_0001_0001UL) & ~x & 0x8000_8000_8000_8000UL) != 0;
    }

    /// <inheritdoc cref="HasColonLane(ulong)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasColonLane(uint chars)
    {
        uint x = chars ^ 0x003A_003Au;
        return ((x - 0x0001_0001u) & ~x & 0x8000_8000u) != 0;
    }

    /// <summary>A label remembered: the line it was read from, where its colon stands, and its match.</summary>
    private struct KnownLabel
    {
        public int Start;
        public int Colon;
        public LabelMatch Match;
    }

    /// <summary>The ways of every set.</summary>
    [InlineArray(Sets * Ways)]
    private struct Slots
    {
        private KnownLabel _first;
    }
}
