using System;
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

    // The names quoted, as UTF-8: the raw JSON writers copy them rather than encode the names each time. Every name is
    // plain ASCII, which the encoder writes as it is (JsonNamesTests holds each to its name).

    /// <summary><see cref="Of(BlockKind)"/> quoted, in UTF-8.</summary>
    internal static ReadOnlySpan<byte> Quoted(BlockKind kind) => kind switch
    {
        BlockKind.Turn => "\"turn\""u8,
        BlockKind.Annotation => "\"annotation\""u8,
        _ => "\"narration\""u8,
    };

    /// <summary><see cref="Of(SpeakerRole)"/> quoted, in UTF-8.</summary>
    internal static ReadOnlySpan<byte> Quoted(SpeakerRole role) => role switch
    {
        SpeakerRole.Host => "\"host\""u8,
        SpeakerRole.Guest => "\"guest\""u8,
        SpeakerRole.Reporter => "\"reporter\""u8,
        SpeakerRole.Unidentified => "\"unidentified\""u8,
        _ => "\"unknown\""u8,
    };

    /// <summary><see cref="Of(RoleEvidence)"/> quoted, in UTF-8.</summary>
    internal static ReadOnlySpan<byte> Quoted(RoleEvidence evidence) => evidence switch
    {
        RoleEvidence.LabelRole => "\"labelRole\""u8,
        RoleEvidence.GenericLabel => "\"genericLabel\""u8,
        RoleEvidence.SelfIntroduction => "\"selfIntroduction\""u8,
        RoleEvidence.Introduced => "\"introduced\""u8,
        RoleEvidence.AsksQuestions => "\"asksQuestions\""u8,
        RoleEvidence.IntroducesSpeakers => "\"introducesSpeakers\""u8,
        _ => "\"none\""u8,
    };

    /// <summary><see cref="Of(AnnotationKind)"/> quoted, in UTF-8.</summary>
    internal static ReadOnlySpan<byte> Quoted(AnnotationKind kind) => kind switch
    {
        AnnotationKind.Soundbite => "\"soundbite\""u8,
        AnnotationKind.Music => "\"music\""u8,
        AnnotationKind.Laughter => "\"laughter\""u8,
        AnnotationKind.Applause => "\"applause\""u8,
        AnnotationKind.Crosstalk => "\"crosstalk\""u8,
        AnnotationKind.ClipStart => "\"clipStart\""u8,
        AnnotationKind.ClipEnd => "\"clipEnd\""u8,
        AnnotationKind.Break => "\"break\""u8,
        AnnotationKind.Correction => "\"correction\""u8,
        AnnotationKind.Inaudible => "\"inaudible\""u8,
        AnnotationKind.Phonetic => "\"phonetic\""u8,
        AnnotationKind.Translation => "\"translation\""u8,
        AnnotationKind.Delivery => "\"delivery\""u8,
        AnnotationKind.Timestamp => "\"timestamp\""u8,
        _ => "\"other\""u8,
    };

    /// <summary><see cref="Of(ChromeKind)"/> quoted, in UTF-8.</summary>
    internal static ReadOnlySpan<byte> Quoted(ChromeKind kind) => kind switch
    {
        ChromeKind.Station => "\"station\""u8,
        ChromeKind.Navigation => "\"navigation\""u8,
        ChromeKind.Program => "\"program\""u8,
        ChromeKind.AirDate => "\"airDate\""u8,
        ChromeKind.Byline => "\"byline\""u8,
        ChromeKind.Notice => "\"notice\""u8,
        ChromeKind.Url => "\"url\""u8,
        _ => "\"other\""u8,
    };

    /// <summary><see cref="Of(TranscriptDialect)"/> quoted, in UTF-8.</summary>
    internal static ReadOnlySpan<byte> Quoted(TranscriptDialect dialect) => dialect switch
    {
        TranscriptDialect.Npr => "\"npr\""u8,
        TranscriptDialect.Cnn => "\"cnn\""u8,
        TranscriptDialect.Pbs => "\"pbs\""u8,
        _ => "\"generic\""u8,
    };

    /// <summary><see cref="Of(DiagnosticSeverity)"/> quoted, in UTF-8.</summary>
    internal static ReadOnlySpan<byte> Quoted(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Warning => "\"warning\""u8,
        DiagnosticSeverity.Error => "\"error\""u8,
        _ => "\"info\""u8,
    };
}
