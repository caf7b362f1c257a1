using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Writing;

/// <summary>
/// Encodes text as a quoted JSON string in UTF-8, byte for byte as <see cref="Utf8JsonWriter"/> writes it with
/// <see cref="JsonOutput.Encoder"/>, in one pass from the chars: runs of plain ASCII are narrowed in one call, and
/// only the chars the encoder escapes are looked at one by one. The writer itself, given text that needs escaping (a
/// block's paragraphs always do: they are joined by <c>\n</c>), escapes it into a char buffer with the encoder and
/// then transcodes that to UTF-8, which costs several times more.
/// </summary>
internal static class JsonStringEncoder
{
    /// <summary>The most bytes one char can take: <c>\uXXXX</c>.</summary>
    public const int MaxBytesPerChar = 6;

    private static readonly JavaScriptEncoder Encoder = JsonOutput.Encoder;

    /// <summary>The ASCII chars the encoder writes as they are.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(PlainAsciiChars());

    /// <summary>Whether the plain ASCII chars are the printable ones but the quote and the backslash, as the vectorised scan assumes.</summary>
    private static readonly bool PrintableAsciiIsPlain = PlainAsciiChars() == PrintableAsciiButQuoteAndBackslash();

    /// <summary>Whether <paramref name="writer"/> escapes as this encoder does (it was made with <see cref="JsonOutput.Encoder"/>).</summary>
    public static bool Matches(Utf8JsonWriter writer) => ReferenceEquals(writer.Options.Encoder, Encoder);

    /// <summary>The most bytes <see cref="WriteQuoted"/> or <see cref="WriteNormalizedQuoted"/> write for <paramref name="length"/> chars.</summary>
    public static int MaxQuotedLength(int length) => (length * MaxBytesPerChar) + 2;

    /// <summary>Writes <paramref name="text"/> as a quoted JSON string; <paramref name="destination"/> must hold <see cref="MaxQuotedLength"/> bytes.</summary>
    /// <returns>The number of bytes written.</returns>
    public static int WriteQuoted(ReadOnlySpan<char> text, Span<byte> destination)
    {
        destination[0] = (byte)'"';
        int written = 1 + WriteEscaped(text, destination[1..]);
        destination[written++] = (byte)'"';
        return written;
    }

    /// <summary>
    /// Writes <paramref name="text"/> as <see cref="WriteQuoted"/> does when it holds no line break (a label mostly),
    /// in the same pass that looks for one.
    /// </summary>
    /// <returns>The number of bytes written, or -1 when the text holds a <c>\n</c> or a <c>\r</c>.</returns>
    public static int WriteQuotedLine(ReadOnlySpan<char> text, Span<byte> destination)
    {
        destination[0] = (byte)'"';
        int written = 1;
        while (true)
        {
            int plain = NarrowPlain(text, destination[written..]);
            written += plain;
            text = text[plain..];
            if (text.IsEmpty)
            {
                destination[written++] = (byte)'"';
                return written;
            }

            if (text[0] is '\n' or '\r')
            {
                return -1;
            }

            written += WriteSpecial(text, destination[written..], out int consumed);
            text = text[consumed..];
        }
    }

    /// <summary>
    /// Writes the normalised form of a block's raw text (see <see cref="BlockText.Normalize(ReadOnlySpan{char}, Span{char})"/>)
    /// as a quoted JSON string, without composing the text first; <paramref name="destination"/> must hold
    /// <see cref="MaxQuotedLength"/> bytes for the raw text's length.
    /// </summary>
    /// <remarks>
    /// A line that starts with a char none of the rules of <see cref="NormalizedLines"/> can apply to (not white space,
    /// not a cue timing's, not a voice tag's) is kept whole but for its trailing white space: it is encoded in the same
    /// pass that finds its end. Any other line goes through the rules one by one. Most blocks are one such line of
    /// plain ASCII: one narrowing, inlined into the caller, writes it all.
    /// </remarks>
    /// <returns>The number of bytes written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteNormalizedQuoted(ReadOnlySpan<char> raw, Span<byte> destination)
    {
        if (PrintableAsciiIsPlain && Avx2.IsSupported && raw.Length >= Vector256<byte>.Count && destination.Length > raw.Length + 1 && IsPlainLineStart(raw[0]))
        {
            int plain = NarrowPlainAvx2(raw, destination[1..]);

            // The chars narrowed are printable ASCII, of which only the space is white space.
            if (plain == raw.Length && raw[^1] != ' ')
            {
                destination[0] = (byte)'"';
                destination[plain + 1] = (byte)'"';
                return plain + 2;
            }

            return WriteNormalizedLines(raw, destination, plain);
        }

        return WriteNormalizedLines(raw, destination, -1);
    }

    /// <summary>
    /// <see cref="WriteNormalizedQuoted"/> line by line; the first line's leading <paramref name="firstRun"/> chars
    /// (when not -1) are already narrowed after the opening quote.
    /// </summary>
    private static int WriteNormalizedLines(ReadOnlySpan<char> raw, Span<byte> destination, int firstRun)
    {
        destination[0] = (byte)'"';
        int written = 1;
        bool started = false;

        // The line breaks owed before the next line with text: one inside a paragraph, more for a blank line.
        int breaks = 0;
        int i = 0;
        if (firstRun >= 0)
        {
            started = true;
            breaks = 1;
            (i, written) = EndLine(raw, firstRun, destination, 1, 1 + firstRun);
        }

        while (i < raw.Length)
        {
            char first = raw[i];
            if (first == '\n')
            {
                // An empty line.
                breaks += started ? 1 : 0;
                i++;
                continue;
            }

            if (IsPlainLineStart(first))
            {
                written += WriteBreaks(started, breaks, destination[written..]);
                started = true;
                breaks = 1;
                var line = raw[i..];
                int plain = NarrowPlain(line, destination[written..]);
                (int next, written) = EndLine(line, plain, destination, written, written + plain);
                i += next;
                continue;
            }

            // The rules of NormalizedLines (BlockText.KeptPartOf), for one line.
            int lineEnd = raw[i..].IndexOfAny(StructuralChars.LineBreaks);
            var text = lineEnd < 0 ? raw[i..] : raw.Slice(i, lineEnd);
            i = lineEnd < 0 ? raw.Length : AfterBreak(raw, i + lineEnd);
            text = BlockText.KeptPartOf(text, started);
            if (text.IsWhiteSpace())
            {
                breaks += started ? 1 : 0;
                continue;
            }

            written += WriteBreaks(started, breaks, destination[written..]);
            started = true;
            breaks = 1;
            written += WriteEscaped(text, destination[written..]);
        }

        destination[written++] = (byte)'"';
        return written;
    }

    /// <summary>
    /// Ends a line kept whole, whose leading <paramref name="read"/> chars are narrowed from <paramref name="lineOut"/>
    /// to <paramref name="written"/>: the rest up to its break, escaped, then its trailing white space taken back out.
    /// </summary>
    /// <returns>Where the next line starts in <paramref name="line"/>, and where the line's bytes end.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Next, int Written) EndLine(ReadOnlySpan<char> line, int read, Span<byte> destination, int lineOut, int written)
    {
        if (read < line.Length && line[read] is not ('\n' or '\r'))
        {
            (read, written) = WriteLineRest(line, read, destination, written);
        }

        if (char.IsWhiteSpace(line[read - 1]))
        {
            written = TrimLineEnd(line[..read], destination, lineOut, written);
        }

        return (AfterBreak(line, read), written);
    }

    /// <summary>Whether a line that starts with <paramref name="c"/> is kept whole: not blank, not a cue timing, not a voice tag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainLineStart(char c) => (uint)(c - '!') <= '~' - '!'
        ? !char.IsAsciiDigit(c) && c is not (':' or '.' or ',' or '-' or '>' or '<')
        : !char.IsWhiteSpace(c);

    /// <summary>The <c>\n</c> escapes before a line with text: none before the first, two after a blank line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteBreaks(bool started, int breaks, Span<byte> destination)
    {
        if (!started)
        {
            return 0;
        }

        destination[0] = (byte)'\\';
        destination[1] = (byte)'n';
        if (breaks == 1)
        {
            return 2;
        }

        destination[2] = (byte)'\\';
        destination[3] = (byte)'n';
        return 4;
    }

    /// <summary>Where the line after the break at <paramref name="lineEnd"/> starts (a CR LF is one break).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AfterBreak(ReadOnlySpan<char> raw, int lineEnd)
    {
        if (lineEnd >= raw.Length)
        {
            return raw.Length;
        }

        return raw[lineEnd] == '\r' && lineEnd + 1 < raw.Length && raw[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    /// <summary>
    /// Writes the rest of a line from <paramref name="read"/>, where it has a char to escape, up to its first line
    /// break, escaped at <paramref name="written"/> in <paramref name="destination"/>.
    /// </summary>
    /// <returns>Where the line ends (the index of its break, or its length), and where its bytes end.</returns>
    private static (int Read, int Written) WriteLineRest(ReadOnlySpan<char> line, int read, Span<byte> destination, int written)
    {
        while (true)
        {
            written += WriteSpecial(line[read..], destination[written..], out int consumed);
            read += consumed;
            int plain = NarrowPlain(line[read..], destination[written..]);
            read += plain;
            written += plain;
            if (read == line.Length || line[read] is '\n' or '\r')
            {
                return (read, written);
            }
        }
    }

    /// <summary>
    /// Takes the white space at the end of <paramref name="line"/>, written escaped from <paramref name="lineOut"/> to
    /// <paramref name="written"/>, back out: spaces took a byte each; other white space is rare, and the line is
    /// written again without it. The line starts with a char that is not white space.
    /// </summary>
    /// <returns>Where the line's bytes now end.</returns>
    private static int TrimLineEnd(ReadOnlySpan<char> line, Span<byte> destination, int lineOut, int written)
    {
        int trimmed = line.Length;
        while (char.IsWhiteSpace(line[trimmed - 1]))
        {
            trimmed--;
        }

        return line[trimmed..].ContainsAnyExcept(' ')
            ? lineOut + WriteEscaped(line[..trimmed], destination[lineOut..])
            : written - (line.Length - trimmed);
    }

    /// <summary>Writes <paramref name="text"/> escaped, without quotes.</summary>
    private static int WriteEscaped(ReadOnlySpan<char> text, Span<byte> destination)
    {
        int written = 0;
        while (true)
        {
            int plain = NarrowPlain(text, destination[written..]);
            written += plain;
            text = text[plain..];
            if (text.IsEmpty)
            {
                return written;
            }

            written += WriteSpecial(text, destination[written..], out int consumed);
            text = text[consumed..];
        }
    }

    /// <summary>
    /// Narrows the leading run of chars the encoder writes as they are, and returns its length. Printable ASCII but
    /// the quote and the backslash is checked and narrowed 32 or 16 chars at a time; <paramref name="destination"/>
    /// must hold as many bytes as <paramref name="text"/> has chars.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NarrowPlain(ReadOnlySpan<char> text, Span<byte> destination)
    {
        // A run of text (a line of a block) goes straight to the widest loop, inlined into the caller; the rest
        // (short values, other hardware) is sorted out in a call.
        return PrintableAsciiIsPlain && Avx2.IsSupported && text.Length >= Vector256<byte>.Count && destination.Length >= text.Length
            ? NarrowPlainAvx2(text, destination)
            : NarrowPlainOther(text, destination);
    }

    /// <summary><see cref="NarrowPlain"/> for what it does not inline.</summary>
    private static int NarrowPlainOther(ReadOnlySpan<char> text, Span<byte> destination)
    {
        if (!PrintableAsciiIsPlain)
        {
            int run = text.IndexOfAnyExcept(PlainAscii);
            run = run < 0 ? text.Length : run;
            Ascii.FromUtf16(text[..run], destination, out int narrowed);
            return narrowed;
        }

        int i = 0;
        if (Sse2.IsSupported && text.Length >= sizeof(ulong) && destination.Length >= text.Length)
        {
            return text.Length < Vector128<byte>.Count ? NarrowPlainShort(text, destination)
                : Avx2.IsSupported && text.Length >= Vector256<byte>.Count ? NarrowPlainAvx2(text, destination)
                : NarrowPlainSse2(text, destination);
        }

        if (text.Length >= Vector128<byte>.Count && destination.Length >= text.Length)
        {
            if (Vector128.IsHardwareAccelerated)
            {
                i = NarrowPlainVector128(text, destination);
            }
        }

        for (; i < text.Length; i++)
        {
            char c = text[i];
            if ((uint)(c - ' ') > '~' - ' ' || c is '"' or '\\')
            {
                break;
            }

            destination[i] = (byte)c;
        }

        return i;
    }

    /// <summary>
    /// <see cref="NarrowPlain"/> 32 chars at a time: each block is narrowed with saturation (a char past U+00FF
    /// becomes 0xFF or 0, both escaped or non-ASCII) and stored before it is checked, so the first char to stop at is
    /// the first set bit of the block's mask. The last block ends at the end of the text, overlapping what was read.
    /// </summary>
    private static int NarrowPlainAvx2(ReadOnlySpan<char> text, Span<byte> destination)
    {
        ref short source = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(text));
        ref byte target = ref MemoryMarshal.GetReference(destination);
        int last = text.Length - Vector256<byte>.Count;
        int i = 0;
        while (true)
        {
            var packed = Avx2.PackUnsignedSaturate(Vector256.LoadUnsafe(ref source, (nuint)i), Vector256.LoadUnsafe(ref source, (nuint)(i + 16)));

            // The pack works within 128-bit lanes: the middle quarters change places to restore the order.
            var bytes = Avx2.Permute4x64(packed.AsUInt64(), 0b11_01_10_00).AsByte();
            bytes.StoreUnsafe(ref target, (nuint)i);
            uint special = SpecialBytes(bytes).ExtractMostSignificantBits();
            if (special != 0)
            {
                return i + BitOperations.TrailingZeroCount(special);
            }

            if (i == last)
            {
                return text.Length;
            }

            i = Math.Min(i + Vector256<byte>.Count, last);
        }
    }

    /// <summary>
    /// <see cref="NarrowPlain"/> 16 chars at a time where there is no saturating pack: each block is checked before it
    /// is narrowed, and the one that stops the run is left to the caller, with the last chars.
    /// </summary>
    private static int NarrowPlainVector128(ReadOnlySpan<char> text, Span<byte> destination)
    {
        ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref byte target = ref MemoryMarshal.GetReference(destination);
        var space = Vector128.Create((ushort)' ');
        var printable = Vector128.Create((ushort)('~' - ' ' + 1));
        var quote = Vector128.Create((ushort)'"');
        var backslash = Vector128.Create((ushort)'\\');
        int i = 0;
        for (; i <= text.Length - 16; i += 16)
        {
            var low = Vector128.LoadUnsafe(ref source, (nuint)i);
            var high = Vector128.LoadUnsafe(ref source, (nuint)(i + 8));

            // Below the space wraps round to large, so one unsigned comparison finds controls and non-ASCII.
            var special = Vector128.GreaterThanOrEqual(low - space, printable) | Vector128.Equals(low, quote) | Vector128.Equals(low, backslash)
                | Vector128.GreaterThanOrEqual(high - space, printable) | Vector128.Equals(high, quote) | Vector128.Equals(high, backslash);
            if (special != Vector128<ushort>.Zero)
            {
                break;
            }

            Vector128.Narrow(low, high).StoreUnsafe(ref target, (nuint)i);
        }

        return i;
    }

    /// <summary><see cref="NarrowPlainAvx2"/> 8 chars at a time, for 8 to 15 chars (a label, a name).</summary>
    private static int NarrowPlainShort(ReadOnlySpan<char> text, Span<byte> destination)
    {
        ref short source = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(text));
        ref byte target = ref MemoryMarshal.GetReference(destination);
        int last = text.Length - sizeof(ulong);
        int i = 0;
        while (true)
        {
            var chunk = Vector128.LoadUnsafe(ref source, (nuint)i);
            var bytes = Sse2.PackUnsignedSaturate(chunk, chunk);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, i), bytes.AsUInt64().ToScalar());
            uint special = SpecialBytes(bytes).ExtractMostSignificantBits() & 0xFF;
            if (special != 0)
            {
                return i + BitOperations.TrailingZeroCount(special);
            }

            if (i == last)
            {
                return text.Length;
            }

            i = Math.Min(i + sizeof(ulong), last);
        }
    }

    /// <summary><see cref="NarrowPlainAvx2"/> 16 chars at a time.</summary>
    private static int NarrowPlainSse2(ReadOnlySpan<char> text, Span<byte> destination)
    {
        ref short source = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(text));
        ref byte target = ref MemoryMarshal.GetReference(destination);
        int last = text.Length - Vector128<byte>.Count;
        int i = 0;
        while (true)
        {
            var bytes = Sse2.PackUnsignedSaturate(Vector128.LoadUnsafe(ref source, (nuint)i), Vector128.LoadUnsafe(ref source, (nuint)(i + 8)));
            bytes.StoreUnsafe(ref target, (nuint)i);
            uint special = SpecialBytes(bytes).ExtractMostSignificantBits();
            if (special != 0)
            {
                return i + BitOperations.TrailingZeroCount(special);
            }

            if (i == last)
            {
                return text.Length;
            }

            i = Math.Min(i + Vector128<byte>.Count, last);
        }
    }

    /// <summary>
    /// The bytes that are not printable ASCII, or are the quote or the backslash: outside 0x20 to 0x7E is found with
    /// one signed comparison, the range being moved to the bottom of the signed bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> SpecialBytes(Vector256<byte> bytes)
    {
        var shifted = (bytes + Vector256.Create((byte)(0x80 - ' '))).AsSByte();
        return Vector256.GreaterThan(shifted, Vector256.Create((sbyte)(-0x80 + ('~' - ' ')))).AsByte()
            | Vector256.Equals(bytes, Vector256.Create((byte)'"'))
            | Vector256.Equals(bytes, Vector256.Create((byte)'\\'));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> SpecialBytes(Vector128<byte> bytes)
    {
        var shifted = (bytes + Vector128.Create((byte)(0x80 - ' '))).AsSByte();
        return Vector128.GreaterThan(shifted, Vector128.Create((sbyte)(-0x80 + ('~' - ' ')))).AsByte()
            | Vector128.Equals(bytes, Vector128.Create((byte)'"'))
            | Vector128.Equals(bytes, Vector128.Create((byte)'\\'));
    }

    /// <summary>
    /// Writes the char at the start of <paramref name="text"/> that the encoder escapes, or one outside ASCII, decoded
    /// as the encoder decodes it: an unpaired surrogate is written as an escaped U+FFFD.
    /// </summary>
    /// <returns>The number of bytes written; <paramref name="consumed"/> is the number of chars read (2 for a pair).</returns>
    private static int WriteSpecial(ReadOnlySpan<char> text, Span<byte> destination, out int consumed)
    {
        bool valid = Rune.DecodeFromUtf16(text, out var rune, out consumed) == OperationStatus.Done;
        if (!valid)
        {
            rune = Rune.ReplacementChar;
        }

        if (valid && !Encoder.WillEncode(rune.Value))
        {
            return rune.EncodeToUtf8(destination);
        }

        destination[0] = (byte)'\\';
        byte shortForm = rune.Value switch
        {
            '\b' => (byte)'b',
            '\t' => (byte)'t',
            '\n' => (byte)'n',
            '\f' => (byte)'f',
            '\r' => (byte)'r',
            '"' => (byte)'"',
            '\\' => (byte)'\\',
            _ => 0,
        };
        if (shortForm != 0)
        {
            destination[1] = shortForm;
            return 2;
        }

        if (rune.IsBmp)
        {
            return 1 + WriteUnit((char)rune.Value, destination[1..]);
        }

        // Outside the BMP: the surrogate pair, each escaped.
        int offset = rune.Value - 0x10000;
        int written = 1 + WriteUnit((char)(0xD800 + (offset >> 10)), destination[1..]);
        destination[written++] = (byte)'\\';
        return written + WriteUnit((char)(0xDC00 + (offset & 0x3FF)), destination[written..]);
    }

    /// <summary>Writes <c>uXXXX</c> (the backslash is already written).</summary>
    private static int WriteUnit(char value, Span<byte> destination)
    {
        destination[0] = (byte)'u';
        WriteHex(value, destination.Slice(1, 4));
        return 5;
    }

    private static void WriteHex(char value, Span<byte> destination)
    {
        const string Digits = "0123456789ABCDEF";
        destination[0] = (byte)Digits[value >> 12];
        destination[1] = (byte)Digits[(value >> 8) & 0xF];
        destination[2] = (byte)Digits[(value >> 4) & 0xF];
        destination[3] = (byte)Digits[value & 0xF];
    }

    private static string PrintableAsciiButQuoteAndBackslash()
    {
        var chars = new char['~' - ' ' + 1];
        int n = 0;
        for (char c = ' '; c <= '~'; c++)
        {
            if (c is not ('"' or '\\'))
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }

    private static string PlainAsciiChars()
    {
        var chars = new char[128];
        int n = 0;
        for (char c = '\0'; c < (char)128; c++)
        {
            if (!Encoder.WillEncode(c))
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }
}
