using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using TranscriptParsing.Model;

namespace TranscriptParsing.Feeds;

/// <summary>
/// Parses many transcripts: the documents of files, folder trees, gzip files, zip and tar archives, JSON Lines and
/// streams, in parallel, handing back exactly one <see cref="FeedResult"/> per document, in input order.
/// </summary>
/// <remarks>
/// <para>
/// One task reads the sources in order; <see cref="TranscriptFeedOptions.MaxDegreeOfParallelism"/> workers parse;
/// the caller receives the results in the order the documents were read. Documents are handed on in batches (up to
/// 16 documents and 64 KiB of input, a larger document alone); at most
/// <see cref="TranscriptFeedOptions.MaxDocumentsInFlight"/> documents wait between reading and the caller, besides the
/// batch being gathered, each no larger than <see cref="TranscriptFeedOptions.MaxDocumentBytes"/>, so memory stays
/// bounded whatever the feed's size.
/// </para>
/// <para>
/// Nothing in the input makes the feed throw: a file that cannot be read, bad gzip data, an invalid JSON line or a
/// document over the limit each gives an error result. Cancelling the token stops the feed with an
/// <see cref="OperationCanceledException"/>. A feed over streams can be enumerated once; a feed over paths any number of times.
/// </para>
/// </remarks>
public sealed class TranscriptFeed
{
    private readonly FeedSource[] _sources;

    /// <summary>Creates a feed over <paramref name="sources"/>.</summary>
    /// <param name="sources">The inputs, read in this order.</param>
    /// <param name="options">Options; null gives the documented defaults.</param>
    /// <exception cref="ArgumentException">A glob pattern is empty, or the text or id field name is empty.</exception>
    public TranscriptFeed(IEnumerable<FeedSource> sources, TranscriptFeedOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _sources = sources.ToArray();
        Options = options ?? new TranscriptFeedOptions();
        ArgumentException.ThrowIfNullOrEmpty(Options.TextField, nameof(options));
        ArgumentException.ThrowIfNullOrEmpty(Options.IdField, nameof(options));
        foreach (var glob in Options.Globs)
        {
            _ = new GlobPattern(glob);
        }
    }

    /// <summary>The inputs, in order.</summary>
    public IReadOnlyList<FeedSource> Sources => _sources;

    /// <summary>The options.</summary>
    public TranscriptFeedOptions Options { get; }

    /// <summary>Creates a feed over files, folders and archives.</summary>
    /// <param name="paths">The paths, read in this order.</param>
    /// <param name="options">Options; null gives the documented defaults.</param>
    /// <returns>The feed.</returns>
    public static TranscriptFeed FromPaths(IEnumerable<string> paths, TranscriptFeedOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new TranscriptFeed(paths.Select(FeedSource.FromPath), options);
    }

    /// <summary>
    /// The feed's total size in bytes when every input is an uncompressed file, so that progress can be measured
    /// against it; null when an input is a stream, an archive or compressed. Walks the folders once.
    /// </summary>
    /// <returns>The total, or null.</returns>
    public long? GetTotalBytes() => new FeedReader(_sources, Options).GetTotalBytes();

    /// <summary>Parses every document of the feed.</summary>
    /// <param name="cancellationToken">Stops the feed.</param>
    /// <returns>One result per document, in input order.</returns>
    public IAsyncEnumerable<FeedResult> ParseAsync(CancellationToken cancellationToken = default) =>
        ParseAsync(static result => result, cancellationToken);

    /// <summary>
    /// Parses every document of the feed and hands each result to <paramref name="selector"/> on the worker that
    /// parsed it, so that work such as writing JSON runs in parallel too; the selected values come back in input order.
    /// </summary>
    /// <typeparam name="T">What <paramref name="selector"/> makes of a result.</typeparam>
    /// <param name="selector">Runs on the workers, several at once; an exception it throws is thrown to the caller at that document's turn.</param>
    /// <param name="cancellationToken">Stops the feed.</param>
    /// <returns>One value per document, in input order.</returns>
    public IAsyncEnumerable<T> ParseAsync<T>(Func<FeedResult, T> selector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var parser = new FeedDocumentParser(Options);
        return RunAsync(() => new ModelWorker<T>(parser, selector), cancellationToken);
    }

    /// <summary>
    /// Parses every document of the feed and writes it as JSON on the worker that parsed it, without building the
    /// object model: the same bytes as <see cref="FeedJsonWriter.Write(System.Buffers.IBufferWriter{byte}, FeedResult, bool)"/>
    /// writes for the <see cref="FeedResult"/> that <see cref="ParseAsync(CancellationToken)"/> gives, error records included.
    /// </summary>
    /// <param name="indented">True for indented JSON, false for one compact line per document.</param>
    /// <param name="cancellationToken">Stops the feed.</param>
    /// <returns>
    /// One result per document, in input order. Each result's <see cref="FeedJsonResult.Json"/> lives in a pooled
    /// buffer that is given back when the next result is asked for (or the enumeration ends): copy it to keep it.
    /// </returns>
    /// <remarks>
    /// Each worker keeps a <see cref="TranscriptParser"/> and its buffers from one document to the next, so that a
    /// long feed of small documents costs little more than parsing them. Memory stays bounded as for
    /// <see cref="ParseAsync(CancellationToken)"/>: at most the batches in flight (and their JSON) are held at once.
    /// </remarks>
    public IAsyncEnumerable<FeedJsonResult> ParseToJsonAsync(bool indented = false, CancellationToken cancellationToken = default) =>
        RunJsonAsync(indented, cancellationToken);

    private async IAsyncEnumerable<FeedJsonResult> RunJsonAsync(bool indented, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parser = new FeedDocumentParser(Options);
        await foreach (var result in RunAsync(() => new FeedJsonWorker(parser, Options, indented), cancellationToken).ConfigureAwait(false))
        {
            try
            {
                yield return result;
            }
            finally
            {
                // The caller has moved on: the JSON's buffer serves the next documents.
                result.Release();
            }
        }
    }

    private async IAsyncEnumerable<T> RunAsync<T>(Func<FeedWorker<T>> createWorker, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;

        // Documents travel in batches (see FeedBatch), so that the hand-offs between the reader, the workers and the
        // caller are paid once per batch rather than once per document, and a worker parses a run of documents in a
        // row. The order channel is bounded: it holds every batch between reading and the caller, in input order, and
        // its bound is what keeps memory bounded. The work channel holds the same batches until a worker takes one.
        var (batchesInFlight, documentsPerBatch) = FeedBatch.Shape(Options);
        var order = Channel.CreateBounded<FeedBatch<T>>(new BoundedChannelOptions(batchesInFlight)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var work = Channel.CreateUnbounded<FeedBatch<T>>(new UnboundedChannelOptions { SingleWriter = true });

        var reader = new FeedReader(_sources, Options);
        var producer = Task.Run(() => ProduceAsync(reader, documentsPerBatch, order.Writer, work.Writer, Options.ShardIndex, Options.ShardCount, token), CancellationToken.None);
        var workers = new Task[Options.MaxDegreeOfParallelism + 1];
        for (int i = 0; i < workers.Length - 1; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(createWorker, work.Reader, token), CancellationToken.None);
        }

        workers[^1] = producer;
        try
        {
            while (await order.Reader.WaitToReadAsync(token).ConfigureAwait(false))
            {
                while (order.Reader.TryRead(out var batch))
                {
                    await batch.Done.Task.WaitAsync(token).ConfigureAwait(false);
                    for (int i = 0; i < batch.Count; i++)
                    {
                        // A finished result must not slip out after the caller has cancelled.
                        token.ThrowIfCancellationRequested();
                        yield return batch.GetValue(i);
                    }
                }
            }

            // The reader stops quietly when cancelled: make sure a cancelled feed does not look complete.
            token.ThrowIfCancellationRequested();
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            work.Writer.TryComplete();
            try
            {
                await Task.WhenAll(workers).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Tasks stopped by the cancellation above end with OperationCanceledException; nothing else is left to report.
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            while (work.Reader.TryRead(out var left))
            {
                left.ReleaseItems();
            }
        }
    }

    private static async Task ProduceAsync<T>(FeedReader reader, int documentsPerBatch, ChannelWriter<FeedBatch<T>> order, ChannelWriter<FeedBatch<T>> work, int shardIndex, int shardCount, CancellationToken cancellationToken)
    {
        long index = 0;
        long position = 0;
        Exception? failure = null;
        var batch = new FeedBatch<T>(documentsPerBatch);

        // Hands the batch on to the caller's order and to the workers; an empty batch is not sent.
        async ValueTask SendAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var full = batch;
            batch = new FeedBatch<T>(documentsPerBatch);
            try
            {
                await order.WriteAsync(full, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                full.ReleaseItems();
                throw;
            }

            work.TryWrite(full);
        }

        try
        {
            await reader.ReadAsync(
                item =>
                {
                    // Another shard's document: let it go before any parsing.
                    if (position++ % shardCount != shardIndex)
                    {
                        item.Release();
                        return ValueTask.CompletedTask;
                    }

                    item.Index = index++;
                    return batch.Add(item) ? SendAsync() : ValueTask.CompletedTask;
                },
                SendAsync,
                cancellationToken).ConfigureAwait(false);
            await SendAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
#pragma warning disable CA1031 // A defect in the reader is handed to the caller through the channel, not lost on this task.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = e;
        }
        finally
        {
            batch.ReleaseItems();
            order.TryComplete(failure);
            work.TryComplete();
        }
    }

    private static async Task WorkAsync<T>(Func<FeedWorker<T>> createWorker, ChannelReader<FeedBatch<T>> work, CancellationToken cancellationToken)
    {
        using var worker = createWorker();
        while (await work.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (work.TryRead(out var batch))
            {
                for (int i = 0; i < batch.Count; i++)
                {
                    var item = batch.Items[i];
                    if (cancellationToken.IsCancellationRequested)
                    {
                        item.Release();
                        batch.SetCanceled(i, cancellationToken);
                        continue;
                    }

                    try
                    {
                        batch.SetValue(i, await worker.ProcessAsync(item, cancellationToken).ConfigureAwait(false));
                    }
#pragma warning disable CA1031 // The selector's (or JSON writer's) exception is the caller's: it is thrown at that document's turn.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        batch.SetFailure(i, e);
                    }
                }

                batch.Done.TrySetResult();
            }
        }
    }

    /// <summary>The model path: parses each document into a <see cref="FeedResult"/> and hands it to the caller's selector.</summary>
    private sealed class ModelWorker<T>(FeedDocumentParser parser, Func<FeedResult, T> selector) : FeedWorker<T>
    {
        public override async ValueTask<T> ProcessAsync(FeedWorkItem item, CancellationToken cancellationToken) =>
            selector(await parser.ParseAsync(item, cancellationToken).ConfigureAwait(false));
    }
}
