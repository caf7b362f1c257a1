namespace TranscriptParsing.Reading;

/// <summary>How a speaker label is written.</summary>
public enum LabelStyle : byte
{
    /// <summary>Not a label.</summary>
    None,

    /// <summary>A name in capitals, possibly after a mixed-case honorific: <c>ABE DENMARK:</c>, <c>Mr. BILL MOYERS (Author):</c>.</summary>
    Capitals,

    /// <summary>A name in mixed case: <c>Judy Woodruff:</c>, <c>Unidentified Man #2:</c>.</summary>
    MixedCase,

    /// <summary>A question or answer marker: <c>Q:</c>, <c>A:</c>.</summary>
    QuestionAnswer,

    /// <summary>A name after a caption marker, in any case: <c>&gt;&gt; rose:</c>.</summary>
    Caption,

    /// <summary>A hearing-record label ending with a period: <c>Mr. Linder.</c>.</summary>
    Hearing,

    /// <summary>A name alone on its line, the speech on the lines that follow: <c>Ira Glass</c>.</summary>
    OwnLine,

    /// <summary>A WebVTT voice tag: <c>&lt;v Speaker 1&gt;</c>.</summary>
    VoiceTag,

    /// <summary>A name in capitals glued to the speech with no colon: <c>KOJO NNAMDIThe past is...</c>.</summary>
    Glued,

    /// <summary>A generic speaker in brackets before the speech, as captions write it: <c>[Announcer] Funding for...</c>.</summary>
    Bracketed,
}
