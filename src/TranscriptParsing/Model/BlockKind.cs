namespace TranscriptParsing.Model;

/// <summary>What a block of the body is.</summary>
public enum BlockKind : byte
{
    /// <summary>Unlabelled text that belongs to no turn, such as the host's unlabelled intro.</summary>
    Narration,

    /// <summary>A speaker's turn: a label, then what the speaker says (with any unlabelled paragraphs that continue it).</summary>
    Turn,

    /// <summary>A cue standing on its own, such as <c>(SOUNDBITE OF MUSIC)</c>.</summary>
    Annotation,
}
