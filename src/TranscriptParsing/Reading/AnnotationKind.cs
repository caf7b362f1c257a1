namespace TranscriptParsing.Reading;

/// <summary>The kind of a cue such as <c>(SOUNDBITE OF MUSIC)</c>.</summary>
public enum AnnotationKind : byte
{
    /// <summary>Not an annotation, or a cue of no known kind.</summary>
    Other,

    /// <summary>Recorded sound or tape: <c>(SOUNDBITE OF ARCHIVED RECORDING)</c>.</summary>
    Soundbite,

    /// <summary>Music: <c>(SOUNDBITE OF MUSIC)</c>, <c>[Music]</c>.</summary>
    Music,

    /// <summary>Laughter.</summary>
    Laughter,

    /// <summary>Applause or cheering.</summary>
    Applause,

    /// <summary>People talking over each other.</summary>
    Crosstalk,

    /// <summary>The start of a clip: <c>(BEGIN VIDEO CLIP)</c>.</summary>
    ClipStart,

    /// <summary>The end of a clip: <c>(END VIDEO CLIP)</c>.</summary>
    ClipEnd,

    /// <summary>A break: <c>(COMMERCIAL BREAK)</c>.</summary>
    Break,

    /// <summary>A correction notice: <c>[POST-BROADCAST CORRECTION: ...]</c>.</summary>
    Correction,

    /// <summary>Speech that could not be made out: <c>(inaudible)</c>, <c>(unintelligible)</c>.</summary>
    Inaudible,

    /// <summary>A spelling or pronunciation note: <c>(ph)</c>.</summary>
    Phonetic,

    /// <summary>Interpreted speech: <c>(through translator)</c>, <c>(speaking Russian)</c>.</summary>
    Translation,

    /// <summary>A character voice or delivery note: <c>(as Stu Price)</c>, <c>(voice-over)</c>.</summary>
    Delivery,

    /// <summary>A time stamp standing alone: <c>[15:30:00]</c>.</summary>
    Timestamp,
}
