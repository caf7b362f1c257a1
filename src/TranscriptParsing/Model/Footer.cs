namespace TranscriptParsing.Model;

/// <summary>The copyright or provider notice that ends a transcript.</summary>
/// <param name="Text">The notice; several notice lines are joined with one space.</param>
/// <param name="Provider">Who provided the transcript ("NPR" in "Transcript provided by NPR"), when stated.</param>
/// <param name="CopyrightHolder">Who holds the copyright ("NPR" in "Copyright NPR"), when stated.</param>
/// <param name="Year">The copyright year, when stated.</param>
/// <param name="Span">The notice's place in the input.</param>
/// <param name="LineNumber">The 1-based line where the notice starts.</param>
public sealed record Footer(string Text, string? Provider, string? CopyrightHolder, int? Year, TextSpan Span, int LineNumber);
