using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using TranscriptParsing.Writing;

namespace TranscriptParsing.Model;

/// <summary>
/// A reusable parse context for bulk work: it keeps its buffers (blocks, cues, speakers, composed text, the JSON
/// writer) from one document to the next, so that once they have grown to the size of the largest document seen,
/// <see cref="WriteJson(ReadOnlyMemory{char}, IBufferWriter{byte}, TranscriptParseOptions)"/> parses a document and
/// writes its JSON without allocating. One instance serves one thread at a time; give each worker its own.
/// </summary>
/// <remarks>
/// The JSON is byte for byte what <see cref="TranscriptJsonWriter.Write(IBufferWriter{byte}, Transcript, bool)"/>
/// writes for <see cref="Transcript.Parse(ReadOnlyMemory{char}, TranscriptParseOptions)"/> of the same text.
/// </remarks>
public sealed class TranscriptParser : IDisposable
{
    /// <summary>Past these sizes the per-thread parser behind <see cref="Transcript.Parse(string, TranscriptParseOptions)"/> lets its buffers go.</summary>
    private const int MaxKeptBlocks = 1 << 16;

    private const int MaxKeptChars = 1 << 20;

    [ThreadStatic]
    private static TranscriptParser? t_forThread;

    private readonly bool _indented;
    private readonly TranscriptBuilder _builder = new();
    private readonly TranscriptData _data = new();
    private char[] _textBuffer = [];
    private JsonScratch _jsonScratch = new(pooled: false);
    private Utf8JsonWriter? _writer;

    /// <summary>Creates a parser that writes compact JSON, one line per document.</summary>
    public TranscriptParser()
        : this(indented: false)
    {
    }

    /// <summary>Creates a parser.</summary>
    /// <param name="indented">True for indented JSON, false for one compact line per document.</param>
    public TranscriptParser(bool indented) => _indented = indented;

    /// <summary>The parser of the calling thread, behind <see cref="Transcript.Parse(string, TranscriptParseOptions)"/>.</summary>
    internal static TranscriptParser ForThread => t_forThread ??= new TranscriptParser();

    /// <summary>Parses a transcript into a new <see cref="Transcript"/>, which allocates only what the transcript keeps.</summary>
    /// <param name="text">The whole transcript.</param>
    /// <param name="options">Options; <c>default</c> gives the documented defaults.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="TranscriptParseException">The text is longer than <see cref="TranscriptParseOptions.MaxDocumentLength"/>.</exception>
    public Transcript Parse(string text, TranscriptParseOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsMemory(), options, null);
    }

    /// <summary>Parses a transcript into a new <see cref="Transcript"/>, which allocates only what the transcript keeps.</summary>
    /// <param name="text">The whole transcript; the transcript keeps a reference to it rather than a copy.</param>
    /// <param name="options">Options; <c>default</c> gives the documented defaults.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="TranscriptParseException">The text is longer than <see cref="TranscriptParseOptions.MaxDocumentLength"/>.</exception>
    public Transcript Parse(ReadOnlyMemory<char> text, TranscriptParseOptions options = default) => Parse(text, options, null);

    /// <summary>Parses a transcript and writes it as JSON (the format in <c>docs/json.md</c>) to <paramref name="output"/>.</summary>
    /// <param name="text">The whole transcript.</param>
    /// <param name="output">Where the UTF-8 bytes go, for example a pooled buffer writer.</param>
    /// <param name="options">Options; <c>default</c> gives the documented defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="TranscriptParseException">The text is longer than <see cref="TranscriptParseOptions.MaxDocumentLength"/>.</exception>
    public void WriteJson(string text, IBufferWriter<byte> output, TranscriptParseOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteJson(text.AsMemory(), output, options);
    }

    /// <summary>Parses a transcript and writes it as JSON (the format in <c>docs/json.md</c>) to <paramref name="output"/>.</summary>
    /// <param name="text">The whole transcript.</param>
    /// <param name="output">Where the UTF-8 bytes go, for example a pooled buffer writer.</param>
    /// <param name="options">Options; <c>default</c> gives the documented defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="TranscriptParseException">The text is longer than <see cref="TranscriptParseOptions.MaxDocumentLength"/>.</exception>
    public void WriteJson(ReadOnlyMemory<char> text, IBufferWriter<byte> output, TranscriptParseOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        Build(text, options, null, records: _indented);
        Write(output);
    }

    /// <summary>
    /// Parses a transcript given as bytes, UTF-8 (a byte-order mark is skipped) or UTF-16 with a byte-order mark, and
    /// writes it as JSON to <paramref name="output"/>. The text is decoded into a buffer the parser keeps.
    /// </summary>
    /// <param name="utf8">The raw bytes; invalid UTF-8 is replaced and reported as diagnostic <c>TP0002</c>.</param>
    /// <param name="output">Where the UTF-8 bytes go, for example a pooled buffer writer.</param>
    /// <param name="options">Options; <c>default</c> gives the documented defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="TranscriptParseException">The text is longer than <see cref="TranscriptParseOptions.MaxDocumentLength"/>.</exception>
    public void WriteJson(ReadOnlySpan<byte> utf8, IBufferWriter<byte> output, TranscriptParseOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        int length = TranscriptEncoding.DecodeInto(utf8, ref _textBuffer, out int invalidAt);
        var text = _textBuffer.AsMemory(0, length);
        if (invalidAt < 0)
        {
            Build(text, options, null, records: _indented);
        }
        else
        {
            _data.Clear(text, options.SourcePath);
            int start = _data.CharCount;
            _data.Append("The input is not valid UTF-8 at byte offset ");
            invalidAt.TryFormat(_data.Reserve(11), out int digits, default, CultureInfo.InvariantCulture);
            _data.CharCount += digits;
            _data.Append("; invalid sequences were replaced with U+FFFD.");
            var invalid = new DiagnosticRecord
            {
                Code = "TP0002",
                Severity = DiagnosticSeverity.Warning,
                ComposedMessage = new TextRef(start, _data.CharCount - start),
                LineNumber = 1,
                ColumnNumber = 1,
            };
            Build(text, options, null, records: _indented, invalid);
        }

        Write(output);
    }

    /// <summary>Releases the JSON writer.</summary>
    public void Dispose() => _writer?.Dispose();

    internal Transcript Parse(ReadOnlyMemory<char> text, TranscriptParseOptions options, List<Diagnostic>? leading)
    {
        Build(text, options, leading);
        var transcript = new Transcript(_data.ToCompact());
        if (ReferenceEquals(this, t_forThread))
        {
            _builder.TrimExcess(MaxKeptBlocks);
            TrimExcess();
        }

        return transcript;
    }

    /// <summary>
    /// Parses into <see cref="_data"/>; without <paramref name="records"/> the blocks stay the builder's drafts, which
    /// the compact JSON is written from.
    /// </summary>
    private void Build(ReadOnlyMemory<char> text, in TranscriptParseOptions options, List<Diagnostic>? leading, bool records = true, DiagnosticRecord? first = null)
    {
        if (text.Length > options.MaxDocumentLength)
        {
            throw new TranscriptParseException(
                $"The document is {text.Length} chars long, more than the limit of {options.MaxDocumentLength} (TranscriptParseOptions.MaxDocumentLength).", 1, 1, "TP0301");
        }

        if (first is null)
        {
            _data.Clear(text, options.SourcePath);
        }
        else
        {
            _data.AddDiagnostic(first.Value);
        }

        if (leading is not null)
        {
            foreach (var d in leading)
            {
                _data.AddDiagnostic(new DiagnosticRecord { Code = d.Code, Severity = d.Severity, Message = d.Message, LineNumber = d.LineNumber, ColumnNumber = d.ColumnNumber });
            }
        }

        if (text.Span.IsWhiteSpace())
        {
            _data.AddDiagnostic(new DiagnosticRecord
            {
                Code = "TP0001",
                Severity = DiagnosticSeverity.Info,
                Message = "The input is empty or holds only white space.",
                LineNumber = 1,
                ColumnNumber = 1,
            });
        }

        _builder.Build(_data, options, records);
    }

    private void Write(IBufferWriter<byte> output)
    {
        if (!_indented)
        {
            TranscriptJsonWriter.WriteCompact(output, _data, _builder.Drafts, _builder.SpeakerOfLabel, ref _jsonScratch);
            return;
        }

        if (_writer is null)
        {
            _writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = _indented, Encoder = JsonOutput.Encoder });
        }
        else
        {
            _writer.Reset(output);
        }

        TranscriptJsonWriter.Write(_writer, _data, ref _jsonScratch);
        _writer.Flush();
    }

    private void TrimExcess()
    {
        var work = _data.Work;
        if (work.Blocks.Length > MaxKeptBlocks || work.Chars.Length > MaxKeptChars)
        {
            work.Blocks = [];
            work.Extras = [];
            work.Cues = [];
            work.Chars = [];
            work.Speakers = [];
            work.SpeakerLabels = [];
        }

        // The transcript keeps the text; the parser must not.
        _data.Source = default;
    }
}
