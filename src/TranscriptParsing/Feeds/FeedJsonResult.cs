using System;
using TranscriptParsing.Model;

namespace TranscriptParsing.Feeds;

/// <summary>
/// One document of a feed written as JSON (see <see cref="TranscriptFeed.ParseToJsonAsync"/>): the transcript's JSON
/// with its <c>document</c> object, or the error record. A feed gives one result per document, in input order.
/// </summary>
/// <remarks>
/// <see cref="Json"/> lives in a pooled buffer that the feed takes back when the next result is asked for: write it
/// out or copy it (<see cref="ReadOnlyMemory{T}.ToArray"/>) before moving on.
/// </remarks>
public sealed class FeedJsonResult
{
    private PooledByteBufferWriter? _json;

    internal FeedJsonResult(long index, FeedDocument document, FeedError? error, PooledByteBufferWriter json, Diagnostic? decoderWarning)
    {
        Index = index;
        Document = document;
        Error = error;
        _json = json;
        DecoderWarning = decoderWarning;
    }

    /// <summary>The 0-based position of the document in the feed.</summary>
    public long Index { get; }

    /// <summary>
    /// Where the document came from: its name, path, archive entry, line and byte count. A JSON Lines record's id and
    /// other fields are not read into it; they are in the JSON's <c>document</c> object.
    /// </summary>
    public FeedDocument Document { get; }

    /// <summary>Why the document gave no transcript (the JSON is then the error record), or null.</summary>
    public FeedError? Error { get; }

    /// <summary>True when the document was parsed.</summary>
    public bool Succeeded => Error is null;

    /// <summary>
    /// The document's UTF-8 JSON, without a line break after it; valid until the next result is asked for.
    /// </summary>
    public ReadOnlyMemory<byte> Json => _json is { } json ? json.WrittenMemory : ReadOnlyMemory<byte>.Empty;

    /// <summary>
    /// The decoder's warning (code <c>TP0002</c>) when the document's bytes were not valid UTF-8, so that it can be
    /// shown beside the JSON, where it is written too; null otherwise.
    /// </summary>
    public Diagnostic? DecoderWarning { get; }

    /// <summary>Returns the document's name and its outcome.</summary>
    /// <returns>For example <c>a.txt: ok</c> or <c>b.gz: TP0502 ...</c>.</returns>
    public override string ToString() => Error is null ? $"{Document.Name}: ok" : $"{Document.Name}: {Error.Code} {Error.Message}";

    /// <summary>Gives the JSON's buffer back to the pool.</summary>
    internal void Release()
    {
        if (_json is { } json)
        {
            _json = null;
            json.Return();
        }
    }
}
