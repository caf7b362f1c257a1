using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace TranscriptParsing.Feeds;

/// <summary>The sizes of a feed's batches: how much a batch holds and how many batches the feed keeps at once.</summary>
internal static class FeedBatch
{
    /// <summary>The input bytes past which a batch is handed on: about one read of a JSON Lines file.</summary>
    internal const int MaxBytes = 64 * 1024;

    /// <summary>The most documents a batch holds.</summary>
    internal const int MaxDocuments = 16;

    /// <summary>
    /// How many batches the feed holds between reading and the caller and how many documents a batch holds: one batch
    /// per worker and one more, so that every worker has work while the caller takes a batch, each of up to
    /// <see cref="MaxDocuments"/> documents, within <see cref="TranscriptFeedOptions.MaxDocumentsInFlight"/> documents
    /// in all. A small window makes small batches; a window of one hands documents on one by one.
    /// </summary>
    internal static (int Batches, int DocumentsPerBatch) Shape(TranscriptFeedOptions options)
    {
        int window = options.MaxDocumentsInFlight;
        int documentsPerBatch = Math.Clamp(window / (options.MaxDegreeOfParallelism + 1), 1, MaxDocuments);
        return (window / documentsPerBatch, documentsPerBatch);
    }
}

/// <summary>
/// Documents that follow one another in a feed, handed from the reader to one worker and from it to the caller as a
/// whole: small documents are gathered up to <see cref="FeedBatch.MaxBytes"/> of input or the batch's capacity (at
/// most <see cref="FeedBatch.MaxDocuments"/>), so that the hand-offs between threads are paid once per batch; a large
/// document closes its batch.
/// </summary>
/// <typeparam name="T">What a worker makes of a document.</typeparam>
/// <param name="capacity">The most documents this batch holds, from 1 to <see cref="FeedBatch.MaxDocuments"/>.</param>
internal sealed class FeedBatch<T>(int capacity)
{
    private readonly T[] _values = new T[capacity];
    private ExceptionDispatchInfo?[]? _failures;
    private long _bytes;

    /// <summary>The documents, in input order; the first <see cref="Count"/> are used.</summary>
    public FeedWorkItem[] Items { get; } = new FeedWorkItem[capacity];

    public int Count { get; private set; }

    /// <summary>Completed by the worker once every document of the batch has its value or its failure.</summary>
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Adds a document; true when the batch is full and must be handed on now.</summary>
    public bool Add(FeedWorkItem item)
    {
        Items[Count++] = item;

        // A plain file is read by its worker: its size is not known yet, so it is counted as a full batch.
        _bytes += item.ReadByWorker ? FeedBatch.MaxBytes : item.Length;
        return Count == Items.Length || _bytes >= FeedBatch.MaxBytes;
    }

    public void SetValue(int index, T value) => _values[index] = value;

    public void SetFailure(int index, Exception failure) =>
        (_failures ??= new ExceptionDispatchInfo?[Items.Length])[index] = ExceptionDispatchInfo.Capture(failure);

    public void SetCanceled(int index, CancellationToken cancellationToken) =>
        SetFailure(index, new OperationCanceledException(cancellationToken));

    /// <summary>The value of the document at <paramref name="index"/>; throws its failure, at its turn.</summary>
    public T GetValue(int index)
    {
        _failures?[index]?.Throw();
        var value = _values[index];
        _values[index] = default!;
        return value;
    }

    /// <summary>Gives back the buffers of documents that no worker will take.</summary>
    public void ReleaseItems()
    {
        for (int i = 0; i < Count; i++)
        {
            Items[i].Release();
        }
    }
}
