using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using TranscriptParsing.Model;

namespace TranscriptParsing.Writing;

/// <summary>
/// Writes a <see cref="Transcript"/> as a Podcasting 2.0 JSON transcript, the file a <c>podcast:transcript</c> tag
/// of type <c>application/json</c> points to: <c>{"version": "1.0.0", "segments": [{"speaker", "body"}, ...]}</c>.
/// </summary>
/// <remarks>
/// One segment per turn or narration block, in order; a cue standing alone is left out. <c>speaker</c> is the
/// speaker's display name and is left out for narration that no speaker says. <c>body</c> is the text on one line.
/// A broadcast transcript carries no offsets into the audio, so <c>startTime</c> and <c>endTime</c> are not written:
/// players that need them to sync the text should take a WebVTT or SRT file from the audio instead.
/// </remarks>
public static class TranscriptPodcastWriter
{
    /// <summary>The version of the JSON transcript format written.</summary>
    public const string FormatVersion = "1.0.0";

    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText SegmentsName = JsonEncodedText.Encode("segments");
    private static readonly JsonEncodedText SpeakerName = JsonEncodedText.Encode("speaker");
    private static readonly JsonEncodedText BodyName = JsonEncodedText.Encode("body");

    /// <summary>Writes <paramref name="transcript"/> as one Podcasting 2.0 JSON transcript.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="transcript">The transcript.</param>
    public static void Write(Utf8JsonWriter writer, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(transcript);
        var text = transcript.Text.Span;
        char[] buffer = ArrayPool<char>.Shared.Rent(1024);
        try
        {
            writer.WriteStartObject();
            writer.WriteString(VersionName, FormatVersion);
            writer.WriteStartArray(SegmentsName);
            foreach (var block in transcript.Blocks)
            {
                if (!Utterances.IsUtterance(block))
                {
                    continue;
                }

                writer.WriteStartObject();
                if (Utterances.SpeakerName(block) is { } speaker)
                {
                    writer.WriteString(SpeakerName, speaker);
                }

                writer.WriteString(BodyName, Utterances.OneLine(block, text, bracketCues: false, ref buffer));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes <paramref name="transcript"/> as a Podcasting 2.0 JSON transcript to <paramref name="output"/>.</summary>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="indented">True for indented JSON, false for one compact line.</param>
    public static void Write(IBufferWriter<byte> output, Transcript transcript, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JsonOutput.Encoder });
        Write(writer, transcript);
    }

    /// <summary>Writes <paramref name="transcript"/> as a Podcasting 2.0 JSON transcript to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the UTF-8 bytes go.</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="indented">True for indented JSON, false for one compact line.</param>
    public static void Write(Stream stream, Transcript transcript, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JsonOutput.Encoder });
        Write(writer, transcript);
    }
}
