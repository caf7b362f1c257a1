using System.Collections.Generic;
using System.Text.Json.Serialization;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Writing;

// The read model: one record per object of the JSON that TranscriptJsonWriter writes (docs/json.md), with the same
// names, so that stored JSON loads back through TranscriptJsonContext without reflection. A Transcript itself cannot
// be rebuilt from JSON: it keeps ranges of its source text, which the JSON does not hold.

/// <summary>A transcript read back from the library's JSON: the root object.</summary>
/// <param name="Source">Where the text came from.</param>
/// <param name="Header">The page header.</param>
/// <param name="Speakers">The speakers, in order of first appearance.</param>
/// <param name="Blocks">The body's blocks, in source order.</param>
/// <param name="Footer">The closing notice, or null.</param>
/// <param name="Diagnostics">What the parser noticed.</param>
public sealed record TranscriptDocument(
    SourceDocument Source,
    HeaderDocument Header,
    IReadOnlyList<SpeakerDocument> Speakers,
    IReadOnlyList<BlockDocument> Blocks,
    FooterDocument? Footer,
    IReadOnlyList<DiagnosticDocument> Diagnostics);

/// <summary>The <c>source</c> object: where a transcript came from (<see cref="TranscriptSource"/>).</summary>
/// <param name="Path">The file or document the text was read from, or null.</param>
/// <param name="Length">The length of the text, in chars.</param>
/// <param name="Dialect">The house style.</param>
public sealed record SourceDocument(string? Path, int Length, TranscriptDialect Dialect);

/// <summary>The <c>header</c> object (<see cref="TranscriptHeader"/>).</summary>
/// <param name="Station">The station named by a station line, or null.</param>
/// <param name="Chrome">The page-furniture lines, in order.</param>
/// <param name="Title">The story's title, or null.</param>
/// <param name="TitleSpan">The title's place in the input, or null.</param>
/// <param name="Summary">The summary paragraph, or null.</param>
/// <param name="SummarySpan">The summary's place in the input, or null.</param>
/// <param name="Program">The program the header names, or null.</param>
/// <param name="AirDate">The air date in ISO 8601, or null.</param>
public sealed record HeaderDocument(
    StationDocument? Station,
    IReadOnlyList<ChromeLineDocument> Chrome,
    string? Title,
    SpanDocument? TitleSpan,
    string? Summary,
    SpanDocument? SummarySpan,
    string? Program,
    string? AirDate);

/// <summary>The <c>header.station</c> object (<see cref="Model.Station"/>).</summary>
/// <param name="Name">The name before the frequencies.</param>
/// <param name="Frequencies">The frequencies as written.</param>
/// <param name="Span">The station line's place in the input.</param>
public sealed record StationDocument(string Name, IReadOnlyList<string> Frequencies, SpanDocument Span);

/// <summary>An item of <c>header.chrome</c> (<see cref="ChromeLine"/>).</summary>
/// <param name="Text">The line as written.</param>
/// <param name="Kind">What kind of furniture it is; a line of no known kind reads as <see cref="ChromeKind.Other"/>.</param>
/// <param name="Span">The line's place in the input.</param>
/// <param name="Line">The 1-based line number.</param>
public sealed record ChromeLineDocument(string Text, ChromeKind Kind, SpanDocument Span, int Line);

/// <summary>An item of <c>speakers</c> (<see cref="Speaker"/>).</summary>
/// <param name="Id">The speaker's id (<c>s1</c>, <c>s2</c>, ...).</param>
/// <param name="Name">The display name.</param>
/// <param name="Labels">Every label that named the speaker, as written.</param>
/// <param name="Role">The part the speaker plays.</param>
/// <param name="RoleEvidence">What decided the role; null when nothing did (<see cref="Model.RoleEvidence.None"/>).</param>
/// <param name="Honorific">The honorific a label gave, or null.</param>
/// <param name="Affiliation">The affiliation a label gave, or null.</param>
/// <param name="Title">The role or title a label gave, or null.</param>
public sealed record SpeakerDocument(
    string Id,
    string Name,
    IReadOnlyList<string> Labels,
    SpeakerRole Role,
    RoleEvidence? RoleEvidence,
    string? Honorific,
    string? Affiliation,
    string? Title);

/// <summary>An item of <c>blocks</c> (<see cref="Block"/>).</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Label">For a turn, the label as written; otherwise null.</param>
/// <param name="SpeakerId">The id of the block's speaker, or null.</param>
/// <param name="Text">The text, paragraphs joined by one blank line.</param>
/// <param name="Span">The whole block's place in the input.</param>
/// <param name="Line">The 1-based line where the block starts.</param>
/// <param name="Column">The 1-based column where the block starts.</param>
/// <param name="Time">The time stamp given with the label, or null (absent from the JSON when null).</param>
/// <param name="Delivery">The delivery cue that opens the speech, or null (absent from the JSON when null).</param>
/// <param name="Cue">For an annotation, its kind; otherwise null (absent from the JSON when null).</param>
/// <param name="Cues">The cues inside the block, or null when it has none (absent from the JSON when null).</param>
public sealed record BlockDocument(
    BlockKind Kind,
    string? Label,
    string? SpeakerId,
    string Text,
    SpanDocument Span,
    int Line,
    int Column,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Time = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Delivery = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AnnotationKind? Cue = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CueDocument>? Cues = null);

/// <summary>An item of <c>blocks[].cues</c> (<see cref="Model.Cue"/>).</summary>
/// <param name="Kind">What kind of cue it is.</param>
/// <param name="Text">The cue as written, its parentheses or brackets included.</param>
/// <param name="Span">The cue's place in the input.</param>
public sealed record CueDocument(AnnotationKind Kind, string Text, SpanDocument Span);

/// <summary>The <c>footer</c> object (<see cref="Model.Footer"/>).</summary>
/// <param name="Text">The notice.</param>
/// <param name="Provider">Who provided the transcript, or null.</param>
/// <param name="CopyrightHolder">Who holds the copyright, or null.</param>
/// <param name="Year">The copyright year, or null.</param>
/// <param name="Span">The notice's place in the input.</param>
/// <param name="Line">The 1-based line where the notice starts.</param>
public sealed record FooterDocument(string Text, string? Provider, string? CopyrightHolder, int? Year, SpanDocument Span, int Line);

/// <summary>An item of <c>diagnostics</c> (<see cref="Diagnostic"/>).</summary>
/// <param name="Code">The stable code, such as <c>TP0101</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What was noticed.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record DiagnosticDocument(string Code, DiagnosticSeverity Severity, string Message, int Line, int Column);

/// <summary>A <c>span</c> object: a range of the input in chars (<see cref="TextSpan"/>).</summary>
/// <param name="Start">The 0-based index of the first char.</param>
/// <param name="Length">The number of chars.</param>
public sealed record SpanDocument(int Start, int Length)
{
    /// <summary>Returns the range as a <see cref="TextSpan"/>, to slice the original text with.</summary>
    /// <returns>The same range.</returns>
    public TextSpan ToTextSpan() => new(Start, Length);
}
