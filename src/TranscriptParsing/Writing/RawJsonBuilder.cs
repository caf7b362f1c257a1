using System;
using System.Globalization;
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
    /// Appends bytes as they are: for a caller that lays out compact JSON itself, with names, punctuation and
    /// constant values in a few fragments. Inlined, so that a constant fragment is copied without a call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raw(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(_buffer[_length..]);
        _length += utf8.Length;
    }

    /// <summary>Appends a number's digits as they are (see <see cref="Raw"/>).</summary>
    public void RawNumber(int value) => Digits(value);

    /// <summary>Appends a string as it is (see <see cref="Raw"/>).</summary>
    public void RawString(ReadOnlySpan<char> text) => _length += JsonStringEncoder.WriteQuoted(text, _buffer[_length..]);

    /// <summary>
    /// Appends a string as it is (see <see cref="Raw"/>) unless it holds a line break; returns false, having appended
    /// nothing, when it does.
    /// </summary>
    public bool TryRawLine(ReadOnlySpan<char> text)
    {
        int written = JsonStringEncoder.WriteQuotedLine(text, _buffer[_length..]);
        if (written < 0)
        {
            return false;
        }

        _length += written;
        return true;
    }

    /// <summary>Appends the normalised form of a block's raw text as a string (see <see cref="Raw"/>).</summary>
    public void RawNormalizedString(ReadOnlySpan<char> raw) => _length += JsonStringEncoder.WriteNormalizedQuoted(raw, _buffer[_length..]);

    /// <summary>Writes a number's digits, as the writer formats it (invariant, no leading zeros).</summary>
    private void Digits(int value)
    {
        if (value < 0)
        {
            value.TryFormat(_buffer[_length..], out int written, default, CultureInfo.InvariantCulture);
            _length += written;
            return;
        }

        _length += WriteDigits((uint)value, _buffer[_length..]);
    }

    /// <summary>The digits of <paramref name="value"/>, written from the last, two at a time.</summary>
    private static int WriteDigits(uint value, Span<byte> destination)
    {
        int digits = CountDigits(value);
        _ = destination[digits - 1];
        ref byte first = ref MemoryMarshal.GetReference(destination);
        ref byte pairs = ref MemoryMarshal.GetReference(DigitPairs);
        int at = digits;
        while (value >= 100)
        {
            uint rest = value / 100;
            uint pair = (value - (rest * 100)) * 2;
            value = rest;
            at -= 2;
            Unsafe.Add(ref first, at) = Unsafe.Add(ref pairs, pair);
            Unsafe.Add(ref first, at + 1) = Unsafe.Add(ref pairs, pair + 1);
        }

        if (value >= 10)
        {
            Unsafe.Add(ref first, 0) = Unsafe.Add(ref pairs, value * 2);
            Unsafe.Add(ref first, 1) = Unsafe.Add(ref pairs, (value * 2) + 1);
        }
        else
        {
            first = (byte)('0' + value);
        }

        return digits;
    }

    private static int CountDigits(uint value)
    {
        int digits = 1;
        while (value >= 10_000)
        {
            value /= 10_000;
            digits += 4;
        }

        return digits + (value >= 10 ? 1 : 0) + (value >= 100 ? 1 : 0) + (value >= 1000 ? 1 : 0);
    }

    private static ReadOnlySpan<byte> DigitPairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

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
