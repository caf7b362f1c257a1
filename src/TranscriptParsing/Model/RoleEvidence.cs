namespace TranscriptParsing.Model;

/// <summary>What decided a speaker's <see cref="SpeakerRole"/>.</summary>
public enum RoleEvidence : byte
{
    /// <summary>Nothing: the role is <see cref="SpeakerRole.Unknown"/>.</summary>
    None,

    /// <summary>The label says so: a role after a comma ("TIM MAK, BYLINE", "ANDERSON COOPER, CNN HOST"), or, for a guest, an affiliation in parentheses or a public office before the name ("SEN. MARIT HOLLAND").</summary>
    LabelRole,

    /// <summary>The label is a generic one ("Unidentified Man #2", "UNIDENTIFIED MALE", "Speaker 1").</summary>
    GenericLabel,

    /// <summary>The speaker introduces themselves as the host early on ("I'm Ari Shapiro", "This is FRESH AIR. I'm Dave Davies").</summary>
    SelfIntroduction,

    /// <summary>Another speaker or the narration introduces them before they speak ("Here to discuss this is Abe Denmark").</summary>
    Introduced,

    /// <summary>They put the questions in an interview: at least half of their turns hold a question mark.</summary>
    AsksQuestions,

    /// <summary>They introduce another speaker by name before that speaker first speaks ("Special correspondent Theo Ravensworth visited...").</summary>
    IntroducesSpeakers,
}
