using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>A cue inside a block's text or beside it, such as <c>(LAUGHTER)</c>, <c>(ph)</c> or <c>(through translator)</c>.</summary>
/// <param name="Kind">What kind of cue it is.</param>
/// <param name="Span">The cue's place in the input, its parentheses or brackets included.</param>
public readonly record struct Cue(AnnotationKind Kind, TextSpan Span);
