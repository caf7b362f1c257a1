using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Writing;

/// <summary>
/// Writes a <see cref="Transcript"/> as JSON (the format in <c>docs/json.md</c>) with a <see cref="Utf8JsonWriter"/>:
/// no reflection, nothing to trim, and no string made for a block's text.
/// </summary>
/// <remarks>
/// When the writer escapes with <see cref="JsonOutput.Encoder"/> (as the writers these overloads make do), the
/// header, each speaker and each block are encoded to UTF-8 here, in the writer's layout, and handed to it as raw
/// values: the same bytes as token by token, at a fraction of the calls. A block's text is normalised, escaped and
/// encoded in one pass from the input. With any other encoder the writer gets every token and escapes by its rules.
/// Compact JSON to a buffer writer (and from <see cref="TranscriptParser"/>) goes to it straight, with no
/// <see cref="Utf8JsonWriter"/> between: the same bytes, the blocks built in the output's own buffer.
/// </remarks>
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

    /// <summary>The size of the raw values blocks are gathered into: large enough that the writer is seldom called.</summary>
    private const int BlockBatchBytes = 1 << 16;

    /// <summary>Writes <paramref name="transcript"/> as one JSON object.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="transcript">The transcript.</param>
    public static void Write(Utf8JsonWriter writer, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(transcript);
        var scratch = new JsonScratch(pooled: true);
        try
        {
            Write(writer, transcript.Data, ref scratch);
        }
        finally
        {
            scratch.Return();
        }
    }

    /// <summary>
    /// Writes a parse as one JSON object, composing text in <paramref name="scratch"/>. Unless
    /// <paramref name="direct"/> is false (for tests, which check that both ways give the same bytes), blocks and
    /// long texts are encoded here and handed to the writer as raw values, when its options allow.
    /// </summary>
    internal static void Write(Utf8JsonWriter writer, TranscriptData data, ref JsonScratch scratch, bool direct = true)
    {
        direct &= JsonStringEncoder.Matches(writer);
        writer.WriteStartObject();
        if (direct && RawJsonLayout.TryCreate(writer, out var layout))
        {
            // What comes before the blocks and what comes after them are each one raw value, properties and all:
            // the writer adds only the comma before the next property, so it is called a few times per document.
            writer.WritePropertyName(SourceName);
            writer.WriteRawValue(RawLead(data, ref scratch, layout), skipInputValidation: true);
            WriteBlocks(writer, data, ref scratch, direct);
            writer.WritePropertyName(FooterName);
            writer.WriteRawValue(RawTail(data, ref scratch, layout), skipInputValidation: true);
            writer.WriteEndObject();
            return;
        }

        WriteSource(writer, data);
        WriteHeader(writer, data, ref scratch, direct);
        WriteSpeakers(writer, data);
        WriteBlocks(writer, data, ref scratch, direct);
        WriteFooter(writer, data);
        WriteDiagnostics(writer, data);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a parse as one compact JSON object straight to <paramref name="output"/>: the bytes a
    /// <see cref="Utf8JsonWriter"/> made with <see cref="JsonOutput.Encoder"/> writes (see <see cref="Write(Utf8JsonWriter, TranscriptData, ref JsonScratch, bool)"/>),
    /// with the blocks built in the output's own buffer rather than copied there by the writer.
    /// </summary>
    internal static void WriteCompact(IBufferWriter<byte> output, TranscriptData data, ref JsonScratch scratch)
    {
        WriteCompactLead(output, data);
        WriteRawBlocks(null, output, data, ref scratch, RawJsonLayout.Compact);
        WriteCompactTail(output, data);
    }

    /// <summary>
    /// Writes a parse as <see cref="WriteCompact(IBufferWriter{byte}, TranscriptData, ref JsonScratch)"/> does, the
    /// same bytes, its blocks given as the builder's drafts rather than as records of <paramref name="data"/>, which
    /// has none (see <see cref="TranscriptBuilder.Build"/>).
    /// </summary>
    internal static void WriteCompact(IBufferWriter<byte> output, TranscriptData data, ReadOnlySpan<BlockDraft> drafts, ReadOnlySpan<int> speakerOfLabel, ref JsonScratch scratch)
    {
        WriteCompactLead(output, data);
        WriteDraftBlocks(output, data, drafts, speakerOfLabel, ref scratch);
        WriteCompactTail(output, data);
    }

    /// <summary>The compact JSON up to the blocks' array, opened.</summary>
    private static void WriteCompactLead(IBufferWriter<byte> output, TranscriptData data)
    {
        var lead = output.GetSpan(LeadCapacity(data, RawJsonLayout.Compact) + 32);
        int at = 0;
        Put(lead, ref at, "{\"source\":"u8);
        at += AppendCompactLead(lead[at..], data);
        Put(lead, ref at, ",\"blocks\":["u8);
        output.Advance(at);
    }

    /// <summary>The compact JSON from the close of the blocks' array.</summary>
    private static void WriteCompactTail(IBufferWriter<byte> output, TranscriptData data)
    {
        var tail = output.GetSpan(TailCapacity(data, RawJsonLayout.Compact) + 16);
        int at = 0;
        Put(tail, ref at, "],\"footer\":"u8);
        at += AppendCompactTail(tail[at..], data);
        tail[at++] = (byte)'}';
        output.Advance(at);
    }

    /// <summary>
    /// The source's value, then the header and the speakers as properties, as one raw value: the bytes the writer
    /// writes for them token by token (<see cref="WriteSource"/>, <see cref="WriteHeader"/>, <see cref="WriteSpeakers"/>).
    /// </summary>
    private static ReadOnlySpan<byte> RawLead(TranscriptData data, ref JsonScratch scratch, in RawJsonLayout layout)
    {
        var speakers = data.Speakers.AsSpan(0, data.SpeakerCount);
        var buffer = scratch.Bytes(LeadCapacity(data, layout));
        if (!layout.Indented)
        {
            return buffer.AsSpan(0, AppendCompactLead(buffer, data));
        }

        var json = new RawJsonBuilder(buffer, layout, propertyValue: true);
        json.StartObject();
        json.Name("\"path\":"u8);
        if (data.SourcePath is null)
        {
            json.Null();
        }
        else
        {
            json.String(data.SourcePath);
        }

        json.Name("\"length\":"u8);
        json.Number(data.Text.Length);
        json.Name("\"dialect\":"u8);
        json.Literal(JsonNames.Quoted(data.Dialect));
        json.EndObject();
        json.Name("\"header\":"u8);
        AppendHeader(ref json, data);
        json.Name("\"speakers\":"u8);
        json.StartArray();
        for (int s = 0; s < speakers.Length; s++)
        {
            AppendSpeaker(ref json, data, speakers[s], s + 1);
        }

        json.EndArray();
        return json.Written;
    }

    /// <summary>The most bytes <see cref="RawLead"/> writes with <paramref name="layout"/>.</summary>
    private static int LeadCapacity(TranscriptData data, in RawJsonLayout layout)
    {
        int lines = 8 + HeaderLines(data) + (data.SpeakerCount * 16) + data.SpeakerLabelCount;
        int chars = (data.SourcePath?.Length ?? 0) + HeaderChars(data);
        foreach (ref readonly var speaker in data.Speakers.AsSpan(0, data.SpeakerCount))
        {
            chars += SpeakerChars(data, speaker);
        }

        return RawJsonBuilder.Capacity(layout, lines, chars);
    }

    /// <summary>
    /// Appends what <see cref="RawLead"/> builds, in the compact layout: its names and punctuation in constant
    /// fragments between the values, at a place kept in a register (the builder keeps its place and state in memory,
    /// which a hundred small values a document pay for); <paramref name="output"/> holds <see cref="LeadCapacity"/> bytes.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    private static int AppendCompactLead(Span<byte> output, TranscriptData data)
    {
        var text = data.Text;
        int at = 0;
        Put(output, ref at, "{\"path\":"u8);
        if (data.SourcePath is null)
        {
            Put(output, ref at, "null"u8);
        }
        else
        {
            at += JsonStringEncoder.WriteQuoted(data.SourcePath, output[at..]);
        }

        Put(output, ref at, ",\"length\":"u8);
        at += RawJsonBuilder.WriteNumber(text.Length, output[at..]);
        Put(output, ref at, ",\"dialect\":"u8);
        Put(output, ref at, JsonNames.Quoted(data.Dialect));
        Put(output, ref at, "},\"header\":"u8);
        at += AppendCompactHeader(output[at..], data);
        Put(output, ref at, ",\"speakers\":["u8);
        at += AppendCompactSpeakers(output[at..], data);
        output[at++] = (byte)']';
        return at;
    }

    /// <summary>
    /// Appends the header's value for <see cref="AppendCompactLead"/>: a method of its own, as the speakers are, so
    /// that the JIT's budget for inlining into one method (spent on the string encoder's many copies) does not run out
    /// before the fragments' and numbers' writers are inlined.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AppendCompactHeader(Span<byte> output, TranscriptData data)
    {
        var text = data.Text;
        int at = 0;
        Put(output, ref at, "{\"station\":"u8);
        if (data.HasStation)
        {
            Put(output, ref at, "{\"name\":"u8);
            at += JsonStringEncoder.WriteQuoted(data.StationName.Slice(text), output[at..]);
            Put(output, ref at, ",\"frequencies\":["u8);
            var frequencies = data.Frequencies.AsSpan(0, data.FrequencyCount);
            for (int f = 0; f < frequencies.Length; f++)
            {
                if (f > 0)
                {
                    output[at++] = (byte)',';
                }

                at += JsonStringEncoder.WriteQuoted(frequencies[f].Slice(text), output[at..]);
            }

            Put(output, ref at, "],\"span\":"u8);
            PutSpan(output, ref at, data.StationSpan.Start, data.StationSpan.Length);
            output[at++] = (byte)'}';
        }
        else
        {
            Put(output, ref at, "null"u8);
        }

        Put(output, ref at, ",\"chrome\":["u8);
        at += AppendCompactChrome(output[at..], data);
        Put(output, ref at, "],\"title\":"u8);
        if (data.Title is { } title)
        {
            at += JsonStringEncoder.WriteQuoted(title.Slice(text), output[at..]);
            Put(output, ref at, ",\"titleSpan\":"u8);
            PutSpan(output, ref at, title.Start, title.Length);
        }
        else
        {
            Put(output, ref at, "null,\"titleSpan\":null"u8);
        }

        Put(output, ref at, ",\"summary\":"u8);
        if (data.Summary is { } summary)
        {
            at += JsonStringEncoder.WriteNormalizedQuoted(summary.Slice(text), output[at..]);
            Put(output, ref at, ",\"summarySpan\":"u8);
            PutSpan(output, ref at, summary.Start, summary.Length);
        }
        else
        {
            Put(output, ref at, "null,\"summarySpan\":null"u8);
        }

        Put(output, ref at, ",\"program\":"u8);
        PutStringOrNull(output, ref at, data, data.Program);
        Put(output, ref at, ",\"airDate\":"u8);
        PutStringOrNull(output, ref at, data, data.AirDate);
        output[at++] = (byte)'}';
        return at;
    }

    /// <summary>Appends the chrome lines' items for <see cref="AppendCompactHeader"/>, without the array's brackets.</summary>
    /// <returns>The number of bytes written.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AppendCompactChrome(Span<byte> output, TranscriptData data)
    {
        var text = data.Text;
        int at = 0;
        var chrome = data.Chrome.AsSpan(0, data.ChromeCount);
        for (int c = 0; c < chrome.Length; c++)
        {
            ref readonly var line = ref chrome[c];
            Put(output, ref at, c == 0 ? "{\"text\":"u8 : ",{\"text\":"u8);
            at += JsonStringEncoder.WriteQuoted(line.Span.Slice(text), output[at..]);
            Put(output, ref at, ",\"kind\":"u8);
            Put(output, ref at, JsonNames.Quoted(line.Kind));
            Put(output, ref at, ",\"span\":"u8);
            PutSpan(output, ref at, line.Span.Start, line.Span.Length);
            Put(output, ref at, ",\"line\":"u8);
            at += RawJsonBuilder.WriteNumber(line.LineNumber, output[at..]);
            output[at++] = (byte)'}';
        }

        return at;
    }

    /// <summary>Appends the speakers' items for <see cref="AppendCompactLead"/>, without the array's brackets.</summary>
    /// <returns>The number of bytes written.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AppendCompactSpeakers(Span<byte> output, TranscriptData data)
    {
        int at = 0;
        var speakers = data.Speakers.AsSpan(0, data.SpeakerCount);
        for (int s = 0; s < speakers.Length; s++)
        {
            ref readonly var speaker = ref speakers[s];
            Put(output, ref at, s == 0 ? "{\"id\":\"s"u8 : ",{\"id\":\"s"u8);
            at += RawJsonBuilder.WriteNumber(s + 1, output[at..]);
            Put(output, ref at, "\",\"name\":"u8);
            at += JsonStringEncoder.WriteQuoted(data[speaker.Name], output[at..]);
            Put(output, ref at, ",\"labels\":["u8);
            var labels = data.SpeakerLabels.AsSpan(speaker.FirstLabel, speaker.LabelCount);
            for (int l = 0; l < labels.Length; l++)
            {
                if (l > 0)
                {
                    output[at++] = (byte)',';
                }

                at += JsonStringEncoder.WriteQuoted(data[labels[l]], output[at..]);
            }

            Put(output, ref at, "],\"role\":"u8);
            Put(output, ref at, JsonNames.Quoted(speaker.Role));
            Put(output, ref at, ",\"roleEvidence\":"u8);
            Put(output, ref at, speaker.Evidence == RoleEvidence.None ? "null"u8 : JsonNames.Quoted(speaker.Evidence));
            Put(output, ref at, ",\"honorific\":"u8);
            PutStringOrNull(output, ref at, data, speaker.Honorific);
            Put(output, ref at, ",\"affiliation\":"u8);
            PutStringOrNull(output, ref at, data, speaker.Affiliation);
            Put(output, ref at, ",\"title\":"u8);
            PutStringOrNull(output, ref at, data, speaker.Title);
            output[at++] = (byte)'}';
        }

        return at;
    }

    /// <summary>Appends a span's value, <c>{"start":…,"length":…}</c>, in the compact layout.</summary>
    private static void PutSpan(Span<byte> output, ref int at, int start, int length)
    {
        Put(output, ref at, "{\"start\":"u8);
        at += RawJsonBuilder.WriteNumber(start, output[at..]);
        Put(output, ref at, ",\"length\":"u8);
        at += RawJsonBuilder.WriteNumber(length, output[at..]);
        output[at++] = (byte)'}';
    }

    /// <summary>Appends a string of the transcript, or null.</summary>
    private static void PutStringOrNull(Span<byte> output, ref int at, TranscriptData data, TextRef value)
    {
        if (value.IsNull)
        {
            Put(output, ref at, "null"u8);
        }
        else
        {
            at += JsonStringEncoder.WriteQuoted(data[value], output[at..]);
        }
    }

    /// <summary>
    /// The footer's value, then the diagnostics as a property, as one raw value: the bytes the writer writes for them
    /// token by token (<see cref="WriteFooter"/>, <see cref="WriteDiagnostics"/>).
    /// </summary>
    private static ReadOnlySpan<byte> RawTail(TranscriptData data, ref JsonScratch scratch, in RawJsonLayout layout)
    {
        var diagnostics = data.Diagnostics.AsSpan(0, data.DiagnosticCount);
        var buffer = scratch.Bytes(TailCapacity(data, layout));
        if (!layout.Indented)
        {
            return buffer.AsSpan(0, AppendCompactTail(buffer, data));
        }

        var json = new RawJsonBuilder(buffer, layout, propertyValue: true);
        if (data.HasFooter)
        {
            json.StartObject();
            json.Name("\"text\":"u8);
            json.String(data[data.FooterText]);
            json.Name("\"provider\":"u8);
            WriteRawStringOrNull(ref json, data, data.FooterProvider);
            json.Name("\"copyrightHolder\":"u8);
            WriteRawStringOrNull(ref json, data, data.FooterCopyrightHolder);
            json.Name("\"year\":"u8);
            if (data.FooterYear is { } year)
            {
                json.Number(year);
            }
            else
            {
                json.Null();
            }

            json.Name("\"span\":"u8);
            json.Span(data.FooterSpan.Start, data.FooterSpan.Length);
            json.Name("\"line\":"u8);
            json.Number(data.FooterLine);
            json.EndObject();
        }
        else
        {
            json.Null();
        }

        json.Name("\"diagnostics\":"u8);
        json.StartArray();
        foreach (ref readonly var d in diagnostics)
        {
            json.StartObject();
            json.Name("\"code\":"u8);
            json.String(d.Code);
            json.Name("\"severity\":"u8);
            json.Literal(JsonNames.Quoted(d.Severity));
            json.Name("\"message\":"u8);
            json.String(d.Message is { } message ? message : data[d.ComposedMessage]);
            json.Name("\"line\":"u8);
            json.Number(d.LineNumber);
            json.Name("\"column\":"u8);
            json.Number(d.ColumnNumber);
            json.EndObject();
        }

        json.EndArray();
        return json.Written;
    }

    /// <summary>The most bytes <see cref="RawTail"/> writes with <paramref name="layout"/>.</summary>
    private static int TailCapacity(TranscriptData data, in RawJsonLayout layout)
    {
        var diagnostics = data.Diagnostics.AsSpan(0, data.DiagnosticCount);
        int lines = 16 + (diagnostics.Length * 8);
        int chars = data[data.FooterText].Length + data[data.FooterProvider].Length + data[data.FooterCopyrightHolder].Length;
        foreach (ref readonly var d in diagnostics)
        {
            chars += d.Code.Length + (d.Message?.Length ?? data[d.ComposedMessage].Length);
        }

        return RawJsonBuilder.Capacity(layout, lines, chars);
    }

    /// <summary>
    /// Appends what <see cref="RawTail"/> builds, in the compact layout, as <see cref="AppendCompactLead"/> does the
    /// lead; <paramref name="output"/> holds <see cref="TailCapacity"/> bytes.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    private static int AppendCompactTail(Span<byte> output, TranscriptData data)
    {
        int at = 0;
        if (data.HasFooter)
        {
            Put(output, ref at, "{\"text\":"u8);
            at += JsonStringEncoder.WriteQuoted(data[data.FooterText], output[at..]);
            Put(output, ref at, ",\"provider\":"u8);
            PutStringOrNull(output, ref at, data, data.FooterProvider);
            Put(output, ref at, ",\"copyrightHolder\":"u8);
            PutStringOrNull(output, ref at, data, data.FooterCopyrightHolder);
            Put(output, ref at, ",\"year\":"u8);
            if (data.FooterYear is { } year)
            {
                at += RawJsonBuilder.WriteNumber(year, output[at..]);
            }
            else
            {
                Put(output, ref at, "null"u8);
            }

            Put(output, ref at, ",\"span\":"u8);
            PutSpan(output, ref at, data.FooterSpan.Start, data.FooterSpan.Length);
            Put(output, ref at, ",\"line\":"u8);
            at += RawJsonBuilder.WriteNumber(data.FooterLine, output[at..]);
            output[at++] = (byte)'}';
        }
        else
        {
            Put(output, ref at, "null"u8);
        }

        Put(output, ref at, ",\"diagnostics\":["u8);
        var diagnostics = data.Diagnostics.AsSpan(0, data.DiagnosticCount);
        for (int i = 0; i < diagnostics.Length; i++)
        {
            ref readonly var d = ref diagnostics[i];
            Put(output, ref at, i == 0 ? "{\"code\":"u8 : ",{\"code\":"u8);
            at += JsonStringEncoder.WriteQuoted(d.Code, output[at..]);
            Put(output, ref at, ",\"severity\":"u8);
            Put(output, ref at, JsonNames.Quoted(d.Severity));
            Put(output, ref at, ",\"message\":"u8);
            at += JsonStringEncoder.WriteQuoted(d.Message is { } message ? message : data[d.ComposedMessage], output[at..]);
            Put(output, ref at, ",\"line\":"u8);
            at += RawJsonBuilder.WriteNumber(d.LineNumber, output[at..]);
            Put(output, ref at, ",\"column\":"u8);
            at += RawJsonBuilder.WriteNumber(d.ColumnNumber, output[at..]);
            output[at++] = (byte)'}';
        }

        output[at++] = (byte)']';
        return at;
    }

    /// <summary>Writes <paramref name="transcript"/> as JSON to <paramref name="output"/>.</summary>
    /// <param name="output">Where the UTF-8 bytes go (for example a pooled buffer writer).</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="indented">True for indented JSON, false for one compact line.</param>
    public static void Write(IBufferWriter<byte> output, Transcript transcript, bool indented = false)
    {
        if (!indented)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(transcript);
            var scratch = new JsonScratch(pooled: true);
            try
            {
                WriteCompact(output, transcript.Data, ref scratch);
            }
            finally
            {
                scratch.Return();
            }

            return;
        }

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

    private static void WriteSource(Utf8JsonWriter writer, TranscriptData data)
    {
        writer.WriteStartObject(SourceName);
        if (data.SourcePath is null)
        {
            writer.WriteNull(PathName);
        }
        else
        {
            writer.WriteString(PathName, data.SourcePath);
        }

        writer.WriteNumber(LengthName, data.Text.Length);
        writer.WriteString(DialectName, JsonNames.Of(data.Dialect));
        writer.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter writer, TranscriptData data, ref JsonScratch scratch, bool direct)
    {
        var text = data.Text;
        writer.WriteStartObject(HeaderName);
        if (data.HasStation)
        {
            writer.WriteStartObject(StationName);
            writer.WriteString(NameName, data.StationName.Slice(text));
            writer.WriteStartArray(FrequenciesName);
            foreach (var f in data.Frequencies.AsSpan(0, data.FrequencyCount))
            {
                writer.WriteStringValue(f.Slice(text));
            }

            writer.WriteEndArray();
            WriteSpan(writer, SpanName, data.StationSpan);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(StationName);
        }

        writer.WriteStartArray(ChromeName);
        foreach (ref readonly var line in data.Chrome.AsSpan(0, data.ChromeCount))
        {
            writer.WriteStartObject();
            writer.WriteString(TextName, line.Span.Slice(text));
            writer.WriteString(KindName, JsonNames.Of(line.Kind));
            WriteSpan(writer, SpanName, line.Span);
            writer.WriteNumber(LineName, line.LineNumber);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (data.Title is { } title)
        {
            writer.WriteString(TitleName, title.Slice(text));
        }
        else
        {
            writer.WriteNull(TitleName);
        }

        WriteSpanOrNull(writer, TitleSpanName, data.Title);
        if (data.Summary is { } summary)
        {
            WriteNormalized(writer, SummaryName, summary.Slice(text), ref scratch, direct);
        }
        else
        {
            writer.WriteNull(SummaryName);
        }

        WriteSpanOrNull(writer, SummarySpanName, data.Summary);
        WriteStringOrNull(writer, ProgramName, data, data.Program);
        WriteStringOrNull(writer, AirDateName, data, data.AirDate);
        writer.WriteEndObject();
    }

    /// <summary>The lines <see cref="AppendHeader"/> may write, for sizing its buffer.</summary>
    private static int HeaderLines(TranscriptData data) => 32 + data.FrequencyCount + (data.ChromeCount * 9);

    /// <summary>The chars of the strings <see cref="AppendHeader"/> writes, for sizing its buffer.</summary>
    private static int HeaderChars(TranscriptData data)
    {
        int chars = data.StationName.Length + (data.Title?.Length ?? 0) + (data.Summary?.Length ?? 0) + data[data.Program].Length + data[data.AirDate].Length;
        foreach (var f in data.Frequencies.AsSpan(0, data.FrequencyCount))
        {
            chars += f.Length;
        }

        foreach (ref readonly var line in data.Chrome.AsSpan(0, data.ChromeCount))
        {
            chars += line.Span.Length;
        }

        return chars;
    }

    /// <summary>Appends the header's value, as <see cref="WriteHeader"/> writes it token by token.</summary>
    private static void AppendHeader(ref RawJsonBuilder json, TranscriptData data)
    {
        var text = data.Text;
        var chrome = data.Chrome.AsSpan(0, data.ChromeCount);
        var frequencies = data.Frequencies.AsSpan(0, data.FrequencyCount);
        json.StartObject();
        json.Name("\"station\":"u8);
        if (data.HasStation)
        {
            json.StartObject();
            json.Name("\"name\":"u8);
            json.String(data.StationName.Slice(text));
            json.Name("\"frequencies\":"u8);
            json.StartArray();
            foreach (var f in frequencies)
            {
                json.String(f.Slice(text));
            }

            json.EndArray();
            json.Name("\"span\":"u8);
            json.Span(data.StationSpan.Start, data.StationSpan.Length);
            json.EndObject();
        }
        else
        {
            json.Null();
        }

        json.Name("\"chrome\":"u8);
        json.StartArray();
        foreach (ref readonly var line in chrome)
        {
            json.StartObject();
            json.Name("\"text\":"u8);
            json.String(line.Span.Slice(text));
            json.Name("\"kind\":"u8);
            json.Literal(JsonNames.Quoted(line.Kind));
            json.Name("\"span\":"u8);
            json.Span(line.Span.Start, line.Span.Length);
            json.Name("\"line\":"u8);
            json.Number(line.LineNumber);
            json.EndObject();
        }

        json.EndArray();
        json.Name("\"title\":"u8);
        WriteRawTextOrNull(ref json, text, data.Title, normalized: false);
        json.Name("\"titleSpan\":"u8);
        WriteRawSpanOrNull(ref json, data.Title);
        json.Name("\"summary\":"u8);
        WriteRawTextOrNull(ref json, text, data.Summary, normalized: true);
        json.Name("\"summarySpan\":"u8);
        WriteRawSpanOrNull(ref json, data.Summary);
        json.Name("\"program\":"u8);
        WriteRawStringOrNull(ref json, data, data.Program);
        json.Name("\"airDate\":"u8);
        WriteRawStringOrNull(ref json, data, data.AirDate);
        json.EndObject();
    }

    private static void WriteSpeakers(Utf8JsonWriter writer, TranscriptData data)
    {
        writer.WriteStartArray(SpeakersName);
        var speakers = data.Speakers.AsSpan(0, data.SpeakerCount);
        for (int s = 0; s < speakers.Length; s++)
        {
            ref readonly var speaker = ref speakers[s];
            writer.WriteStartObject();
            WriteSpeakerId(writer, IdName, s + 1);
            writer.WriteString(NameName, data[speaker.Name]);
            writer.WriteStartArray(LabelsName);
            foreach (var label in data.SpeakerLabels.AsSpan(speaker.FirstLabel, speaker.LabelCount))
            {
                writer.WriteStringValue(data[label]);
            }

            writer.WriteEndArray();
            writer.WriteString(RoleName, JsonNames.Of(speaker.Role));
            if (speaker.Evidence == RoleEvidence.None)
            {
                writer.WriteNull(RoleEvidenceName);
            }
            else
            {
                writer.WriteString(RoleEvidenceName, JsonNames.Of(speaker.Evidence));
            }

            WriteStringOrNull(writer, HonorificName, data, speaker.Honorific);
            WriteStringOrNull(writer, AffiliationName, data, speaker.Affiliation);
            WriteStringOrNull(writer, TitleName, data, speaker.Title);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The chars of the strings <see cref="AppendSpeaker"/> writes, for sizing its buffer.</summary>
    private static int SpeakerChars(TranscriptData data, in SpeakerRecord speaker)
    {
        int chars = data[speaker.Name].Length + data[speaker.Honorific].Length + data[speaker.Affiliation].Length + data[speaker.Title].Length;
        foreach (var label in data.SpeakerLabels.AsSpan(speaker.FirstLabel, speaker.LabelCount))
        {
            chars += data[label].Length;
        }

        return chars;
    }

    /// <summary>Appends a speaker as an item of the speakers, as <see cref="WriteSpeakers"/> writes it token by token.</summary>
    private static void AppendSpeaker(ref RawJsonBuilder json, TranscriptData data, in SpeakerRecord speaker, int number)
    {
        var labels = data.SpeakerLabels.AsSpan(speaker.FirstLabel, speaker.LabelCount);
        json.StartObject();
        json.Name("\"id\":"u8);
        json.SpeakerId(number);
        json.Name("\"name\":"u8);
        json.String(data[speaker.Name]);
        json.Name("\"labels\":"u8);
        json.StartArray();
        foreach (var label in labels)
        {
            json.String(data[label]);
        }

        json.EndArray();
        json.Name("\"role\":"u8);
        json.Literal(JsonNames.Quoted(speaker.Role));
        json.Name("\"roleEvidence\":"u8);
        if (speaker.Evidence == RoleEvidence.None)
        {
            json.Null();
        }
        else
        {
            json.Literal(JsonNames.Quoted(speaker.Evidence));
        }

        json.Name("\"honorific\":"u8);
        WriteRawStringOrNull(ref json, data, speaker.Honorific);
        json.Name("\"affiliation\":"u8);
        WriteRawStringOrNull(ref json, data, speaker.Affiliation);
        json.Name("\"title\":"u8);
        WriteRawStringOrNull(ref json, data, speaker.Title);
        json.EndObject();
    }

    private static void WriteRawStringOrNull(ref RawJsonBuilder json, TranscriptData data, TextRef value)
    {
        if (value.IsNull)
        {
            json.Null();
        }
        else
        {
            json.String(data[value]);
        }
    }

    /// <summary>Writes a range of the input as a string (its lines folded when <paramref name="normalized"/>), or null.</summary>
    private static void WriteRawTextOrNull(ref RawJsonBuilder json, ReadOnlySpan<char> text, TextSpan? span, bool normalized)
    {
        if (span is not { } s)
        {
            json.Null();
        }
        else if (normalized)
        {
            json.NormalizedString(s.Slice(text));
        }
        else
        {
            json.String(s.Slice(text));
        }
    }

    private static void WriteRawSpanOrNull(ref RawJsonBuilder json, TextSpan? span)
    {
        if (span is { } s)
        {
            json.Span(s.Start, s.Length);
        }
        else
        {
            json.Null();
        }
    }

    /// <summary>Writes a speaker's id, <c>s</c> and its number, without making a string.</summary>
    private static void WriteSpeakerId(Utf8JsonWriter writer, JsonEncodedText name, int number)
    {
        Span<char> id = stackalloc char[12];
        id[0] = 's';
        number.TryFormat(id[1..], out int digits, default, CultureInfo.InvariantCulture);
        writer.WriteString(name, id[..(digits + 1)]);
    }

    private static void WriteBlocks(Utf8JsonWriter writer, TranscriptData data, ref JsonScratch scratch, bool direct)
    {
        writer.WriteStartArray(BlocksName);
        if (direct && RawJsonLayout.TryCreate(writer, out var layout))
        {
            WriteRawBlocks(writer, data, ref scratch, layout);
        }
        else
        {
            WriteBlocksByToken(writer, data, ref scratch, direct);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes the blocks as raw values built in <paramref name="scratch"/>: the bytes the writer would write for the
    /// same tokens (<see cref="WriteBlocksByToken"/>), without a call into it per token. Several blocks go in one raw
    /// value, commas and all (the writer adds only the comma before it), so the writer is called once per batch.
    /// </summary>
    private static void WriteRawBlocks(Utf8JsonWriter writer, TranscriptData data, ref JsonScratch scratch, in RawJsonLayout layout) =>
        WriteRawBlocks(writer, null, data, ref scratch, layout);

    /// <summary>
    /// How much room to ask the output for, for the blocks from <paramref name="first"/> on: about what they will take
    /// (their text and some 128 bytes of names and numbers each), up to a batch. Asking for a whole batch would make a
    /// small <see cref="ArrayBufferWriter{T}"/> grow, and clear, a 64 KB array for a 4 KB transcript.
    /// </summary>
    private static int BatchHint(TranscriptData data, int first)
    {
        int from = first < data.BlockCount ? data.Blocks[first].Start : data.Text.Length;
        long estimate = (long)(data.Text.Length - from) + ((long)(data.BlockCount - first) * 128);
        return (int)Math.Min(BlockBatchBytes, estimate);
    }

    /// <summary>
    /// Writes the blocks as raw values, handed to <paramref name="writer"/>, or built straight in
    /// <paramref name="output"/> when it is given (the writer is then null, and the caller writes the array's brackets).
    /// </summary>
    private static void WriteRawBlocks(Utf8JsonWriter? writer, IBufferWriter<byte>? output, TranscriptData data, ref JsonScratch scratch, in RawJsonLayout layout)
    {
        if (!layout.Indented)
        {
            WriteCompactRecords(writer, output, data, ref scratch);
            return;
        }

        var text = data.Text;
        var blocks = data.Blocks;
        var extras = data.Extras;
        var cues = data.Cues.AsSpan(0, data.CueCount);
        var positions = new BlockPositions(text);
        var cursor = default(BlockCursor);
        var buffer = output is null ? scratch.Bytes(BlockBatchBytes).AsSpan() : output.GetSpan(BatchHint(data, 0));
        var json = new RawJsonBuilder(buffer, layout, propertyValue: false);
        for (int i = 0; i < data.BlockCount; i++)
        {
            ref readonly var block = ref blocks[i];
            ref readonly var extra = ref cursor.ExtraOf(extras, i, block);
            var blockCues = cursor.CuesOf(cues, block.Start, block.End, out int chars);
            var label = block.Kind != BlockKind.Turn ? default
                : (block.Flags & BlockFlags.Extra) != 0 ? extra.Label : new TextSpan(block.Start + block.LabelOffset, block.LabelLength);
            var blockText = block.TextFits ? block.PackedText : extra.Text;
            chars += label.Length + blockText.Length + extra.Time.Length + extra.Delivery.Length;

            int needed = RawJsonBuilder.Capacity(layout, 16 + (blockCues.Length * 10), chars);
            if (json.Written.Length + needed > buffer.Length)
            {
                if (output is not null)
                {
                    // Straight to the output: the batch is taken as it is, and the next one starts after a comma.
                    output.Advance(json.Written.Length);
                    if (i > 0)
                    {
                        output.Write(","u8);
                    }

                    buffer = output.GetSpan(Math.Max(needed, BatchHint(data, i)));
                }
                else
                {
                    if (json.Written.Length > 0)
                    {
                        writer!.WriteRawValue(json.Written, skipInputValidation: true);
                    }

                    buffer = scratch.Bytes(Math.Max(needed, BlockBatchBytes)).AsSpan();
                }

                json = new RawJsonBuilder(buffer, layout, propertyValue: false);
            }

            var parts = new RawBlock(text, block, label, blockText, block.SpeakerFits ? block.PackedSpeaker : extra.Speaker, extra.Time, extra.Delivery, blockCues);
            var (line, column) = positions.Next(block, extra);
            AppendBlock(ref json, parts, line, column, ref scratch);
        }

        if (output is not null)
        {
            output.Advance(json.Written.Length);
        }
        else if (json.Written.Length > 0)
        {
            writer!.WriteRawValue(json.Written, skipInputValidation: true);
        }
    }

    /// <summary>
    /// Writes the blocks' records in the compact layout, handed to <paramref name="writer"/> in batches or built straight
    /// in <paramref name="output"/> when it is given, as <see cref="WriteDraftBlocks"/> writes drafts: each block's
    /// parts read from its record where they lie and written at a place kept in a local, with no builder between.
    /// </summary>
    private static void WriteCompactRecords(Utf8JsonWriter? writer, IBufferWriter<byte>? output, TranscriptData data, ref JsonScratch scratch)
    {
        var text = data.Text;
        var blocks = data.Blocks.AsSpan(0, data.BlockCount);
        var extras = data.Extras;
        var cues = data.Cues.AsSpan(0, data.CueCount);
        var positions = new BlockPositions(text);
        var compact = RawJsonLayout.Compact;
        var cursor = default(BlockCursor);
        var buffer = output is null ? scratch.Bytes(BlockBatchBytes).AsSpan() : output.GetSpan(BatchHint(data, 0));
        int at = 0;
        for (int i = 0; i < blocks.Length; i++)
        {
            ref readonly var block = ref blocks[i];
            ref readonly var extra = ref cursor.ExtraOf(extras, i, block);
            var blockCues = cursor.CuesOf(cues, block.Start, block.End, out int chars);
            var kind = block.Kind;
            var label = kind != BlockKind.Turn ? default
                : (block.Flags & BlockFlags.Extra) != 0 ? extra.Label : new TextSpan(block.Start + block.LabelOffset, block.LabelLength);
            var blockText = block.TextFits ? block.PackedText : extra.Text;
            chars += label.Length + blockText.Length + extra.Time.Length + extra.Delivery.Length;
            int needed = RawJsonBuilder.Capacity(compact, 16 + (blockCues.Length * 10), chars);
            if (at + needed > buffer.Length)
            {
                if (output is not null)
                {
                    // Straight to the output: the batch is taken as it is, and the next one starts after a comma.
                    output.Advance(at);
                    if (i > 0)
                    {
                        output.Write(","u8);
                    }

                    buffer = output.GetSpan(Math.Max(needed, BatchHint(data, i)));
                }
                else
                {
                    // The writer puts the comma between one batch and the next.
                    if (at > 0)
                    {
                        writer!.WriteRawValue(buffer[..at], skipInputValidation: true);
                    }

                    buffer = scratch.Bytes(Math.Max(needed, BlockBatchBytes)).AsSpan();
                }

                at = 0;
            }
            else if (at > 0)
            {
                buffer[at++] = (byte)',';
            }

            int speaker = block.SpeakerFits ? block.PackedSpeaker : extra.Speaker;
            var (line, column) = positions.Next(block, extra);
            at = AppendCompactHead(buffer, at, kind, kind == BlockKind.Turn ? label.Slice(text) : default, speaker, labelIndex: -1, ref scratch);
            at += JsonStringEncoder.WriteNormalizedQuoted(blockText.Slice(text), buffer[at..]);
            at = AppendCompactPlace(buffer, at, block.Start, block.End - block.Start, line, column);
            if (kind == BlockKind.Annotation || !blockCues.IsEmpty || !extra.Time.IsEmpty || !extra.Delivery.IsEmpty)
            {
                at = AppendCompactExtras(buffer, at, text, extra.Time, extra.Delivery, kind, block.AnnotationKind, blockCues);
            }

            buffer[at++] = (byte)'}';
        }

        if (output is not null)
        {
            output.Advance(at);
        }
        else if (at > 0)
        {
            writer!.WriteRawValue(buffer[..at], skipInputValidation: true);
        }
    }

    /// <summary>
    /// Writes the blocks in the compact layout straight to <paramref name="output"/>, from the builder's drafts: the
    /// bytes <see cref="WriteRawBlocks(Utf8JsonWriter?, IBufferWriter{byte}?, TranscriptData, ref JsonScratch, in RawJsonLayout)"/>
    /// writes for the records made of them. A draft holds its label, text, time, delivery and position as they are,
    /// where a record packs them and keeps the rest in an extra, to be found again here.
    /// </summary>
    private static void WriteDraftBlocks(IBufferWriter<byte> output, TranscriptData data, ReadOnlySpan<BlockDraft> drafts, ReadOnlySpan<int> speakerOfLabel, ref JsonScratch scratch)
    {
        var text = data.Text;
        var cues = data.Cues.AsSpan(0, data.CueCount);
        var cursor = default(BlockCursor);
        scratch.ClearTurnHeads(speakerOfLabel.Length);
        var buffer = output.GetSpan(DraftBatchHint(text, drafts, 0));
        int at = 0;
        for (int i = 0; i < drafts.Length; i++)
        {
            ref readonly var draft = ref drafts[i];
            var draftCues = cursor.CuesOf(cues, draft.Span.Start, draft.Span.End, out int chars);
            chars += draft.LabelSpan.Length + draft.TextSpan.Length + draft.TimeSpan.Length + draft.DeliverySpan.Length;
            int needed = RawJsonBuilder.Capacity(RawJsonLayout.Compact, 16 + (draftCues.Length * 10), chars);
            if (at + needed > buffer.Length)
            {
                // The batch is taken as it is, and the next one starts after a comma.
                output.Advance(at);
                if (i > 0)
                {
                    output.Write(","u8);
                }

                buffer = output.GetSpan(Math.Max(needed, DraftBatchHint(text, drafts, i)));
                at = 0;
            }
            else if (at > 0)
            {
                buffer[at++] = (byte)',';
            }

            int speaker = draft.LabelIndex >= 0 ? speakerOfLabel[draft.LabelIndex] : -1;
            at = AppendCompactDraft(buffer, at, draft, text, speaker, draftCues, ref scratch);
        }

        output.Advance(at);
    }

    /// <summary>
    /// Appends a draft's block in the compact layout at <paramref name="at"/>: the bytes <see cref="WriteCompactRecords"/>
    /// writes for the record made of it, read from the draft where it lies rather than gathered first.
    /// </summary>
    /// <returns>Where the block ends.</returns>
    private static int AppendCompactDraft(Span<byte> output, int at, in BlockDraft draft, ReadOnlySpan<char> text, int speaker, ReadOnlySpan<Cue> cues, ref JsonScratch scratch)
    {
        // Every turn of a label starts the same, up to its text: written once, then copied.
        int labelIndex = draft.Kind == BlockKind.Turn ? draft.LabelIndex : -1;
        var head = labelIndex >= 0 ? scratch.TurnHead(labelIndex) : default;
        if (!head.IsEmpty)
        {
            Put(output, ref at, head);
        }
        else
        {
            var label = draft.Kind == BlockKind.Turn ? draft.LabelSpan.Slice(text) : default;
            at = AppendCompactHead(output, at, draft.Kind, label, speaker, labelIndex, ref scratch);
        }

        at += JsonStringEncoder.WriteNormalizedQuoted(draft.TextSpan.Slice(text), output[at..]);
        at = AppendCompactPlace(output, at, draft.Span.Start, draft.Span.Length, draft.LineNumber, draft.ColumnNumber);
        if (draft.Kind == BlockKind.Annotation || !cues.IsEmpty || !draft.TimeSpan.IsEmpty || !draft.DeliverySpan.IsEmpty)
        {
            at = AppendCompactExtras(output, at, text, draft.TimeSpan, draft.DeliverySpan, draft.Kind, draft.AnnotationKind, cues);
        }

        output[at++] = (byte)'}';
        return at;
    }

    /// <summary>
    /// Appends a compact block's JSON up to its text (kind, label, speaker id) at <paramref name="at"/>, and keeps it
    /// for the later turns of <paramref name="labelIndex"/> when that is not -1.
    /// </summary>
    /// <returns>Where the head ends.</returns>
    private static int AppendCompactHead(Span<byte> output, int at, BlockKind kind, ReadOnlySpan<char> label, int speaker, int labelIndex, ref JsonScratch scratch)
    {
        int headStart = at;
        switch (kind)
        {
            case BlockKind.Turn:
                Put(output, ref at, "{\"kind\":\"turn\",\"label\":"u8);
                int written = JsonStringEncoder.WriteQuotedLine(label, output[at..]);
                at += written >= 0 ? written : JsonStringEncoder.WriteQuoted(FoldedLabel(label, ref scratch), output[at..]);
                Put(output, ref at, ",\"speakerId\":"u8);
                break;
            case BlockKind.Annotation:
                Put(output, ref at, "{\"kind\":\"annotation\",\"label\":null,\"speakerId\":"u8);
                break;
            default:
                Put(output, ref at, "{\"kind\":\"narration\",\"label\":null,\"speakerId\":"u8);
                break;
        }

        if (speaker >= 0)
        {
            Put(output, ref at, "\"s"u8);
            at += RawJsonBuilder.WriteNumber(speaker + 1, output[at..]);
            Put(output, ref at, "\",\"text\":"u8);
        }
        else
        {
            Put(output, ref at, "null,\"text\":"u8);
        }

        if (labelIndex >= 0)
        {
            scratch.KeepTurnHead(labelIndex, output[headStart..at]);
        }

        return at;
    }

    /// <summary>
    /// Appends a compact block's span, line and column after its text. Kept out of the blocks' loop on purpose: the
    /// text's encoder uses up that loop's inlining budget, and inlined there this method's copies stayed calls and its
    /// digits went through the stack; on its own it gets its copies inlined and its values in registers.
    /// </summary>
    /// <returns>Where they end.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AppendCompactPlace(Span<byte> output, int at, int start, int length, int line, int column)
    {
        Put(output, ref at, ",\"span\":{\"start\":"u8);
        at += RawJsonBuilder.WriteNumber(start, output[at..]);
        Put(output, ref at, ",\"length\":"u8);
        at += RawJsonBuilder.WriteNumber(length, output[at..]);
        Put(output, ref at, "},\"line\":"u8);
        at += RawJsonBuilder.WriteNumber(line, output[at..]);
        Put(output, ref at, ",\"column\":"u8);
        at += RawJsonBuilder.WriteNumber(column, output[at..]);
        return at;
    }

    /// <summary>Appends what only some compact blocks have after their column: time, delivery, cue kind and cues.</summary>
    /// <returns>Where they end.</returns>
    private static int AppendCompactExtras(Span<byte> output, int at, ReadOnlySpan<char> text, TextSpan time, TextSpan delivery, BlockKind kind, AnnotationKind annotationKind, ReadOnlySpan<Cue> cues)
    {
        if (!time.IsEmpty)
        {
            Put(output, ref at, ",\"time\":"u8);
            at += JsonStringEncoder.WriteQuoted(time.Slice(text), output[at..]);
        }

        if (!delivery.IsEmpty)
        {
            Put(output, ref at, ",\"delivery\":"u8);
            at += JsonStringEncoder.WriteQuoted(delivery.Slice(text), output[at..]);
        }

        if (kind == BlockKind.Annotation)
        {
            Put(output, ref at, ",\"cue\":"u8);
            Put(output, ref at, JsonNames.Quoted(annotationKind));
        }

        if (!cues.IsEmpty)
        {
            Put(output, ref at, ",\"cues\":["u8);
            for (int c = 0; c < cues.Length; c++)
            {
                ref readonly var cue = ref cues[c];
                Put(output, ref at, c == 0 ? "{\"kind\":"u8 : ",{\"kind\":"u8);
                Put(output, ref at, JsonNames.Quoted(cue.Kind));
                Put(output, ref at, ",\"text\":"u8);
                at += JsonStringEncoder.WriteQuoted(cue.Span.Slice(text), output[at..]);
                Put(output, ref at, ",\"span\":{\"start\":"u8);
                at += RawJsonBuilder.WriteNumber(cue.Span.Start, output[at..]);
                Put(output, ref at, ",\"length\":"u8);
                at += RawJsonBuilder.WriteNumber(cue.Span.Length, output[at..]);
                Put(output, ref at, "}}"u8);
            }

            output[at++] = (byte)']';
        }

        return at;
    }

    /// <summary><see cref="BatchHint"/> for the drafts from <paramref name="first"/> on.</summary>
    private static int DraftBatchHint(ReadOnlySpan<char> text, ReadOnlySpan<BlockDraft> drafts, int first)
    {
        int from = first < drafts.Length ? drafts[first].Span.Start : text.Length;
        long estimate = (long)(text.Length - from) + ((long)(drafts.Length - first) * 128);
        return (int)Math.Min(BlockBatchBytes, estimate);
    }

    /// <summary>Appends a block with the builder's layout, token by token.</summary>
    private static void AppendBlock(ref RawJsonBuilder json, in RawBlock block, int line, int column, ref JsonScratch scratch)
    {
        var text = block.Text;
        json.StartObject();
        json.Name("\"kind\":"u8);
        json.Literal(KindValue(block.Kind));
        json.Name("\"label\":"u8);
        if (block.Kind == BlockKind.Turn)
        {
            json.String(FoldedLabel(block.Label.Slice(text), ref scratch));
        }
        else
        {
            json.Null();
        }

        json.Name("\"speakerId\":"u8);
        if (block.Speaker >= 0)
        {
            json.SpeakerId(block.Speaker + 1);
        }
        else
        {
            json.Null();
        }

        json.Name("\"text\":"u8);
        json.NormalizedString(block.TextSpan.Slice(text));
        json.Name("\"span\":"u8);
        json.Span(block.Start, block.Length);
        json.Name("\"line\":"u8);
        json.Number(line);
        json.Name("\"column\":"u8);
        json.Number(column);
        if (!block.Time.IsEmpty)
        {
            json.Name("\"time\":"u8);
            json.String(block.Time.Slice(text));
        }

        if (!block.Delivery.IsEmpty)
        {
            json.Name("\"delivery\":"u8);
            json.String(block.Delivery.Slice(text));
        }

        if (block.Kind == BlockKind.Annotation)
        {
            json.Name("\"cue\":"u8);
            json.Literal(JsonNames.Quoted(block.AnnotationKind));
        }

        if (!block.Cues.IsEmpty)
        {
            json.Name("\"cues\":"u8);
            json.StartArray();
            foreach (ref readonly var cue in block.Cues)
            {
                json.StartObject();
                json.Name("\"kind\":"u8);
                json.Literal(JsonNames.Quoted(cue.Kind));
                json.Name("\"text\":"u8);
                json.String(cue.Span.Slice(text));
                json.Name("\"span\":"u8);
                json.Span(cue.Span.Start, cue.Span.Length);
                json.EndObject();
            }

            json.EndArray();
        }

        json.EndObject();
    }

    /// <summary>Copies a constant fragment to <paramref name="output"/> at <paramref name="at"/>, which it moves on (inlined: the copy is a few moves).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(Span<byte> output, ref int at, ReadOnlySpan<byte> fragment)
    {
        fragment.CopyTo(output[at..]);
        at += fragment.Length;
    }

    /// <summary>A label as the JSON gives it: one wrapped over two lines is given on one.</summary>
    private static ReadOnlySpan<char> FoldedLabel(ReadOnlySpan<char> label, scoped ref JsonScratch scratch)
    {
        if (label.IndexOfAny('\r', '\n') < 0)
        {
            return label;
        }

        char[] folded = scratch.Chars(label.Length);
        return folded.AsSpan(0, SourceText.FoldLines(label, folded));
    }

    /// <summary>What a block's JSON is made of, gathered from its record, its extra and its cues.</summary>
    private readonly ref struct RawBlock
    {
        public RawBlock(ReadOnlySpan<char> text, in BlockRecord record, TextSpan label, TextSpan textSpan, int speaker, TextSpan time, TextSpan delivery, ReadOnlySpan<Cue> cues)
        {
            Text = text;
            Kind = record.Kind;
            AnnotationKind = record.AnnotationKind;
            Start = record.Start;
            Length = record.End - record.Start;
            Label = label;
            TextSpan = textSpan;
            Speaker = speaker;
            Time = time;
            Delivery = delivery;
            Cues = cues;
        }

        public ReadOnlySpan<char> Text { get; }

        public BlockKind Kind { get; }

        public AnnotationKind AnnotationKind { get; }

        public int Start { get; }

        public int Length { get; }

        public TextSpan Label { get; }

        public TextSpan TextSpan { get; }

        public int Speaker { get; }

        public TextSpan Time { get; }

        public TextSpan Delivery { get; }

        public ReadOnlySpan<Cue> Cues { get; }
    }

    private static ReadOnlySpan<byte> KindValue(BlockKind kind) => kind switch
    {
        BlockKind.Turn => "\"turn\""u8,
        BlockKind.Annotation => "\"annotation\""u8,
        _ => "\"narration\""u8,
    };

    /// <summary>Writes the blocks token by token, for writers whose escaping or depth rules out raw values.</summary>
    private static void WriteBlocksByToken(Utf8JsonWriter writer, TranscriptData data, ref JsonScratch scratch, bool direct)
    {
        var text = data.Text;
        var positions = new BlockPositions(text);
        for (int i = 0; i < data.BlockCount; i++)
        {
            ref readonly var block = ref data.Blocks[i];
            writer.WriteStartObject();
            writer.WriteString(KindName, JsonNames.Of(block.Kind));
            if (block.Kind == BlockKind.Turn)
            {
                var label = data.LabelSpanOf(i).Slice(text);
                if (label.IndexOfAny('\r', '\n') < 0)
                {
                    writer.WriteString(LabelName, label);
                }
                else
                {
                    // A label wrapped over two lines is given on one.
                    char[] folded = scratch.Chars(label.Length);
                    writer.WriteString(LabelName, folded.AsSpan(0, SourceText.FoldLines(label, folded)));
                }
            }
            else
            {
                writer.WriteNull(LabelName);
            }

            int speaker = data.SpeakerOf(i);
            if (speaker >= 0)
            {
                WriteSpeakerId(writer, SpeakerIdName, speaker + 1);
            }
            else
            {
                writer.WriteNull(SpeakerIdName);
            }

            WriteNormalized(writer, TextName, data.TextSpanOf(i).Slice(text), ref scratch, direct);
            WriteSpan(writer, SpanName, TextSpan.FromBounds(block.Start, block.End));
            var (line, column) = positions.Next(data, block, i);
            writer.WriteNumber(LineName, line);
            writer.WriteNumber(ColumnName, column);
            if ((block.Flags & BlockFlags.Extra) != 0)
            {
                ref readonly var extra = ref data.ExtraOf(i);
                if (!extra.Time.IsEmpty)
                {
                    writer.WriteString(TimeName, extra.Time.Slice(text));
                }

                if (!extra.Delivery.IsEmpty)
                {
                    writer.WriteString(DeliveryName, extra.Delivery.Slice(text));
                }
            }

            if (block.Kind == BlockKind.Annotation)
            {
                writer.WriteString(CueName, JsonNames.Of(block.AnnotationKind));
            }

            var cues = data.CuesOf(i);
            if (!cues.IsEmpty)
            {
                writer.WriteStartArray(CuesName);
                foreach (ref readonly var cue in cues)
                {
                    writer.WriteStartObject();
                    writer.WriteString(KindName, JsonNames.Of(cue.Kind));
                    writer.WriteString(TextName, cue.Span.Slice(text));
                    WriteSpan(writer, SpanName, cue.Span);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>Writes the normalised form of a block's or the summary's text.</summary>
    private static void WriteNormalized(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<char> raw, ref JsonScratch scratch, bool direct)
    {
        if (direct)
        {
            // Normalised, escaped and encoded in one pass, then copied as it is.
            byte[] bytes = scratch.Bytes(JsonStringEncoder.MaxQuotedLength(raw.Length));
            int length = JsonStringEncoder.WriteNormalizedQuoted(raw, bytes);
            writer.WritePropertyName(name);
            writer.WriteRawValue(bytes.AsSpan(0, length), skipInputValidation: true);
        }
        else
        {
            char[] chars = scratch.Chars(raw.Length);
            writer.WriteString(name, chars.AsSpan(0, BlockText.Normalize(raw, chars)));
        }
    }

    private static void WriteFooter(Utf8JsonWriter writer, TranscriptData data)
    {
        if (!data.HasFooter)
        {
            writer.WriteNull(FooterName);
            return;
        }

        writer.WriteStartObject(FooterName);
        writer.WriteString(TextName, data[data.FooterText]);
        WriteStringOrNull(writer, ProviderName, data, data.FooterProvider);
        WriteStringOrNull(writer, CopyrightHolderName, data, data.FooterCopyrightHolder);
        if (data.FooterYear is { } year)
        {
            writer.WriteNumber(YearName, year);
        }
        else
        {
            writer.WriteNull(YearName);
        }

        WriteSpan(writer, SpanName, data.FooterSpan);
        writer.WriteNumber(LineName, data.FooterLine);
        writer.WriteEndObject();
    }

    private static void WriteDiagnostics(Utf8JsonWriter writer, TranscriptData data)
    {
        writer.WriteStartArray(DiagnosticsName);
        foreach (ref readonly var d in data.Diagnostics.AsSpan(0, data.DiagnosticCount))
        {
            writer.WriteStartObject();
            writer.WriteString(CodeName, d.Code);
            writer.WriteString(SeverityName, JsonNames.Of(d.Severity));
            if (d.Message is { } message)
            {
                writer.WriteString(MessageName, message);
            }
            else
            {
                writer.WriteString(MessageName, data[d.ComposedMessage]);
            }

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

    private static void WriteStringOrNull(Utf8JsonWriter writer, JsonEncodedText name, TranscriptData data, TextRef value)
    {
        if (value.IsNull)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, data[value]);
        }
    }
}
