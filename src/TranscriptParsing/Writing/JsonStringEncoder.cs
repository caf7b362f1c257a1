using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TranscriptParsing.Model;

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
    /// Writes the normalised form of a block's raw text (see <see cref="BlockText.Normalize(ReadOnlySpan{char}, Span{char})"/>)
    /// as a quoted JSON string, without composing the text first; <paramref name="destination"/> must hold
    /// <see cref="MaxQuotedLength"/> bytes for the raw text's length.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    public static int WriteNormalizedQuoted(ReadOnlySpan<char> raw, Span<byte> destination)
    {
        destination[0] = (byte)'"';
        int written = 1;
        var lines = new NormalizedLines(raw);
        while (lines.MoveNext(out var content, out int breaks))
        {
            for (; breaks > 0; breaks--)
            {
                destination[written++] = (byte)'\\';
                destination[written++] = (byte)'n';
            }

            written += WriteEscaped(content, destination[written..]);
        }

        destination[written++] = (byte)'"';
        return written;
    }

    /// <summary>Writes <paramref name="text"/> escaped, without quotes.</summary>
    private static int WriteEscaped(ReadOnlySpan<char> text, Span<byte> destination)
    {
        int written = 0;
        while (true)
        {
            int plain = text.IndexOfAnyExcept(PlainAscii);
            if (plain < 0)
            {
                plain = text.Length;
            }

            if (plain > 0)
            {
                Ascii.FromUtf16(text[..plain], destination[written..], out int narrowed);
                written += narrowed;
                text = text[plain..];
            }

            if (text.IsEmpty)
            {
                return written;
            }

            // A char the encoder escapes, or one outside ASCII, decoded as the encoder decodes it. An unpaired
            // surrogate is written as an escaped U+FFFD.
            bool valid = Rune.DecodeFromUtf16(text, out var rune, out int consumed) == OperationStatus.Done;
            if (!valid)
            {
                rune = Rune.ReplacementChar;
            }

            text = text[consumed..];
            if (valid && !Encoder.WillEncode(rune.Value))
            {
                written += rune.EncodeToUtf8(destination[written..]);
                continue;
            }

            destination[written++] = (byte)'\\';
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
                destination[written++] = shortForm;
                continue;
            }

            if (rune.IsBmp)
            {
                written += WriteUnit((char)rune.Value, destination[written..]);
            }
            else
            {
                // Outside the BMP: the surrogate pair, each escaped.
                int offset = rune.Value - 0x10000;
                written += WriteUnit((char)(0xD800 + (offset >> 10)), destination[written..]);
                destination[written++] = (byte)'\\';
                written += WriteUnit((char)(0xDC00 + (offset & 0x3FF)), destination[written..]);
            }
        }
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
