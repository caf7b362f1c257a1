using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Unicode;

namespace TranscriptParsing.Model;

/// <summary>Turns bytes into text: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.</summary>
public static class TranscriptEncoding
{
    /// <summary>
    /// Decodes <paramref name="bytes"/>. Invalid UTF-8 is replaced with U+FFFD and reported, with the byte offset of
    /// the first invalid sequence, as diagnostic <c>TP0002</c>.
    /// </summary>
    /// <param name="bytes">The raw input.</param>
    /// <param name="diagnostics">Receives a diagnostic when the input is not valid UTF-8.</param>
    /// <returns>The text.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes, ICollection<Diagnostic>? diagnostics)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return new string(buffer, 0, written);
            }

            diagnostics?.Add(new Diagnostic("TP0002", DiagnosticSeverity.Warning,
                $"The input is not valid UTF-8 at byte offset {read}; invalid sequences were replaced with U+FFFD.", 1, 1));
            Utf8.ToUtf16(bytes, buffer, out _, out written, replaceInvalidSequences: true);
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> as <see cref="Decode"/> does, into <paramref name="buffer"/> (grown when too
    /// small) rather than a new string.
    /// </summary>
    /// <returns>The number of chars written; <paramref name="invalidAt"/> is the byte offset of the first invalid UTF-8 sequence, or -1.</returns>
    internal static int DecodeInto(ReadOnlySpan<byte> bytes, ref char[] buffer, out int invalidAt)
    {
        invalidAt = -1;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeWith(Encoding.Unicode, bytes[2..], ref buffer);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeWith(Encoding.BigEndianUnicode, bytes[2..], ref buffer);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        // UTF-8 never gives more chars than bytes.
        TranscriptData.Grow(ref buffer, bytes.Length);
        var status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return written;
        }

        invalidAt = read;
        Utf8.ToUtf16(bytes, buffer, out _, out written, replaceInvalidSequences: true);
        return written;
    }

    private static int DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes, ref char[] buffer)
    {
        TranscriptData.Grow(ref buffer, encoding.GetCharCount(bytes));
        return encoding.GetChars(bytes, buffer);
    }
}
