using System;
using System.Collections.Generic;
using System.Text.Json;

namespace TranscriptParsing.Feeds;

/// <summary>Where one document of a feed came from: the file, the archive entry, the JSON Lines record.</summary>
public sealed record FeedDocument
{
    /// <summary>
    /// The document's name, used as the transcript's <c>source.path</c>: the path as given for a file,
    /// <c>ARCHIVE!ENTRY</c> for an archive entry, and <c>FILE:LINE</c> (or <c>ARCHIVE!ENTRY:LINE</c>) for a JSON Lines record.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>The file (or the stream's name, such as <c>-</c>) the document was read from, as given.</summary>
    public required string Path { get; init; }

    /// <summary>The entry's path inside a zip or tar archive, or null.</summary>
    public string? Entry { get; init; }

    /// <summary>The 1-based line of a JSON Lines record, or null.</summary>
    public long? LineNumber { get; init; }

    /// <summary>The JSON Lines record's id field (a string, or a number as written), or null.</summary>
    public string? Id { get; init; }

    /// <summary>The JSON Lines record's other fields, in the order written; empty otherwise.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonElement>> Metadata { get; init; } = Array.Empty<KeyValuePair<string, JsonElement>>();

    /// <summary>How many bytes were read for the document (after decompression); 0 when it could not be read.</summary>
    public long ByteCount { get; init; }

    /// <summary>True when the document has more to say than its <see cref="Path"/>: an entry, a line, an id or metadata.</summary>
    public bool HasDetails => Entry is not null || LineNumber is not null || Id is not null || Metadata.Count > 0;
}
