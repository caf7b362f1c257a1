using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using TranscriptParsing.Model;
using TranscriptParsing.Writing;

namespace TranscriptParsing.Parquet;

/// <summary>
/// Writes transcripts to one Apache Parquet file, one row per block, so that DuckDB, pandas, Spark or Hugging Face
/// datasets read a parsed corpus directly. The columns are those of <see cref="Schema"/>; rows are buffered and
/// written a row group at a time.
/// </summary>
/// <remarks>
/// Call <see cref="AddAsync"/> for each transcript, then dispose the writer (<c>await using</c>) to write the last row
/// group and the file footer. The stream is only written forward, so standard output or a pipe will do. Columns are
/// compressed with Snappy, which every Parquet reader knows.
/// </remarks>
public sealed class TranscriptParquetWriter : IAsyncDisposable
{
    /// <summary>The number of rows buffered before a row group is written, unless another is given.</summary>
    public const int DefaultRowGroupSize = 65_536;

    private static readonly DataField<string> DocumentIdField = new("document_id", nullable: false);
    private static readonly DataField<int> BlockIndexField = new("block_index");
    private static readonly DataField<string> KindField = new("kind", nullable: false);
    private static readonly DataField<string> SpeakerIdField = new("speaker_id", nullable: true);
    private static readonly DataField<string> SpeakerNameField = new("speaker_name", nullable: true);
    private static readonly DataField<string> RoleField = new("role", nullable: true);
    private static readonly DataField<string> LabelField = new("label", nullable: true);
    private static readonly DataField<string> TextField = new("text", nullable: false);
    private static readonly DataField<int> StartField = new("start");
    private static readonly DataField<int> LengthField = new("length");
    private static readonly DataField<int> LineField = new("line");

    private readonly ParquetWriter _writer;
    private readonly int _rowGroupSize;
    private readonly List<string> _documentIds = [];
    private readonly List<int> _blockIndexes = [];
    private readonly List<string> _kinds = [];
    private readonly List<string?> _speakerIds = [];
    private readonly List<string?> _speakerNames = [];
    private readonly List<string?> _roles = [];
    private readonly List<string?> _labels = [];
    private readonly List<string> _texts = [];
    private readonly List<int> _starts = [];
    private readonly List<int> _lengths = [];
    private readonly List<int> _lines = [];
    private int _documents;
    private bool _disposed;

    private TranscriptParquetWriter(ParquetWriter writer, int rowGroupSize)
    {
        _writer = writer;
        _rowGroupSize = rowGroupSize;
    }

    /// <summary>
    /// The file's columns: <c>document_id</c>, <c>block_index</c> (0-based, within the document), <c>kind</c>
    /// (<c>turn</c>, <c>narration</c>, <c>annotation</c>), <c>speaker_id</c>, <c>speaker_name</c>, <c>role</c>
    /// (null without a speaker), <c>label</c> (null except for turns), <c>text</c> (as in the JSON), <c>start</c> and
    /// <c>length</c> (the block's span in chars of the input) and <c>line</c> (1-based).
    /// </summary>
    public static ParquetSchema Schema { get; } = new(
        DocumentIdField, BlockIndexField, KindField, SpeakerIdField, SpeakerNameField, RoleField, LabelField, TextField, StartField, LengthField, LineField);

    /// <summary>Starts a Parquet file on <paramref name="output"/>.</summary>
    /// <param name="output">A writable stream (it need not be seekable); it is left open.</param>
    /// <param name="rowGroupSize">How many rows to buffer before a row group is written.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The writer.</returns>
    public static async Task<TranscriptParquetWriter> CreateAsync(Stream output, int rowGroupSize = DefaultRowGroupSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowGroupSize);
        var writer = await ParquetWriter.CreateAsync(Schema, output, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, append: false, cancellationToken).ConfigureAwait(false);
        return new TranscriptParquetWriter(writer, rowGroupSize);
    }

    /// <summary>Writes every transcript of <paramref name="transcripts"/> to one Parquet file.</summary>
    /// <param name="output">A writable stream (it need not be seekable); it is left open.</param>
    /// <param name="transcripts">The transcripts; each one's document id is its <see cref="TranscriptSource.Path"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static async Task WriteAsync(Stream output, IEnumerable<Transcript> transcripts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcripts);
        var writer = await CreateAsync(output, DefaultRowGroupSize, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var transcript in transcripts)
            {
                await writer.AddAsync(transcript, documentId: null, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Adds one row per block of <paramref name="transcript"/>; writes a row group when enough rows are buffered.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <param name="documentId">The <c>document_id</c> of its rows; null takes <see cref="TranscriptSource.Path"/>, or
    /// the transcript's 0-based position in this file when it has no path.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the rows are buffered (and written, when a row group was full).</returns>
    public async Task AddAsync(Transcript transcript, string? documentId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ObjectDisposedException.ThrowIf(_disposed, this);
        string id = documentId ?? transcript.Source.Path ?? _documents.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _documents++;
        var blocks = transcript.Blocks;
        for (int i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            _documentIds.Add(id);
            _blockIndexes.Add(i);
            _kinds.Add(JsonNames.Of(block.Kind));
            _speakerIds.Add(block.Speaker?.Id);
            _speakerNames.Add(block.Speaker?.Name);
            _roles.Add(block.Speaker is { } speaker ? JsonNames.Of(speaker.Role) : null);
            _labels.Add(block.Label);
            _texts.Add(block.Text);
            _starts.Add(block.Span.Start);
            _lengths.Add(block.Span.Length);
            _lines.Add(block.LineNumber);
        }

        if (_documentIds.Count >= _rowGroupSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the buffered rows as one row group (nothing when none are buffered).</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the row group is written.</returns>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_documentIds.Count == 0)
        {
            return;
        }

        using (var group = _writer.CreateRowGroup())
        {
            await group.WriteAsync(DocumentIdField, _documentIds, repetitionLevels: null).ConfigureAwait(false);
            await group.WriteAsync<int>(BlockIndexField, _blockIndexes.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(KindField, _kinds, repetitionLevels: null).ConfigureAwait(false);
            await group.WriteAsync(SpeakerIdField, _speakerIds, repetitionLevels: null).ConfigureAwait(false);
            await group.WriteAsync(SpeakerNameField, _speakerNames, repetitionLevels: null).ConfigureAwait(false);
            await group.WriteAsync(RoleField, _roles, repetitionLevels: null).ConfigureAwait(false);
            await group.WriteAsync(LabelField, _labels, repetitionLevels: null).ConfigureAwait(false);
            await group.WriteAsync(TextField, _texts, repetitionLevels: null).ConfigureAwait(false);
            await group.WriteAsync<int>(StartField, _starts.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<int>(LengthField, _lengths.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<int>(LineField, _lines.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        _documentIds.Clear();
        _blockIndexes.Clear();
        _kinds.Clear();
        _speakerIds.Clear();
        _speakerNames.Clear();
        _roles.Clear();
        _labels.Clear();
        _texts.Clear();
        _starts.Clear();
        _lengths.Clear();
        _lines.Clear();
    }

    /// <summary>Writes the buffered rows and the file footer; the stream is left open.</summary>
    /// <returns>A task that completes when the file is complete.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await FlushAsync().ConfigureAwait(false);
        _disposed = true;
        await _writer.DisposeAsync().ConfigureAwait(false);
    }
}
