using System.Buffers;

namespace TranscriptParsing.Feeds;

/// <summary>One document on its way through the feed: read (or to be read) by the reader, parsed by a worker.</summary>
internal sealed class FeedWorkItem
{
    public FeedWorkItem(FeedDocument document) => Document = document;

    /// <summary>The 0-based position in the feed, set when the item enters the pipeline.</summary>
    public long Index { get; set; }

    public FeedDocument Document { get; }

    /// <summary>The document's bytes (a JSON line for <see cref="IsJsonLine"/>), rented from the shared pool; null when not read yet.</summary>
    public byte[]? Buffer { get; private set; }

    public int Length { get; private set; }

    /// <summary>A plain file that the worker reads itself, so that reading is spread over the workers too.</summary>
    public bool ReadByWorker { get; init; }

    public bool IsJsonLine { get; init; }

    /// <summary>Why the document could not be read, or null.</summary>
    public FeedError? Error { get; init; }

    public void SetContent(byte[] buffer, int length)
    {
        Buffer = buffer;
        Length = length;
    }

    /// <summary>Gives the buffer back to the pool; the item must not be used afterwards.</summary>
    public void Release()
    {
        if (Buffer is { } buffer)
        {
            Buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
