using System;
using System.Buffers;
using System.IO;
using System.Text;
using TranscriptParsing.Model;

namespace TranscriptParsing.Writing;

/// <summary>
/// Writes a <see cref="Transcript"/> as clean text, one line per block: <c>Name: text</c> for what a speaker says,
/// the text alone for narration no speaker says, and <c>[cue]</c> for a cue standing alone.
/// </summary>
/// <remarks>
/// The name is the speaker's display name (<see cref="Speaker.Name"/>), not the label as written. A block's
/// paragraphs and line breaks become single spaces, and the parentheses of a cue inside the text become brackets
/// (<c>(LAUGHTER)</c> is written <c>[LAUGHTER]</c>). The header and footer are not written. Lines end with <c>\n</c>.
/// </remarks>
public static class TranscriptTextWriter
{
    /// <summary>Writes <paramref name="transcript"/> as text lines to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="transcript">The transcript.</param>
    public static void Write(TextWriter writer, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var sink = new TextWriterSink(writer);
        WriteLines(ref sink, transcript);
    }

    /// <summary>Writes <paramref name="transcript"/> as UTF-8 text lines to <paramref name="output"/>.</summary>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    /// <param name="transcript">The transcript.</param>
    public static void Write(IBufferWriter<byte> output, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(output);
        var sink = new Utf8Sink(output);
        WriteLines(ref sink, transcript);
    }

    /// <summary>Writes <paramref name="transcript"/> as UTF-8 text lines (no byte-order mark) to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the UTF-8 bytes go; it is left open.</param>
    /// <param name="transcript">The transcript.</param>
    public static void Write(Stream stream, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        Write(writer, transcript);
    }

    /// <summary>Returns <paramref name="transcript"/> as text lines.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <returns>The text, each line ended by <c>\n</c>.</returns>
    public static string ToText(Transcript transcript)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, transcript);
        return writer.ToString();
    }

    private static void WriteLines<TSink>(ref TSink sink, Transcript transcript)
        where TSink : struct, ITextSink
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var text = transcript.Text.Span;
        char[] buffer = ArrayPool<char>.Shared.Rent(1024);
        try
        {
            foreach (var block in transcript.Blocks)
            {
                var line = Utterances.OneLine(block, text, bracketCues: true, ref buffer);
                if (block.Kind == BlockKind.Annotation)
                {
                    sink.Write("[");
                    sink.Write(line);
                    sink.Write("]\n");
                    continue;
                }

                if (Utterances.SpeakerName(block) is { } name)
                {
                    sink.Write(name);
                    sink.Write(line.IsEmpty ? ":" : ": ");
                }

                sink.Write(line);
                sink.Write("\n");
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private interface ITextSink
    {
        void Write(ReadOnlySpan<char> chars);
    }

    private readonly struct TextWriterSink(TextWriter writer) : ITextSink
    {
        public void Write(ReadOnlySpan<char> chars) => writer.Write(chars);
    }

    private readonly struct Utf8Sink(IBufferWriter<byte> output) : ITextSink
    {
        public void Write(ReadOnlySpan<char> chars) => Encoding.UTF8.GetBytes(chars, output);
    }
}
