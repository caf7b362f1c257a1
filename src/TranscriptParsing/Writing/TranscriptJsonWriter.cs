using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Writing;

/// <summary>
/// Writes a <see cref="Transcript"/> as JSON (the format in <c>docs/json.md</c>) with a <see cref="Utf8JsonWriter"/>:
/// no reflection, nothing to trim, and no string made for a block's text.
/// </summary>
public static class TranscriptJsonWriter
{
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText LengthName = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText DialectName = JsonEncodedText.Encode("dialect");
    private static readonly JsonEncodedText HeaderName = JsonEncodedText.Encode("header");
    private static readonly JsonEncodedText StationName = JsonEncodedText.Encode("station");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText FrequenciesName = JsonEncodedText.Encode("frequencies");
    private static readonly JsonEncodedText ChromeName = JsonEncodedText.Encode("chrome");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText SpanName = JsonEncodedText.Encode("span");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText TitleSpanName = JsonEncodedText.Encode("titleSpan");
    private static readonly JsonEncodedText SummaryName = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText SummarySpanName = JsonEncodedText.Encode("summarySpan");
    private static readonly JsonEncodedText ProgramName = JsonEncodedText.Encode("program");
    private static readonly JsonEncodedText AirDateName = JsonEncodedText.Encode("airDate");
    private static readonly JsonEncodedText SpeakersName = JsonEncodedText.Encode("speakers");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText LabelsName = JsonEncodedText.Encode("labels");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText RoleEvidenceName = JsonEncodedText.Encode("roleEvidence");
    private static readonly JsonEncodedText HonorificName = JsonEncodedText.Encode("honorific");
    private static readonly JsonEncodedText AffiliationName = JsonEncodedText.Encode("affiliation");
    private static readonly JsonEncodedText BlocksName = JsonEncodedText.Encode("blocks");
    private static readonly JsonEncodedText LabelName = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText SpeakerIdName = JsonEncodedText.Encode("speakerId");
    private static readonly JsonEncodedText TimeName = JsonEncodedText.Encode("time");
    private static readonly JsonEncodedText DeliveryName = JsonEncodedText.Encode("delivery");
    private static readonly JsonEncodedText CueName = JsonEncodedText.Encode("cue");
    private static readonly JsonEncodedText CuesName = JsonEncodedText.Encode("cues");
    private static readonly JsonEncodedText FooterName = JsonEncodedText.Encode("footer");
    private static readonly JsonEncodedText ProviderName = JsonEncodedText.Encode("provider");
    private static readonly JsonEncodedText CopyrightHolderName = JsonEncodedText.Encode("copyrightHolder");
    private static readonly JsonEncodedText YearName = JsonEncodedText.Encode("year");
    private static readonly JsonEncodedText DiagnosticsName = JsonEncodedText.Encode("diagnostics");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");

    /// <summary>Writes <paramref name="transcript"/> as one JSON object.</summary>
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
            WriteSource(writer, transcript.Source);
            WriteHeader(writer, transcript.Header);
            WriteSpeakers(writer, transcript);
            WriteBlocks(writer, transcript, text, ref buffer);
            WriteFooter(writer, transcript.Footer);
            WriteDiagnostics(writer, transcript);
            writer.WriteEndObject();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes <paramref name="transcript"/> as JSON to <paramref name="output"/>.</summary>
    /// <param name="output">Where the UTF-8 bytes go (for example a pooled buffer writer).</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="indented">True for indented JSON, false for one compact line.</param>
    public static void Write(IBufferWriter<byte> output, Transcript transcript, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JsonOutput.Encoder });
        Write(writer, transcript);
    }

    /// <summary>Writes <paramref name="transcript"/> as JSON to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the UTF-8 bytes go.</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="indented">True for indented JSON, false for one compact line.</param>
    public static void Write(Stream stream, Transcript transcript, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JsonOutput.Encoder });
        Write(writer, transcript);
    }

    /// <summary>Returns <paramref name="transcript"/> as a JSON string.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <param name="indented">True for indented JSON, false for one compact line.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(Transcript transcript, bool indented = false)
    {
        var output = new ArrayBufferWriter<byte>();
        Write(output, transcript, indented);
        return System.Text.Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static void WriteSource(Utf8JsonWriter writer, TranscriptSource source)
    {
        writer.WriteStartObject(SourceName);
        if (source.Path is null)
        {
            writer.WriteNull(PathName);
        }
        else
        {
            writer.WriteString(PathName, source.Path);
        }

        writer.WriteNumber(LengthName, source.Length);
        writer.WriteString(DialectName, JsonNames.Of(source.Dialect));
        writer.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter writer, TranscriptHeader header)
    {
        writer.WriteStartObject(HeaderName);
        if (header.Station is { } station)
        {
            writer.WriteStartObject(StationName);
            writer.WriteString(NameName, station.Name);
            writer.WriteStartArray(FrequenciesName);
            foreach (var f in station.Frequencies)
            {
                writer.WriteStringValue(f);
            }

            writer.WriteEndArray();
            WriteSpan(writer, SpanName, station.Span);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(StationName);
        }

        writer.WriteStartArray(ChromeName);
        foreach (var line in header.Chrome)
        {
            writer.WriteStartObject();
            writer.WriteString(TextName, line.TextChars);
            writer.WriteString(KindName, JsonNames.Of(line.Kind));
            WriteSpan(writer, SpanName, line.Span);
            writer.WriteNumber(LineName, line.LineNumber);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStringOrNull(writer, TitleName, header.Title);
        WriteSpanOrNull(writer, TitleSpanName, header.TitleSpan);
        WriteStringOrNull(writer, SummaryName, header.Summary);
        WriteSpanOrNull(writer, SummarySpanName, header.SummarySpan);
        WriteStringOrNull(writer, ProgramName, header.Program);
        WriteStringOrNull(writer, AirDateName, header.AirDate);
        writer.WriteEndObject();
    }

    private static void WriteSpeakers(Utf8JsonWriter writer, Transcript transcript)
    {
        writer.WriteStartArray(SpeakersName);
        foreach (var speaker in transcript.Speakers)
        {
            writer.WriteStartObject();
            writer.WriteString(IdName, speaker.Id);
            writer.WriteString(NameName, speaker.Name);
            writer.WriteStartArray(LabelsName);
            foreach (var label in speaker.Labels)
            {
                writer.WriteStringValue(label);
            }

            writer.WriteEndArray();
            writer.WriteString(RoleName, JsonNames.Of(speaker.Role));
            if (speaker.RoleEvidence == RoleEvidence.None)
            {
                writer.WriteNull(RoleEvidenceName);
            }
            else
            {
                writer.WriteString(RoleEvidenceName, JsonNames.Of(speaker.RoleEvidence));
            }

            WriteStringOrNull(writer, HonorificName, speaker.Honorific);
            WriteStringOrNull(writer, AffiliationName, speaker.Affiliation);
            WriteStringOrNull(writer, TitleName, speaker.Title);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteBlocks(Utf8JsonWriter writer, Transcript transcript, ReadOnlySpan<char> text, ref char[] buffer)
    {
        writer.WriteStartArray(BlocksName);
        foreach (var block in transcript.Blocks)
        {
            writer.WriteStartObject();
            writer.WriteString(KindName, JsonNames.Of(block.Kind));
            if (block.Kind == BlockKind.Turn)
            {
                var label = text.Slice(block.LabelSpan.Start, block.LabelSpan.Length);
                if (label.IndexOfAny('\r', '\n') < 0)
                {
                    writer.WriteString(LabelName, label);
                }
                else
                {
                    writer.WriteString(LabelName, block.Label);
                }
            }
            else
            {
                writer.WriteNull(LabelName);
            }

            WriteStringOrNull(writer, SpeakerIdName, block.Speaker?.Id);
            var raw = text.Slice(block.TextSpan.Start, block.TextSpan.Length);
            if (buffer.Length < raw.Length)
            {
                ArrayPool<char>.Shared.Return(buffer);
                buffer = ArrayPool<char>.Shared.Rent(raw.Length);
            }

            int length = BlockText.Normalize(raw, buffer);
            writer.WriteString(TextName, buffer.AsSpan(0, length));
            WriteSpan(writer, SpanName, block.Span);
            writer.WriteNumber(LineName, block.LineNumber);
            writer.WriteNumber(ColumnName, block.ColumnNumber);
            if (!block.TimeSpan.IsEmpty)
            {
                writer.WriteString(TimeName, text.Slice(block.TimeSpan.Start, block.TimeSpan.Length));
            }

            if (!block.DeliverySpan.IsEmpty)
            {
                writer.WriteString(DeliveryName, text.Slice(block.DeliverySpan.Start, block.DeliverySpan.Length));
            }

            if (block.Kind == BlockKind.Annotation)
            {
                writer.WriteString(CueName, JsonNames.Of(block.AnnotationKind));
            }

            if (!block.Cues.IsDefaultOrEmpty)
            {
                writer.WriteStartArray(CuesName);
                foreach (var cue in block.Cues)
                {
                    writer.WriteStartObject();
                    writer.WriteString(KindName, JsonNames.Of(cue.Kind));
                    writer.WriteString(TextName, text.Slice(cue.Span.Start, cue.Span.Length));
                    WriteSpan(writer, SpanName, cue.Span);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFooter(Utf8JsonWriter writer, Footer? footer)
    {
        if (footer is null)
        {
            writer.WriteNull(FooterName);
            return;
        }

        writer.WriteStartObject(FooterName);
        writer.WriteString(TextName, footer.Text);
        WriteStringOrNull(writer, ProviderName, footer.Provider);
        WriteStringOrNull(writer, CopyrightHolderName, footer.CopyrightHolder);
        if (footer.Year is { } year)
        {
            writer.WriteNumber(YearName, year);
        }
        else
        {
            writer.WriteNull(YearName);
        }

        WriteSpan(writer, SpanName, footer.Span);
        writer.WriteNumber(LineName, footer.LineNumber);
        writer.WriteEndObject();
    }

    private static void WriteDiagnostics(Utf8JsonWriter writer, Transcript transcript)
    {
        writer.WriteStartArray(DiagnosticsName);
        foreach (var d in transcript.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString(CodeName, d.Code);
            writer.WriteString(SeverityName, JsonNames.Of(d.Severity));
            writer.WriteString(MessageName, d.Message);
            writer.WriteNumber(LineName, d.LineNumber);
            writer.WriteNumber(ColumnName, d.ColumnNumber);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter writer, JsonEncodedText name, TextSpan span)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber(StartName, span.Start);
        writer.WriteNumber(LengthName, span.Length);
        writer.WriteEndObject();
    }

    private static void WriteSpanOrNull(Utf8JsonWriter writer, JsonEncodedText name, TextSpan? span)
    {
        if (span is { } s)
        {
            WriteSpan(writer, name, s);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
