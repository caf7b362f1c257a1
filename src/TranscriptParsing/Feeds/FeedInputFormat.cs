namespace TranscriptParsing.Feeds;

/// <summary>How the feed reads a file or stream.</summary>
public enum FeedInputFormat
{
    /// <summary>By name: <c>*.jsonl</c> and <c>*.ndjson</c> (also gzipped) are JSON Lines, anything else is one document; a stream is one document.</summary>
    Auto,

    /// <summary>Each file, archive entry or stream is one document.</summary>
    Text,

    /// <summary>Each file, archive entry or stream is JSON Lines: one document per non-blank line.</summary>
    JsonLines,
}
