using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Writing;

/// <summary>
/// Writes a <see cref="Transcript"/> as a MediaSum record, the shape of the MediaSum interview dataset, so that
/// pipelines built on that dataset take the output as is:
/// <c>{"id", "program", "date", "url", "title", "summary", "utt": [...], "speaker": [...]}</c>.
/// </summary>
/// <remarks>
/// <para><c>utt</c> and <c>speaker</c> are parallel arrays, one entry per turn or narration block, in order; a cue
/// standing alone (<c>(SOUNDBITE OF MUSIC)</c>) is left out. Each utterance is one line: runs of white space become
/// one space. <c>speaker</c> holds the speaker's display name (<see cref="Speaker.Name"/>); narration that no speaker
/// says has the empty string.</para>
/// <para><c>program</c>, <c>date</c> (<c>yyyy-mm-dd</c>) and <c>url</c> are written only when the header states
/// them. <c>id</c>, <c>title</c> and <c>summary</c> are always written, as the empty string when unknown.</para>
/// </remarks>
public static class TranscriptMediaSumWriter
{
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText ProgramName = JsonEncodedText.Encode("program");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText UrlName = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText SummaryName = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText UttName = JsonEncodedText.Encode("utt");
    private static readonly JsonEncodedText SpeakerName = JsonEncodedText.Encode("speaker");

    /// <summary>Writes <paramref name="transcript"/> as one MediaSum record.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="id">The record's id; null takes <see cref="DefaultId"/>.</param>
    public static void Write(Utf8JsonWriter writer, Transcript transcript, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(transcript);
        var header = transcript.Header;
        writer.WriteStartObject();
        writer.WriteString(IdName, id ?? DefaultId(transcript));
        if (header.Program is { } program)
        {
            writer.WriteString(ProgramName, program);
        }

        if (header.AirDate is { } airDate)
        {
            int time = airDate.IndexOf('T', StringComparison.Ordinal);
            writer.WriteString(DateName, time < 0 ? airDate.AsSpan() : airDate.AsSpan(0, time));
        }

        foreach (var line in header.Chrome)
        {
            if (line.Kind == ChromeKind.Url)
            {
                writer.WriteString(UrlName, line.TextChars.Trim());
                break;
            }
        }

        writer.WriteString(TitleName, header.Title ?? string.Empty);
        writer.WriteString(SummaryName, header.Summary ?? string.Empty);

        var text = transcript.Text.Span;
        char[] buffer = ArrayPool<char>.Shared.Rent(1024);
        try
        {
            writer.WriteStartArray(UttName);
            foreach (var block in transcript.Blocks)
            {
                if (Utterances.IsUtterance(block))
                {
                    writer.WriteStringValue(Utterances.OneLine(block, text, bracketCues: false, ref buffer));
                }
            }

            writer.WriteEndArray();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        writer.WriteStartArray(SpeakerName);
        foreach (var block in transcript.Blocks)
        {
            if (Utterances.IsUtterance(block))
            {
                writer.WriteStringValue(Utterances.SpeakerName(block) ?? string.Empty);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="transcript"/> as a MediaSum record to <paramref name="output"/>.</summary>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="id">The record's id; null takes <see cref="DefaultId"/>.</param>
    /// <param name="indented">True for indented JSON, false for one compact line.</param>
    public static void Write(IBufferWriter<byte> output, Transcript transcript, string? id = null, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JsonOutput.Encoder });
        Write(writer, transcript, id);
    }

    /// <summary>Writes <paramref name="transcript"/> as a MediaSum record to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the UTF-8 bytes go.</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="id">The record's id; null takes <see cref="DefaultId"/>.</param>
    /// <param name="indented">True for indented JSON, false for one compact line.</param>
    public static void Write(Stream stream, Transcript transcript, string? id = null, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JsonOutput.Encoder });
        Write(writer, transcript, id);
    }

    /// <summary>
    /// The id a record gets when none is given: the file name of <see cref="TranscriptSource.Path"/> without its
    /// extension (<c>npr-station-interview</c> for <c>samples/npr-station-interview.txt</c>), or the empty string.
    /// </summary>
    /// <param name="transcript">The transcript.</param>
    /// <returns>The id.</returns>
    public static string DefaultId(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return transcript.Source.Path is { } path ? Path.GetFileNameWithoutExtension(path) : string.Empty;
    }
}
