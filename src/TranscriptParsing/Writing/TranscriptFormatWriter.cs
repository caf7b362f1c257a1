using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using TranscriptParsing.Model;

namespace TranscriptParsing.Writing;

/// <summary>
/// One entry point for every output format: writes a transcript as a <see cref="TranscriptFormat"/>, followed by a
/// line break, so that many transcripts written one after another to the same stream make JSON Lines (compact JSON
/// formats) or a run of text lines (<see cref="TranscriptFormat.Text"/>).
/// </summary>
public static class TranscriptFormatWriter
{
    /// <summary>The formats' names on the command line, in the order of <see cref="TranscriptFormat"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["json", "jsonl", "mediasum", "podcast", "text"];

    /// <summary>Returns the command-line name of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>For example <c>jsonl</c> or <c>mediasum</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string NameOf(TranscriptFormat format) =>
        (uint)format < (uint)Names.Count ? Names[(int)format] : throw new ArgumentOutOfRangeException(nameof(format));

    /// <summary>Finds a format by its command-line name (ASCII case is ignored).</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <param name="format">The format, when found.</param>
    /// <returns>True when <paramref name="name"/> names a format.</returns>
    public static bool TryParse(string? name, out TranscriptFormat format)
    {
        for (int i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                format = (TranscriptFormat)i;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Finds a format by its command-line name (ASCII case is ignored).</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> names no format.</exception>
    public static TranscriptFormat Parse(string name) =>
        TryParse(name, out var format) ? format : throw new ArgumentException($"'{name}' is not a format; the formats are {string.Join(", ", Names)}.", nameof(name));

    /// <summary>
    /// True when documents of <paramref name="format"/> can follow one another in one stream: every format except
    /// indented JSON (a single document) and indented MediaSum or Podcasting 2.0 JSON.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="indented">Whether JSON is indented.</param>
    /// <returns>True when the output of several transcripts is still one valid file.</returns>
    public static bool AllowsManyDocuments(TranscriptFormat format, bool indented) =>
        format is TranscriptFormat.JsonLines or TranscriptFormat.Text || !indented;

    /// <summary>Writes <paramref name="transcript"/> as <paramref name="format"/> and a line break to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the UTF-8 bytes go; it is left open.</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="format">The format.</param>
    /// <param name="indented">For the JSON formats other than <see cref="TranscriptFormat.JsonLines"/>: true for indented JSON.</param>
    public static void Write(Stream stream, Transcript transcript, TranscriptFormat format, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(transcript);
        switch (format)
        {
            case TranscriptFormat.Json:
                TranscriptJsonWriter.Write(stream, transcript, indented);
                break;
            case TranscriptFormat.JsonLines:
                TranscriptJsonWriter.Write(stream, transcript, indented: false);
                break;
            case TranscriptFormat.MediaSum:
                TranscriptMediaSumWriter.Write(stream, transcript, id: null, indented);
                break;
            case TranscriptFormat.Podcast:
                TranscriptPodcastWriter.Write(stream, transcript, indented);
                break;
            case TranscriptFormat.Text:
                TranscriptTextWriter.Write(stream, transcript);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes <paramref name="transcript"/> as <paramref name="format"/> and a line break to <paramref name="output"/>.</summary>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="format">The format.</param>
    /// <param name="indented">For the JSON formats other than <see cref="TranscriptFormat.JsonLines"/>: true for indented JSON.</param>
    public static void Write(IBufferWriter<byte> output, Transcript transcript, TranscriptFormat format, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(transcript);
        switch (format)
        {
            case TranscriptFormat.Json:
                TranscriptJsonWriter.Write(output, transcript, indented);
                break;
            case TranscriptFormat.JsonLines:
                TranscriptJsonWriter.Write(output, transcript, indented: false);
                break;
            case TranscriptFormat.MediaSum:
                TranscriptMediaSumWriter.Write(output, transcript, id: null, indented);
                break;
            case TranscriptFormat.Podcast:
                TranscriptPodcastWriter.Write(output, transcript, indented);
                break;
            case TranscriptFormat.Text:
                TranscriptTextWriter.Write(output, transcript);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }

        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }
}
