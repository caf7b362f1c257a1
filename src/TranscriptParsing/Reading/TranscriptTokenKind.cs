namespace TranscriptParsing.Reading;

/// <summary>What a token of <see cref="TranscriptReader"/> is.</summary>
public enum TranscriptTokenKind : byte
{
    /// <summary>No token has been read yet, or the reader is past the end.</summary>
    None,

    /// <summary>
    /// A line of page furniture: before the body a station line, player controls, a program or date line; on a page of
    /// several stories, the line that ends one story's excerpt ("Read more") and the next story's section, date and
    /// title lines after it.
    /// </summary>
    Chrome,

    /// <summary>The story's title.</summary>
    Title,

    /// <summary>A teaser or summary paragraph that stands between the title and the body.</summary>
    Summary,

    /// <summary>An unlabelled paragraph that belongs to no speaker turn (for example the host's unlabelled intro).</summary>
    Narration,

    /// <summary>A paragraph that starts with a speaker label.</summary>
    Turn,

    /// <summary>An unlabelled paragraph that continues the speaker turn before it.</summary>
    Continuation,

    /// <summary>A cue that stands on its own, such as <c>(SOUNDBITE OF MUSIC)</c> or <c>(BEGIN VIDEO CLIP)</c>.</summary>
    Annotation,

    /// <summary>The copyright or provider notice that ends the transcript.</summary>
    Footer,
}
