using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using TranscriptParsing.Model;
using TranscriptParsing.Writing;

namespace TranscriptParsing.Feeds;

/// <summary>
/// A worker of <see cref="TranscriptFeed.ParseToJsonAsync"/>: parses each document with its own
/// <see cref="TranscriptParser"/>, which writes the transcript's JSON straight from its drafts, and joins the
/// <c>document</c> object on after it. A JSON line is read with <see cref="Utf8JsonReader"/> and its text unescaped
/// into a buffer the worker keeps.
/// </summary>
/// <remarks>
/// Whatever this quick path does not handle as the model path would (invalid JSON, a missing text field, invalid
/// UTF-8, a document the parser refuses, metadata in indented JSON) goes through the model path and
/// <see cref="FeedJsonWriter"/> instead, so that the bytes are the same whichever path made them.
/// </remarks>
internal sealed class FeedJsonWorker : FeedWorker<FeedJsonResult>
{
    /// <summary>Past this size (bytes of a document) the worker lets the buffers it grew for it go, as the per-thread parser does.</summary>
    private const int MaxKeptDocumentBytes = 1 << 20;

    /// <summary>What ends a plain run of a JSON string: its closing quote, an escape, or a control char (which JSON forbids there).</summary>
    private static readonly SearchValues<byte> StringSpecials = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private readonly FeedDocumentParser _parser;
    private readonly TranscriptFeedOptions _options;
    private readonly bool _indented;
    private TranscriptParser _transcriptParser;
    private readonly ArrayBufferWriter<byte> _tail = new(1024);
    private readonly Utf8JsonWriter _tailWriter;
    private readonly ArrayBufferWriter<byte> _metadata = new(256);
    private readonly Utf8JsonWriter _metadataWriter;
    private char[] _text = [];
    private char[] _name = new char[64];
    private byte[] _unescaped = new byte[256];
    private byte[] _cut = new byte[1024];
    private int _cutLength;

    public FeedJsonWorker(FeedDocumentParser parser, TranscriptFeedOptions options, bool indented)
    {
        _parser = parser;
        _options = options;
        _indented = indented;
        _transcriptParser = new TranscriptParser(indented);
        _tailWriter = new Utf8JsonWriter(_tail, new JsonWriterOptions { Indented = indented, Encoder = JsonOutput.Encoder });
        _metadataWriter = new Utf8JsonWriter(_metadata, new JsonWriterOptions { Encoder = JsonOutput.Encoder });
    }

    public override async ValueTask<FeedJsonResult> ProcessAsync(FeedWorkItem item, CancellationToken cancellationToken)
    {
        try
        {
            var document = item.Document;
            var failure = item.Error;
            if (failure is null && item.ReadByWorker)
            {
                try
                {
                    failure = await _parser.ReadFileAsync(item, cancellationToken).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // The feed gives a record for every document, whatever goes wrong with it.
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    return Write(FeedDocumentParser.ParserFailed(item, e));
                }

                if (failure is null)
                {
                    document = document with { ByteCount = item.Length };
                }
            }

            if (failure is not null)
            {
                return Write(FeedResult.Failure(item.Index, document, failure));
            }

            // A transcript's JSON runs to about twice its text (offsets, names, the document object); the buffer grows when it is longer.
            var output = new PooledByteBufferWriter((int)Math.Min((2L * item.Length) + 1024, Array.MaxLength));
            bool written;
            try
            {
                written = item.IsJsonLine ? TryWriteJsonLine(item, document, output) : TryWriteText(item, document, output);
            }
#pragma warning disable CA1031 // Anything unexpected is the model path's to report, exactly as it would.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                written = false;
            }

            if (written)
            {
                return new FeedJsonResult(item.Index, document, null, output, null);
            }

            output.WrittenCount = 0;
            return Write(_parser.ParseContent(item, document), output);
        }
        finally
        {
            if (item.Length > MaxKeptDocumentBytes)
            {
                LetLargeBuffersGo();
            }

            item.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _transcriptParser.Dispose();
            _tailWriter.Dispose();
            _metadataWriter.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>One large document must not keep a worker's memory large for the rest of the feed.</summary>
    private void LetLargeBuffersGo()
    {
        _text = [];
        _cut = new byte[1024];
        _transcriptParser.Dispose();
        _transcriptParser = new TranscriptParser(_indented);
    }

    private FeedJsonResult Write(FeedResult result, PooledByteBufferWriter? output = null)
    {
        output ??= new PooledByteBufferWriter(1024);
        try
        {
            FeedJsonWriter.Write(output, result, _indented);
        }
        catch
        {
            output.Return();
            throw;
        }

        Diagnostic? warning = null;
        if (result.Transcript is { } transcript)
        {
            foreach (var d in transcript.Diagnostics)
            {
                if (d.Code == "TP0002")
                {
                    warning = d;
                }
            }
        }

        // The record's id and metadata are in the JSON; the result's document says where it came from, as on the quick path.
        var document = result.Document;
        if (document.Id is not null || document.Metadata.Count > 0)
        {
            document = document with { Id = null, Metadata = Array.Empty<System.Collections.Generic.KeyValuePair<string, JsonElement>>() };
        }

        return new FeedJsonResult(result.Index, document, result.Error, output, warning);
    }

    private bool TryWriteText(FeedWorkItem item, FeedDocument document, PooledByteBufferWriter output)
    {
        int length = TranscriptEncoding.DecodeInto(item.Buffer.AsSpan(0, item.Length), ref _text, out int invalidAt);
        if (invalidAt >= 0)
        {
            // The decoder's warning comes with the model.
            return false;
        }

        if (!TryWriteTranscript(_text.AsMemory(0, length), document, output))
        {
            return false;
        }

        if (document.HasDetails)
        {
            AppendDocument(output, document, id: null, default);
        }

        return true;
    }

    private bool TryWriteJsonLine(FeedWorkItem item, FeedDocument document, PooledByteBufferWriter output)
    {
        var line = item.Buffer.AsSpan(0, item.Length);

        // The text is most of the line: unescape it here, in one pass, and let the reader check the rest of the line
        // with the text's value cut out ("").
        int textLength = TryCutText(line);
        if (textLength >= 0)
        {
            line = _cut.AsSpan(0, _cutLength);
        }

        // The same reading as JsonDocument.Parse with its default options: the whole line must be one valid JSON value.
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        // The other fields are copied, compact, as the line is read, so that the line is read once.
        _metadata.ResetWrittenCount();
        _metadataWriter.Reset();
        _metadataWriter.WriteStartObject();
        bool textCut = textLength >= 0, textSeen = false, hasMetadata = false;
        string? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!textSeen && reader.ValueTextEquals(_options.TextField))
            {
                textSeen = true;
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    return false;
                }

                if (!textCut)
                {
                    textLength = CopyText(ref reader);
                }

                continue;
            }

            bool idName = id is null && reader.ValueTextEquals(_options.IdField);

            // The model path reads a metadata field's name as a string, which fails on invalid UTF-8.
            int nameLength = idName ? 0 : CopyName(ref reader);
            reader.Read();
            if (idName && reader.TokenType == JsonTokenType.String)
            {
                id = reader.GetString();
            }
            else if (idName && reader.TokenType == JsonTokenType.Number)
            {
                id = Encoding.UTF8.GetString(reader.ValueSpan);
            }
            else if (_indented)
            {
                // Indented metadata is left to the model path (JSON output holds one document: speed does not matter).
                return false;
            }
            else
            {
                hasMetadata = true;
                _metadataWriter.WritePropertyName(idName ? _options.IdField.AsSpan() : _name.AsSpan(0, nameLength));
                CopyValue(ref reader, _metadataWriter);
            }
        }

        if (reader.Read() || textLength < 0)
        {
            return false;
        }

        _metadataWriter.WriteEndObject();
        _metadataWriter.Flush();
        if (!TryWriteTranscript(_text.AsMemory(0, textLength), document, output))
        {
            return false;
        }

        AppendDocument(output, document, id, hasMetadata ? _metadata.WrittenSpan : default);
        return true;
    }

    private bool TryWriteTranscript(ReadOnlyMemory<char> text, FeedDocument document, PooledByteBufferWriter output)
    {
        try
        {
            _transcriptParser.WriteJson(text, output, _options.ParseOptions with { SourcePath = document.Name });
            return true;
        }
        catch (TranscriptParseException)
        {
            // The error record carries the document's metadata, which the model path has.
            return false;
        }
    }

    /// <summary>
    /// Joins <c>"document": {...}</c> on after the transcript's last member, written as <see cref="FeedJsonWriter"/>
    /// writes it; <paramref name="metadata"/> is the record's other fields as a compact JSON object, or empty.
    /// </summary>
    private void AppendDocument(PooledByteBufferWriter output, FeedDocument document, string? id, ReadOnlySpan<byte> metadata)
    {
        _tail.ResetWrittenCount();
        _tailWriter.Reset();
        var writer = _tailWriter;
        writer.WriteStartObject();
        FeedJsonWriter.WriteDocumentStart(writer, document, id);

        if (metadata.IsEmpty)
        {
            writer.WriteStartObject(FeedJsonWriter.MetadataName);
            writer.WriteEndObject();
        }
        else
        {
            // Compact JSON written by a writer with the same options: joined on as it stands.
            writer.WritePropertyName(FeedJsonWriter.MetadataName);
            writer.WriteRawValue(metadata, skipInputValidation: true);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();

        output.WrittenCount = FeedJsonWriter.MembersEnd(output.WrittenSpan);
        output.Write(","u8);
        output.Write(_tail.WrittenSpan[1..]);
    }

    /// <summary>Copies the value the reader is on, as <see cref="JsonElement.WriteTo(Utf8JsonWriter)"/> of it writes it (compact).</summary>
    private void CopyValue(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        int depth = reader.CurrentDepth;
        while (true)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    writer.WriteStartObject();
                    break;
                case JsonTokenType.EndObject:
                    writer.WriteEndObject();
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    break;
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    break;
                case JsonTokenType.PropertyName:
                    writer.WritePropertyName(Unescaped(ref reader));
                    break;
                case JsonTokenType.String:
                    writer.WriteStringValue(Unescaped(ref reader));
                    break;
                case JsonTokenType.Number:
                    // A number is written as it stands in the line.
                    writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                    break;
                case JsonTokenType.True:
                    writer.WriteBooleanValue(true);
                    break;
                case JsonTokenType.False:
                    writer.WriteBooleanValue(false);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }

            if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return;
            }

            reader.Read();
        }
    }

    /// <summary>The string the reader is on, unescaped, as UTF-8 bytes.</summary>
    private ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        if (_unescaped.Length < reader.ValueSpan.Length)
        {
            _unescaped = new byte[Math.Max(reader.ValueSpan.Length, _unescaped.Length * 2)];
        }

        return _unescaped.AsSpan(0, reader.CopyString(_unescaped));
    }

    /// <summary>
    /// Finds the line's text field (the first of that name, as the reader would), unescapes its value into the text
    /// buffer and copies the line into <see cref="_cut"/> with the value replaced by <c>""</c>. Returns the text's
    /// length, or -1 when it leaves the line to the reader (no text string, anything unusual, invalid UTF-8).
    /// </summary>
    private int TryCutText(ReadOnlySpan<byte> line)
    {
        int valueStart;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return -1;
            }

            while (true)
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
                {
                    return -1;
                }

                if (reader.ValueTextEquals(_options.TextField))
                {
                    valueStart = SkipSeparator(line, (int)reader.BytesConsumed);
                    break;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return -1;
        }

        if (valueStart < 0 || !TryUnescapeString(line, valueStart, out int textLength, out int valueEnd))
        {
            return -1;
        }

        int length = valueStart + 2 + (line.Length - valueEnd);
        if (_cut.Length < length)
        {
            _cut = new byte[Math.Max(length, _cut.Length * 2)];
        }

        line[..valueStart].CopyTo(_cut);
        _cut[valueStart] = (byte)'"';
        _cut[valueStart + 1] = (byte)'"';
        line[valueEnd..].CopyTo(_cut.AsSpan(valueStart + 2));
        _cutLength = length;
        return textLength;
    }

    /// <summary>The index of the value's opening quote after a property name and its colon, or -1.</summary>
    private static int SkipSeparator(ReadOnlySpan<byte> line, int at)
    {
        at = SkipWhiteSpace(line, at);
        if (at < line.Length && line[at] == (byte)':')
        {
            at = SkipWhiteSpace(line, at + 1);
        }

        return at < line.Length && line[at] == (byte)'"' ? at : -1;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<byte> line, int at)
    {
        while (at < line.Length && line[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// Unescapes the JSON string whose opening quote is at <paramref name="quote"/> into the text buffer, accepting
    /// only what the reader accepts and <see cref="Utf8JsonReader.GetString"/> can read (no control chars, valid
    /// escapes, valid UTF-8, no lone surrogates); false leaves the string to the reader.
    /// </summary>
    private bool TryUnescapeString(ReadOnlySpan<byte> line, int quote, out int length, out int end)
    {
        length = 0;
        end = 0;

        EnsureTextRoom(line.Length);
        var text = _text.AsSpan();
        int at = quote + 1;
        while (true)
        {
            int run = line[at..].IndexOfAny(StringSpecials);
            if (run < 0)
            {
                return false;
            }

            if (run > 0)
            {
                if (Utf8.ToUtf16(line.Slice(at, run), text[length..], out _, out int chars, replaceInvalidSequences: false) != OperationStatus.Done)
                {
                    return false;
                }

                length += chars;
                at += run;
            }

            byte special = line[at];
            if (special == (byte)'"')
            {
                end = at + 1;
                return true;
            }

            if (special != (byte)'\\' || at + 1 >= line.Length)
            {
                return false;
            }

            char escaped;
            switch (line[at + 1])
            {
                case (byte)'n':
                    escaped = '\n';
                    break;
                case (byte)'"':
                    escaped = '"';
                    break;
                case (byte)'\\':
                    escaped = '\\';
                    break;
                case (byte)'/':
                    escaped = '/';
                    break;
                case (byte)'t':
                    escaped = '\t';
                    break;
                case (byte)'r':
                    escaped = '\r';
                    break;
                case (byte)'b':
                    escaped = '\b';
                    break;
                case (byte)'f':
                    escaped = '\f';
                    break;
                case (byte)'u':
                    if (!TryReadHex4(line, at + 2, out int unit))
                    {
                        return false;
                    }

                    if (!char.IsSurrogate((char)unit))
                    {
                        text[length++] = (char)unit;
                        at += 6;
                        continue;
                    }

                    // A surrogate pair is two escapes; anything else is left to the reader, which refuses it.
                    if (!char.IsHighSurrogate((char)unit) || at + 12 > line.Length || line[at + 6] != (byte)'\\' || line[at + 7] != (byte)'u'
                        || !TryReadHex4(line, at + 8, out int low) || !char.IsLowSurrogate((char)low))
                    {
                        return false;
                    }

                    text[length++] = (char)unit;
                    text[length++] = (char)low;
                    at += 12;
                    continue;
                default:
                    return false;
            }

            text[length++] = escaped;
            at += 2;
        }
    }

    /// <summary>Reads the four hex digits of a <c>\u</c> escape.</summary>
    private static bool TryReadHex4(ReadOnlySpan<byte> line, int at, out int value)
    {
        // Hex digits alone: no sign, no white space, no prefix.
        ushort unit = 0;
        bool read = at + 4 <= line.Length && ushort.TryParse(line.Slice(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out unit);
        value = unit;
        return read;
    }

    /// <summary>Unescapes the text into the worker's buffer; throws as <see cref="Utf8JsonReader.GetString"/> does on invalid UTF-8.</summary>
    private int CopyText(ref Utf8JsonReader reader)
    {
        EnsureTextRoom(reader.ValueSpan.Length);
        return reader.CopyString(_text);
    }

    /// <summary>Grows the text buffer to hold the text unescaped from <paramref name="utf8Length"/> bytes of UTF-8.</summary>
    private void EnsureTextRoom(int utf8Length)
    {
        // Unescaped UTF-16 is never longer, in chars, than the UTF-8 it came from, in bytes.
        if (_text.Length < utf8Length)
        {
            _text = new char[Math.Max(utf8Length, Math.Min(_text.Length * 2, Array.MaxLength))];
        }
    }

    private int CopyName(ref Utf8JsonReader reader)
    {
        int most = reader.ValueSpan.Length;
        if (_name.Length < most)
        {
            _name = new char[Math.Max(most, _name.Length * 2)];
        }

        return reader.CopyString(_name);
    }
}
