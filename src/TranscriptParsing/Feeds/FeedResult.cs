using TranscriptParsing.Model;

namespace TranscriptParsing.Feeds;

/// <summary>
/// What became of one document of a feed: exactly one of <see cref="Transcript"/> and <see cref="Error"/> is set.
/// A feed gives one result per document, in input order.
/// </summary>
public sealed class FeedResult
{
    private FeedResult(long index, FeedDocument document, Transcript? transcript, FeedError? error)
    {
        Index = index;
        Document = document;
        Transcript = transcript;
        Error = error;
    }

    /// <summary>The 0-based position of the document in the feed.</summary>
    public long Index { get; }

    /// <summary>Where the document came from.</summary>
    public FeedDocument Document { get; }

    /// <summary>The parsed transcript, or null when <see cref="Error"/> is set.</summary>
    public Transcript? Transcript { get; }

    /// <summary>Why the document gave no transcript, or null when <see cref="Transcript"/> is set.</summary>
    public FeedError? Error { get; }

    /// <summary>True when the document was parsed.</summary>
    public bool Succeeded => Transcript is not null;

    /// <summary>Makes the result of a parsed document.</summary>
    /// <param name="index">The 0-based position in the feed.</param>
    /// <param name="document">Where it came from.</param>
    /// <param name="transcript">The transcript.</param>
    /// <returns>The result.</returns>
    public static FeedResult Success(long index, FeedDocument document, Transcript transcript)
    {
        System.ArgumentNullException.ThrowIfNull(document);
        System.ArgumentNullException.ThrowIfNull(transcript);
        return new FeedResult(index, document, transcript, null);
    }

    /// <summary>Makes the result of a document that gave no transcript.</summary>
    /// <param name="index">The 0-based position in the feed.</param>
    /// <param name="document">Where it came from.</param>
    /// <param name="error">Why.</param>
    /// <returns>The result.</returns>
    public static FeedResult Failure(long index, FeedDocument document, FeedError error)
    {
        System.ArgumentNullException.ThrowIfNull(document);
        System.ArgumentNullException.ThrowIfNull(error);
        return new FeedResult(index, document, null, error);
    }

    /// <summary>Returns the document's name and its outcome.</summary>
    /// <returns>For example <c>a.txt: ok</c> or <c>b.gz: TP0502 ...</c>.</returns>
    public override string ToString() => Error is null ? $"{Document.Name}: ok" : $"{Document.Name}: {Error.Code} {Error.Message}";
}
