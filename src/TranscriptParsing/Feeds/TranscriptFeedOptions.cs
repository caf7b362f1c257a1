using System;
using System.Collections.Generic;
using TranscriptParsing.Model;

namespace TranscriptParsing.Feeds;

/// <summary>Options of a <see cref="TranscriptFeed"/>. A new instance gives the documented defaults.</summary>
public sealed class TranscriptFeedOptions
{
    /// <summary>The default of <see cref="MaxDocumentBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 64L * 1024 * 1024;

    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private readonly int _maxDocumentsInFlight;
    private readonly long _maxDocumentBytes = DefaultMaxDocumentBytes;

    /// <summary>
    /// Patterns (see <see cref="GlobPattern"/>) that select the files of a folder tree and the entries of an archive;
    /// a file or entry is read when any pattern matches its path relative to the folder or archive. Files named
    /// directly are always read. When empty (the default), a folder gives its <c>*.txt</c>, <c>*.jsonl</c>,
    /// <c>*.ndjson</c>, <c>*.gz</c>, <c>*.tgz</c>, <c>*.tar</c> and <c>*.zip</c> files and an archive all its files.
    /// </summary>
    public IReadOnlyList<string> Globs { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Files that a folder walk passes over, such as the file the results are being written to when it lies inside
    /// a folder being read. Compared by full path.
    /// </summary>
    public IReadOnlyList<string> ExcludedFiles { get; init; } = Array.Empty<string>();

    /// <summary>How files and streams are read: by name (the default), as single documents, or as JSON Lines.</summary>
    public FeedInputFormat InputFormat { get; init; }

    /// <summary>The JSON Lines field that holds a document's text (default <c>text</c>).</summary>
    public string TextField { get; init; } = "text";

    /// <summary>The JSON Lines field that holds a document's id (default <c>id</c>).</summary>
    public string IdField { get; init; } = "id";

    /// <summary>How many documents are parsed at once (default <see cref="Environment.ProcessorCount"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDegreeOfParallelism = value;
        }
    }

    /// <summary>
    /// How many documents may be read but not yet handed to the caller, besides the batch being gathered (default: 16
    /// per degree of parallelism and 16 more). Documents travel in batches of up to 16 (and 64 KiB of input; a larger
    /// document alone), one batch per worker and one more within this window, so a smaller window makes smaller
    /// batches. With <see cref="MaxDocumentBytes"/> it bounds the memory the feed holds, whatever its size.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDocumentsInFlight
    {
        get => _maxDocumentsInFlight > 0 ? _maxDocumentsInFlight : 16 * (MaxDegreeOfParallelism + 1);
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDocumentsInFlight = value;
        }
    }

    /// <summary>
    /// The largest document read, in bytes after decompression (for JSON Lines, the largest record line); default
    /// 64 MiB. A larger document is not read into memory: it gives an error result with code <see cref="FeedErrorCodes.TooLarge"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than <see cref="int.MaxValue"/> - 64.</exception>
    public long MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, int.MaxValue - 64);
            _maxDocumentBytes = value;
        }
    }

    /// <summary>The parser's options; <see cref="TranscriptParseOptions.SourcePath"/> is set to each document's name.</summary>
    public TranscriptParseOptions ParseOptions { get; init; }

    /// <summary>
    /// This run's shard, 0-based (default 0): of the documents in input order, the feed keeps those whose 0-based
    /// position modulo <see cref="ShardCount"/> equals this index, so that <see cref="ShardCount"/> runs over the same
    /// input (for example Kubernetes indexed jobs) parse each document exactly once between them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int ShardIndex
    {
        get => _shardIndex;
        init => _shardIndex = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The shard index is 0 or more.");
    }

    /// <summary>How many shards the input is split into (default 1: the whole input).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int ShardCount
    {
        get => _shardCount;
        init => _shardCount = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "There is at least one shard.");
    }

    private readonly int _shardIndex;
    private readonly int _shardCount = 1;
}
