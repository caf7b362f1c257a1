namespace TranscriptParsing.Model;

/// <summary>The part a speaker plays in the broadcast.</summary>
public enum SpeakerRole : byte
{
    /// <summary>Nothing in the transcript says.</summary>
    Unknown,

    /// <summary>The host, anchor, moderator or presenter.</summary>
    Host,

    /// <summary>A guest: someone interviewed or introduced by the host.</summary>
    Guest,

    /// <summary>A reporter or correspondent (NPR's <c>BYLINE</c>, CNN's <c>CORRESPONDENT</c>).</summary>
    Reporter,

    /// <summary>A speaker the transcript does not name ("Unidentified Man #2", "UNIDENTIFIED FEMALE").</summary>
    Unidentified,
}
