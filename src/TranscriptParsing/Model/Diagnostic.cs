namespace TranscriptParsing.Model;

/// <summary>Something the parser noticed, with where it is.</summary>
/// <param name="Code">A stable code such as <c>TP0101</c>; <c>docs/format.md</c> lists them.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What was noticed, in a sentence.</param>
/// <param name="LineNumber">The 1-based line.</param>
/// <param name="ColumnNumber">The 1-based column, in chars.</param>
public readonly record struct Diagnostic(string Code, DiagnosticSeverity Severity, string Message, int LineNumber, int ColumnNumber)
{
    /// <summary>Returns the diagnostic as <c>line:column: severity CODE: message</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{LineNumber}:{ColumnNumber}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
