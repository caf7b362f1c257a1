using System;
using System.Threading;
using System.Threading.Tasks;

namespace TranscriptParsing.Feeds;

/// <summary>
/// What one worker task of a feed does with each document it takes; one instance per worker, so that it may keep
/// buffers from one document to the next without locking.
/// </summary>
/// <typeparam name="T">What it makes of a document.</typeparam>
internal abstract class FeedWorker<T> : IDisposable
{
    /// <summary>Makes the value of one document and releases the item's buffer. An exception is the caller's, at that document's turn.</summary>
    public abstract ValueTask<T> ProcessAsync(FeedWorkItem item, CancellationToken cancellationToken);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
