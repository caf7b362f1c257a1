namespace TranscriptParsing.Model;

/// <summary>Where a transcript came from.</summary>
/// <param name="Path">The file or document the text was read from, when known.</param>
/// <param name="Length">The length of the text, in chars.</param>
/// <param name="Dialect">The house style, detected or forced.</param>
public sealed record TranscriptSource(string? Path, int Length, TranscriptDialect Dialect);
