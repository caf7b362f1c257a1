namespace TranscriptParsing.Writing;

/// <summary>The output formats <see cref="TranscriptFormatWriter"/> writes.</summary>
public enum TranscriptFormat
{
    /// <summary>The library's own JSON (<see cref="TranscriptJsonWriter"/>; <c>docs/json.md</c>), indented or compact.</summary>
    Json,

    /// <summary>The library's own JSON, always compact: one document per line (JSON Lines).</summary>
    JsonLines,

    /// <summary>A MediaSum record (<see cref="TranscriptMediaSumWriter"/>).</summary>
    MediaSum,

    /// <summary>A Podcasting 2.0 JSON transcript (<see cref="TranscriptPodcastWriter"/>).</summary>
    Podcast,

    /// <summary>Plain "Name: text" lines (<see cref="TranscriptTextWriter"/>).</summary>
    Text,
}
