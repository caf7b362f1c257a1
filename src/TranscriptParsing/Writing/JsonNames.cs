using TranscriptParsing.Model;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Writing;

/// <summary>The camelCase names the JSON uses for the model's enumerations (constant strings: nothing is allocated).</summary>
public static class JsonNames
{
    /// <summary>The JSON name of a block kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>narration</c>, <c>turn</c> or <c>annotation</c>.</returns>
    public static string Of(BlockKind kind) => kind switch
    {
        BlockKind.Turn => "turn",
        BlockKind.Annotation => "annotation",
        _ => "narration",
    };

    /// <summary>The JSON name of a speaker role.</summary>
    /// <param name="role">The role.</param>
    /// <returns><c>host</c>, <c>guest</c>, <c>reporter</c>, <c>unidentified</c> or <c>unknown</c>.</returns>
    public static string Of(SpeakerRole role) => role switch
    {
        SpeakerRole.Host => "host",
        SpeakerRole.Guest => "guest",
        SpeakerRole.Reporter => "reporter",
        SpeakerRole.Unidentified => "unidentified",
        _ => "unknown",
    };

    /// <summary>The JSON name of what decided a role.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>For example <c>labelRole</c> or <c>introduced</c>.</returns>
    public static string Of(RoleEvidence evidence) => evidence switch
    {
        RoleEvidence.LabelRole => "labelRole",
        RoleEvidence.GenericLabel => "genericLabel",
        RoleEvidence.SelfIntroduction => "selfIntroduction",
        RoleEvidence.Introduced => "introduced",
        RoleEvidence.AsksQuestions => "asksQuestions",
        RoleEvidence.IntroducesSpeakers => "introducesSpeakers",
        _ => "none",
    };

    /// <summary>The JSON name of a cue kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>For example <c>soundbite</c> or <c>clipStart</c>.</returns>
    public static string Of(AnnotationKind kind) => kind switch
    {
        AnnotationKind.Soundbite => "soundbite",
        AnnotationKind.Music => "music",
        AnnotationKind.Laughter => "laughter",
        AnnotationKind.Applause => "applause",
        AnnotationKind.Crosstalk => "crosstalk",
        AnnotationKind.ClipStart => "clipStart",
        AnnotationKind.ClipEnd => "clipEnd",
        AnnotationKind.Break => "break",
        AnnotationKind.Correction => "correction",
        AnnotationKind.Inaudible => "inaudible",
        AnnotationKind.Phonetic => "phonetic",
        AnnotationKind.Translation => "translation",
        AnnotationKind.Delivery => "delivery",
        AnnotationKind.Timestamp => "timestamp",
        _ => "other",
    };

    /// <summary>The JSON name of a kind of header line.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>For example <c>station</c> or <c>airDate</c>.</returns>
    public static string Of(ChromeKind kind) => kind switch
    {
        ChromeKind.Station => "station",
        ChromeKind.Navigation => "navigation",
        ChromeKind.Program => "program",
        ChromeKind.AirDate => "airDate",
        ChromeKind.Byline => "byline",
        ChromeKind.Notice => "notice",
        ChromeKind.Url => "url",
        _ => "other",
    };

    /// <summary>The JSON name of a dialect.</summary>
    /// <param name="dialect">The dialect.</param>
    /// <returns><c>npr</c>, <c>cnn</c>, <c>pbs</c> or <c>generic</c>.</returns>
    public static string Of(TranscriptDialect dialect) => dialect switch
    {
        TranscriptDialect.Npr => "npr",
        TranscriptDialect.Cnn => "cnn",
        TranscriptDialect.Pbs => "pbs",
        _ => "generic",
    };

    /// <summary>The JSON name of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><c>info</c>, <c>warning</c> or <c>error</c>.</returns>
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Error => "error",
        _ => "info",
    };
}
