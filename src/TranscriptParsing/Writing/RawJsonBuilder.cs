using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace TranscriptParsing.Writing;

/// <summary>
/// How a <see cref="Utf8JsonWriter"/> lays out what it writes: compact, or indented with its indent and new line.
/// A value built with <see cref="RawJsonBuilder"/> in this layout and handed to the writer as a raw value reads as if
/// the writer had written it token by token.
/// </summary>
internal readonly struct RawJsonLayout
{
    /// <summary>The deepest a raw value built here nests below the writer's current depth.</summary>
    private const int MaxNesting = 5;

    private RawJsonLayout(int baseDepth, bool indented, byte indentChar, int indentSize, string newLine)
    {
        BaseDepth = baseDepth;
        Indented = indented;
        IndentChar = indentChar;
        IndentSize = indentSize;
        NewLine = newLine;
    }

    /// <summary>The writer's depth where the raw values go.</summary>
    public int BaseDepth { get; }

    public bool Indented { get; }

    public byte IndentChar { get; }

    public int IndentSize { get; }

    public string NewLine { get; }

    /// <summary>The compact layout, one line with no spaces, whatever the depth.</summary>
    public static RawJsonLayout Compact => new(1, indented: false, (byte)' ', 2, "\n");

    /// <summary>The most bytes the layout adds to a line: its new line and its deepest indent.</summary>
    public int MaxLinePrefix => Indented ? NewLine.Length + ((BaseDepth + MaxNesting) * IndentSize) : 0;

    /// <summary>
    /// The layout of <paramref name="writer"/> at its current depth, when raw values can stand in for its own
    /// tokens there: it escapes strings as <see cref="JsonStringEncoder"/> does, and the values' nesting stays
    /// within its maximum depth.
    /// </summary>
    public static bool TryCreate(Utf8JsonWriter writer, out RawJsonLayout layout)
    {
        var options = writer.Options;
        int depth = writer.CurrentDepth;
        if (!JsonStringEncoder.Matches(writer) || (options.MaxDepth > 0 && depth + MaxNesting >= options.MaxDepth))
        {
            layout = default;
            return false;
        }

#if NET9_0_OR_GREATER
        layout = new RawJsonLayout(depth, options.Indented, (byte)options.IndentCharacter, options.IndentSize, options.NewLine);
#else
        layout = new RawJsonLayout(depth, options.Indented, (byte)' ', 2, Environment.NewLine);
#endif
        return true;
    }
}

/// <summary>
/// Builds one JSON value as UTF-8 in a buffer, for <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>:
/// the same bytes the writer would write for the same calls, in the writer's <see cref="RawJsonLayout"/>, without
/// its per-call checks. The buffer must be large enough; the caller sizes it from the text it will hold.
/// </summary>
internal ref struct RawJsonBuilder
{
    private readonly Span<byte> _buffer;
    private readonly RawJsonLayout _layout;
    private readonly bool _indented;
    private int _length;
    private int _depth;

    /// <summary>True right after a start token, when the next item needs no comma.</summary>
    private bool _first;

    /// <summary>True after a property name, when the next value goes on the same line.</summary>
    private bool _afterName;

    /// <summary>Starts a value.</summary>
    /// <param name="buffer">Where to build it.</param>
    /// <param name="layout">The writer's layout.</param>
    /// <param name="propertyValue">True when the writer has just written the value's property name; false for an item of an array.</param>
    public RawJsonBuilder(Span<byte> buffer, in RawJsonLayout layout, bool propertyValue)
    {
        _buffer = buffer;
        _layout = layout;
        _indented = layout.Indented;
        _length = 0;
        _depth = layout.BaseDepth;
        _first = true;
        _afterName = propertyValue;
    }

    /// <summary>The bytes built so far.</summary>
    public readonly ReadOnlySpan<byte> Written => _buffer[.._length];

    /// <summary>
    /// The size of a buffer that holds a value of <paramref name="lines"/> lines whose strings are
    /// <paramref name="chars"/> chars long in all, besides names, punctuation and at most 11 digits per number.
    /// </summary>
    public static int Capacity(in RawJsonLayout layout, int lines, int chars) =>
        (lines * (layout.MaxLinePrefix + 48)) + JsonStringEncoder.MaxQuotedLength(chars);

    /// <summary>Writes a property name, given with its quotes and colon (<c>"kind":</c>).</summary>
    public void Name(ReadOnlySpan<byte> quotedNameAndColon)
    {
        Separate();
        quotedNameAndColon.CopyTo(_buffer[_length..]);
        _length += quotedNameAndColon.Length;
        if (_indented)
        {
            _buffer[_length++] = (byte)' ';
        }

        _afterName = true;
    }

    public void StartObject() => Start((byte)'{');

    public void EndObject() => End((byte)'}');

    public void StartArray() => Start((byte)'[');

    public void EndArray() => End((byte)']');

    /// <summary>Writes a value given as it is (a quoted ASCII constant such as <c>"turn"</c>, or <c>null</c>).</summary>
    public void Literal(ReadOnlySpan<byte> utf8)
    {
        Value();
        utf8.CopyTo(_buffer[_length..]);
        _length += utf8.Length;
    }

    public void Null() => Literal("null"u8);

    public void String(ReadOnlySpan<char> text)
    {
        Value();
        _length += JsonStringEncoder.WriteQuoted(text, _buffer[_length..]);
    }

    /// <summary>Writes the normalised form of a block's raw text as a string.</summary>
    public void NormalizedString(ReadOnlySpan<char> raw)
    {
        Value();
        _length += JsonStringEncoder.WriteNormalizedQuoted(raw, _buffer[_length..]);
    }

    /// <summary>Writes a speaker's id, <c>s</c> and its number, as a string.</summary>
    public void SpeakerId(int number)
    {
        Value();
        _buffer[_length++] = (byte)'"';
        _buffer[_length++] = (byte)'s';
        Digits(number);
        _buffer[_length++] = (byte)'"';
    }

    /// <summary>Writes a range as an object, <c>{"start":…,"length":…}</c>.</summary>
    public void Span(int start, int length)
    {
        if (_indented || !_afterName)
        {
            StartObject();
            Name("\"start\":"u8);
            Number(start);
            Name("\"length\":"u8);
            Number(length);
            EndObject();
            return;
        }

        // Compact, after its property name: the punctuation is fixed, so it goes in two copies.
        _afterName = false;
        _first = false;
        "{\"start\":"u8.CopyTo(_buffer[_length..]);
        _length += 9;
        Digits(start);
        ",\"length\":"u8.CopyTo(_buffer[_length..]);
        _length += 10;
        Digits(length);
        _buffer[_length++] = (byte)'}';
    }

    public void Number(int value)
    {
        Value();
        Digits(value);
    }

    /// <summary>
    /// The free part of the buffer, for a caller that lays out compact JSON itself and then moves on by what it wrote
    /// (<see cref="Advance"/>): the bytes it writes there are kept as they are.
    /// </summary>
    public readonly Span<byte> Free => _buffer[_length..];

    /// <summary>Moves on past <paramref name="count"/> bytes written to <see cref="Free"/>, as a value of the current array or object.</summary>
    public void Advance(int count)
    {
        _length += count;
        _first = false;
        _afterName = false;
    }

    /// <summary>Writes a number's digits, as the writer formats it (invariant, no leading zeros).</summary>
    private void Digits(int value) => _length += WriteNumber(value, _buffer[_length..]);

    /// <summary>Writes a number's digits, as the writer formats it (invariant, no leading zeros).</summary>
    /// <returns>The number of bytes written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteNumber(int value, Span<byte> destination)
    {
        // One digit (a block's column mostly) is one byte: none of the arithmetic below.
        if ((uint)value < 10 && destination.Length > 0)
        {
            destination[0] = (byte)('0' + value);
            return 1;
        }

        if ((uint)value < 10_000 && destination.Length >= sizeof(uint) && BitConverter.IsLittleEndian)
        {
            return WriteUpToFourDigits((uint)value, ref MemoryMarshal.GetReference(destination));
        }

        if ((uint)value < 100_000_000 && destination.Length >= sizeof(ulong) && BitConverter.IsLittleEndian)
        {
            return WriteUpToEightDigits((uint)value, ref MemoryMarshal.GetReference(destination));
        }

        return WriteOtherNumber(value, destination);
    }

    /// <summary>Writes a negative or large number, or one near the end of the buffer, as the runtime formats it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int WriteOtherNumber(int value, Span<byte> destination)
    {
        value.TryFormat(destination, out int written, default, CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>
    /// Writes a number below 10^4 as its digits, as <see cref="WriteUpToEightDigits"/> does with one half; four bytes
    /// must be free at <paramref name="destination"/>.
    /// </summary>
    /// <returns>The number of digits.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteUpToFourDigits(uint value, ref byte destination)
    {
        uint hundreds = (value * 10486) >> 20;
        uint x = hundreds | ((value - (hundreds * 100)) << 16);
        uint tens = ((x * 103) >> 10) & 0x000F_000F;
        x = tens | ((x - (tens * 10)) << 8);
        int digits = CountDigits(value);
        Unsafe.WriteUnaligned(ref destination, (x | 0x3030_3030) >> ((4 - digits) * 8));
        return digits;
    }

    /// <summary>
    /// Writes a number below 10^8 as its digits, all eight worked out at once in the bytes of one 64-bit word (two
    /// halves of four digits, each split into two pairs, each split into two digits) and stored in one write, its
    /// leading zeros shifted out; eight bytes must be free at <paramref name="destination"/>.
    /// </summary>
    /// <returns>The number of digits.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteUpToEightDigits(uint value, ref byte destination)
    {
        // The first digit goes in the lowest byte, which a little-endian store writes first.
        uint high = value / 10_000;
        ulong x = high | ((ulong)(value - (high * 10_000)) << 32);

        // n / 100 is n * 10486 >> 20, and n / 10 is n * 103 >> 10, for every n in range; no lane spills into the next.
        ulong hundreds = ((x * 10486) >> 20) & 0x0000_007F_0000_007F;
        x = hundreds | ((x - (hundreds * 100)) << 16);
        ulong tens = ((x * 103) >> 10) & 0x000F_000F_000F_000F;
        x = tens | ((x - (tens * 10)) << 8);
        int digits = CountDigits(value);
        Unsafe.WriteUnaligned(ref destination, (x | 0x3030_3030_3030_3030) >> ((8 - digits) * 8));
        return digits;
    }

    /// <summary>
    /// The number of decimal digits of <paramref name="value"/> (1 for 0), from its highest set bit and a table: a
    /// few cycles, where counting the leading zeros of the digits waits for all of them to be worked out. The place
    /// after a number is what the next write waits for; the digits themselves are only stored.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CountDigits(uint value)
    {
        // Entry b, for d the digits of 2^b, is 2^32 × (d + 1) − 10^d (or 2^32 × d where no value of highest bit b
        // reaches 10^d): the high half of the value plus its entry is d, or d + 1 once the value reaches 10^d.
        ReadOnlySpan<long> table =
        [
            4294967296, 8589934582, 8589934582, 8589934582, 12884901788, 12884901788, 12884901788, 17179868184,
            17179868184, 17179868184, 21474826480, 21474826480, 21474826480, 21474826480, 25769703776, 25769703776,
            25769703776, 30063771072, 30063771072, 30063771072, 34349738368, 34349738368, 34349738368, 34349738368,
            38554705664, 38554705664, 38554705664, 41949672960, 41949672960, 41949672960, 42949672960, 42949672960,
        ];
        long entry = Unsafe.Add(ref MemoryMarshal.GetReference(table), BitOperations.Log2(value));
        return (int)((value + entry) >> 32);
    }

    private void Start(byte token)
    {
        Value();
        _buffer[_length++] = token;
        _depth++;
        _first = true;
    }

    private void End(byte token)
    {
        _depth--;
        if (!_first && _indented)
        {
            // The writer puts a closing token on its own line unless the object or array is empty.
            NewLine();
        }

        _buffer[_length++] = token;
        _first = false;
    }

    /// <summary>Before a value: nothing after a property name; otherwise the comma and the line of an array item.</summary>
    private void Value()
    {
        if (_afterName)
        {
            _afterName = false;
            _first = false;
            return;
        }

        // The raw value's own first token: the writer has written the comma before it.
        if (_length == 0)
        {
            if (_indented)
            {
                NewLine();
            }

            _first = false;
            return;
        }

        Separate();
    }

    private void Separate()
    {
        if (!_first)
        {
            _buffer[_length++] = (byte)',';
        }

        _first = false;
        if (_indented)
        {
            NewLine();
        }
    }

    /// <summary>The new line and the indent of the current depth (indented layout only).</summary>
    private void NewLine()
    {
        foreach (char c in _layout.NewLine)
        {
            _buffer[_length++] = (byte)c;
        }

        int indent = _depth * _layout.IndentSize;
        _buffer.Slice(_length, indent).Fill(_layout.IndentChar);
        _length += indent;
    }
}
